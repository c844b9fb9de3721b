// GDX in the language: $gdxin/$load at compile time, execute_load/execute_unload at run time and
// `emd solve --gdx`, through an in-memory host (files are bytes) and the CLI.
import { describe, expect, it } from 'vitest';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { createSourceFile, type SourceFile } from '../src/text/source-file.ts';
import { lineAndColumn } from '../src/text/source-file.ts';
import { run, type Host } from '../src/api.ts';
import { readGdx } from '../src/data/gdx/read.ts';
import { main } from '../src/cli/main.ts';
import { root } from './helpers.ts';
import { dumpGdx } from './gdx-dump.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'test/fixtures/gdx', name)));

function memHost(files: Map<string, Uint8Array>): Host {
  return {
    readFile: (p) => (files.has(p) ? new TextDecoder().decode(files.get(p)) : undefined),
    resolve: (from, rel) => (rel.startsWith('/') ? rel : `${from.slice(0, from.lastIndexOf('/') + 1)}${rel}`),
    readBinaryFile: (p) => files.get(p),
    writeBinaryFile: (p, b) => void files.set(p, b),
    deflater: { deflate: (b) => new Uint8Array(deflateSync(b)) },
  };
}

async function runModel(text: string, files = new Map<string, Uint8Array>()) {
  files.set('/m/ref-all.gdx', fixture('ref-all.gdx'));
  const file: SourceFile = createSourceFile('/m/model.gms', text);
  let out = '';
  const r = await run(file, memHost(files), { out: (t) => void (out += t), log: () => {}, quiet: true });
  const diags = r.diagnostics.map((d) => {
    const at = d.span ? lineAndColumn(d.span.file, d.span.start) : undefined;
    return `${d.code}${at ? ` ${at.line}:${at.column}` : ''} ${d.message}`;
  });
  return { r, out, diags, files };
}

const TRANSPORT = `Sets i, j;
$gdxin ref-all
$load i j
Parameter d(i,j), a(i);
$load d a
Positive Variable x(i,j);
Variable z;
$load x
Scalar f;
$load f
$gdxin
Parameter dem(j) / new-york 325, chicago 300, topeka 275 /;
Equations cost, supply(i), demand(j);
cost .. z =e= sum((i,j), f*d(i,j)*x(i,j)/1000);
supply(i) .. sum(j, x(i,j)) =l= a(i);
demand(j) .. sum(i, x(i,j)) =g= dem(j);
Model m / all /;
solve m using lp minimizing z;
`;

