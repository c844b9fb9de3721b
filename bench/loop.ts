// bench/loop: one LP solved 1,000 times in a loop with only a parameter changing (the demands of
// an n×n transport model move each iteration). Prints the time per iteration against the solver's
// own time (inside the adapter) and against regenerating the model every iteration
// (`option reuse = 0;`), in the same run. Targets: overhead ≤ 10% over the solver's time, and
// ≥ 10× faster than regeneration (counting what EMD itself does around the solver).
import { createSourceFile } from '../src/text/source-file.ts';
import { run } from '../src/api.ts';

function source(n: number, iters: number, reuse: boolean): string {
  return `${reuse ? '' : 'option reuse = 0 ;\n'}Set i / s1*s${n} /, j / d1*d${n} /, k / k1*k${iters} / ;
Parameters a(i), b0(j), b(j), c(i,j) ;
a(i) = 3 ;
b0(j) = 2 ;
c(i,j) = 1 + mod(ord(i)*7 + ord(j)*13, 100)/10 ;
Positive Variable x(i,j) ;
Variable z ;
Equations cost, supply(i), demand(j) ;
cost ..      z =e= sum((i,j), c(i,j)*x(i,j)) ;
supply(i) .. sum(j, x(i,j)) =l= a(i) ;
demand(j) .. sum(i, x(i,j)) =g= b(j) ;
Model t / all / ;
Scalar total / 0 / ;
loop(k,
   b(j) = b0(j) * (1 + 0.2*sin(ord(k) + ord(j))) ;
   solve t using lp minimizing z ;
   total = total + z.l ;
) ;
`;
}

async function measure(n: number, iters: number, reuse: boolean) {
  const t0 = performance.now();
  const r = await run(createSourceFile('loop.emd', source(n, iters, reuse)), undefined, {
    out: () => undefined,
    log: () => undefined,
    quiet: true,
  });
  const wall = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  const solver = r.solves.reduce((t, s) => t + s.solverSeconds, 0);
  const gen = r.solves.reduce((t, s) => t + s.generationSeconds, 0);
  const objs = r.solves.map((s) => s.objective ?? NaN);
  const kinds = new Set(r.solves.map((s) => s.generation));
  return { wall, solver, gen, objs, kinds };
}

export async function benchLoop(n = 20, iters = 1000): Promise<void> {
  console.log(
    `bench/loop: ${n}x${n} transport LP (${n * n} columns, ${2 * n + 1} rows) solved ${iters} times, demands changing every iteration`,
  );
  await measure(n, 20, true); // warm up the JIT and the solver
  const fast = await measure(n, iters, true);
  const slow = await measure(n, iters, false);
  const same = fast.objs.every((o, k) => Math.abs(o - slow.objs[k]) <= 1e-9 * Math.max(1, Math.abs(o)));
  const per = (x: number) => ((x / iters) * 1000).toFixed(3);
  const overheadFast = fast.wall - fast.solver;
  const overheadSlow = slow.wall - slow.solver;
  console.log(
    '                       ms/iter   solver ms/iter   EMD ms/iter (outside the solver)   generation ms/iter',
  );
  console.log(
    `refresh in place    ${per(fast.wall).padStart(10)} ${per(fast.solver).padStart(16)} ${per(overheadFast).padStart(20)} ${per(fast.gen).padStart(31)}   (${[...fast.kinds].join(', ')})`,
  );
  console.log(
    `regenerate          ${per(slow.wall).padStart(10)} ${per(slow.solver).padStart(16)} ${per(overheadSlow).padStart(20)} ${per(slow.gen).padStart(31)}   (${[...slow.kinds].join(', ')})`,
  );
  console.log(`same objectives in both runs: ${same}`);
  console.log(
    `overhead over the solver's time: ${((overheadFast / fast.solver) * 100).toFixed(1)}% (target ≤ 10%)`,
  );
  console.log(
    `EMD's own work, regenerate / refresh: ${(overheadSlow / overheadFast).toFixed(1)}× (target ≥ 10×); generation alone: ${(slow.gen / fast.gen).toFixed(1)}×`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  await benchLoop(
    process.argv[2] ? Number(process.argv[2]) : undefined,
    process.argv[3] ? Number(process.argv[3]) : undefined,
  );
