// bench/generation: a scalable n×n transport LP (3n² + 1 nonzeros). Times EMD's parse + check +
// data + instantiation (+ the glpk.js input) against the bare cost of building the same glpk.js
// input by hand from arrays, in the same run, and against `glpsol --check` on the same model in
// MathProg when glpsol is installed (Debian glpk-utils). Prints ratios; targets: EMD ≤ 2× the bare
// build, 10^6 nonzeros in ≤ 2 s, and EMD ≥ 5× faster than glpsol --check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSourceFile } from '../src/text/source-file.ts';
import { transportSource } from './transport-model.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { checkProgram } from '../src/check/checker.ts';
import { generateModel } from '../src/model/generate.ts';
import { MAX_SLOTS } from '../src/check/expressions.ts';
import { linearForm } from '../src/solvers/linear-form.ts';
import { loadGlpk, toGlpk } from '../src/solvers/glpk/adapter.ts';
import type { EquationSymbol, ModelSymbol, VariableSymbol } from '../src/bind/symbols.ts';

const cost = (i: number, j: number) => 1 + ((i * 7 + j * 13) % 100) / 10;

function emdSource(n: number): string {
  return transportSource(n) + 'Solve transport using lp minimizing z ;\n';
}

function mathProg(n: number): string {
  return `param n := ${n};
set I := 1..n; set J := 1..n;
param a{i in I} := 2; param b{j in J} := 1;
param c{i in I, j in J} := 1 + ((i*7 + j*13) mod 100)/10;
var x{I, J} >= 0; var z;
minimize obj: z;
s.t. cost: z = sum{i in I, j in J} c[i,j]*x[i,j];
s.t. supply{i in I}: sum{j in J} x[i,j] <= a[i];
s.t. demand{j in J}: sum{i in I} x[i,j] >= b[j];
end;
`;
}

const ms = () => performance.now();

async function emdBuild(n: number, glpk: Awaited<ReturnType<typeof loadGlpk>>) {
  const t0 = ms();
  const file = createSourceFile('bench.emd', emdSource(n));
  const parsed = parseSource(file);
  const t1 = ms();
  const checked = checkProgram(parsed.program);
  if (parsed.diagnostics.length || checked.diagnostics.some((d) => d.severity === 'error'))
    throw new Error('bench model has errors');
  const t2 = ms();
  const env = new Int32Array(MAX_SLOTS);
  for (const s of checked.statements) if (s.kind === 'run') s.run(env);
  const t3 = ms();
  const model = checked.table.get('transport') as ModelSymbol;
  void model;
  const eqs = ['cost', 'supply', 'demand'].map((e) =>
    checked.equations.get(checked.table.get(e) as EquationSymbol)!,
  );
  const gen = generateModel(
    eqs,
    checked.table.get('z') as VariableSymbol,
    'min',
    checked.table.universe,
    true,
  );
  const t4 = ms();
  const lf = linearForm(gen.problem, { integer: false });
  if (!lf.ok) throw new Error('not linear');
  const input = toGlpk(glpk, lf.lp, true);
  const t5 = ms();
  return {
    parse: t1 - t0,
    check: t2 - t1,
    data: t3 - t2,
    generate: t4 - t3,
    glpkInput: t5 - t4,
    total: t5 - t0,
    nnz: gen.problem.rowStart[gen.problem.m],
    input,
  };
}

