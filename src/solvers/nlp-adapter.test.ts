import { describe, expect, it } from 'vitest';
import {
  createNlpAdapter,
  formatIteration,
  fromMarginals,
  ipmBackend,
  intermediateCodes,
  ipoptBackend,
  nlpClasses,
  toMarginals,
} from './nlp-adapter.ts';
import { hs71Oracle } from './ipopt/hs71.ts';
import { buildProblem, hs35Problem } from './test-problems.ts';
import { createNlpOracle } from '../ad/oracle.ts';
import type { NlpOracle, NlpResult } from './types.ts';

/** A ModelProblem shell for HS71 (the hand-written oracle carries the functions). */
function hs71Shell(sense: 'min' | 'max') {
  return buildProblem({
    sense,
    vars: [1, 2, 3, 4].map((i) => ({ name: `x${i}`, lo: 1, up: 5 })),
    obj: { idx: [], coef: [] },
    rows: [
      { name: 'prod', lo: 25, up: Infinity, terms: [] },
      { name: 'sumsq', lo: 40, up: 40, terms: [] },
    ],
  });
}

const ipopt = () =>
  createNlpAdapter({
    name: 'ipopt',
    classes: nlpClasses,
    backend: ipoptBackend(),
    createOracle: () => hs71Oracle(),
  });

const quiet = { quiet: true };

/** Stationarity in GAMS terms (min): grad f - J' pi - d = 0. */
function kktResidual(
  o: NlpOracle,
  x: Float64Array,
  pi: Float64Array,
  d: Float64Array,
  objSign: number,
): number {
  const g = new Float64Array(o.n);
  o.gradient(x, g);
  const jac = new Float64Array(o.jacRows.length);
  o.jacobian(x, jac);
  const r = Float64Array.from(g, (v) => objSign * v);
  for (let k = 0; k < jac.length; k++) r[o.jacCols[k]] -= jac[k] * pi[o.jacRows[k]];
  let worst = 0;
  for (let j = 0; j < o.n; j++) worst = Math.max(worst, Math.abs(r[j] - d[j]));
  return worst;
}

