// bench/iehs: seed 003's integrated electricity-heat dispatch (models/iehs/): the centralized
// solve of the 2- and 8-district cases, and the 2-district case coordinated by consensus ADMM of
// the EPS and DHS operators (iehs_2district_admm.emd): wall and CPU time, solves, passes, and
// the ADMM's gap to the centralized optimum. The ADMM run takes minutes (about 1.4 s per pass);
// `node bench/iehs.ts central` runs the centralized solves only.
import { join } from 'node:path';
import { loadSource, resultToJson, run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const dir = join(import.meta.dirname, '..', 'models', 'iehs');

type Timed = { wall: number; cpu: number; solves: number; objective: number; symbols: Symbols };
type Symbols = Record<string, { records: { value?: number }[] }>;

/** Runs one model of models/iehs quietly; wall and CPU seconds, solves, the last objective. */
async function timed(file: string): Promise<Timed> {
  const loaded = loadSource(join(dir, file), nodeHost);
  if (!loaded.file) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  const [cpu0, t0] = [process.cpuUsage(), performance.now()];
  const r = await run(loaded.file, nodeHost, { out: () => undefined, log: () => undefined, quiet: true });
  const [wall, cu] = [(performance.now() - t0) / 1000, process.cpuUsage(cpu0)];
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  const objective = r.solves.at(-1)?.objective ?? NaN;
  const symbols = resultToJson(r).symbols as Symbols;
  return { wall, cpu: (cu.user + cu.system) / 1e6, solves: r.solves.length, objective, symbols };
}

const value = (t: Timed, name: string) => t.symbols[name]?.records[0]?.value ?? NaN;
const row = (name: string, t: Timed, extra = '') =>
  `${name.padEnd(26)} ${t.wall.toFixed(2).padStart(8)} ${t.cpu.toFixed(2).padStart(8)} ${String(t.solves).padStart(7)}  ${extra}`;

export async function benchIehs(centralOnly = false): Promise<void> {
  console.log('bench/iehs: seed 003, 24 hours, districts of a 6-bus system and a 4-node heating network');
  console.log('                             wall s    CPU s  solves');
  const c2 = await timed('iehs_2district.emd');
  console.log(row('2 districts, centralized', c2, `objective ${c2.objective.toFixed(4)}`));
  const c8 = await timed('iehs_8district.emd');
  console.log(row('8 districts, centralized', c8, `objective ${c8.objective.toFixed(4)}`));
  if (centralOnly) return;
  const a2 = await timed('iehs_2district_admm.emd');
  const cost = value(a2, 'total_cost');
  console.log(
    row(
      '2 districts, ADMM',
      a2,
      `${value(a2, 'iters')} passes, cost ${cost.toFixed(4)} (relative gap ${(Math.abs(cost - c2.objective) / c2.objective).toExponential(1)})`,
    ),
  );
  console.log(
    `ADMM / centralized (2 districts): ${(a2.wall / c2.wall).toFixed(1)}× wall, ${(a2.cpu / c2.cpu).toFixed(1)}× CPU`,
  );
  console.log(
    '8 districts by ADMM and the two-step projection coordination: not written yet (models/iehs/README.md)',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIehs(process.argv[2] === 'central');
