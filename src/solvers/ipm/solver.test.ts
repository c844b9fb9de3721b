// Tests of the IPM: Hock–Schittkowski problems from their published start points (optimum to 1e-6
// relative, iteration counts in a band), statuses on bad problems, multiplier signs, warm start,
// the iteration log format.
import { describe, expect, it } from 'vitest';
import { HS, denseOracle, type DenseProblem } from './hs-problems.fixture.ts';
import { clnlbeam, optimalControl } from './large-problems.fixture.ts';
import { ITERATION_HEADER, formatIterationLine, solveNlp } from './solver.ts';
import type { NlpOracle } from '../types.ts';

/**
 * Iterations we get (monotone μ). Native Ipopt 3.11 takes the same number on hs006 (5) and hs071 (8)
 * with identical iteration logs.
 */
const EXPECTED_ITERS: Record<string, number> = {
  hs001: 25,
  hs003: 4,
  hs004: 5,
  hs005: 8,
  hs006: 5,
  hs007: 27,
  hs010: 12,
  hs011: 8,
  hs012: 8,
  hs014: 7,
  hs015: 16,
  hs016: 19,
  hs018: 15,
  hs021: 8,
  hs022: 6,
  hs023: 10,
  hs026: 24,
  hs028: 3,
  hs035: 7,
  hs039: 13,
  hs040: 3,
  hs043: 9,
  hs048: 2,
  hs065: 25,
  hs071: 8,
  hs076: 7,
  hs078: 4,
  hs044: 18,
  hs100: 11,
};

function band(n: number): [number, number] {
  const d = Math.max(2, Math.ceil(0.2 * n));
  return [Math.max(1, n - d), n + d];
}

describe('Hock–Schittkowski problems (monotone μ)', () => {
  for (const p of HS) {
    it(`${p.name} reaches f* = ${p.fStar.toPrecision(8)}`, () => {
      const r = solveNlp(denseOracle(p));
      expect(r.status).toBe('optimal');
      expect(Math.abs(r.objective - p.fStar) / Math.max(1, Math.abs(p.fStar))).toBeLessThan(1e-6);
      if (p.xStar) for (let j = 0; j < p.n; j++) expect(r.x[j]).toBeCloseTo(p.xStar[j], 4);
      const [lo, hi] = band(EXPECTED_ITERS[p.name]);
      expect(r.iterations).toBeGreaterThanOrEqual(lo);
      expect(r.iterations).toBeLessThanOrEqual(hi);
    });
  }
});

describe('Hock–Schittkowski problems (adaptive μ)', () => {
  it('solves every problem to 1e-6 relative', () => {
    for (const p of HS) {
      const r = solveNlp(denseOracle(p), { muStrategy: 'adaptive' });
      expect(r.status, p.name).toBe('optimal');
      expect(Math.abs(r.objective - p.fStar) / Math.max(1, Math.abs(p.fStar)), p.name).toBeLessThan(1e-6);
    }
  });
});

/** Ipopt's sign convention: ∇f + Jᵀλ - zL + zU = 0. */
function stationarity(
  o: NlpOracle,
  x: Float64Array,
  lambda: Float64Array,
  zL: Float64Array,
  zU: Float64Array,
): number {
  const g = new Float64Array(o.n);
  o.gradient(x, g);
  const jac = new Float64Array(o.jacRows.length);
  o.jacobian(x, jac);
  for (let k = 0; k < jac.length; k++) g[o.jacCols[k]] += jac[k] * lambda[o.jacRows[k]];
  let r = 0;
  for (let j = 0; j < o.n; j++) r = Math.max(r, Math.abs(g[j] - zL[j] + zU[j]));
  return r;
}

const zeros = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(0));
const diag = (d: number[]) => d.map((v, i) => d.map((_, j) => (i === j ? v : 0)));

