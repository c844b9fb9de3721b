import { describe, expect, it } from 'vitest';
import { PdSystem } from './pd-system.ts';
import { SparseLdl } from '../linalg/ldl.ts';

// W = [1 1; 1 1 + 2^-50]: positive definite (det 2^-50), but its second pivot, 2^-50, is lost
// in cancellation by SparseLdl's default relative test.
const eps = 2 ** -50;

describe('the KKT factorization takes a pivot as zero only when it is exactly zero (as MUMPS does)', () => {
  it('SparseLdl: the default relative test calls the tiny pivot zero; pivotTol 0 keeps it', () => {
    const rows = Int32Array.of(0, 1, 1);
    const cols = Int32Array.of(0, 0, 1);
    const vals = Float64Array.of(1, 1, 1 + eps);
    const rel = new SparseLdl(2, rows, cols, { ordering: 'natural' });
    expect(rel.factor(vals).zero).toBe(1);
    const exact = new SparseLdl(2, rows, cols, { ordering: 'natural', pivotTol: 0 });
    expect(exact.factor(vals)).toEqual({ positive: 2, negative: 0, zero: 0 });
    const x = new Float64Array(2);
    exact.solve(Float64Array.of(2, 2 + eps), x);
    expect([x[0], x[1]]).toEqual([1, 1]);
  });

  it('PdSystem: the same W with δw = 0 has the inertia (2, 0, 0), no perturbation needed', () => {
    const sys = new PdSystem({
      nw: 2,
      m: 0,
      hessRows: Int32Array.of(0, 1, 1),
      hessCols: Int32Array.of(0, 0, 1),
      jacRows: new Int32Array(0),
      jacCols: new Int32Array(0),
      hasBound: Uint8Array.of(0, 0),
    });
    const sigma = new Float64Array(2);
    sys.setMatrix(sigma, Float64Array.of(1, 1, 1 + eps), new Float64Array(0));
    expect(sys.factor(0, 0, sigma)).toEqual({ positive: 2, negative: 0, zero: 0 });
    expect(sys.inertiaCorrect()).toBe(true);
  });
});
