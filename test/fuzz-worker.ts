// One job of `npm run fuzz` (test/fuzz-run.ts starts it as a child process, bundled by esbuild
// like dist/): runs the cases of seeds FROM..TO-1 through the stages (test/fuzz.ts allStages, and
// with `--lsp-stream` one `emd lsp --stdio` process over its real stream), and reports to its
// parent on stdout, one line per message:
//   `d SEED MS`             a case done in MS ms of CPU (the parent's watchdog hears the job is
//                           alive);
//   `m SEED`                one attempt of the minimization of a crash of case SEED done (the
//                           same);
//   `j {...}`               JSON: {t:'crash', cls, model, seed, file?, chars?} (file: the minimized
//                           reproducer, written for the first case of a class in this job),
//                           {t:'cpu', ms} (this process's CPU time so far, every 100 cases and at
//                           the end).
// Arguments: --from S --to E --stages a,b --time-limit MS --out DIR --models DIR --job K
// [--lsp-stream].
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allStages, crashClass, listModels, minimize, mutate, rng, type Stage } from './fuzz.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { LspStream } from './lsp-stream.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= args.length) throw new Error(`fuzz-worker: --${name} missing`);
  return args[i + 1];
};
const from = Number(opt('from'));
const to = Number(opt('to'));
const limitMs = Number(opt('time-limit'));
const outDir = opt('out');
const modelsRoot = opt('models');
const job = opt('job');
const stages = new Set(opt('stages').split(',') as Stage[]);
const lspStream = args.includes('--lsp-stream');

const models = listModels(modelsRoot).filter((p) => !/scalable/.test(p));
const texts = new Map<string, string>();
/** The mutated text of case `seed` of `model` (test/fuzz.ts mutatedCase, the model read once). */
const mutated = (model: string, seed: number) => {
  let t = texts.get(model);
  if (t === undefined) texts.set(model, (t = readFileSync(model, 'utf8')));
  return mutate(t, rng(seed));
};

// Pipes are synchronous on Linux: a line is out before the next case starts, even if that case
// kills the process.
const send = (line: string) => process.stdout.write(line + '\n');
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const seen = new Set<string>();
const server = lspStream ? await LspStream.start(modelsRoot) : undefined;
for (let seed = from; seed < to; seed++) {
  const model = models[seed % models.length];
  const text = mutated(model, seed);
  const c0 = cpuMs();
  const fails = await allStages(model, text, nodeHost, seed, stages);
  if (server)
    for (const f of await server.fuzzCase(
      relative(modelsRoot, model),
      text,
      mutated(model, seed + 1e9),
      seed,
      limitMs,
    ))
      fails.push({ stage: 'lsp', error: new Error(`over the stream: ${f.request}: ${f.error}`) });
  // CPU time, not wall time: a long run shares a loaded machine at the lowest priority.
  const ms = cpuMs() - c0;
  for (const f of fails) {
    const cls = crashClass(f);
    const msg: Record<string, unknown> = { t: 'crash', cls, model, seed };
    if (!seen.has(cls)) {
      seen.add(cls);
      // Each attempt reruns the case: `m` lines tell the parent's watchdog that the job is alive,
      // and the minimization stops after 10 limits of CPU (the reproducer is then less small).
      const m0 = cpuMs();
      const small = await minimize(model, text, cls, nodeHost, seed, 150, stages, () => {
        send(`m ${seed}`);
        return cpuMs() - m0 > 10 * limitMs;
      });
      mkdirSync(outDir, { recursive: true });
      const name = join(outDir, `crash-${job}-${seen.size}.gms`);
      writeFileSync(name, `* ${cls}\n* from ${model} seed ${seed}\n${small}`);
      Object.assign(msg, { file: name, chars: small.length });
    }
    send(`j ${JSON.stringify(msg)}`);
  }
  send(`d ${seed} ${Math.round(ms)}`);
  if ((seed - from + 1) % 100 === 0) send(`j ${JSON.stringify({ t: 'cpu', ms: cpuMs() })}`);
}
await server?.stop();
send(`j ${JSON.stringify({ t: 'cpu', ms: cpuMs() })}`);
