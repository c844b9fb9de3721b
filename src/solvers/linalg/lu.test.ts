// Tests of the sparse LU: residuals on random unsymmetric matrices (weak diagonals force row
// interchanges), a matrix that needs pivoting off the diagonal, and singular matrices refused.
import { describe, expect, it } from 'vitest';
import { SparseLu } from './lu.ts';

/** A deterministic sequence in [0, 1) (the fractional parts of a scaled sine). */
function sequence(seed: number): () => number {
  let k = 0;
  return () => {
    const v = Math.sin(++k * 12.9898 + seed * 78.233) * 43758.5453;
    return v - Math.floor(v);
  };
}

function residual(
  n: number,
  rows: Int32Array,
  cols: Int32Array,
  vals: Float64Array,
  x: Float64Array,
  b: Float64Array,
) {
  const r = Float64Array.from(b);
  for (let k = 0; k < rows.length; k++) r[rows[k]] -= vals[k] * x[cols[k]];
  return Math.max(...r.map(Math.abs));
}

describe('SparseLu', () => {
  it('solves random unsymmetric systems to a residual of 1e-10 (duplicates summed, weak diagonals)', () => {
    for (const [n, seed] of [
      [5, 1],
      [60, 2],
      [400, 3],
    ]) {
      const r = sequence(seed);
      const rows: number[] = [];
      const cols: number[] = [];
      const vals: number[] = [];
      for (let i = 0; i < n; i++) {
        rows.push(i);
        cols.push(i);
        vals.push(r() < 0.3 ? 1e-3 * r() : 1 + r());
        for (let t = 0; t < 3; t++) {
          rows.push(i);
          cols.push(Math.floor(r() * n));
          vals.push(2 * r() - 1);
        }
      }
      const R = Int32Array.from(rows);
      const C = Int32Array.from(cols);
      const V = Float64Array.from(vals);
      const lu = new SparseLu(n, R, C);
      expect(lu.factor(V)).toBe(true);
      const b = Float64Array.from({ length: n }, () => r());
      const x = new Float64Array(n);
      lu.solve(b, x);
      expect(residual(n, R, C, V, x, b)).toBeLessThan(1e-10);
    }
  });

  it('pivots off a zero diagonal: [[0, 1], [1, 0]] x = (2, 3) gives x = (3, 2)', () => {
    const lu = new SparseLu(2, Int32Array.of(0, 1), Int32Array.of(1, 0));
    expect(lu.factor(Float64Array.of(1, 1))).toBe(true);
    const x = new Float64Array(2);
    lu.solve(Float64Array.of(2, 3), x);
    expect([...x]).toEqual([3, 2]);
  });

  it('refuses singular matrices: an empty column, and two equal rows', () => {
    const empty = new SparseLu(2, Int32Array.of(0, 1), Int32Array.of(0, 0));
    expect(empty.factor(Float64Array.of(1, 2))).toBe(false);
    const equal = new SparseLu(2, Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 1, 0, 1));
    expect(equal.factor(Float64Array.of(1, 2, 1, 2))).toBe(false);
  });
});
