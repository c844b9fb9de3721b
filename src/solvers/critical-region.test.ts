// Tests of the critical region of a parametric QP against solutions worked by hand: the affine
// solution, the value function's gradient and Hessian, and the region's rows, in a region where
// no bound is active and in one where a bound is; an active row's multiplier sign; dependent
// active rows (primal degeneracy), with the region's own multipliers at a kink.
import { describe, expect, it } from 'vitest';
import { criticalRegion, type ParametricQp } from './critical-region.ts';

/** A QP from dense rows (each [coefs, lo, up]), a diagonal Q and bounds. */
function qp(
  qDiag: number[],
  c: number[],
  rows: [number[], number, number][],
  xl: number[],
  xu: number[],
  params: number[],
): ParametricQp {
  const n = c.length;
  const rowStart = [0];
  const col: number[] = [];
  const coef: number[] = [];
  for (const [a] of rows) {
    a.forEach((v, j) => v !== 0 && (col.push(j), coef.push(v)));
    rowStart.push(col.length);
  }
  const qIdx = qDiag.flatMap((v, j) => (v !== 0 ? [j] : []));
  return {
    n,
    m: rows.length,
    c: Float64Array.from(c),
    qRow: Int32Array.from(qIdx),
    qCol: Int32Array.from(qIdx),
    qVal: Float64Array.from(qIdx, (j) => qDiag[j]),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowLo: Float64Array.from(rows, (r) => r[1]),
    rowUp: Float64Array.from(rows, (r) => r[2]),
    xl: Float64Array.from(xl),
    xu: Float64Array.from(xu),
    params: Int32Array.from(params),
  };
}

const close = (a: ArrayLike<number>, b: number[]) => b.forEach((v, k) => expect(a[k]).toBeCloseTo(v, 9));

