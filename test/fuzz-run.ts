// `npm run fuzz -- --cases N [--seed S] [--time-limit MS] [--out DIR] [--stages a,b]`: N mutated
// cases of the models in models/, each through every stage (test/fuzz.ts allStages; `--stages`
// picks some: compile,run,format,import,lsp), in process. Prints the
// crashes by class, the cases over the per-case time limit (hangs), and writes a minimized
// reproducer per class into DIR (default fuzz-crashes/). Exit 1 when anything crashed or hung.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allStages, crashClass, listModels, minimize, mutatedCase, STAGES, type Stage } from './fuzz.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { LspStream } from './lsp-stream.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number | string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : String(dflt);
};
const cases = Number(opt('cases', 1000));
const seed0 = Number(opt('seed', 1));
const limitMs = Number(opt('time-limit', 10_000));
const outDir = opt('out', 'fuzz-crashes');
const reportEvery = Number(opt('report-every', 1000));
// `--lsp-stream`: each case also goes to one `emd lsp --stdio` process over its real stream.
const lspStream = args.includes('--lsp-stream');
const stageList = opt('stages', STAGES.join(',')).split(',');
const stages = new Set(stageList.filter((s): s is Stage => (STAGES as readonly string[]).includes(s)));
if (
  !Number.isInteger(cases) ||
  cases < 1 ||
  !Number.isFinite(limitMs) ||
  limitMs <= 0 ||
  stages.size !== stageList.length
) {
  console.error(
    `usage: npm run fuzz -- --cases N [--seed S] [--time-limit MS] [--out DIR] [--stages ${STAGES.join(',')}]`,
  );
  process.exit(2);
}

const models = listModels(join(import.meta.dirname, '..', 'models')).filter((p) => !/scalable/.test(p));
const classes = new Map<string, { count: number; first: { model: string; seed: number } }>();
const slow: { model: string; seed: number; ms: number }[] = [];
const modelsRoot = join(import.meta.dirname, '..', 'models');
const server = lspStream ? await LspStream.start(modelsRoot) : undefined;
const t0 = performance.now();
for (let k = 0; k < cases; k++) {
  const seed = seed0 + k;
  const model = models[seed % models.length];
  const text = mutatedCase(model, seed);
  const c0 = performance.now();
  const fails = await allStages(model, text, nodeHost, seed, stages);
  if (server)
    for (const f of await server.fuzzCase(
      relative(modelsRoot, model),
      text,
      mutatedCase(model, seed + 1e9),
      seed,
      limitMs,
    ))
      fails.push({ stage: 'lsp', error: new Error(`over the stream: ${f.request}: ${f.error}`) });
  const ms = performance.now() - c0;
  // The stages are synchronous between solves and cannot be interrupted: a case is timed, and
  // one over the limit counts as a hang (loops and solvers have their own iteration limits).
  if (ms > limitMs) {
    slow.push({ model, seed, ms });
    console.log(`SLOW ${model} seed ${seed}: ${ms.toFixed(0)} ms`);
  }
  for (const f of fails) {
    const cls = crashClass(f);
    const c = classes.get(cls);
    if (c) c.count++;
    else {
      classes.set(cls, { count: 1, first: { model, seed } });
      console.log(`NEW CRASH CLASS ${cls}\n  ${model} seed ${seed}`);
      const small = await minimize(model, text, cls, nodeHost, seed, 150, stages);
      mkdirSync(outDir, { recursive: true });
      const name = join(outDir, `crash-${classes.size}.gms`);
      writeFileSync(name, `* ${cls}\n* from ${model} seed ${seed}\n${small}`);
      console.log(`  minimized reproducer: ${name} (${small.length} characters)`);
    }
  }
  if ((k + 1) % reportEvery === 0)
    console.log(
      `fuzz: ${k + 1} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s, ${[...classes.values()].reduce((a, c) => a + c.count, 0)} crashes, ${slow.length} over ${limitMs} ms`,
    );
}
const secs = (performance.now() - t0) / 1000;
const crashes = [...classes.values()].reduce((a, c) => a + c.count, 0);
console.log(
  `fuzz: ${cases} cases (seeds ${seed0}..${seed0 + cases - 1}; stages ${[...stages].join(',')}) of ${models.length} models in ${secs.toFixed(1)} s: ${crashes} crashes in ${classes.size} classes, ${slow.length} over the ${limitMs} ms limit`,
);
for (const [cls, c] of classes)
  console.log(`  ${c.count} × ${cls} (first: ${c.first.model} seed ${c.first.seed})`);
for (const s of slow) console.log(`  slow: ${s.model} seed ${s.seed}: ${s.ms.toFixed(0)} ms`);
await server?.stop();
process.exitCode = crashes || slow.length ? 1 : 0;
