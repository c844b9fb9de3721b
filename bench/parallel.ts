// Asynchronous solves (issue 20), measured in one run against the serial run of the same model:
//   1. sweeps on the thread pool (one thread per core) against one after another: the issue's
//      (the 24-hour market over 50 weather scenarios) and 50 transport LPs;
//   2. passes of the energy-hub ADMM with the hubs' subproblems submitted together (parallel = 1);
//   3. the overhead per job through Redis for a small LP: submit, solve on an `emd worker`,
//      collect, one job at a time, against the same solves in process;
//   4. the sweep through the queue with 2 local `emd worker` processes.
// Needs redis-server (apt-get install redis-server) for 3 and 4. Run: node bin/run-ts.js bench/parallel.ts
// [--parts 1,3,4] (the parts to run; all by default: the ADMM part alone takes minutes under load).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDist } from '../scripts/build.mjs';
import { main } from '../src/cli/main.ts';
import { threadSeconds, threadSecondsSince } from './threads.ts';
import { startRedis, startWorker } from '../test/redis-server.ts';

const root = join(import.meta.dirname, '..');
await buildDist({ quiet: true });
process.env.EMD_THREADS_FROM_DIST = '1';
const dir = mkdtempSync(join(tmpdir(), 'emd-bench-parallel-'));

/** A sweep of `scenarios` transport LPs of `n` plants and `n` markets, GAMS's grid pattern. */
function sweepModel(n: number, scenarios: number): string {
  return `
$if not set link $set link 6
Sets i / p1*p${n} /, j / m1*m${n} /, s / s1*s${scenarios} /;
Parameters a(i), b(j), c(i,j), dem(s,j), h(s), obj(s);
option seed = 7;
a(i) = uniform(80, 120); b(j) = uniform(50, 90); c(i,j) = uniform(1, 10);
dem(s,j) = b(j)*uniform(0.8, 1.1);
Positive Variable x(i,j); Variable z;
Equations cost, supply(i), demand(j);
cost .. z =e= sum((i,j), c(i,j)*x(i,j));
supply(i) .. sum(j, x(i,j)) =l= a(i);
demand(j) .. sum(i, x(i,j)) =g= b(j);
Model t /all/; t.solvelink = %link%;
loop(s, b(j) = dem(s,j); solve t using lp minimizing z; h(s) = t.handle; obj(s)$(h(s) = 0) = z.l;);
scalar rc;
repeat rc = readyCollect(h, 60);
  loop(s$handlecollect(h(s)), obj(s) = z.l; rc = handledelete(h(s)); h(s) = 0;);
until card(h) = 0;
`;
}

/** One job at a time: submit, wait, collect (the round trip of each job). */
function roundTrips(k: number): string {
  return `
$if not set link $set link 6
Set s / s1*s${k} /;
Positive Variable x, y; Variable z; Equation e, f; Scalar r;
e .. z =e= 2*x + 3*y; f .. x + y =g= r;
Model m / e, f /; m.solvelink = %link%;
Parameter h, obj(s); scalar rc;
loop(s, r = 4 + ord(s); solve m using lp minimizing z; h = m.handle;
  if(h, rc = readyCollect(h, 60); rc = handlecollect(h); rc = handledelete(h););
  obj(s) = z.l;);
`;
}

