// `npm run fuzz -- --cases N [--seed S] [--jobs J] [--time-limit MS] [--out DIR] [--stages a,b]
// [--lsp-stream] [--report-every K]`: N mutated cases of the models in models/ (seeds S..S+N-1),
// each through every stage (test/fuzz.ts allStages; `--stages` picks some:
// compile,run,format,import,lsp). The cases run in J child processes (default 1), each on its own
// contiguous range of seeds (test/fuzz-worker.ts, bundled by esbuild as dist/ is: the TypeScript
// loader's `__name` helper took a third of a parse's time). Prints the crashes by class, the cases over
// the per-case CPU time limit, the hangs (a job that spends 6 limits, at least a minute, of CPU on
// one case is killed and restarted after that case) and the CPU time, and writes a minimized reproducer per class into
// DIR (default fuzz-crashes/). Exit 1 when anything crashed, hung or went over the limit.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { bundleScript } from '../bench/bundle.ts';
import { listModels, STAGES, type Stage } from './fuzz-stages.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number | string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : String(dflt);
};
const cases = Number(opt('cases', 1000));
const seed0 = Number(opt('seed', 1));
const jobs = Number(opt('jobs', 1));
const limitMs = Number(opt('time-limit', 10_000));
const outDir = opt('out', 'fuzz-crashes');
const reportEvery = Number(opt('report-every', 1000));
const lspStream = args.includes('--lsp-stream');
const stageList = opt('stages', STAGES.join(',')).split(',');
const stages = new Set(stageList.filter((s): s is Stage => (STAGES as readonly string[]).includes(s)));
if (
  !Number.isInteger(cases) ||
  cases < 1 ||
  !Number.isInteger(seed0) ||
  !Number.isInteger(jobs) ||
  jobs < 1 ||
  !Number.isFinite(limitMs) ||
  limitMs <= 0 ||
  stages.size !== stageList.length
) {
  console.error(
    `usage: npm run fuzz -- --cases N [--seed S] [--jobs J] [--time-limit MS] [--out DIR] [--stages ${STAGES.join(',')}] [--lsp-stream]`,
  );
  process.exit(2);
}
/**
 * CPU time a job may spend on one case (read from /proc while it is silent) before the case counts
 * as a hang and the job is killed and restarted after it. CPU, not wall time: at `nice -n 19` on a
 * loaded machine a case may wait for minutes without running. A job silent for 30 minutes of wall
 * time is killed too (it is stuck without spinning).
 */
const hangMs = Math.max(60_000, 6 * limitMs);
const stuckMs = 30 * 60_000;
/** The CPU time (ms) process `pid` has used, from /proc (undefined elsewhere). */
const cpuOf = (pid: number | undefined): number | undefined => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = f
      .slice(f.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return ((utime + stime) * 1000) / 100;
  } catch {
    return undefined;
  }
};

// The worker, bundled beside the repo (packages stay in node_modules).
const worker = await bundleScript(
  join(root, 'test', 'fuzz-worker.ts'),
  join(root, '.fuzz-build', 'fuzz-worker.mjs'),
);

const classes = new Map<string, { count: number; first: { model: string; seed: number }; file?: string }>();
const slow: { seed: number; ms: number }[] = [];
const hangs: { seed: number; why: string }[] = [];
let done = 0;
let cpuDone = 0;
const t0 = performance.now();
const crashes = () => [...classes.values()].reduce((a, c) => a + c.count, 0);
const cpuNow = new Map<number, number>();
const cpuSeconds = () => (cpuDone + [...cpuNow.values()].reduce((a, b) => a + b, 0)) / 1000;
const status = () =>
  `${done} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s, ${cpuSeconds().toFixed(0)} CPU s, ${crashes()} crashes, ${slow.length} over ${limitMs} ms, ${hangs.length} hangs`;

const crashed = (cls: string, model: string, seed: number, file?: string, chars?: number) => {
  const c = classes.get(cls);
  if (c) return c.count++;
  classes.set(cls, { count: 1, first: { model, seed }, file });
  console.log(`NEW CRASH CLASS ${cls}\n  ${model} seed ${seed}`);
  if (file) console.log(`  minimized reproducer: ${file} (${chars} characters)`);
};

