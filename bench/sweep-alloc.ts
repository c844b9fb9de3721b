// What the serial run of the issue-20 weather sweep (the 24-hour market over 50 weather scenarios,
// 50 NLPs, ipm; solveLink 7: the pool's jobs one after another in this process) costs beyond its
// one solving thread: the CPU seconds of all the process's threads against the wall time and
// against the main thread's (V8's concurrent garbage collection and compilation run beside the
// solver), and the bytes it allocates on the JS heap, summed from V8's own GC trace
// (--trace-gc-nvp's `allocated=`, in a child process). One warm-up run, then the measured runs.
// docs/performance.md (the pool's section) has the figures and what makes up the other threads' CPU.
// Usage: node bin/run-ts.js bench/sweep-alloc.ts [runs, default 3]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { threadSeconds, threadSecondsSince } from './threads.ts';

const root = join(import.meta.dirname, '..');

const CHILD = '--child';

if (process.argv.includes(CHILD)) {
  const { main } = await import('../src/cli/main.ts');
  const file = process.argv[process.argv.indexOf(CHILD) + 1];
  const runs = Number(process.argv[process.argv.indexOf(CHILD) + 2]);
  const once = async () => {
    let out = '';
    const code = await main(['solve', file, '--json', '--quiet'], {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
    });
    if (code !== 0) throw new Error(`exit ${code}`);
    return JSON.parse(out);
  };
  await once();
  for (let k = 0; k < runs; k++) {
    process.stdout.write(`@@begin\n`);
    const th0 = threadSeconds();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const doc = await once();
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const threads = threadSecondsSince(th0);
    const solves = doc.solves.length;
    const iterations = doc.solves.reduce((s: number, x: any) => s + x.iterations, 0);
    const welfare = doc.symbols.welfare_w.records.reduce((s: number, r: any) => s + r.value, 0);
    process.stdout.write(
      `@@end ${JSON.stringify({ wall, cpu: (c.user + c.system) / 1e6, user: c.user / 1e6, solves, iterations, welfare, threads })}\n`,
    );
  }
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 3);
const file = join(root, `models/microgrid/.bench-alloc-${process.pid}.emd`);
writeFileSync(
  file,
  readFileSync(join(root, 'models/microgrid/market_24h_weather.emd'), 'utf8').replace(
    'market.solvelink = 6;',
    'market.solvelink = 7;',
  ),
);
try {
  console.log(
    `load average (1, 5, 15 min): ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const r = spawnSync(
    process.execPath,
    [
      ...(process.env.SWEEP_FLAGS ?? '').split(' ').filter(Boolean),
      '--trace-gc-nvp',
      join(root, 'bin/run-ts.js'),
      import.meta.filename,
      CHILD,
      file,
      String(runs),
    ],
    { maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`child: exit ${r.status}\n${r.stderr}`);
  let inRun = false;
  let heap = 0;
  let gcs = 0;
  let scavenges = 0;
  let pause = 0;
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('@@begin')) {
      inRun = true;
      heap = gcs = scavenges = pause = 0;
    } else if (line.startsWith('@@end')) {
      inRun = false;
      const m = JSON.parse(line.slice(6));
      const perSolve = heap / m.solves;
      console.log(
        `serial sweep: ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU of all threads: ` +
          `${(m.cpu / m.wall).toFixed(2)} cores busy; ${m.solves} solves, ${m.iterations} ipm iterations, ` +
          `welfare sum ${m.welfare}\n` +
          `  JS heap allocated: ${(heap / 1e6).toFixed(0)} MB, ${(perSolve / 1e6).toFixed(2)} MB per solve, ` +
          `${(heap / m.iterations / 1e3).toFixed(0)} kB per iteration; ${gcs} GCs (${scavenges} scavenges), ` +
          `${pause.toFixed(0)} ms of pauses\n` +
          `  CPU seconds per thread: ${Object.entries(m.threads)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}` +
          (m.threads.main ? `; all threads / main thread: ${(m.cpu / m.threads.main).toFixed(2)}` : ''),
      );
    } else if (inRun && line.includes(' pause=')) {
      gcs++;
      if (line.includes(' gc=s ')) scavenges++;
      pause += Number(/ pause=([\d.]+)/.exec(line)?.[1] ?? 0);
      heap += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
    }
  }
} finally {
  rmSync(file, { force: true });
}