const ABORTS = '(may abort)';
/** Runs a model in process; `aborts`: the model may end with an abort (the ADMM cut short). */
async function run(file: string, ...args: string[]): Promise<{ seconds: number; doc: any }> {
  const aborts = args.includes(ABORTS);
  let out = '';
  const t0 = performance.now();
  const code = await main(['solve', file, '--json', '--quiet', ...args.filter((a) => a !== ABORTS)], {
    stdout: (t) => void (out += t),
    stderr: () => undefined,
  });
  const seconds = (performance.now() - t0) / 1000;
  const doc = JSON.parse(out);
  if (code !== 0 && !aborts) throw new Error(`exit ${code}: ${file}`);
  return { seconds, doc };
}
/** A symbol's values by key, in key order (collection order differs from run to run). */
const values = (doc: any, sym: string): [string, number][] =>
  doc.symbols[sym].records
    .map((r: any) => [r.keys.join('.'), r.value])
    .sort((a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const same = (a: [string, number][], b: [string, number][]) =>
  a.length === b.length && a.every((v, k) => v[0] === b[k][0] && v[1] === b[k][1]);
const solverSeconds = (doc: any) => doc.solves.reduce((s: number, x: any) => s + x.solverSeconds, 0);

const partsArg = process.argv.indexOf('--parts');
const parts = new Set((partsArg > 0 ? process.argv[partsArg + 1] : '1,2,3,4').split(',').map(Number));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`cores: ${availableParallelism()}; load average (1, 5, 15 min): ${load()}`);
// Part 1: the sweep (the 24-hour market over 50 weather scenarios, 50 NLPs) and a sweep of
// 50 transport LPs, serial (solveLink 7, ThreadsSimulate: the same jobs one after another in this
// process, bit for bit the pool's results) against the pool. Measured both warm: one run of each
// first (the main thread's solvers and the pool's threads, which stay parked between runs, load
// and JIT-compile their code), then alternating pairs; and both cold: each run its own `emd solve`
// process. Besides the wall-clock times, the CPU seconds of all the process's threads (the pool's
// extra work: what it costs beyond the serial run), and the load average of the machine.
const weatherCopy = (link: number) => {
  const f = join(root, `models/microgrid/.bench-weather-${link}-${process.pid}.emd`);
  const text = readFileSync(join(root, 'models/microgrid/market_24h_weather.emd'), 'utf8');
  writeFileSync(f, text.replace('market.solvelink = 6;', `market.solvelink = ${link};`));
  return f;
};
const sweep = join(dir, 'sweep.gms');
writeFileSync(sweep, sweepModel(80, 50));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const cpuSeconds = async (f: () => Promise<{ seconds: number; doc: any }>) => {
  const c0 = process.cpuUsage();
  const th0 = threadSeconds();
  const r = await f();
  const c = process.cpuUsage(c0);
  const threads = threadSecondsSince(th0);
  return { ...r, cpu: (c.user + c.system) / 1e6, main: threads.main ?? NaN, threads };
};
/** A run's CPU seconds per thread, by the thread's name (the pool's workers, V8's helpers). */
const perThread = (t: Record<string, number>) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const processSeconds = (file: string, ...args: string[]) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/emd.js'), 'solve', file, '--quiet', ...args]);
  if (r.status !== 0) throw new Error(`emd solve ${file} ${args.join(' ')}: exit ${r.status}`);
  return (performance.now() - t0) / 1000;
};
const ratio = (a: number, b: number) => `${a.toFixed(2)} s / ${b.toFixed(2)} s = ${(a / b).toFixed(2)}x`;
const sweeps: { title: string; serial: [string, ...string[]]; pool: [string, ...string[]]; sym: string }[] =
  [];
const weather = parts.has(1) ? [weatherCopy(7), weatherCopy(6)] : [];
if (parts.has(1)) {
  sweeps.push({
    title: "the issue's sweep: the 24-hour market over 50 weather scenarios (50 NLPs)",
    serial: [weather[0]],
    pool: [weather[1]],
    sym: 'welfare_w',
  });
  sweeps.push({
    title: 'a sweep of 50 transport LPs (6,400 columns each)',
    serial: [sweep, '--link=7'],
    pool: [sweep],
    sym: 'obj',
  });
}
let serial = { seconds: 0, doc: undefined as any };
let pool = serial;
try {
  for (const w of sweeps) {
    const first = { serial: await run(...w.serial), pool: await run(...w.pool) };
    type Measured = { seconds: number; cpu: number; main: number; threads: Record<string, number> };
    const warm = { serial: [] as Measured[], pool: [] as Measured[] };
    const loadBefore = load();
    for (let k = 0; k < 2; k++) {
      warm.serial.push(await cpuSeconds(() => run(...w.serial)));
      warm.pool.push(await cpuSeconds(() => run(...w.pool)));
    }
    const loadWarm = load();
    const cold = { serial: processSeconds(...w.serial), pool: processSeconds(...w.pool) };
    const med = (xs: Measured[], key: 'seconds' | 'cpu' | 'main') => median(xs.map((x) => x[key]));
    console.log(
      `1. ${w.title}, serial / pool (target >= 1.7x on 2 cores):\n` +
        `   warm (both), median of 2: ${ratio(med(warm.serial, 'seconds'), med(warm.pool, 'seconds'))} ` +
        `(runs: serial ${warm.serial.map((x) => x.seconds.toFixed(2)).join(', ')}; pool ${warm.pool.map((x) => x.seconds.toFixed(2)).join(', ')})\n` +
        `     CPU of all threads: serial ${med(warm.serial, 'cpu').toFixed(2)} s, pool ${med(warm.pool, 'cpu').toFixed(2)} s ` +
        `(the pool's extra work: ${((med(warm.pool, 'cpu') / med(warm.serial, 'cpu') - 1) * 100).toFixed(0)}%); load average before ${loadBefore}, after ${loadWarm}\n` +
        `     main thread's CPU: serial ${med(warm.serial, 'main').toFixed(2)} s, pool ${med(warm.pool, 'main').toFixed(2)} s; ` +
        `per thread, last runs: serial ${perThread(warm.serial[1].threads)}; pool ${perThread(warm.pool[1].threads)}\n` +
        `   cold (both), each its own process: ${ratio(cold.serial, cold.pool)}; load average now ${load()}\n` +
        `   first in this process: ${ratio(first.serial.seconds, first.pool.seconds)} (the solver's share of the serial run: ${solverSeconds(first.serial.doc).toFixed(2)} s)\n` +
        `   results ${same(values(first.serial.doc, w.sym), values(first.pool.doc, w.sym)) ? 'identical' : 'DIFFER'}`,
    );
    if (w.sym === 'obj') ({ serial, pool } = first);
  }
} finally {
  for (const f of weather) rmSync(f, { force: true });
}

