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
});
