import { describe, expect, it } from 'vitest';
import { createGlpkAdapter, glpkAdapter, loadGlpk, type GlpkLike } from './adapter.ts';
import type { SolverResult } from '../types.ts';
import {
  buildProblem,
  infeasibleProblem,
  knapsackOptimum,
  knapsackProblem,
  hs35Problem,
  transportProblem,
  unboundedProblem,
} from '../test-problems.ts';

const quiet = { quiet: true };

describe('glpk adapter', () => {
  it('solves trnsport with GAMS marginals', async () => {
    const r = await glpkAdapter.solve(transportProblem(), 'lp', quiet);
    expect(r.modelStatus).toBe(1);
    expect(r.solveStatus).toBe(1);
    expect(r.objective).toBeCloseTo(153.675, 10);
    expect(r.x![6]).toBeCloseTo(153.675, 10);
    // rows: cost, supply(seattle), supply(san-diego), demand(new-york, chicago, topeka)
    const rm = Array.from(r.rowMarginal!);
    expect(rm[0]).toBeCloseTo(1, 12); // cost.m = 1 (z - sum c x = 0: d z / d rhs)
    expect(rm[3]).toBeCloseTo(0.225, 12);
    expect(rm[4]).toBeCloseTo(0.153, 12);
    expect(rm[5]).toBeCloseTo(0.126, 12);
    // Supply: seattle is binding (350 shipped) but its dual is 0 — the basis is non-degenerate
    // (x = 50, 300, 275, 275 and san-diego's slack 50 are basic), u_sd = 0 from the slack, and
    // x(seattle,new-york) basic gives u_s = c - v_ny = 0.225 - 0.225 = 0. GAMS prints EPS / '.'.
    expect(rm[1]).toBeCloseTo(0, 12);
    expect(rm[2]).toBeCloseTo(0, 12);
    // Reduced costs: x(seattle,topeka) 0.162 - 0.126 = 0.036, x(san-diego,chicago) 0.162 - 0.153 = 0.009.
    const cm = Array.from(r.colMarginal!);
    expect(cm[2]).toBeCloseTo(0.036, 12);
    expect(cm[4]).toBeCloseTo(0.009, 12);
    expect(cm[0]).toBe(0);
    expect(cm[6]).toBe(0);
    expect(r.iterations).toBe(6); // GLPK 5.0's primal simplex from the all-slack basis
  });

  it('reports d obj / d rhs for a maximization too', async () => {
    // max -z: the same point, the marginals change sign (d(-z)/d b = -d z/d b).
    const r = await glpkAdapter.solve(transportProblem('max', -1), 'lp', quiet);
    expect(r.modelStatus).toBe(1);
    expect(r.objective).toBeCloseTo(-153.675, 10);
    expect(r.rowMarginal![3]).toBeCloseTo(-0.225, 12);
    expect(r.colMarginal![2]).toBeCloseTo(-0.036, 12);
  });

  it('solves a knapsack MIP and reports the fixed-LP marginals', async () => {
    const best = knapsackOptimum();
    const r = await glpkAdapter.solve(knapsackProblem(), 'mip', quiet);
    expect(best.value).toBe(28);
    expect(r.modelStatus).toBe(1);
    expect(r.objective).toBe(28);
    expect(Array.from(r.x!)).toEqual(best.take);
    // With every column fixed the capacity row's slack is basic, so its dual is 0, and each
    // variable's marginal is its objective coefficient (d obj / d x_j = v_j).
    expect(Array.from(r.rowMarginal!)).toEqual([0]);
    expect(Array.from(r.colMarginal!)).toEqual([10, 13, 7, 8, 5]);
  });

  it('solves the relaxation when the class is lp', async () => {
    const r = await glpkAdapter.solve(knapsackProblem(), 'lp', quiet);
    expect(r.modelStatus).toBe(1);
    // LP relaxation by value density: e (2.5), a (2.5), c (2.33), b (2.17)...: a, c, e fill 9, b gets 3/6.
    expect(r.objective).toBeCloseTo(10 + 7 + 5 + 13 / 2, 10);
  });

  it('maps an infeasible LP to 4 and an unbounded LP to 3', async () => {
    const inf = await glpkAdapter.solve(infeasibleProblem(), 'lp', quiet);
    expect([inf.modelStatus, inf.solveStatus]).toEqual([4, 1]);
    const unb = await glpkAdapter.solve(unboundedProblem(), 'lp', quiet);
    expect([unb.modelStatus, unb.solveStatus]).toEqual([3, 1]);
  });

  it('tells infeasible from unbounded with the presolver on', async () => {
    const opts = { quiet: true, options: { presol: 1 } };
    expect((await glpkAdapter.solve(infeasibleProblem(), 'lp', opts)).modelStatus).toBe(4);
    expect((await glpkAdapter.solve(unboundedProblem(), 'lp', opts)).modelStatus).toBe(3);
  });

  it('maps MIPs without an integer solution to 19, 18 and 10', async () => {
    const infMip = buildProblem({
      sense: 'min',
      vars: [{ name: 'x', kind: 2, up: 10 }],
      obj: { idx: [0], coef: [1] },
      rows: [
        { name: 'lo', lo: 3, up: Infinity, terms: [[0, 1]] },
        { name: 'hi', lo: -Infinity, up: 2, terms: [[0, 1]] },
      ],
    });
    expect((await glpkAdapter.solve(infMip, 'mip', quiet)).modelStatus).toBe(19);
    const intInf = buildProblem({
      sense: 'min',
      vars: [{ name: 'x', kind: 2, up: 10 }],
      obj: { idx: [0], coef: [1] },
      rows: [{ name: 'half', lo: 0.5, up: 0.7, terms: [[0, 1]] }],
    });
    expect((await glpkAdapter.solve(intInf, 'mip', quiet)).modelStatus).toBe(10);
    const unbMip = buildProblem({
      sense: 'max',
      vars: [{ name: 'x', kind: 2 }, { name: 'y' }],
      obj: { idx: [0, 1], coef: [1, 1] },
      rows: [
        {
          name: 'r',
          lo: -Infinity,
          up: 1.5,
          terms: [
            [0, 1],
            [1, -1],
          ],
        },
      ],
    });
    expect((await glpkAdapter.solve(unbMip, 'mip', quiet)).modelStatus).toBe(18);
  });

  it('refuses a nonlinear objective with Capability Problems', async () => {
    const r = await glpkAdapter.solve(hs35Problem(), 'lp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([14, 6]);
    expect(r.message).toBe(
      'the objective is nonlinear; glpk solves linear objectives only (use highs for a convex QP, or ipm).',
    );
  });

  it('forwards the GLPK log only when msglev asks for it', async () => {
    const lines: string[] = [];
    await glpkAdapter.solve(transportProblem(), 'lp', { log: (l) => lines.push(l) });
    expect(lines).toEqual([]);
    await glpkAdapter.solve(transportProblem(), 'lp', { log: (l) => lines.push(l), options: { msglev: 2 } });
    expect(lines.some((l) => /^\*\s+\d+: obj =\s+1\.536750000e\+02/.test(l))).toBe(true);
  });

  it('reports a loader failure as unavailable', async () => {
    const a = createGlpkAdapter({ load: () => Promise.reject(new Error('no wasm')) });
    expect(await a.available()).toEqual({ ok: false, reason: 'glpk.js could not be loaded: no wasm' });
  });
});

describe('glpk adapter: GAMS limits', () => {
  const limits = { quiet: true, relativeGap: 0.25, absoluteGap: 1, timeLimit: 7 };

  it('takes optcr as mipgap and reslim as tmlim; its own options win (object route)', async () => {
    const seen: { mipgap?: number; tmlim?: number }[] = [];
    const spy = createGlpkAdapter({
      load: async () => {
        const g = await loadGlpk();
        // glpk.js's properties are read-only: the spy defines its own solve over the instance,
        // and hides the direct route.
        return Object.create(g, {
          wasm: { value: undefined },
          solve: {
            value: (lp: Parameters<GlpkLike['solve']>[0], o: Parameters<GlpkLike['solve']>[1]) => {
              seen.push({ mipgap: o.mipgap, tmlim: o.tmlim });
              return g.solve(lp, o);
            },
          },
        }) as GlpkLike;
      },
    });
    const r = await spy.solve(knapsackProblem(), 'mip', limits);
    expect(r.objective).toBeGreaterThanOrEqual(28 * 0.75);
    // The branch and bound, then the LP with the integers fixed (no gap, no limit).
    expect(seen).toEqual([
      { mipgap: 0.25, tmlim: 7 },
      { mipgap: undefined, tmlim: undefined },
    ]);
    seen.length = 0;
    await spy.solve(knapsackProblem(), 'mip', { ...limits, options: { mipgap: 0, tmlim: 3 } });
    expect(seen[0]).toEqual({ mipgap: 0, tmlim: 3 });
  });

  it('passes them to glp_intopt and glp_simplex as glpk.js does (direct route)', async () => {
    const seen: (string | number)[][] = [];
    const spy = createGlpkAdapter({
      load: async () => {
        const g = await loadGlpk();
        const w = g.wasm!;
        return Object.create(g, {
          wasm: {
            value: {
              ...w,
              // (P, msglev, tmlim ms, presolve, gap) and (P, msglev, tmlim ms, presolve).
              solve_mip: (...a: number[]) => (seen.push(['mip', ...a.slice(2)]), w.solve_mip(...a)),
              solve_lp: (...a: number[]) => (seen.push(['lp', ...a.slice(2)]), w.solve_lp(...a)),
            },
          },
        }) as GlpkLike;
      },
    });
    const r = await spy.solve(knapsackProblem(), 'mip', limits);
    expect(r.objective).toBeGreaterThanOrEqual(28 * 0.75);
    // Branch and bound with presolve (time limit in ms), then the fixed LP without presolve,
    // time limit (INT_MAX, glpk.js's "none") or gap.
    expect(seen).toEqual([
      ['mip', 7000, 1, 0.25],
      ['lp', 2147483647, 0],
    ]);
    seen.length = 0;
    await spy.solve(knapsackProblem(), 'mip', { ...limits, options: { mipgap: 0, tmlim: 3 } });
    expect(seen[0]).toEqual(['mip', 3000, 1, 0]);
  });
});

describe('glpk adapter: the direct route into the WebAssembly instance', () => {
  /** The adapter over glpk.js's object input only (the browser's route). */
  const objectRoute = createGlpkAdapter({
    load: async () => Object.create(await loadGlpk(), { wasm: { value: undefined } }) as GlpkLike,
  });
  const same = (a: SolverResult, b: SolverResult) => {
    const pick = (r: SolverResult) => ({
      modelStatus: r.modelStatus,
      solveStatus: r.solveStatus,
      objective: r.objective,
      x: r.x && Array.from(r.x),
      rowMarginal: r.rowMarginal && Array.from(r.rowMarginal),
      colMarginal: r.colMarginal && Array.from(r.colMarginal),
      iterations: r.iterations,
      message: r.message,
    });
    expect(pick(a)).toEqual(pick(b));
  };

  it('is reached in Node', async () => {
    const g = await loadGlpk();
    expect(g.wasm).toBeDefined();
    expect(g.wasm!.memory).toBeInstanceOf(WebAssembly.Memory);
  });

  it('gives the object route’s solution and marginals on an LP and a MIP', async () => {
    const lp = await glpkAdapter.solve(transportProblem(), 'lp', quiet);
    expect(lp.objective).toBeCloseTo(153.675, 10);
    same(lp, await objectRoute.solve(transportProblem(), 'lp', quiet));
    const mip = await glpkAdapter.solve(knapsackProblem(), 'mip', quiet);
    expect(mip.objective).toBe(28);
    same(mip, await objectRoute.solve(knapsackProblem(), 'mip', quiet));
  });

  it('gives the object route’s statuses on infeasible and unbounded LPs', async () => {
    for (const options of [{}, { presol: 1 }] as Record<string, number>[]) {
      const o = { quiet: true, options };
      const inf = await glpkAdapter.solve(infeasibleProblem(), 'lp', o);
      expect(inf.modelStatus).toBe(4);
      same(inf, await objectRoute.solve(infeasibleProblem(), 'lp', o));
      const unb = await glpkAdapter.solve(unboundedProblem(), 'lp', o);
      expect(unb.modelStatus).toBe(3);
      same(unb, await objectRoute.solve(unboundedProblem(), 'lp', o));
    }
  });
});