// Copies of the ADMM model beside it (for its includes): 4 passes, hubs serial or in parallel.
const admmText = readFileSync(join(root, 'models/energy-hub/energy_hub_admm.emd'), 'utf8').replace(
  '/ 1*200 /',
  '/ 1*4 /',
);
const admmCopy = (parallel: number) => {
  const f = join(root, `models/energy-hub/.bench-admm-${parallel}-${process.pid}.emd`);
  writeFileSync(f, admmText.replace(/(Scalar parallel .*)\/ 1 \/ ;/, `$1/ ${parallel} / ;`));
  return f;
};
const admmFiles = parts.has(2) ? [admmCopy(0), admmCopy(1)] : [];
if (parts.has(2))
  try {
    const a1 = await run(admmFiles[0], ABORTS);
    const a2 = await run(admmFiles[1], ABORTS);
    console.log(
      `2. energy-hub ADMM, 4 passes of 3 hub QPs: serial ${a1.seconds.toFixed(2)} s, parallel ${a2.seconds.toFixed(2)} s: ` +
        `speed-up ${(a1.seconds / a2.seconds).toFixed(2)}x; iterates ${same(values(a1.doc, 'res_primal'), values(a2.doc, 'res_primal')) ? 'identical' : 'DIFFER'}`,
    );
  } finally {
    for (const f of admmFiles) rmSync(f, { force: true });
  }

if (!parts.has(3) && !parts.has(4)) process.exit(0);
const { url, process: redis } = await startRedis();
const workers: ChildProcess[] = [];
try {
  workers.push(await startWorker(url));
  if (parts.has(3)) {
    // Each solve's own time (from its solve statement to its collection), the median of 60: the
    // start of the run and of the bridge's connections are left out, and so is most of the noise.
    const trips = join(dir, 'trips.gms');
    writeFileSync(trips, roundTrips(60));
    const median = (doc: any) => {
      const t = doc.solves.map((x: any) => x.seconds * 1000).sort((a: number, b: number) => a - b);
      return t[t.length >> 1] as number;
    };
    await run(trips, '--redis', url); // warm: the worker's first jobs
    const l = await run(trips, '--link=2');
    const qd = await run(trips, '--redis', url);
    const local = { ms: median(l.doc), doc: l.doc };
    const queued = { ms: median(qd.doc), doc: qd.doc };
    console.log(
      `3. small LPs one at a time (median of 60): in process ${local.ms.toFixed(2)} ms each, through Redis ${queued.ms.toFixed(2)} ms each: ` +
        `overhead ${(queued.ms - local.ms).toFixed(2)} ms per job (target <= 5 ms); objectives ${same(values(local.doc, 'obj'), values(queued.doc, 'obj')) ? 'identical' : 'DIFFER'}`,
    );
  }
  workers.push(await startWorker(url));
  if (parts.has(4)) {
    if (!serial.doc) serial = pool = await run(sweep, '--link=7');
    const q = await run(sweep, '--redis', url);
    console.log(
      `4. the sweep through the queue with 2 workers: ${q.seconds.toFixed(2)} s (serial ${serial.seconds.toFixed(2)} s, pool ${pool.seconds.toFixed(2)} s): ` +
        `${(serial.seconds / q.seconds).toFixed(2)}x; objectives ${same(values(serial.doc, 'obj'), values(q.doc, 'obj')) ? 'identical' : 'DIFFER'}`,
    );
  }
} finally {
  for (const w of workers) w.kill('SIGTERM');
  redis.kill('SIGTERM');
}