describe('nlp adapter on native Ipopt', () => {
  it('solves HS71 with marginals that satisfy the KKT conditions', async () => {
    const r = await ipopt().solve(hs71Shell('min'), 'nlp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([2, 1]);
    expect(r.objective).toBeCloseTo(17.0140173, 6);
    const x = Array.from(r.x!);
    [1, 4.743, 3.8211, 1.3794].forEach((v, j) => expect(x[j]).toBeCloseTo(v, 3));
    expect(r.iterations).toBe(8);
    const pi = r.rowMarginal!;
    const d = r.colMarginal!;
    // d f / d rhs: raising 25 in x1x2x3x4 >= 25 costs 0.5523 (pi >= 0, as GAMS reports for a
    // binding =g= row of a minimization); the equality's marginal is -0.1615; x1 sits at its lower
    // bound with reduced cost 1.0879 >= 0; the other reduced costs vanish.
    expect(pi[0]).toBeCloseTo(0.5522937, 6);
    expect(pi[1]).toBeCloseTo(-0.1614686, 6);
    expect(d[0]).toBeCloseTo(1.0878712, 6);
    for (const j of [1, 2, 3]) expect(Math.abs(d[j])).toBeLessThan(1e-7);
    expect(kktResidual(hs71Oracle(), r.x!, pi, d, 1)).toBeLessThan(1e-7);
  });

  it('negates marginals and objective for a maximization', async () => {
    // The shell says 'max' and the oracle minimizes -objective = f(HS71): the model maximizes -f.
    const r = await ipopt().solve(hs71Shell('max'), 'nlp', quiet);
    expect(r.objective).toBeCloseTo(-17.0140173, 6);
    expect(r.rowMarginal![0]).toBeCloseTo(-0.5522937, 6);
    expect(r.colMarginal![0]).toBeCloseTo(-1.0878712, 6);
    expect(kktResidual(hs71Oracle(), r.x!, r.rowMarginal!, r.colMarginal!, -1)).toBeLessThan(1e-7);
  });

  it('prints the Ipopt iteration table through the log', async () => {
    const lines: string[] = [];
    await ipopt().solve(hs71Shell('min'), 'nlp', { log: (l) => lines.push(l) });
    expect(lines[0]).toBe('iter    objective    inf_pr   inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls');
    expect(lines[1]).toBe('   0  1.6109693e+01 1.12e+01 5.28e-01  -1.0 0.00e+00    -  0.00e+00 0.00e+00   0');
    expect(lines.filter((l) => /^\s+\d+ /.test(l))).toHaveLength(9);
    expect(lines.at(-1)).toBe('EXIT: Optimal Solution Found.');
  });

  it('passes options through and maps the iteration limit', async () => {
    const r = await ipopt().solve(hs71Shell('min'), 'nlp', { quiet: true, options: { max_iter: 3 } });
    expect([r.modelStatus, r.solveStatus]).toEqual([6, 2]);
    expect(r.iterations).toBe(3);
    expect(r.message).toBe('Ipopt: Maximum_Iterations_Exceeded.');
  });

  it('reports an option Ipopt rejects as a setup failure', async () => {
    const r = await ipopt().solve(hs71Shell('min'), 'nlp', { quiet: true, options: { no_such_option: 'x' } });
    expect([r.modelStatus, r.solveStatus]).toEqual([14, 9]);
    expect(r.message).toBe("Ipopt rejects option 'no_such_option' = x.");
  });

  it('reports unavailability cleanly when the library path is wrong', async () => {
    const a = createNlpAdapter({
      name: 'ipopt',
      classes: nlpClasses,
      backend: ipoptBackend({ paths: ['/nonexistent/libipopt.so.1'] }),
      createOracle: () => hs71Oracle(),
    });
    const av = await a.available();
    expect(av.ok).toBe(false);
    const reason = (av as { reason: string }).reason;
    expect(
      reason.startsWith(
        'The Ipopt library could not be loaded (libipopt not found (tried /nonexistent/libipopt.so.1: ',
      ),
    ).toBe(true);
    expect(
      reason.endsWith(
        '). Install it with `apt-get install coinor-libipopt-dev` (Debian/Ubuntu), or use solver ipm.',
      ),
    ).toBe(true);
    const r = await a.solve(hs71Shell('min'), 'nlp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([14, 9]);
    expect(r.x).toBeUndefined();
  });

  it('solves HS35 through the model oracle (src/ad)', async () => {
    const a = createNlpAdapter({
      name: 'ipopt',
      classes: nlpClasses,
      backend: ipoptBackend(),
      createOracle: (p) => createNlpOracle(p),
    });
    const r = await a.solve(hs35Problem(), 'qp', quiet);
    expect(r.modelStatus).toBe(2);
    expect(r.objective).toBeCloseTo(1 / 9, 7);
    expect(r.rowMarginal![0]).toBeCloseTo(-2 / 9, 7);
    [4 / 3, 7 / 9, 4 / 9].forEach((v, j) => expect(r.x![j]).toBeCloseTo(v, 6));
  });
});

describe('nlp adapter on ipm', () => {
  it('solves HS71 with the same marginals as Ipopt', async () => {
    const a = createNlpAdapter({
      name: 'ipm',
      classes: nlpClasses,
      backend: ipmBackend(async () => (await import('./ipm/solver.ts')).solveNlp),
      createOracle: () => hs71Oracle(),
    });
    const r = await a.solve(hs71Shell('min'), 'nlp', quiet);
    expect([r.modelStatus, r.solveStatus]).toEqual([2, 1]);
    expect(r.objective).toBeCloseTo(17.0140173, 6);
    expect(r.rowMarginal![0]).toBeCloseTo(0.5522937, 5);
    expect(r.rowMarginal![1]).toBeCloseTo(-0.1614686, 5);
    expect(r.colMarginal![0]).toBeCloseTo(1.0878712, 5);
    expect(kktResidual(hs71Oracle(), r.x!, r.rowMarginal!, r.colMarginal!, 1)).toBeLessThan(1e-6);
  });
});

describe('nlp adapter plumbing', () => {
  it('maps marginals to multipliers and back', () => {
    const r: NlpResult = {
      status: 'optimal',
      x: Float64Array.of(1, 2),
      lambda: Float64Array.of(-0.5, 0.25),
      zL: Float64Array.of(2, 0),
      zU: Float64Array.of(0, 3),
      objective: 1,
      iterations: 1,
    };
    for (const sense of ['min', 'max'] as const) {
      const m = toMarginals(sense, r);
      const s = sense === 'min' ? 1 : -1;
      expect(Array.from(m.rowMarginal)).toEqual([0.5 * s, -0.25 * s]);
      expect(Array.from(m.colMarginal)).toEqual([2 * s, -3 * s]);
      const back = fromMarginals(sense, m.rowMarginal, m.colMarginal, 2);
      expect(Array.from(back.lambda0)).toEqual([-0.5, 0.25]);
      expect(Array.from(back.zL0)).toEqual([2, 0]);
      expect(Array.from(back.zU0)).toEqual([0, 3]);
    }
  });

  it('hands the warm start and options to the backend in ipm terms', async () => {
    let seen: unknown;
    const backend = ipmBackend(async () => (o, opts) => {
      seen = {
        tol: opts?.tol,
        maxIter: opts?.maxIter,
        mu: opts?.muStrategy,
        warm: opts?.warmStart,
        lambda0: Array.from(opts?.lambda0 ?? []),
        zL0: Array.from(opts?.zL0 ?? []),
      };
      return {
        status: 'max_iter',
        x: Float64Array.from(o.x0),
        lambda: new Float64Array(o.m),
        zL: new Float64Array(o.n),
        zU: new Float64Array(o.n),
        objective: 0,
        iterations: 7,
      };
    });
    const a = createNlpAdapter({
      name: 'ipm',
      classes: nlpClasses,
      backend,
      createOracle: () => hs71Oracle(),
    });
    const p = { ...hs71Shell('min'), lambda0: Float64Array.of(0.5, -0.25), z0: Float64Array.of(1, 0, 0, 0) };
    const r = await a.solve(p, 'nlp', {
      quiet: true,
      warmStart: true,
      options: { tol: 1e-9, max_iter: 7, mu_strategy: 'adaptive' },
    });
    expect(seen).toEqual({
      tol: 1e-9,
      maxIter: 7,
      mu: 'adaptive',
      warm: true,
      lambda0: [-0.5, 0.25],
      zL0: [1, 0, 0, 0],
    });
    expect([r.modelStatus, r.solveStatus, r.iterations]).toEqual([6, 2, 7]);
  });

  it('a stop at an intermediate point is Feasible Solution (7) when its point holds every row, else Intermediate Infeasible (6)', () => {
    const o = hs71Oracle();
    const at = (status: NlpResult['status'], x: number[]): NlpResult => ({
      status,
      x: Float64Array.from(x),
      lambda: new Float64Array(2),
      zL: new Float64Array(4),
      zU: new Float64Array(4),
      objective: 0,
      iterations: 9,
    });
    // HS71's optimum (rows x1 x2 x3 x4 >= 25 and sum of squares = 40 hold to 1e-8).
    const star = [1, 4.742999643, 3.821149979, 1.379408293];
    expect(intermediateCodes(at('restoration_failed', star), o, {})).toEqual({
      modelStatus: 7,
      solveStatus: 4,
    });
    expect(intermediateCodes(at('max_iter', star), o, {})).toEqual({ modelStatus: 7, solveStatus: 2 });
    expect(intermediateCodes(at('max_time', star), o, {})).toEqual({ modelStatus: 7, solveStatus: 3 });
    // The start (1, 5, 5, 1): the sum of squares is 52, not 40.
    expect(intermediateCodes(at('max_iter', [1, 5, 5, 1]), o, {})).toEqual({
      modelStatus: 6,
      solveStatus: 2,
    });
    // A row x <= 600 holds within acceptable_tol plus bound_relax_factor's 1e-8 * 600.
    const row: NlpOracle = {
      ...o,
      n: 1,
      m: 1,
      xl: Float64Array.of(0),
      xu: Float64Array.of(Infinity),
      gl: Float64Array.of(-Infinity),
      gu: Float64Array.of(600),
      constraints: (x, out) => void (out[0] = x[0]),
    };
    const over = (d: number) => intermediateCodes(at('restoration_failed', [600 + d]), row, {})?.modelStatus;
    expect([over(6.9e-6), over(7.1e-6)]).toEqual([7, 6]);
    expect(intermediateCodes(at('optimal', star), o, {})).toBeUndefined();
  });

  it("formats an iteration like Ipopt, in the model's sense", () => {
    const rec = {
      iter: 12,
      objective: -3.5,
      infPr: 1e-9,
      infDu: 2.5e-3,
      lgMu: -8.6,
      dNorm: 0.125,
      regularization: 1e-4,
      alphaDu: 1,
      alphaPr: 0.5,
      lsTrials: 2,
      restoration: true,
    };
    expect(formatIteration(rec, 1)).toBe(
      '  12r-3.5000000e+00 1.00e-09 2.50e-03  -8.6 1.25e-01  -4.0 1.00e+00 5.00e-01   2',
    );
    expect(formatIteration(rec, -1)).toBe(
      '  12r 3.5000000e+00 1.00e-09 2.50e-03  -8.6 1.25e-01  -4.0 1.00e+00 5.00e-01   2',
    );
  });
});
