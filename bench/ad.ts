// Times the NLP oracle (src/ad) on a generated model with 1e5 nonlinear terms: the tape interpreter
// against compiled straight-line code, per call and for one interior-point iteration's worth of
// calls. Run: node bin/run-ts.js bench/ad.ts [rows] [objectiveTerms]. Imports src/ only.
import type { ModelProblem } from '../src/model/problem.ts';
import { createNlpOracle, type ModelNlpOracle } from '../src/ad/oracle.ts';
import { generatedModel } from './ad-model.ts';

/** Milliseconds per call: the best of 5 batches (the machine may be shared; the minimum is the least disturbed). */
function time(reps: number, f: (r: number) => void): number {
  let r = 0; // call r uses point r & 1: every call starts at a new x
  f(r++);
  f(r++);
  let best = Infinity;
  const per = Math.max(1, Math.round(reps / 5));
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let k = 0; k < per; k++) f(r++);
    best = Math.min(best, (performance.now() - t0) / per);
  }
  return best;
}

interface Timings {
  setup: number;
  objective: number;
  constraints: number;
  gradient: number;
  jacobian: number;
  hessian: number;
  iteration: number;
}

function measure(
  p: ModelProblem,
  mode: 'tape' | 'compiled',
  reps: number,
): { t: Timings; o: ModelNlpOracle } {
  const t0 = performance.now();
  const o = createNlpOracle(p, { mode });
  const setup = performance.now() - t0;
  // Two points used alternately, so every call starts at a new x (no cache hit).
  const xs = [0, 1].map((s) => Float64Array.from({ length: p.n }, (_, j) => 0.5 + 0.3 * Math.sin(j + s)));
  const g = new Float64Array(p.n);
  const c = new Float64Array(p.m);
  const J = new Float64Array(o.jacRows.length);
  const H = new Float64Array(o.hessRows.length);
  const lam = Float64Array.from({ length: p.m }, (_, i) => ((i % 5) - 2) / 3);
  const t: Timings = {
    setup,
    objective: time(reps, (r) => void o.objective(xs[r & 1])),
    constraints: time(reps, (r) => o.constraints(xs[r & 1], c)),
    gradient: time(reps, (r) => o.gradient(xs[r & 1], g)),
    jacobian: time(reps, (r) => o.jacobian(xs[r & 1], J)),
    hessian: time(reps, (r) => o.hessian(xs[r & 1], 1, lam, H)),
    // What an interior-point iteration asks at a new iterate.
    iteration: time(reps, (r) => {
      const x = xs[r & 1];
      o.objective(x);
      o.constraints(x, c);
      o.gradient(x, g);
      o.jacobian(x, J);
      o.hessian(x, 1, lam, H);
    }),
  };
  return { t, o };
}

const rows = Number(process.argv[2] ?? 25000);
const objTerms = Number(process.argv[3] ?? 20000);
const reps = Number(process.argv[4] ?? 20);
const tb = performance.now();
const p = generatedModel(rows, objTerms);
console.log(
  `model: ${p.n} variables, ${p.m} rows, ${4 * rows} row terms + ${objTerms} objective terms, ${p.graph.nodeCount} graph nodes (built in ${(performance.now() - tb).toFixed(0)} ms)`,
);
const tape = measure(p, 'tape', reps);
const comp = measure(p, 'compiled', reps);
const st = comp.o.stats;
console.log(
  `jacobian nnz ${tape.o.jacRows.length}, hessian nnz ${tape.o.hessRows.length}, ${st.terms} Hessian terms; compiled: ${st.shapes} function shapes, ${st.termShapes} term shapes, ` +
    `${st.termwiseFunctions} function(s) term by term, ${st.tapedFunctions} function(s) and ${st.tapedTerms} term(s) on the tape`,
);
console.log('ms per call        tape   compiled   tape/compiled');
for (const key of Object.keys(tape.t) as (keyof Timings)[]) {
  const a = tape.t[key];
  const b = comp.t[key];
  console.log(
    `${key.padEnd(14)} ${a.toFixed(2).padStart(9)} ${b.toFixed(2).padStart(10)} ${(a / b).toFixed(2).padStart(12)}`,
  );
}
