// Jobs and results through Redis (JSON): every number comes back with its bits, -0 and the
// non-finite ones included, and typed arrays stay typed.
import { describe, it, expect } from 'vitest';
import { decodeResult, encodeResult } from './job.ts';
import type { SolverResult } from '../solvers/types.ts';

describe('job encoding for Redis', () => {
  it('keeps -0, infinities, NaN and typed arrays bit for bit', () => {
    const r: SolverResult = {
      solver: 'ipm',
      modelStatus: 2,
      solveStatus: 1,
      objective: -0,
      x: Float64Array.of(-0, 1e-300, Infinity),
      colMarginal: Float64Array.of(NaN, -Infinity, 0.1 + 0.2),
      iterations: 7,
      seconds: -0,
    };
    const back = decodeResult(JSON.parse(JSON.stringify(encodeResult(r))));
    expect(Object.is(back.objective, -0)).toBe(true);
    expect(Object.is(back.seconds, -0)).toBe(true);
    expect(back.x).toBeInstanceOf(Float64Array);
    expect([0, 1, 2].filter((k) => !Object.is(back.x![k], r.x![k]))).toEqual([]);
    expect(Object.is(back.x![0], -0)).toBe(true);
    expect(Number.isNaN(back.colMarginal![0])).toBe(true);
    expect([back.colMarginal![1], back.colMarginal![2]]).toEqual([-Infinity, 0.1 + 0.2]);
  });
});
