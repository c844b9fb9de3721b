import { describe, expect, it } from 'vitest';
import { createHighsAdapter } from './adapter.ts';
import {
  buildProblem,
  hs35Problem,
  infeasibleProblem,
  knapsackOptimum,
  knapsackProblem,
  nonconvexQpProblem,
  testExtractQuadratic,
  transportProblem,
  unboundedProblem,
} from '../test-problems.ts';

const highs = createHighsAdapter({ extractQuadratic: testExtractQuadratic });
const quiet = { quiet: true };

describe('highs adapter', () => {
  it('solves trnsport with GAMS marginals', async () => {
    const r = await highs.solve(transportProblem(), 'lp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([1, 1]);
    expect(r.objective).toBeCloseTo(153.675, 10);
    // trnsport has two optimal shipping plans (HiGHS ends at the other vertex than GAMS/CPLEX),
    // but one dual: demand 0.225/0.153/0.126, supply 0/0 (see the glpk test), cost 1.
    const rm = Array.from(r.rowMarginal!);
    expect(rm[0]).toBeCloseTo(1, 12);
    expect(rm[1]).toBeCloseTo(0, 12);
    expect(rm[2]).toBeCloseTo(0, 12);
    expect(rm[3]).toBeCloseTo(0.225, 12);
    expect(rm[4]).toBeCloseTo(0.153, 12);
    expect(rm[5]).toBeCloseTo(0.126, 12);
    expect(r.colMarginal![2]).toBeCloseTo(0.036, 12);
    expect(r.colMarginal![4]).toBeCloseTo(0.009, 12);
    expect(r.iterations).toBe(3);
  });

  it('reports d obj / d rhs for a maximization too', async () => {
    const r = await highs.solve(transportProblem('max', -1), 'lp', quiet);
    expect(r.objective).toBeCloseTo(-153.675, 10);
    expect(r.rowMarginal![3]).toBeCloseTo(-0.225, 12);
    expect(r.colMarginal![2]).toBeCloseTo(-0.036, 12);
  });

  it('solves the knapsack MIP with fixed-LP marginals', async () => {
    const r = await highs.solve(knapsackProblem(), 'mip', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([1, 1]);
    expect(r.objective).toBe(knapsackOptimum().value);
    expect(Array.from(r.x!)).toEqual(knapsackOptimum().take);
    expect(Array.from(r.rowMarginal!)).toEqual([0]);
    expect(Array.from(r.colMarginal!)).toEqual([10, 13, 7, 8, 5]);
  });

  it('maps infeasible to 4 (with the final point) and unbounded to 3', async () => {
    // HiGHS's presolve proves infeasibility without a point (it would be 19); the adapter solves
    // again without presolve so that, as with glpk and GAMS/CPLEX's simplex, the point is reported.
    const inf = await highs.solve(infeasibleProblem(), 'lp', quiet);
    expect([inf.modelStatus, inf.solveStatus]).toEqual([4, 1]);
    expect(inf.x).toBeDefined();
    const unb = await highs.solve(unboundedProblem(), 'lp', quiet);
    expect([unb.modelStatus, unb.solveStatus]).toEqual([3, 1]);
  });

  it('maps MIPs without an integer point to 19 and 10', async () => {
    const infMip = buildProblem({
      sense: 'min',
      vars: [{ name: 'x', kind: 2, up: 10 }],
      obj: { idx: [0], coef: [1] },
      rows: [
        { name: 'lo', lo: 3, up: Infinity, terms: [[0, 1]] },
        { name: 'hi', lo: -Infinity, up: 2, terms: [[0, 1]] },
      ],
    });
    expect((await highs.solve(infMip, 'mip', quiet)).modelStatus).toBe(19);
    const intInf = buildProblem({
      sense: 'min',
      vars: [{ name: 'x', kind: 2, up: 10 }],
      obj: { idx: [0], coef: [1] },
      rows: [{ name: 'half', lo: 0.5, up: 0.7, terms: [[0, 1]] }],
    });
    expect((await highs.solve(intInf, 'mip', quiet)).modelStatus).toBe(10);
  });

  it('solves HS35 as a convex QP', async () => {
    const r = await highs.solve(hs35Problem(), 'qp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([1, 1]);
    expect(r.objective).toBeCloseTo(1 / 9, 6);
    expect(r.x![0]).toBeCloseTo(4 / 3, 6);
    expect(r.x![1]).toBeCloseTo(7 / 9, 6);
    expect(r.x![2]).toBeCloseTo(4 / 9, 6);
    // KKT: grad f = -lambda * a with a = (1, 1, 2): grad f(x*) = (-2/9, -2/9, -4/9), so the
    // marginal d f / d rhs of x1 + x2 + 2x3 <= 3 is -2/9; the reduced costs are 0 (x* > 0).
    expect(r.rowMarginal![0]).toBeCloseTo(-2 / 9, 6);
    for (const d of r.colMarginal!) expect(Math.abs(d)).toBeLessThan(1e-6);
  });

  it('refuses a non-convex QP and points to ipm', async () => {
    const r = await highs.solve(nonconvexQpProblem(), 'qp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([14, 6]);
    expect(r.message).toBe(
      "The quadratic objective is not convex (Q is not positive semidefinite: 'x1' has zero curvature in the LDL' elimination but is coupled to other variables); highs solves convex QPs only. Solve it as an NLP with ipm (a local optimum), e.g. option nlp=ipm.",
    );
  });

  it('forwards the HiGHS log when output_flag is set', async () => {
    const lines: string[] = [];
    await highs.solve(transportProblem(), 'lp', { log: (l) => lines.push(l), options: { output_flag: 1 } });
    expect(lines.some((l) => l.startsWith('Model status        : Optimal'))).toBe(true);
    const none: string[] = [];
    await highs.solve(transportProblem(), 'lp', { log: (l) => none.push(l) });
    expect(none).toEqual([]);
  });
});