describe('$gdxin and $load', () => {
  it('loads sets with their texts, parameters, a scalar and a variable with all its fields, then solves', async () => {
    const { r, diags } = await runModel(TRANSPORT + 'display i;');
    expect(diags).toEqual([]);
    expect(r.solves[0].objective).toBeCloseTo(153.675, 6);
    const t = r.program!.table;
    const i = t.get('i');
    expect(i?.kind === 'set' && [...i.records.values()].map((e) => e.text)).toEqual([
      'Seattle, WA',
      'San Diego, CA',
    ]);
    // x(san-diego, chicago) came with upper bound 100 and scale 10 from the file.
    const x = t.get('x');
    const sdc = x?.kind === 'variable' ? [...x.records.values()][4] : undefined;
    expect([sdc?.up, sdc?.scale]).toEqual([100, 10]);
  });

  it('renames with name=gdxname, merges with $loadm, and reads EPS, NA and infinities', async () => {
    const { r, diags } = await runModel(`Set k;
Parameter v(k), w(*);
$gdxin ref-all
$load k<sv
$load v=sv
`);
    expect(diags[0]).toMatch(/^E7011 4:7/);
    void r;
    const ok = await runModel(`Set k / eps, na, pinf, minf, undf, one, mone, half, two, pi, tiny /;
Parameter v(k);
$gdxin ref-all
$load v=sv
$loadm k=i
display v;
`);
    expect(ok.diags).toEqual(["W7002 4:7 'v' holds 1 UNDF value(s) in the GDX file; EMD reads them as NA."]);
    const v = ok.r.program!.table.get('v');
    const vals =
      v?.kind === 'parameter'
        ? Object.fromEntries([...v.records.values()].map((e) => [String(e.keys[0]), e.value]))
        : {};
    expect(Object.values(vals).map(String)).toEqual([
      '0',
      'NaN',
      'Infinity',
      '-Infinity',
      'NaN',
      '1',
      '-1',
      '0.5',
      '2',
      '3.141592653589793',
      '-1.5e-300',
    ]);
    expect(Object.is(Object.values(vals)[0], -0)).toBe(true);
    const k = ok.r.program!.table.get('k');
    expect(k?.kind === 'set' && k.records.size).toBe(13);
  });

  it('reports every problem at its place', async () => {
    const { diags } = await runModel(`Set i / seattle /, j;
Parameter d(i,j), p(i), q, nope;
$load d
$gdxin missing
$load d
$gdxin ref-all
$loaddc d
$load p=d
$load q=x
$load nope
$load r
`);
    expect(diags).toEqual([
      'E7007 3:1 $load needs a GDX file opened with $gdxin first.',
      "E7001 4:8 GDX file 'missing.gdx' not found.",
      "E7006 7:9 Domain violation loading 'd': 'new-york' is not an element of 'j'.",
      "E7006 7:9 Domain violation loading 'd': 'chicago' is not an element of 'j'.",
      "E7006 7:9 Domain violation loading 'd': 'topeka' is not an element of 'j'.",
      "E7006 7:9 Domain violation loading 'd': 'san-diego' is not an element of 'i'.",
      "E7004 8:7 'p' has 1 dimension(s) but 'd' in the GDX file has 2.",
      "E7005 9:7 'q' is a parameter and cannot be loaded from the variable 'x' of the GDX file.",
      "E7003 10:7 Symbol 'nope' is not in GDX file 'ref-all.gdx'.",
      "E7008 11:7 'r' must be declared before it is loaded from a GDX file.",
    ]);
  });

  it('$load skips records outside the domain with a warning; the rest are there for the checks after it', async () => {
    const { r, diags } = await runModel(`Set i / seattle /, j / new-york, chicago, topeka /;
Parameter d(i,j);
$gdxin ref-all
$load d
Scalar s; s = sum((i,j), d(i,j));
display s;
`);
    expect(diags).toEqual([
      "W7001 4:7 3 record(s) of 'd' outside its domain were not loaded (use $loaddc to make this an error).",
    ]);
    expect(r.program!.table.get('s')?.kind).toBe('parameter');
    expect(r.ok).toBe(true);
  });

  it('a truncated or corrupt GDX file is a diagnostic, not a crash', async () => {
    const files = new Map([
      ['/m/cut.gdx', fixture('ref-all.gdx').subarray(0, 900)],
      ['/m/text.gdx', new TextEncoder().encode('Set i / a /;\n'.repeat(10))],
    ]);
    const { diags } = await runModel('Set i;\n$gdxin cut\n$load i\n$gdxin text.gdx\n', files);
    expect(diags).toEqual([
      "E7002 2:8 'cut.gdx' is not a readable GDX file: the file ends too early at byte 900.",
      "E7002 4:8 'text.gdx' is not a readable GDX file: no GDX byte-order header at byte 0.",
    ]);
  });
});

