import { describe, expect, it } from 'vitest';
import { restActivity, rowActivity } from './row-activity.ts';

describe('rowActivity', () => {
  it('sums the finite parts and counts the infinite terms; restActivity leaves one term out', () => {
    // 2 x0 - 3 x1 + 0 x2 + x3, x0 in [1, 4], x1 in [0, 2], x2 free (coefficient 0), x3 in [-1, inf).
    const act = rowActivity(
      [2, -3, 0, 1],
      [0, 1, 2, 3],
      0,
      4,
      [1, 0, -Infinity, -1],
      [4, 2, Infinity, Infinity],
      { min: 0, minInf: 0, max: 0, maxInf: 0 },
    );
    expect(act).toEqual({ min: 2 - 6 - 1, minInf: 0, max: 8 + 0, maxInf: 1 });
    // Without x0: least 2·1 taken out; greatest: x3 still infinite, so no finite value.
    expect(restActivity(act.min, act.minInf, 2)).toBe(-7);
    expect(restActivity(act.max, act.maxInf, 8)).toBeNaN();
    // Without x3 (the infinite term): the others' greatest activity is finite.
    expect(restActivity(act.max, act.maxInf, Infinity)).toBe(8);
  });
});
