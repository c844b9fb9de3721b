// bench/iehs: seed 003's integrated electricity-heat dispatch (models/iehs/): the centralized
// solve of the 2- and 8-district cases, and the 2-district case coordinated by consensus ADMM of
// the EPS and DHS operators (iehs_2district_admm.emd) over the first 3 and 8 hours: wall and CPU
// time, solves, passes, the ADMM's gap to the centralized optimum of the same hours and the gap of
// the centralized dispatch at the ADMM's boundary values. `node bin/run-ts.js bench/iehs.ts central` runs the
// centralized solves only; `... day` adds the ADMM over the whole day (about 1.4 s of CPU per
// pass: minutes). The two-step projection of iehs_2district_projection.emd over the first 3, 6 and
// 12 hours (`day`: the whole day too, about 100 s of CPU; `projection`: those rows alone;
// `projection-day`: the whole day's alone), and of the 8-district case over 3 and 6 hours (`day`,
// `projection-day`: its whole day too, minutes): time, iterations, the distance of its bounds on
// the optimum at the end, and its gaps.
import { join } from 'node:path';
import { loadSource, resultToJson, run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const dir = join(import.meta.dirname, '..', 'models', 'iehs');

type Timed = { wall: number; cpu: number; solves: number; objective: number; symbols: Symbols };
type Symbols = Record<string, { records: { value?: number }[] }>;

/** Runs one model of models/iehs quietly; wall and CPU seconds, solves, the last objective. */
async function timed(file: string, defines: Record<string, string> = {}): Promise<Timed> {
  const loaded = loadSource(join(dir, file), nodeHost);
  if (!loaded.file) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  const [cpu0, t0] = [process.cpuUsage(), performance.now()];
  const r = await run(loaded.file, nodeHost, {
    out: () => undefined,
    log: () => undefined,
    quiet: true,
    compile: { defines },
  });
  const [wall, cu] = [(performance.now() - t0) / 1000, process.cpuUsage(cpu0)];
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  const objective = r.solves.at(-1)?.objective ?? NaN;
  const symbols = resultToJson(r).symbols as Symbols;
  return { wall, cpu: (cu.user + cu.system) / 1e6, solves: r.solves.length, objective, symbols };
}

const value = (t: Timed, name: string) => t.symbols[name]?.records[0]?.value ?? NaN;
const row = (name: string, t: Timed, extra = '') =>
  `${name.padEnd(26)} ${t.wall.toFixed(2).padStart(8)} ${t.cpu.toFixed(2).padStart(8)} ${String(t.solves).padStart(7)}  ${extra}`;

/** The ADMM over the first `hours` hours against the centralized solve of the same hours. */
async function admmRow(hours: string, defines: Record<string, string> = {}): Promise<void> {
  const c = await timed('iehs_2district.emd', { hours });
  const a = await timed('iehs_2district_admm.emd', { hours, ...defines });
  const gap = (x: number) => (Math.abs(x - c.objective) / c.objective).toExponential(1);
  const [cost, fixed] = [value(a, 'total_cost'), value(a, 'fixed_cost')];
  const state = value(a, 'done') === 1 ? 'converged' : 'pass limit';
  console.log(row(`${hours} h, centralized`, c, `objective ${c.objective.toFixed(4)}`));
  console.log(
    row(
      `${hours} h, ADMM`,
      a,
      `${value(a, 'iters')} passes (${state}), cost gap ${gap(cost)}, at its boundary values ${gap(fixed)}; ` +
        `residuals ${value(a, 'r').toExponential(1)} MW, ${value(a, 's').toExponential(1)} $/MWh`,
    ),
  );
  const how = Object.entries(defines)
    .map(([k, v]) => `--${k}=${v}`)
    .join(' ');
  console.log(
    `ADMM / centralized (${hours} h ${how}): ${(a.wall / c.wall).toFixed(1)}× wall, ${(a.cpu / c.cpu).toFixed(1)}× CPU`,
  );
}

export async function benchIehs(mode = ''): Promise<void> {
  console.log('bench/iehs: seed 003, districts of a 6-bus system and a 4-node heating network');
  console.log('                             wall s    CPU s  solves');
  if (mode === 'projection-day') {
    await projectionRow('24');
    await projectionRow('24', 8);
    return;
  }
  if (mode === 'projection') {
    await projectionRow('3');
    await projectionRow('6');
    await projectionRow('12');
    await projectionRow('3', 8);
    await projectionRow('6', 8);
    return;
  }
  const c2 = await timed('iehs_2district.emd');
  console.log(row('2 districts, centralized', c2, `objective ${c2.objective.toFixed(4)}`));
  const c8 = await timed('iehs_8district.emd');
  console.log(row('8 districts, centralized', c8, `objective ${c8.objective.toFixed(4)}`));
  if (mode === 'central') return;
  await admmRow('3');
  // Spectral penalties of the tie-line copies (the default, --adapt=2) against the residual
  // balancing of each coupling as a whole (--adapt=1 --perhour=0 --mu=2, the setting before).
  await admmRow('8', { passes: '300' });
  await admmRow('8', { passes: '300', adapt: '1', perhour: '0', mu: '2' });
  // The whole day: 400 passes (the limit), dual residual 5x its tolerance, gap 1.1e-8 (README.md).
  if (mode === 'day') await admmRow('24');
  await projectionRow('3');
  await projectionRow('6');
  await projectionRow('12');
  await projectionRow('3', 8);
  await projectionRow('6', 8);
  if (mode === 'day') {
    await projectionRow('24');
    await projectionRow('24', 8);
  }
}

/**
 * The two-step projection over the first `hours` hours (it solves the centralized case itself), of
 * the 2-district case or of the 8-district one (`districts` 8).
 */
async function projectionRow(hours: string, districts = 2): Promise<void> {
  const p = await timed(`iehs_${districts}district_projection.emd`, { hours });
  const state = value(p, 'done') === 1 ? 'converged' : 'iteration limit';
  // The stopping test's bounds on the optimum (README.md, "The stopping test").
  const bounds = (value(p, 'ubest') - value(p, 'lbest')) / value(p, 'ubest');
  console.log(
    row(
      `${districts === 2 ? '' : `${districts} districts, `}${hours} h, projection`,
      p,
      `${value(p, 'iters')} iterations (${state}), bounds within ${bounds.toExponential(1)}, ` +
        `cost gap ${value(p, 'gap').toExponential(1)}, ` +
        `at its boundary values ${value(p, 'fixed_gap').toExponential(1)}, boundary values within ` +
        `${value(p, 'maxdev').toExponential(1)} MW of the centralized solver's`,
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIehs(process.argv[2]);