const models = listModels(join(root, 'models')).filter((p) => !/scalable/.test(p));
/** The model case `seed` mutates (as test/fuzz-worker.ts picks it). */
const modelOf = (seed: number) => models[seed % models.length];

let incarnation = 0;
/** Runs seeds from..to-1 in one child; after a hang or a dead process, the rest in a new one. */
async function runJob(job: number, from: number, to: number): Promise<void> {
  while (from < to) {
    const id = incarnation++;
    const child = spawn(
      process.execPath,
      [
        '--max-semi-space-size=64',
        worker,
        ...['--from', String(from), '--to', String(to), '--stages', [...stages].join(',')],
        ...['--time-limit', String(limitMs), '--out', outDir, '--models', join(root, 'models')],
        ...['--job', String(job), ...(lspStream ? ['--lsp-stream'] : [])],
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let next = from;
    let hung = false;
    let timer: NodeJS.Timeout | undefined;
    let quietSince = 0;
    let cpuAtLast: number | undefined;
    let cpuSeen = 0;
    const watch = () => {
      quietSince = performance.now();
      cpuAtLast = cpuOf(child.pid);
    };
    watch();
    timer = setInterval(() => {
      const cpu = cpuOf(child.pid);
      if (cpu !== undefined) cpuSeen = cpu;
      const spun = cpu !== undefined && cpuAtLast !== undefined ? cpu - cpuAtLast : 0;
      if (spun > hangMs || performance.now() - quietSince > stuckMs) {
        hung = true;
        child.kill('SIGKILL');
      }
    }, 5000);
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    for await (const line of createInterface({ input: child.stdout! })) {
      watch();
      if (line.startsWith('d ')) {
        const [, s, ms] = line.split(' ').map(Number);
        next = s + 1;
        done++;
        if (ms > limitMs) {
          slow.push({ seed: s, ms });
          console.log(`SLOW ${modelOf(s)} seed ${s}: ${ms} ms`);
        }
        if (done % reportEvery === 0) console.log(`fuzz: ${status()}`);
      } else if (line.startsWith('j ')) {
        const m = JSON.parse(line.slice(2));
        if (m.t === 'cpu') cpuNow.set(id, m.ms);
        else if (m.t === 'crash') crashed(m.cls, m.model, m.seed, m.file, m.chars);
      }
    }
    const code = await exited;
    clearInterval(timer);
    if (code === 0 && !hung) return;
    // The case after the last one reported hung or killed its process.
    done++;
    if (hung) {
      hangs.push({ seed: next, why: `${modelOf(next)}: no end after ${hangMs} ms of CPU` });
      console.log(`HANG ${modelOf(next)} seed ${next}: killed after ${hangMs} ms of CPU`);
    } else crashed(`process: exited with code ${code}`, modelOf(next), next);
    // Its CPU time up to the last report stays counted.
    cpuDone += Math.max(cpuNow.get(id) ?? 0, cpuSeen);
    cpuNow.delete(id);
    from = next + 1;
  }
}

const per = Math.ceil(cases / jobs);
await Promise.all(
  Array.from({ length: jobs }, (_, k) =>
    runJob(k, seed0 + k * per, Math.min(seed0 + cases, seed0 + (k + 1) * per)),
  ),
);
const self = process.cpuUsage();
cpuDone += (self.user + self.system) / 1000;
console.log(
  `fuzz: ${done} cases (seeds ${seed0}..${seed0 + cases - 1}; stages ${[...stages].join(',')}${lspStream ? ' and the language server over its stream' : ''}; ${jobs} job${jobs > 1 ? 's' : ''}) in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${cpuSeconds().toFixed(1)} CPU s (${((cpuSeconds() * 1000) / done).toFixed(1)} ms per case): ${crashes()} crashes in ${classes.size} classes, ${slow.length} over the ${limitMs} ms limit, ${hangs.length} hangs`,
);
for (const [cls, c] of classes)
  console.log(
    `  ${c.count} × ${cls} (first: ${c.first.model} seed ${c.first.seed}${c.file ? `; reproducer ${c.file}` : ''})`,
  );
for (const s of slow) console.log(`  slow: ${modelOf(s.seed)} seed ${s.seed}: ${s.ms} ms`);
for (const h of hangs) console.log(`  hang: seed ${h.seed}: ${h.why}`);
process.exitCode = crashes() || slow.length || hangs.length ? 1 : 0;
