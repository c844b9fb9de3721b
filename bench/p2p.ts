// The DLMP-parametrized ADMM of seed 002 (models/p2p-dlmp/): how its iteration count grows from
// the 4-bus toy to the 69-bus feeder, and how it depends on the penalty rho, the over-relaxation
// alpha and residual balancing. Imports src/api.ts, src/text and src/cli/node-host.ts.
// Usage: npx tsx bench/p2p.ts [--sweep]   (the sweep runs 16 more ADMMs, a few minutes)
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

/** The model file of a case with its ADMM settings replaced (kept in the folder of the includes). */
function variant(admmFile: string, s: Settings): string {
  const text = readFileSync(join(dir, admmFile), 'utf8');
  const set = (src: string, name: string, value: number) => {
    const re = new RegExp(`^(\\s*${name}\\s.*/)\\s*[-0-9.e]+\\s*(/.*)$`, 'm');
    if (!re.test(src)) throw new Error(`setting ${name} not found in ${admmFile}`);
    return src.replace(re, `$1 ${value} $2`);
  };
  return set(set(set(text, 'rho0', s.rho0), 'alpha', s.alpha), 'adapt', s.adapt);
}

async function admm(admmFile: string, s: Settings): Promise<Outcome> {
  const path = join(dir, `bench-${admmFile}`);
  const text = variant(admmFile, s);
  const host: Host = { ...nodeHost, readFile: (p) => (p === path ? text : nodeHost.readFile(p)) };
  const t0 = performance.now();
  const r = await run(createSourceFile(path, text), host, {
    quiet: true,
    out: () => undefined,
    log: () => undefined,
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
  { name: '4-bus, 3 prosumers', file: 'p2p_4bus_admm.emd' },
  { name: '69-bus, 12 prosumers', file: 'p2p_69bus_admm.emd' },
];
const fmt = (o: Outcome) =>
  `${String(o.iters).padStart(4)} iterations${o.converged ? '' : ' (not converged)'}, DLMP gap ${o.dlmpGap.toExponential(1)}, ` +
  `welfare gap ${o.welfareGap.toExponential(1)}; ${o.seconds.toFixed(1)} s total, ${o.solves} solves ` +
  `(prosumers ${o.prosumerSeconds.toFixed(1)} s, operator ${o.operatorSeconds.toFixed(1)} s in the solvers)`;

console.log("DLMP-parametrized ADMM at the models' settings (rho0 0.1, alpha 1.6, fixed rho, tol 1e-4 kW):");
const base: Record<string, Outcome> = {};
for (const c of cases) {
  base[c.file] = await admm(c.file, { rho0: 0.1, alpha: 1.6, adapt: 0 });
  console.log(`  ${c.name.padEnd(22)} ${fmt(base[c.file])}`);
}
const [a, b] = cases.map((c) => base[c.file].iters);
console.log(
  `  iteration count 4-bus -> 69-bus: ${a} -> ${b} (x${(b / a).toFixed(2)}) for 4x the prosumers and 23x the buses`,
);

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