describe('execute_unload and execute_load', () => {
  it('writes the symbols named (renamed with name=gdxname) and every symbol without a list; reads them back', async () => {
    const { r, diags, files } = await runModel(
      TRANSPORT +
        `execute_unload 'out', x, z, d=dist;
execute_unload 'all.gdx';
Parameter back(i,j);
execute_load 'out.gdx', back=dist;
Scalar diff; diff = sum((i,j), abs(back(i,j) - d(i,j)));
display diff;
`,
    );
    expect(diags).toEqual([]);
    const back = r.program!.table.get('back');
    const diff = r.program!.table.get('diff');
    expect(back?.kind === 'parameter' && back.records.size).toBe(6);
    expect(diff?.kind === 'parameter' && (diff.records.get(0) ?? 0)).toBe(0);
    const out = readGdx(files.get('/m/out.gdx')!);
    expect(out.ok && out.file.symbols.map((s) => `${s.type} ${s.name} ${s.records.length}`)).toEqual([
      'variable x 6',
      'variable z 1',
      'parameter dist 6',
    ]);
    const all = readGdx(files.get('/m/all.gdx')!);
    expect(all.ok && all.file.compressed).toBe(true);
    expect(all.ok && all.file.symbols.map((s) => s.name)).toEqual([
      'i',
      'j',
      'd',
      'a',
      'x',
      'z',
      'f',
      'dem',
      'cost',
      'supply',
      'demand',
      'back',
      'diff',
    ]);
    const z = all.ok ? all.file.symbols.find((s) => s.name === 'z')! : undefined;
    expect(z?.records[0].values[0]).toBeCloseTo(153.675, 6);
    const supply = all.ok ? all.file.symbols.find((s) => s.name === 'supply')! : undefined;
    expect([supply?.userInfo, supply?.domain]).toEqual([55, ['i']]);
  });

  it('stops the run at a missing file or a domain violation of execute_loaddc', async () => {
    const { diags, r } = await runModel(`Set i / seattle /;
Parameter a(i);
execute_loaddc 'ref-all', a;
display a;
`);
    expect(diags).toEqual(["E7006 3:27 Domain violation loading 'a': 'san-diego' is not an element of 'i'."]);
    expect(r.stopped).toBe(true);
    const m = await runModel("Parameter a(*);\nexecute_load 'nothere', a;\n");
    expect(m.diags).toEqual(["E7001 2:14 GDX file 'nothere.gdx' not found."]);
  });
});

describe('GDX files EMD writes, read by the reference library', () => {
  it('test/fixtures/gdx/emd-written.gms unloads the bytes the reference read as emd-written.dump.txt', async () => {
    const path = join(root, 'test/fixtures/gdx/emd-written.gms');
    const written = new Map<string, Uint8Array>();
    const r = await run(
      createSourceFile(path, readFileSync(path, 'utf8')),
      {
        readFile: () => undefined,
        resolve: (_f, rel) => rel,
        writeBinaryFile: (p, b) => void written.set(p, b),
      },
      { out: () => {}, log: () => {}, quiet: true },
    );
    expect(r.ok).toBe(true);
    const bytes = written.get('emd-written.gdx')!;
    // `gdxref dump` (scripts/gdx-reference/) of these bytes is the committed dump ...
    expect(Buffer.from(bytes).equals(Buffer.from(fixture('emd-written.gdx')))).toBe(true);
    // ... and EMD's own reader reads the same.
    expect(dumpGdx(bytes)).toBe(readFileSync(join(root, 'test/fixtures/gdx/emd-written.dump.txt'), 'utf8'));
  });
});

describe('emd solve --gdx', () => {
  it('writes every symbol after the run, which reads back with the solution', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-gdx-'));
    let stderr = '';
    const code = await main(
      ['solve', join(root, 'models/classic/transport.gms'), '--quiet', '--gdx', join(dir, 'tr')],
      {
        stdout: () => {},
        stderr: (t) => void (stderr += t),
      },
    );
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${join(dir, 'tr.gdx')}`);
    const f = readGdx(new Uint8Array(readFileSync(join(dir, 'tr.gdx'))));
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    const x = f.file.symbols.find((s) => s.name === 'x')!;
    expect(x.records.map((r) => `${r.keys.join('.')} ${r.values[0]}`)).toEqual([
      'seattle.new-york 50',
      'seattle.chicago 300',
      'seattle.topeka 0',
      'san-diego.new-york 275',
      'san-diego.chicago 0',
      'san-diego.topeka 275',
    ]);
    expect(f.file.symbols.find((s) => s.name === 'cost')!.records[0].values.slice(2)).toEqual([0, 0, 1]);
  });
});
