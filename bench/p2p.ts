// The DLMP-parametrized ADMM of seed 002 (models/p2p-dlmp/): how its iteration count grows with
// the market (each prosumer split into k identical ones at its bus, --split=k of the case files),
// and how it depends on the penalty rho, its scaling per coupling, the over-relaxation alpha and
// residual balancing. Imports src/api.ts, src/text and src/cli/node-host.ts.
// Usage: npx tsx bench/p2p.ts [--scaling] [--sweep] [--300]
//   --scaling  the scaling table: k = 1, 2, 3 on both feeders, one rho for every coupling against
//              rho scaled per coupling, the same market split, and the unsplit market with the
//              kept-cost split's costs (26 ADMMs; several minutes)
//   --300      the 300-prosumer market on the 69-bus feeder (one ADMM of about 600 iterations;
//              4 minutes of CPU, about 9 minutes of wall time at moderate load)
//   --sweep    sensitivity to rho0, alpha and residual balancing (16 ADMMs, a few minutes)
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { run, resultToJson, type Host } from '../src/api.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const dir = join(import.meta.dirname, '..', 'models', 'p2p-dlmp');

interface Settings {
  rho0: number;
  alpha: number;
  adapt: 0 | 1 | 2;
  /** Penalty per coupling (admm.inc): 0 one rho, 2 scaled by the participants of each coupling. */
  rhoscale?: number;
  /** Each prosumer split into this many identical ones (case files, --split). */
  split?: number;
  /** Scale the trading and battery costs with the split so the aggregate market is unchanged. */
  samemarket?: boolean;
  /** The unsplit market with the costs of a k-split that keeps the cost per trade (gamma/k^2, cbat/k). */
  costsof?: number;
}
interface Outcome {
  iters: number;
  converged: boolean;
  dlmpGap: number;
  welfareGap: number;
  seconds: number;
  prosumerSeconds: number;
  operatorSeconds: number;
  solves: number;
}

/** The compile-time settings of a run (the ADMM files read them with $if not set ... $set). */
function defines(s: Settings): Record<string, string> {
  return {
    rho0: String(s.rho0),
    alpha: String(s.alpha),
    adapt: String(s.adapt),
    rhoscale: String(s.rhoscale ?? 2),
    split: String(s.split ?? 1),
    samemarket: s.samemarket ? '1' : '0',
    costsof: String(s.costsof ?? 1),
  };
}

