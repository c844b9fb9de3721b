// bench/lp: glpk and highs on the scalable n×n transport LP of bench/generation, in the same run.
// Prints each solver's time (inside the adapter), iterations, and the ratio glpk / highs.
import { createSourceFile } from '../src/text/source-file.ts';
import { transportSource } from './transport-model.ts';
import { run } from '../src/api.ts';

function source(n: number): string {
  return transportSource(n) + 'Solve transport using lp minimizing z ;\n';
}

async function solveWith(n: number, solver: string) {
  const r = await run(createSourceFile('lp.emd', source(n)), undefined, {
    solver,
    out: () => undefined,
    log: () => undefined,
    quiet: true,
  });
  const s = r.solves[0];
  if (!s) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return s;
}

export async function benchLp(sizes = [50, 100, 200]): Promise<void> {
  console.log('bench/lp: n×n transport LP, glpk vs highs (seconds inside the adapter)');
  console.log('     n   columns      glpk s   iters     highs s   iters   glpk/highs   same objective');
  for (const n of sizes) {
    const g = await solveWith(n, 'glpk');
    const h = await solveWith(n, 'highs');
    const same =
      Math.abs((g.objective ?? NaN) - (h.objective ?? NaN)) <= 1e-9 * Math.max(1, Math.abs(h.objective ?? 0));
    console.log(
      `${String(n).padStart(6)} ${String(n * n + 1).padStart(9)} ${g.solverSeconds.toFixed(3).padStart(11)} ${String(g.iterations).padStart(7)} ${h.solverSeconds.toFixed(3).padStart(11)} ${String(h.iterations).padStart(7)} ${(g.solverSeconds / h.solverSeconds).toFixed(2).padStart(12)}   ${same}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await benchLp(process.argv[2] ? process.argv.slice(2).map(Number) : undefined);