describe('criticalRegion', () => {
  // min ½x² + ½y²  s.t.  x + y - θ = 0,  x ≤ 1  (columns x, y, θ).
  const split = (theta: number) =>
    qp([1, 1, 0], [0, 0, 0], [[[1, 1, -1], 0, 0]], [-Infinity, -Infinity, theta], [1, Infinity, theta], [2]);

  it('inside the region of no active bound: x = y = θ/2, J = θ²/4, the region θ ≤ 2', () => {
    // θ = 1: x = y = 0.5, the row multiplier 0.5 (∇f = Aᵀy + z: (0.5, 0.5, 0) = 0.5·(1, 1, -1) + z).
    const r = criticalRegion(split(1), Float64Array.of(0.5, 0.5, 1), Float64Array.of(0.5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cr = r.region;
    close(cr.X, [0.5, 0.5, 1]);
    close(cr.Y, [0.5]);
    expect(cr.value).toBeCloseTo(0.25, 9);
    close(cr.g, [0.5]);
    close(cr.H, [0.5]);
    // x(θ) = 0.5 + 0.5Δθ ≤ 1: one row 0.5Δθ ≤ 0.5.
    close(cr.G, [0.5]);
    close(cr.w, [0.5]);
    expect(cr.G.length).toBe(1);
    expect(cr.origin).toEqual(['column 0 upper']);
  });

  it('with x at its bound: J = ½ + ½(θ-1)², the region θ ≥ 2 from the bound’s reduced cost', () => {
    // θ = 3: x = 1, y = 2, the row multiplier 2, x's reduced cost 1 - 2 = -1 (at its upper bound).
    const r = criticalRegion(split(3), Float64Array.of(1, 2, 3), Float64Array.of(2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cr = r.region;
    expect([...cr.activeCols]).toEqual([0]);
    close(cr.X, [0, 1, 1]);
    expect(cr.value).toBeCloseTo(2.5, 9);
    close(cr.g, [2]);
    close(cr.H, [1]);
    // z_x(θ) = -1 - Δθ ≤ 0: -Δθ ≤ 1.
    close(cr.G, [-1]);
    close(cr.w, [1]);
    expect(cr.G.length).toBe(1);
    expect(cr.origin).toEqual(['column 0 reduced cost']);
  });

  it('an active inequality row keeps its multiplier sign; two parameters', () => {
    // min ½x² - 4x  s.t.  x - θ1 - θ2 ≤ 0  (columns x, θ1, θ2): at θ = (1, 1), x = 2, the row
    // active with multiplier -2 (∇f_x = 2 - 4 = -2 = y·1). x(θ) = θ1 + θ2, J = ½(θ1+θ2)² -
    // 4(θ1+θ2), optimal while x ≤ 4: the multiplier y(θ) = θ1 + θ2 - 4 ≤ 0.
    const p = qp(
      [1, 0, 0],
      [-4, 0, 0],
      [[[1, -1, -1], -Infinity, 0]],
      [-Infinity, 1, 1],
      [Infinity, 1, 1],
      [1, 2],
    );
    const r = criticalRegion(p, Float64Array.of(2, 1, 1), Float64Array.of(-2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cr = r.region;
    expect([...cr.activeRows]).toEqual([0]);
    expect(cr.value).toBeCloseTo(-6, 9);
    close(cr.g, [-2, -2]);
    close(cr.H, [1, 1, 1, 1]);
    close(cr.G, [1, 1]);
    close(cr.w, [2]);
    expect(cr.origin).toEqual(['row 0 multiplier']);
  });

  it('drops a dependent active row from the KKT system and keeps it in the region', () => {
    // min -x  s.t.  x ≤ θ and 2x ≤ 2θ, both with a multiplier (primal degeneracy): x = θ, J = -θ;
    // the second row moves with the first, so it adds no region row, and the region is all θ.
    const p = qp(
      [0, 0],
      [-1, 0],
      [
        [[1, -1], -Infinity, 0],
        [[2, -2], -Infinity, 0],
      ],
      [-Infinity, 1],
      [Infinity, 1],
      [1],
    );
    const r = criticalRegion(p, Float64Array.of(1, 1), Float64Array.of(-0.5, -0.25));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cr = r.region;
    expect([...cr.activeRows]).toEqual([0]);
    close(cr.X, [1, 1]);
    expect(cr.value).toBeCloseTo(-1, 9);
    close(cr.g, [-1]);
    close(cr.H, [0]);
    expect(cr.G.length).toBe(0);
  });

  it('keeps a dependent active row that could cross its bound as a region row', () => {
    // min -x - y  s.t.  x ≤ θ, y ≤ 1, x + y ≤ 2 (all active at θ = 1, x = y = 1; columns x, y, θ):
    // x + y ≤ 2 depends on the other two in x and y, and holds for θ ≤ 1 only. J = -θ - 1 there
    // (and -2 beyond): the multipliers given (-0.5 each, one choice at the kink) give way to the
    // region's own, -1 for the kept rows, so the gradient is the region's, -1.
    const p = qp(
      [0, 0, 0],
      [-1, -1, 0],
      [
        [[1, 0, -1], -Infinity, 0],
        [[0, 1, 0], -Infinity, 1],
        [[1, 1, 0], -Infinity, 2],
      ],
      [-Infinity, -Infinity, 1],
      [Infinity, Infinity, 1],
      [2],
    );
    const r = criticalRegion(p, Float64Array.of(1, 1, 1), Float64Array.of(-0.5, -0.5, -0.5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cr = r.region;
    expect([...cr.activeRows]).toEqual([0, 1]);
    close(cr.X, [1, 0, 1]);
    expect(cr.value).toBeCloseTo(-2, 9);
    close(cr.g, [-1]);
    expect(cr.origin).toEqual(['row 2 upper']);
    close(cr.G, [1]);
    close(cr.w, [0]);
  });

  it('predicts the optimum of random strictly convex QPs inside the region (HiGHS re-solves)', async () => {
    // 5 columns with ½Σ q_j x_j², bounds ±1, 4 rows ≤ 1 + noise with 2 parameter columns: solve
    // at θ₀, take the region there, step halfway to its boundary along a random direction, and
    // compare the value and the solution that the region predicts with HiGHS's at the new θ.
    const highs = await ((await import('highs')) as any).default();
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const names = ['x0', 'x1', 'x2', 'x3', 'x4', 'p0', 'p1'];
    let checked = 0;
    for (let trial = 0; trial < 12; trial++) {
      const q = [1, 2, 1.5, 0.5, 1].map((v) => v * (1.2 + rand()));
      const c = names.slice(0, 5).map(() => 2 * rand());
      const A = [0, 1, 2, 3].map(() => names.map(() => rand()));
      const b = A.map(() => 0.5 + 0.5 * Math.abs(rand()));
      const solve = (theta: number[]) => {
        const lp = [
          'Minimize',
          ` obj: ${c.map((v, j) => `${v >= 0 ? '+' : '-'} ${Math.abs(v)} x${j}`).join(' ')} + [ ${q.map((v, j) => `${v} x${j} ^ 2`).join(' + ')} ] / 2`,
          'Subject To',
          ...A.map(
            (a, i) =>
              ` r${i}: ${a.map((v, j) => `${v >= 0 ? '+' : '-'} ${Math.abs(v)} ${names[j]}`).join(' ')} <= ${b[i]}`,
          ),
          'Bounds',
          ...names.slice(0, 5).map((nm) => ` -1 <= ${nm} <= 1`),
          ` p0 = ${theta[0]}`,
          ` p1 = ${theta[1]}`,
          'End',
        ].join('\n');
        const res = highs.solve(lp, {});
        expect(res.Status).toBe('Optimal');
        return {
          obj: res.ObjectiveValue as number,
          x: Float64Array.from(names, (nm) => res.Columns[nm].Primal as number),
          y: Float64Array.from(res.Rows, (r: any) => r.Dual as number),
        };
      };
      const theta0 = [0.3 * rand(), 0.3 * rand()];
      const problem = qp(
        [...q, 0, 0],
        [...c, 0, 0],
        A.map((a, i) => [a, -Infinity, b[i]]),
        [-1, -1, -1, -1, -1, theta0[0], theta0[1]],
        [1, 1, 1, 1, 1, theta0[0], theta0[1]],
        [5, 6],
      );
      const s0 = solve(theta0);
      const r = criticalRegion(problem, s0.x, s0.y, 1e-6);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const cr = r.region;
      expect(cr.value).toBeCloseTo(s0.obj, 6);
      // Step halfway to the region's boundary (the region rows hold at θ₀: w ≥ 0).
      const d = [rand(), rand()];
      let tmax = 1;
      for (let i = 0; i < cr.w.length; i++) {
        const gd = cr.G[2 * i] * d[0] + cr.G[2 * i + 1] * d[1];
        expect(cr.w[i]).toBeGreaterThan(-1e-6);
        if (gd > 1e-12) tmax = Math.min(tmax, Math.max(0, cr.w[i]) / gd);
      }
      if (tmax < 1e-3) continue; // θ₀ on the region's boundary in this direction
      const dt = d.map((v) => 0.5 * tmax * v);
      const s1 = solve([theta0[0] + dt[0], theta0[1] + dt[1]]);
      const predicted =
        cr.value +
        cr.g[0] * dt[0] +
        cr.g[1] * dt[1] +
        0.5 * (dt[0] * (cr.H[0] * dt[0] + cr.H[1] * dt[1]) + dt[1] * (cr.H[2] * dt[0] + cr.H[3] * dt[1]));
      expect(Math.abs(predicted - s1.obj)).toBeLessThan(1e-6);
      for (let j = 0; j < 5; j++)
        expect(Math.abs(s0.x[j] + cr.X[j] * dt[0] + cr.X[7 + j] * dt[1] - s1.x[j])).toBeLessThan(1e-5);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
