// Copies the GAMS Model Library's LP, MIP, RMIP, QCP, NLP and DNLP models, unmodified, from a
// checkout of vaidasj/alg-mod-rev (folder gamslib/) into test/gamslib/models/NAME/, with the input
// files they read, and writes test/gamslib/models.json (model, type, title, files).
// Usage: node bin/run-ts.js scripts/gamslib-vendor.ts [SOURCE_DIR]   (default /work/gamslib-src/gamslib)
// Imports only node:.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = process.argv[2] ?? '/work/gamslib-src/gamslib';
const target = join(root, 'test', 'gamslib', 'models');
const TYPES = new Set(['LP', 'MIP', 'RMIP', 'QCP', 'NLP', 'DNLP']);
/** Leave out a model whose vendored files exceed this many bytes. */
const MAX_BYTES = 1_000_000;

/**
 * Files, besides NAME.gms, that a model reads as input ($include, $batinclude, $gdxin, awk scripts
 * of $call). Every other file in a model's folder is written by the model or by an external tool
 * it runs (put files, solver option files, DECIS input files, GDX written by execute_unload or
 * scenred, csdp output) and is not vendored: the model must write it itself.
 */
const INPUTS: Record<string, string[]> = {
  qp1: ['qpdata.inc'],
  qp2: ['qpdata.inc'],
  qp3: ['qpdata.inc'],
  qp4: ['qpdata.inc'],
  qp5: ['qpdata.inc'],
  qp7: ['qpdata.inc'],
  qcp1: ['qpdata.inc'],
  // qpdata.gdx is the model's own $call cache of qpdata.inc; kept so a GDX reader finds it.
  qp1x: ['qpdata.inc', 'qpdata.gdx'],
  tsp1: ['br17.inc'],
  tsp2: ['br17.inc'],
  tsp3: ['br17.inc'],
  pinene: ['copspart.inc'],
  popdynm: ['copspart.inc'],
  gasoil: ['copspart.inc'],
  methanol: ['copspart.inc'],
  pool: ['poolmod.inc'],
  t1000: ['t1000d.inc'],
  netgen: ['netgn099.inc', 'gnetgn99.inc'],
  mws: ['worktrip.inc'],
  bidpwl: ['pwlfunc.inc'],
  trnspwlx: ['pwlfunc.inc'],
  clad: ['claddat.gdx'],
  tablelayout: ['tablelayout5x5.inc'],
  // maxcut's csdp/cholesky outputs (csdp.out, csdpO.*, csdpout.gdx, cholesky.gdx: 6.3 MB) are
  // written by the external programs it runs; tg207777.inc.gms is its `$call awk` output.
  maxcut: ['tg207777.inc', 'maxcut.awk', 'runcsdp.inc', 'concat.awk', 'csdp2gms.awk'],
};

interface Entry {
  model: string;
  type: string;
  title: string;
  files: string[];
}

/** The models of the library's README table: name, type and title. */
function readCatalogue(): { model: string; type: string; title: string }[] {
  const rows: { model: string; type: string; title: string }[] = [];
  for (const line of readFileSync(join(source, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|');
    if (!/^\d+$/.test(cells[1] ?? '')) continue;
    const model = /^\[([^\]]+)\]/.exec(cells[2])?.[1];
    if (model) rows.push({ model, type: cells[3].trim(), title: cells[4].trim() });
  }
  return rows;
}

const entries: Entry[] = [];
const left: string[] = [];
const notVendored: string[] = [];
rmSync(target, { recursive: true, force: true });
for (const { model, type, title } of readCatalogue()) {
  if (!TYPES.has(type)) continue;
  const dir = join(source, model);
  const files = [`${model}.gms`, ...(INPUTS[model] ?? [])];
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  if (bytes > MAX_BYTES) {
    left.push(`${model} (${bytes} bytes)`);
    continue;
  }
  mkdirSync(join(target, model), { recursive: true });
  for (const f of files) copyFileSync(join(dir, f), join(target, model, f));
  for (const f of readdirSync(dir))
    if (!files.includes(f) && !f.startsWith(`${model}-scalar.`)) notVendored.push(`${model}/${f}`);
  entries.push({ model, type, title, files });
}
entries.sort((a, b) => a.model.localeCompare(b.model));
writeFileSync(
  join(root, 'test', 'gamslib', 'models.json'),
  `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`,
);
console.log(`${entries.length} models vendored into test/gamslib/models/`);
if (left.length) console.log(`left out (over ${MAX_BYTES} bytes): ${left.join(', ')}`);
console.log(`files written by the models or their tools, not vendored: ${notVendored.join(' ')}`);
