// Tests of the complementarity solver on small MCPs with hand-computed solutions: a two-firm
// symmetric Cournot market, box bounds on either side, and a problem without a solution.
import { describe, expect, it } from 'vitest';
import { solveMcp, type McpProblem } from './solver.ts';

const inf = Infinity;

/** A dense-pattern problem from F and its Jacobian as closures over plain arrays. */
function problem(
  lo: number[],
  up: number[],
  x0: number[],
  F: (x: Float64Array) => number[],
  J: (x: Float64Array) => number[][],
): McpProblem {
  const n = lo.length;
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) (rows.push(i), cols.push(j));
  return {
    n,
    lo: Float64Array.from(lo),
    up: Float64Array.from(up),
    x0: Float64Array.from(x0),
    F: (x, out) => (out.set(F(x)), true),
    jacRows: Int32Array.from(rows),
    jacCols: Int32Array.from(cols),
    jacobian: (x, out) => out.set(J(x).flat()),
  };
}

describe('solveMcp', () => {
  it('solves a two-firm symmetric Cournot market: q = (a − c)/(3b) = 30, price 40', () => {
    // Inverse demand P = 100 − Q, marginal cost 10; firm i: −(P − q_i − 10) ≥ 0 ⟂ q_i ≥ 0.
    const r = solveMcp(
      problem(
        [0, 0],
        [inf, inf],
        [0, 0],
        (q) => [-(100 - q[0] - q[1] - q[0] - 10), -(100 - q[0] - q[1] - q[1] - 10)],
        () => [
          [2, 1],
          [1, 2],
        ],
      ),
    );
    expect(r.outcome).toBe('solved');
    expect(r.x[0]).toBeCloseTo(30, 8);
    expect(r.x[1]).toBeCloseTo(30, 8);
    expect(r.residual).toBeLessThan(1e-8);
    expect(r.iterations).toBeLessThan(20);
  });

  it('takes the bound the sign of F points to in a box, and F = 0 inside', () => {
    const r = solveMcp(
      problem(
        [0, 0, 0],
        [1, 1, 1],
        [0.5, 0.5, 0.5],
        (x) => [x[0] - 2, x[1] + 0.5, x[2] - 0.25],
        () => [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      ),
    );
    expect(r.outcome).toBe('solved');
    expect(Array.from(r.x).map((v) => +v.toFixed(8) + 0)).toEqual([1, 0, 0.25]);
  });

  it('solves a nonlinear free system (x² = 2) and an upper-bounded variable', () => {
    const r = solveMcp(
      problem(
        [-inf, -inf],
        [inf, 3],
        [1, 0],
        (x) => [x[0] * x[0] - 2, x[1] - 5],
        (x) => [
          [2 * x[0], 0],
          [0, 1],
        ],
      ),
    );
    expect(r.outcome).toBe('solved');
    expect(r.x[0]).toBeCloseTo(Math.SQRT2, 10);
    expect(r.x[1]).toBeCloseTo(3, 10);
  });

  it('reports a problem without a solution (x² + 1 = 0) as not solved, without throwing', () => {
    const r = solveMcp(
      problem(
        [-inf],
        [inf],
        [1],
        (x) => [x[0] * x[0] + 1],
        (x) => [[2 * x[0]]],
      ),
    );
    expect(r.outcome).not.toBe('solved');
    expect(r.residual).toBeGreaterThanOrEqual(1 - 1e-6);
  });

  it('leaves a singular Jacobian at the start point: x1 + 2 x2 = 5, x1 x2 = 2 from (0, 0)', () => {
    // J(0, 0) = [[1, 2], [0, 0]] is singular; the regularized step moves off it. The solutions
    // are (1, 2) and (4, 0.5).
    const r = solveMcp(
      problem(
        [-inf, -inf],
        [inf, inf],
        [0, 0],
        (x) => [x[0] + 2 * x[1] - 5, x[0] * x[1] - 2],
        (x) => [
          [1, 2],
          [x[1], x[0]],
        ],
      ),
    );
    expect(r.outcome).toBe('solved');
    expect([
      [1, 2],
      [4, 0.5],
    ]).toContainEqual([...r.x].map((v) => +v.toFixed(9)));
  });

  it('reports F that cannot be evaluated at the start as a status, and backtracks out of a domain', () => {
    const logF = (x0: number) =>
      solveMcp({
        n: 1,
        lo: Float64Array.of(-inf),
        up: Float64Array.of(inf),
        x0: Float64Array.of(x0),
        F: (x, out) => ((out[0] = Math.log(x[0]) - 1), true),
        jacRows: Int32Array.of(0),
        jacCols: Int32Array.of(0),
        jacobian: (x, out) => void (out[0] = 1 / x[0]),
      });
    const bad = logF(-1);
    expect(bad.outcome).toBe('evaluation-error');
    expect(bad.residual).toBeNaN();
    // From x = 10 the full Newton step lands at x = −3, where log is NaN: the line search halves it.
    const good = logF(10);
    expect(good.outcome).toBe('solved');
    expect(good.x[0]).toBeCloseTo(Math.E, 10);
  });

  it('keeps the trial points inside the bounds on the projected path (log x + 1 = 0, x ≥ 0, from x = 5)', () => {
    // The Newton step from 5 lands at 5 − 5 (log 5 + 1) = −8.05: the plain line search evaluates F
    // there (and backtracks); the projected one evaluates F at max(0, 5 + t d) only.
    const outside = (project: boolean) => {
      const xs: number[] = [];
      const r = solveMcp(
        {
          n: 1,
          lo: Float64Array.of(0),
          up: Float64Array.of(inf),
          x0: Float64Array.of(5),
          F: (x, out) => (xs.push(x[0]), (out[0] = Math.log(x[0]) + 1), x[0] > 0),
          jacRows: Int32Array.of(0),
          jacCols: Int32Array.of(0),
          jacobian: (x, out) => void (out[0] = 1 / x[0]),
        },
        { strategies: [{ memory: 1, project }] },
      );
      expect(r.outcome).toBe('solved');
      expect(r.x[0]).toBeCloseTo(Math.exp(-1), 10);
      return xs.filter((v) => v < 0).length;
    };
    expect(outside(false)).toBeGreaterThan(0);
    expect(outside(true)).toBe(0);
  });

  it('solves a 1,000-variable complementarity problem by sparse LU in a few Newton steps', () => {
    // F(x) = M x + q with M = tridiag(−1, 2.5, −1), q alternating in sign, x ≥ 0: an LCP with an
    // M-matrix (unique solution), checked here by its complementarity conditions.
    const n = 1000;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    for (let i = 0; i < n; i++)
      for (const [j, v] of [
        [i - 1, -1],
        [i, 2.5],
        [i + 1, -1],
      ] as const)
        if (j >= 0 && j < n) (rows.push(i), cols.push(j), vals.push(v));
    const q = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : -1) * (1 + (i % 7)));
    const F = (x: Float64Array, out: Float64Array) => {
      out.set(q);
      for (let k = 0; k < rows.length; k++) out[rows[k]] += vals[k] * x[cols[k]];
      return true;
    };
    const r = solveMcp({
      n,
      lo: new Float64Array(n),
      up: new Float64Array(n).fill(inf),
      x0: new Float64Array(n),
      F,
      jacRows: Int32Array.from(rows),
      jacCols: Int32Array.from(cols),
      jacobian: (_x, out) => out.set(vals),
    });
    expect(r.outcome).toBe('solved');
    expect(r.iterations).toBeLessThan(20);
    const f = new Float64Array(n);
    F(r.x, f);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, -r.x[i], -f[i], Math.abs(r.x[i] * f[i]));
    expect(worst).toBeLessThan(1e-8);
    expect(r.x.some((v) => v > 1)).toBe(true);
  });
});
