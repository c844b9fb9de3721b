// Jobs and results through Redis (JSON): every number comes back with its bits, -0 and the
// non-finite ones included, and typed arrays stay typed.
import { describe, it, expect } from 'vitest';
import { decodeResult, encodeResult, outcomeFromBytes, outcomeToBytes } from './job.ts';
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

  it('as bytes for Web Workers too (typed arrays as number lists, no Buffer)', () => {
    const x = Float64Array.of(-0, 1e-300, Infinity, NaN, 0.1 + 0.2);
    const back = outcomeFromBytes(
      outcomeToBytes({
        id: 3,
        result: { solver: 'glpk', modelStatus: 1, solveStatus: 1, x, iterations: 2, seconds: 0.5 },
      }),
    );
    expect(back.id).toBe(3);
    expect(back.result!.x).toBeInstanceOf(Float64Array);
    expect([0, 1, 2, 3, 4].filter((k) => !Object.is(back.result!.x![k], x[k]))).toEqual([]);
    expect(outcomeFromBytes(outcomeToBytes({ id: 4, error: 'no' }))).toEqual({ id: 4, error: 'no' });
  });
});