describe('multipliers', () => {
  it('have Ipopt signs on active bounds and active <= / >= rows', () => {
    // x1 in [0,10] (lower active, zL = 2), x2 in [-10,1] (upper active, zU = 4),
    // x3 + x4 <= 2 (λ = 4), x5 - x6 >= 4 (λ = -4). f* = 1 + 4 + 8 + 8 = 21.
    const p: DenseProblem = {
      name: 'signs',
      n: 6,
      x0: [5, 0, 0, 0, 0, 0],
      xl: [0, -10, -Infinity, -Infinity, -Infinity, -Infinity],
      xu: [10, 1, Infinity, Infinity, Infinity, Infinity],
      f: (x) => (x[0] + 1) ** 2 + (x[1] - 3) ** 2 + (x[2] - 3) ** 2 + (x[3] - 3) ** 2 + x[4] ** 2 + x[5] ** 2,
      grad: (x) => [2 * (x[0] + 1), 2 * (x[1] - 3), 2 * (x[2] - 3), 2 * (x[3] - 3), 2 * x[4], 2 * x[5]],
      hess: () => diag([2, 2, 2, 2, 2, 2]),
      cons: [
        { g: (x) => x[2] + x[3], grad: () => [0, 0, 1, 1, 0, 0], hess: () => zeros(6), lo: -Infinity, up: 2 },
        { g: (x) => x[4] - x[5], grad: () => [0, 0, 0, 0, 1, -1], hess: () => zeros(6), lo: 4, up: Infinity },
      ],
      fStar: 21,
    };
    const o = denseOracle(p);
    const r = solveNlp(o);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(21, 6);
    expect(r.zL[0]).toBeCloseTo(2, 6);
    expect(r.zU[1]).toBeCloseTo(4, 6);
    expect(r.lambda[0]).toBeCloseTo(4, 6);
    expect(r.lambda[1]).toBeCloseTo(-4, 6);
    expect(r.zU[0]).toBeCloseTo(0, 6);
    expect(r.zL[1]).toBeCloseTo(0, 6);
    expect(stationarity(o, r.x, r.lambda, r.zL, r.zU)).toBeLessThan(1e-6);
  });

  it('gives fixed variables (xl == xu) a multiplier from the Lagrangian gradient', () => {
    // min (x1 - 3)² + (x2 - 1)² with x1 fixed at 1: zL1 - zU1 = ∇f1 = -4 → zU1 = 4.
    const p: DenseProblem = {
      name: 'fixed',
      n: 2,
      x0: [1, 0],
      xl: [1, -Infinity],
      xu: [1, Infinity],
      f: (x) => (x[0] - 3) ** 2 + (x[1] - 1) ** 2,
      grad: (x) => [2 * (x[0] - 3), 2 * (x[1] - 1)],
      hess: () => diag([2, 2]),
      cons: [],
      fStar: 4,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBe(1);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(r.zU[0]).toBeCloseTo(4, 8);
    expect(r.zL[0]).toBe(0);
  });
});

describe('statuses', () => {
  it("reports 'infeasible' for x1 + x2 >= 3 with x1² + x2² <= 1", () => {
    const p: DenseProblem = {
      name: 'infeasible',
      n: 2,
      x0: [0, 0],
      f: (x) => x[0] ** 2 + x[1],
      grad: (x) => [2 * x[0], 1],
      hess: () => diag([2, 0]),
      cons: [
        { g: (x) => x[0] + x[1], grad: () => [1, 1], hess: () => zeros(2), lo: 3, up: Infinity },
        {
          g: (x) => x[0] ** 2 + x[1] ** 2,
          grad: (x) => [2 * x[0], 2 * x[1]],
          hess: () => diag([2, 2]),
          lo: -Infinity,
          up: 1,
        },
      ],
      fStar: NaN,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('infeasible');
    // Near the minimizer of the ℓ1 infeasibility, (1, 1)/√2 with violation 3 - √2 = 1.586.
    const viol = Math.max(0, 3 - r.x[0] - r.x[1]) + Math.max(0, r.x[0] ** 2 + r.x[1] ** 2 - 1);
    expect(viol).toBeGreaterThan(3 - Math.SQRT2 - 1e-9);
    expect(viol).toBeLessThan(1.65);
  });

  it("reports 'diverging' for an unbounded objective", () => {
    const p: DenseProblem = {
      name: 'unbounded',
      n: 2,
      x0: [1, 1],
      xl: [0, 0],
      f: (x) => -x[0] - 2 * x[1],
      grad: () => [-1, -2],
      hess: () => zeros(2),
      cons: [{ g: (x) => x[0] - x[1], grad: () => [1, -1], hess: () => zeros(2), lo: -1, up: 1 }],
      fStar: NaN,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('diverging');
    expect(Math.max(Math.abs(r.x[0]), Math.abs(r.x[1]))).toBeGreaterThan(1e20);
  });

  it("reports 'eval_error' for log of a negative number at the start", () => {
    const p: DenseProblem = {
      name: 'log',
      n: 1,
      x0: [-1],
      f: (x) => Math.log(x[0]) + x[0],
      grad: (x) => [1 / x[0] + 1],
      hess: (x) => [[-1 / x[0] ** 2]],
      cons: [],
      fStar: NaN,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('eval_error');
    expect(r.message).toBe('The objective is not finite at the starting point.');
    expect(r.iterations).toBe(0);
  });

  it('starts at x0 = 0 where the gradient of x - 2 sqrt(x) is infinite: no objective scaling, x pushed to 0.01', () => {
    const p: DenseProblem = {
      name: 'sqrt0',
      n: 1,
      x0: [0],
      xl: [0],
      f: (x) => x[0] - 2 * Math.sqrt(x[0]),
      grad: (x) => [1 - 1 / Math.sqrt(x[0])],
      hess: (x) => [[0.5 * x[0] ** -1.5]],
      cons: [],
      fStar: -1,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(-1, 10);
    expect(r.x[0]).toBeCloseTo(1, 6);
  });

  it('cuts the step when the trial point leaves the domain (x - ln x from x0 = 10)', () => {
    const p: DenseProblem = {
      name: 'domain',
      n: 1,
      x0: [10],
      f: (x) => x[0] - Math.log(x[0]),
      grad: (x) => [1 - 1 / x[0]],
      hess: (x) => [[1 / x[0] ** 2]],
      cons: [],
      fStar: 1,
    };
    const r = solveNlp(denseOracle(p));
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBeCloseTo(1, 8);
  });

  it('solves a problem with duplicated equality rows (singular Jacobian, δc > 0)', () => {
    const row = { g: (x: number[]) => x[0] + x[1], grad: () => [1, 1], hess: () => zeros(2), lo: 1, up: 1 };
    const p: DenseProblem = {
      name: 'dup',
      n: 2,
      x0: [3, -1],
      f: (x) => x[0] ** 2 + 2 * x[1] ** 2,
      grad: (x) => [2 * x[0], 4 * x[1]],
      hess: () => diag([2, 4]),
      cons: [row, row],
      fStar: 2 / 3,
    };
    const o = denseOracle(p);
    const r = solveNlp(o);
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBeCloseTo(2 / 3, 7);
    expect(r.x[1]).toBeCloseTo(1 / 3, 7);
    // Only the sum of the two multipliers is determined: λ1 + λ2 = -4/3.
    expect(r.lambda[0] + r.lambda[1]).toBeCloseTo(-4 / 3, 6);
    expect(stationarity(o, r.x, r.lambda, r.zL, r.zU)).toBeLessThan(1e-6);
  });

  it("reports 'error' (does not throw) when an oracle callback throws", () => {
    const o = {
      ...denseOracle(HS[0]),
      objective: (): number => {
        throw new Error('boom');
      },
    };
    const r = solveNlp(o);
    expect(r.status).toBe('error');
    expect(r.message).toBe('The ipm solver stopped on an exception: boom');
  });

  it("stops with 'max_time' when the time limit is reached", () => {
    const r = solveNlp(denseOracle(HS[0]), { maxSeconds: 0 });
    expect(r.status).toBe('max_time');
    expect(r.message).toBe('Maximum time (0 s) exceeded.');
  });

  it("stops with 'max_iter' when the iteration limit is reached", () => {
    const r = solveNlp(denseOracle(HS[0]), { maxIter: 3 });
    expect(r.status).toBe('max_iter');
    expect(r.iterations).toBe(3);
  });
});

describe('objective-variable form (zero diagonal in the KKT matrix)', () => {
  it('solves hs048 written as min obj s.t. obj = f(x) in 3 iterations, as Ipopt does', () => {
    // obj enters linearly (zero Hessian diagonal) and W = y ∇²f is singular: the zero pivots are
    // avoided by ordering, not by regularization.
    const f = (x: Float64Array) => (x[1] - 1) ** 2 + (x[2] - x[3]) ** 2 + (x[4] - x[5]) ** 2;
    const o: NlpOracle = {
      n: 6,
      m: 3,
      xl: new Float64Array(6).fill(-Infinity),
      xu: new Float64Array(6).fill(Infinity),
      gl: Float64Array.from([0, 5, -3]),
      gu: Float64Array.from([0, 5, -3]),
      x0: Float64Array.from([0, 3, 5, -3, 2, -2]),
      objective: (x) => x[0],
      gradient: (_x, g) => {
        g.fill(0);
        g[0] = 1;
      },
      constraints: (x, c) => {
        c[0] = x[0] - f(x);
        c[1] = x[1] + x[2] + x[3] + x[4] + x[5];
        c[2] = x[3] - 2 * (x[4] + x[5]);
      },
      jacRows: Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]),
      jacCols: Int32Array.from([0, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 3, 4, 5]),
      jacobian: (x, j) =>
        j.set([
          1,
          -2 * (x[1] - 1),
          -2 * (x[2] - x[3]),
          2 * (x[2] - x[3]),
          -2 * (x[4] - x[5]),
          2 * (x[4] - x[5]),
          ...[1, 1, 1, 1, 1, 1, -2, -2], // the two linear rows
        ]),
      hessRows: Int32Array.from([1, 2, 3, 3, 4, 5, 5]),
      hessCols: Int32Array.from([1, 2, 2, 3, 4, 4, 5]),
      hessian: (_x, _s, l, h) => {
        const a = l[0];
        h.set([-2 * a, -2 * a, 2 * a, -2 * a, -2 * a, 2 * a, -2 * a]);
      },
    };
    let regularized = 0;
    const r = solveNlp(o, {
      onIteration: (rec) => {
        if (rec.regularization > 0) regularized++;
      },
    });
    expect(r.status).toBe('optimal');
    expect(r.iterations).toBe(3);
    expect(regularized).toBe(0);
    expect(Math.abs(r.objective)).toBeLessThan(1e-8);
  });
});

describe('square problems', () => {
  it('stop at the feasible point, with least-squares multipliers (as Ipopt)', () => {
    // x1² + x2² = 2, x1 - x2 = 0: the feasible set is {(1,1), (-1,-1)}; the objective is moot.
    const p: DenseProblem = {
      name: 'square',
      n: 2,
      x0: [2, 0.5],
      f: (x) => x[0] + 3 * x[1],
      grad: () => [1, 3],
      hess: () => zeros(2),
      cons: [
        {
          g: (x) => x[0] ** 2 + x[1] ** 2,
          grad: (x) => [2 * x[0], 2 * x[1]],
          hess: () => diag([2, 2]),
          lo: 2,
          up: 2,
        },
        { g: (x) => x[0] - x[1], grad: () => [1, -1], hess: () => zeros(2), lo: 0, up: 0 },
      ],
      fStar: 4,
    };
    const o = denseOracle(p);
    const r = solveNlp(o);
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(1, 8);
    expect(stationarity(o, r.x, r.lambda, r.zL, r.zU)).toBeLessThan(1e-8);
    expect(r.iterations).toBeLessThanOrEqual(8);
  });
});

describe('restoration phase', () => {
  it('recovers hs006 from (-10.259, 4.577), where the first line search fails', () => {
    const p = HS.find((q) => q.name === 'hs006')!;
    let restoIters = 0;
    const r = solveNlp(
      { ...denseOracle(p), x0: Float64Array.from([-10.259, 4.577]) },
      {
        onIteration: (rec) => {
          if (rec.restoration) restoIters++;
        },
      },
    );
    expect(r.status).toBe('optimal');
    expect(restoIters).toBeGreaterThan(0);
    expect(r.x[0]).toBeCloseTo(1, 8);
    // Native Ipopt 3.11 takes the same path (restoration at iteration 2, two restoration
    // iterations) but its restoration step lands elsewhere: optimal at iteration 5, we at 6.
    expect(r.iterations).toBe(6);
  });
});

describe('soft restoration', () => {
  it('takes a primal-dual error reducing step instead of the restoration phase (hs022)', () => {
    const p = HS.find((q) => q.name === 'hs022')!;
    const types: string[] = [];
    let restoration = false;
    const r = solveNlp(
      { ...denseOracle(p), x0: Float64Array.from([-2.521, 0.507]) },
      {
        onIteration: (rec) => {
          types.push(rec.stepType ?? '');
          if (rec.restoration) restoration = true;
        },
      },
    );
    expect(types).toContain('s');
    expect(restoration).toBe(false);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(1, 7);
  });
});

describe('watchdog', () => {
  it('takes full steps after 10 shortened ones and still converges (hs018 from a far start)', () => {
    const p = HS.find((q) => q.name === 'hs018')!;
    let watchdogSteps = 0;
    const r = solveNlp(
      { ...denseOracle(p), x0: Float64Array.from([-0.609, -1.694]) },
      {
        onIteration: (rec) => {
          if (rec.stepType === 'w') watchdogSteps++;
        },
      },
    );
    expect(watchdogSteps).toBeGreaterThan(0);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(5, 7);
  });
});

describe('large sparse problems', () => {
  it('solves clnlbeam (N = 1000, cosine start) like Ipopt (245 iterations, f = 328.0766)', () => {
    const r = solveNlp(clnlbeam(1000, true));
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(328.0766431, 6);
    expect(r.iterations).toBeGreaterThanOrEqual(200);
    expect(r.iterations).toBeLessThanOrEqual(280);
  });

  it('solves the optimal-control problem with 4001 variables (x0 fixed)', () => {
    const r = solveNlp(optimalControl(2000));
    expect(r.status).toBe('optimal');
    expect(r.x[0]).toBe(1);
    expect(r.objective).toBeCloseTo(0.8261949, 6);
    const [lo, hi] = band(16);
    expect(r.iterations).toBeGreaterThanOrEqual(lo);
    expect(r.iterations).toBeLessThanOrEqual(hi);
  });
});

describe('dense convex QP (large supernodes in the KKT factor)', () => {
  it('satisfies the KKT conditions in Ipopt sign convention', () => {
    let seed = 5;
    const r = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const n = 120;
    const m = 50;
    const B = Array.from({ length: n }, () => Array.from({ length: n }, () => r() - 0.5));
    const Q = B.map((bi, i) =>
      B.map((bj, j) => bi.reduce((s, v, k) => s + v * bj[k], 0) / n + (i === j ? 0.1 : 0)),
    );
    const c = Array.from({ length: n }, () => 2 * r() - 1);
    const A = Array.from({ length: m }, () => Array.from({ length: n }, () => (r() < 0.3 ? r() - 0.5 : 0)));
    const b = Array.from({ length: m }, () => 0.1 * r());
    const jr: number[] = [];
    const jc: number[] = [];
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (A[i][j] !== 0) (jr.push(i), jc.push(j));
    const hr: number[] = [];
    const hc: number[] = [];
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) (hr.push(i), hc.push(j));
    const o: NlpOracle = {
      n,
      m,
      xl: new Float64Array(n).fill(-10),
      xu: new Float64Array(n).fill(Infinity),
      gl: new Float64Array(m).fill(-Infinity),
      gu: Float64Array.from(b),
      x0: new Float64Array(n),
      objective: (x) => {
        let f = 0;
        for (let i = 0; i < n; i++) {
          f += c[i] * x[i];
          for (let j = 0; j < n; j++) f += 0.5 * x[i] * Q[i][j] * x[j];
        }
        return f;
      },
      gradient: (x, g) => {
        for (let i = 0; i < n; i++) g[i] = Q[i].reduce((s, q, j) => s + q * x[j], c[i]);
      },
      constraints: (x, g) => {
        for (let i = 0; i < m; i++) g[i] = A[i].reduce((s, a, j) => s + a * x[j], 0);
      },
      jacRows: Int32Array.from(jr),
      jacCols: Int32Array.from(jc),
      jacobian: (_x, v) => {
        for (let k = 0; k < jr.length; k++) v[k] = A[jr[k]][jc[k]];
      },
      hessRows: Int32Array.from(hr),
      hessCols: Int32Array.from(hc),
      hessian: (_x, sigma, _l, v) => {
        for (let k = 0; k < hr.length; k++) v[k] = sigma * Q[hr[k]][hc[k]];
      },
    };
    const res = solveNlp(o);
    expect(res.status).toBe('optimal');
    expect(stationarity(o, res.x, res.lambda, res.zL, res.zU)).toBeLessThan(1e-8);
    const g = new Float64Array(m);
    o.constraints(res.x, g);
    for (let i = 0; i < m; i++) {
      expect(g[i]).toBeLessThanOrEqual(b[i] + 1e-8);
      expect(res.lambda[i]).toBeGreaterThanOrEqual(0); // <= rows: λ >= 0
      expect(Math.abs(res.lambda[i] * (g[i] - b[i]))).toBeLessThan(1e-7);
    }
  });
});

describe('warm start', () => {
  it('reduces the iterations on hs071 from the solution and its multipliers', () => {
    const p = HS.find((q) => q.name === 'hs071')!;
    const cold = solveNlp(denseOracle(p));
    const warmOracle = { ...denseOracle(p), x0: cold.x };
    const warm = solveNlp(warmOracle, { warmStart: true, lambda0: cold.lambda, zL0: cold.zL, zU0: cold.zU });
    expect(warm.status).toBe('optimal');
    expect(warm.objective).toBeCloseTo(cold.objective, 7);
    expect(warm.iterations).toBeLessThan(cold.iterations);
  });
});

describe('iteration log', () => {
  it('prints Ipopt-style lines', () => {
    const lines: string[] = [];
    solveNlp(denseOracle(HS.find((q) => q.name === 'hs071')!), {
      onIteration: (rec) => lines.push(formatIterationLine(rec)),
    });
    expect(ITERATION_HEADER).toBe(
      'iter    objective    inf_pr   inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls',
    );
    expect(lines[0]).toBe('   0  1.6109693e+01 1.12e+01 5.28e-01  -1.0 0.00e+00    -  0.00e+00 0.00e+00   0');
    expect(lines[1]).toBe('   1  1.6982239e+01 7.30e-01 1.02e+01  -1.0 6.11e-01    -  7.19e-02 1.00e+00f  1');
    expect(lines).toHaveLength(9);
  });
});