async function admm(admmFile: string, s: Settings): Promise<Outcome> {
  const path = join(dir, admmFile);
  const text = readFileSync(path, 'utf8');
  const t0 = performance.now();
  const r = await run(createSourceFile(path, text), nodeHost as Host, {
    quiet: true,
    out: () => undefined,
    log: () => undefined,
    compile: { defines: defines(s) },
  });
  const seconds = (performance.now() - t0) / 1000;
  const doc = resultToJson(r) as any;
  if (!r.ok) throw new Error(`${admmFile}: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
  const scalar = (n: string): number => doc.symbols[n].records[0]?.value ?? 0;
  const time = (model: string) =>
    r.solves.filter((x) => x.model === model).reduce((a, x) => a + x.seconds, 0);
  return {
    iters: scalar('iters'),
    converged: scalar('converged') === 1,
    dlmpGap: scalar('dlmp_gap'),
    welfareGap: scalar('welfare_gap'),
    seconds,
    prosumerSeconds: time('prosumer'),
    operatorSeconds: time('operator'),
    solves: r.solves.length,
  };
}

const cases = [
  { name: '4-bus, 3 prosumers', file: 'p2p_4bus_admm.emd', prosumers: 3 },
  { name: '69-bus, 12 prosumers', file: 'p2p_69bus_admm.emd', prosumers: 12 },
];
const fmt = (o: Outcome) =>
  `${String(o.iters).padStart(4)} iterations${o.converged ? '' : ' (not converged)'}, DLMP gap ${o.dlmpGap.toExponential(1)}, ` +
  `welfare gap ${o.welfareGap.toExponential(1)}; ${o.seconds.toFixed(1)} s total (${((1000 * o.seconds) / Math.max(1, o.iters)).toFixed(0)} ms per iteration), ${o.solves} solves ` +
  `(prosumers ${o.prosumerSeconds.toFixed(1)} s, operator ${o.operatorSeconds.toFixed(1)} s in the solvers)`;

console.log(
  "DLMP-parametrized ADMM at the models' settings (rho0 0.1, alpha 1.6, rho per coupling, tol 1e-4 kW):",
);
const base: Record<string, Outcome> = {};
for (const c of cases) {
  base[c.file] = await admm(c.file, { rho0: 0.1, alpha: 1.6, adapt: 0 });
  console.log(`  ${c.name.padEnd(22)} ${fmt(base[c.file])}`);
}

if (process.argv.includes('--scaling')) {
  // The same feeder with k times the prosumers. Two ways to split: with the trading cost per
  // trade kept (a split market then trades k^2 times more cheaply, so it is another market with
  // another equilibrium), and with the costs scaled so the aggregate market is the same one
  // (--samemarket: the same welfare and prices; only the number of prosumers changes).
  console.log(
    '\nScaling: each prosumer split into k identical ones (rho0 0.1, alpha 1.6, tol 1e-4 kW, limit 500):',
  );
  const variants: { label: string; rhoscale: number; samemarket: boolean; costsof?: boolean }[] = [
    {
      label: 'trading cost per trade kept, one rho for every coupling (rhoscale 0)',
      rhoscale: 0,
      samemarket: false,
    },
    {
      label: 'trading cost per trade kept, rho scaled per coupling (rhoscale 2)',
      rhoscale: 2,
      samemarket: false,
    },
    {
      label: 'the same market (--samemarket), rho scaled per coupling (rhoscale 2)',
      rhoscale: 2,
      samemarket: true,
    },
    {
      // The aggregate of the kept-cost split: the unsplit prosumers with gamma/k^2 and cbat/k. Its
      // count against the kept-cost split's separates the change of market from the change of size.
      label: "the unsplit market with the k-split's costs (--costsof=k: gamma/k^2, cbat/k), rhoscale 2",
      rhoscale: 2,
      samemarket: false,
      costsof: true,
    },
  ];
  for (const v of variants) {
    console.log(`  ${v.label}:`);
    for (const c of cases) {
      const its: number[] = [];
      for (const split of [1, 2, 3]) {
        const who = v.costsof
          ? `costs of k = ${split}`
          : `${String(split * c.prosumers).padStart(3)} prosumers`;
        let o: Outcome;
        try {
          o = await admm(c.file, {
            rho0: 0.1,
            alpha: 1.6,
            adapt: 0,
            rhoscale: v.rhoscale,
            ...(v.costsof ? { costsof: split } : { split }),
            samemarket: v.samemarket,
          });
        } catch (err) {
          // A failed run (a centralized clearing the solver does not finish) is reported, and
          // the table goes on.
          its.push(NaN);
          console.log(`    ${c.file.padEnd(20)} ${who} failed: ${(err as Error).message.slice(0, 200)}`);
          continue;
        }
        its.push(o.converged ? o.iters : Infinity);
        console.log(`    ${c.file.padEnd(20)} ${who} ${fmt(o)}`);
      }
      console.log(
        v.costsof
          ? `    ${c.file.padEnd(20)} iterations with the costs of k = 1/2/3: ${its.join(' / ')} (compare the kept-cost split)`
          : `    ${c.file.padEnd(20)} iterations at 1x/2x/3x: ${its.join(' / ')}; 3x/1x = ${(its[2] / its[0]).toFixed(2)} (target <= 1.3)`,
      );
    }
  }
}

if (process.argv.includes('--300')) {
  // The 300-prosumer community market on the 69-bus feeder (case_69bus_300.inc): one ADMM run,
  // at the model's own rho0 of 0.03 (0.1 had not converged after 500 iterations).
  const o = await admm('p2p_69bus_300_admm.emd', { rho0: 0.03, alpha: 1.6, adapt: 0 });
  console.log(`\n300 prosumers on the 69-bus feeder (p2p_69bus_300_admm.emd): ${fmt(o)}`);
}

if (process.argv.includes('--sweep')) {
  const sweep: Settings[] = [
    ...[0.03, 0.1, 0.3, 1].flatMap((rho0) => [1, 1.6].map((alpha) => ({ rho0, alpha, adapt: 0 as const }))),
    ...[0.01, 1].flatMap((rho0) => [1, 2].map((adapt) => ({ rho0, alpha: 1.6, adapt: adapt as 1 | 2 }))),
  ];
  console.log(
    '\nSensitivity (limit 500 iterations; adapt 1/2: residual balancing every 10 iterations up to 100):',
  );
  for (const s of sweep) {
    for (const c of cases) {
      const o = await admm(c.file, s);
      console.log(
        `  rho0 ${String(s.rho0).padEnd(4)} alpha ${String(s.alpha).padEnd(3)} adapt ${s.adapt}  ${c.name.padEnd(22)} ${fmt(o)}`,
      );
    }
  }
}