function bareBuild(n: number, glpk: Awaited<ReturnType<typeof loadGlpk>>) {
  const t0 = ms();
  const name = (i: number, j: number) => `x${i * n + j}`;
  const costVars: { name: string; coef: number }[] = [{ name: 'z', coef: 1 }];
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= n; j++) costVars.push({ name: name(i - 1, j - 1), coef: -cost(i, j) });
  const subjectTo = [{ name: 'cost', vars: costVars, bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 } }];
  for (let i = 0; i < n; i++) {
    const vars = [];
    for (let j = 0; j < n; j++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `s${i}`, vars, bnds: { type: glpk.GLP_UP, lb: 0, ub: 2 } });
  }
  for (let j = 0; j < n; j++) {
    const vars = [];
    for (let i = 0; i < n; i++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `d${j}`, vars, bnds: { type: glpk.GLP_LO, lb: 1, ub: 0 } });
  }
  const bounds = [{ name: 'z', type: glpk.GLP_FR, lb: 0, ub: 0 }];
  for (let k = 0; k < n * n; k++) bounds.push({ name: `x${k}`, type: glpk.GLP_LO, lb: 0, ub: 0 });
  const input = {
    name: 'bare',
    objective: { direction: glpk.GLP_MIN, name: 'obj', vars: [{ name: 'z', coef: 1 }] },
    subjectTo,
    bounds,
  };
  return { total: ms() - t0, input };
}

function glpsolCheck(n: number): number | undefined {
  try {
    execFileSync('glpsol', ['--version'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'emd-bench-'));
  const f = join(dir, 'transport.mod');
  writeFileSync(f, mathProg(n));
  const t0 = ms();
  execFileSync('glpsol', ['--check', '-m', f], { stdio: 'ignore' });
  return ms() - t0;
}

const best = <T extends { total: number }>(runs: T[]): T =>
  runs.reduce((a, b) => (b.total < a.total ? b : a));

export async function benchGeneration(sizes = [100, 300, 577]): Promise<void> {
  const glpk = await loadGlpk();
  console.log(
    'bench/generation: n×n transport LP; EMD parse+check+data+generate+glpk input vs the same glpk.js input built by hand',
  );
  console.log(
    'EMD = parse + check + data + generate (the solver-independent instance); +glpk adds the glpk.js conversion',
  );
  console.log(
    '     n   nonzeros   parse   check    data  generate  glpkin   EMD ms  bare ms  EMD/bare  +glpk/bare  glpsol ms  glpsol/EMD',
  );
  // Warm up the parser (built once per process) and the JIT on small cases first.
  for (const n of [20, 100]) {
    await emdBuild(n, glpk);
    bareBuild(n, glpk);
  }
  for (const n of sizes) {
    const reps = n >= 500 ? 3 : 5;
    // Alternate the two builds and drop each result before the next run, so neither inherits the
    // other's heap; keep the best of `reps` runs of each.
    const es: Awaited<ReturnType<typeof emdBuild>>[] = [];
    const bs: { total: number }[] = [];
    // Each build starts from a collected heap (node --expose-gc), so that neither pays for the
    // other's garbage.
    const gc = (globalThis as { gc?: () => void }).gc;
    for (let r = 0; r < reps; r++) {
      gc?.();
      const e1 = await emdBuild(n, glpk);
      es.push({ ...e1, input: undefined as never });
      gc?.();
      const b1 = bareBuild(n, glpk);
      bs.push({ total: b1.total });
    }
    const e = best(es);
    const b = best(bs);
    const g = glpsolCheck(n);
    const f = (x: number) => x.toFixed(0).padStart(7);
    const inst = e.parse + e.check + e.data + e.generate;
    console.log(
      `${String(n).padStart(6)} ${String(e.nnz).padStart(10)} ${f(e.parse)} ${f(e.check)} ${f(e.data)} ${f(e.generate).padStart(9)} ${f(e.glpkInput)} ${f(inst).padStart(8)} ${f(b.total).padStart(8)} ${(inst / b.total).toFixed(2).padStart(9)} ${(e.total / b.total).toFixed(2).padStart(11)} ${g === undefined ? '        -' : f(g).padStart(10)} ${g === undefined ? '          -' : (g / inst).toFixed(1).padStart(11)}`,
    );
  }
  console.log(
    'targets at 10^6 nonzeros (n = 577): EMD/bare ≤ 2, EMD ≤ 2000 ms, glpsol/EMD ≥ 5 (small sizes show the fixed costs of a run: parsing, the first JIT passes)',
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  await benchGeneration(process.argv[2] ? process.argv.slice(2).map(Number) : undefined);
