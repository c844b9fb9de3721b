// bench/microgrid: the 24-hour three-microgrid market (seed 000) cleared by the ADMM price loop
// (models/microgrid/market_24h_decomposed.emd) against the same market as one welfare NLP
// (market_24h_foresight.emd), in the same run: wall and CPU time, passes, solves and solver iterations, and
// the ratio of the two. Target: the decomposition in ≤ 5 s of CPU on the 2-core machine.
import { join } from 'node:path';
import { loadSource, resultToJson, run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const dir = join(import.meta.dirname, '..', 'models', 'microgrid');

interface Timed {
  wall: number;
  cpu: number;
  solves: number;
  solverIterations: number;
  solverSeconds: number;
  generationSeconds: number;
  generated: number;
  symbols: Record<string, { records: { value?: number }[] }>;
}

async function timed(file: string): Promise<Timed> {
  const { file: src, diagnostics } = loadSource(join(dir, file), nodeHost);
  if (!src) throw new Error(diagnostics.map((d) => d.message).join('; '));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await run(src, nodeHost, { out: () => undefined, log: () => undefined, quiet: true });
  const wall = (performance.now() - t0) / 1000;
  const cu = process.cpuUsage(cpu0);
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return {
    wall,
    cpu: (cu.user + cu.system) / 1e6,
    solves: r.solves.length,
    solverIterations: r.solves.reduce((s, x) => s + x.iterations, 0),
    solverSeconds: r.solves.reduce((s, x) => s + x.solverSeconds, 0),
    generationSeconds: r.solves.reduce((s, x) => s + x.generationSeconds, 0),
    generated: r.solves.filter((x) => x.generation === 'generated').length,
    symbols: resultToJson(r).symbols as Timed['symbols'],
  };
}

const value = (t: Timed, name: string) => t.symbols[name]?.records[0]?.value ?? 0;

export async function benchMicrogrid(): Promise<void> {
  console.log('bench/microgrid: seed 000, 24 hours, 3 microgrids, 64 consumer groups, batteries');
  await timed('market_24h_foresight.emd'); // warm up the JIT, the parser and the solver
  const c = await timed('market_24h_foresight.emd');
  const d = await timed('market_24h_decomposed.emd');
  const passes = value(d, 'iters');
  const newton = (d.symbols.newton_hist?.records ?? []).reduce((s, r) => s + (r.value ?? 0), 0);
  const wc = value(c, 'welfare_val');
  const wd = value(d, 'welfare_val');
  const row = (name: string, t: Timed) =>
    `${name.padEnd(14)} ${t.wall.toFixed(2).padStart(7)} ${t.cpu.toFixed(2).padStart(7)} ${String(t.solves).padStart(7)} ${String(t.generated).padStart(10)} ${String(t.solverIterations).padStart(10)} ${t.solverSeconds.toFixed(2).padStart(10)} ${t.generationSeconds.toFixed(2).padStart(11)}`;
  console.log('               wall s   CPU s  solves  generated  solver it   solver s  generation s');
  console.log(row('centralized', c));
  console.log(row('decomposed', d));
  console.log(
    `price loop: ${passes} passes, ${newton} Newton steps in the demand updates, ${(d.solverIterations / Math.max(1, d.solves)).toFixed(1)} ipm iterations per operator solve`,
  );
  console.log(
    `welfare: centralized ${wc.toFixed(4)}, decomposed ${wd.toFixed(4)} (relative difference ${(Math.abs(wd - wc) / Math.abs(wc)).toExponential(1)})`,
  );
  console.log(
    `decomposed / centralized: ${(d.wall / c.wall).toFixed(1)}× wall, ${(d.cpu / c.cpu).toFixed(1)}× CPU`,
  );
  // The target is on CPU time (issue 18): on the shared 2-core machine wall time mostly measures the load.
  console.log(
    `decomposition ${d.cpu.toFixed(2)} s CPU (target ≤ 5 s): ${d.cpu <= 5 ? 'met' : 'missed'}; ${d.wall.toFixed(2)} s wall${d.wall > 1.5 * d.cpu ? ' - the machine is busy: wall time well above CPU time' : ''}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMicrogrid();
