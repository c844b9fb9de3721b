import { describe, expect, it } from 'vitest';
import { checkPsd } from './convexity.ts';
import { hessianOfQuadratic } from '../linear-form.ts';

const q = (n: number, terms: Record<string, number>) =>
  hessianOfQuadratic(n, new Map(Object.entries(terms)))!;

describe('checkPsd', () => {
  it('accepts PSD matrices, including singular ones', () => {
    expect(checkPsd(q(3, { '0,0': 2, '1,1': 2, '2,2': 1, '0,1': 2, '0,2': 2 }), 1)).toEqual({ psd: true }); // HS35
    expect(checkPsd(q(2, { '0,0': 1, '1,1': 1, '0,1': 2 }), 1)).toEqual({ psd: true }); // (x0 + x1)^2
    expect(checkPsd(q(2, { '0,0': -1 }), -1)).toEqual({ psd: true }); // max -x0^2
  });

  it('finds negative and coupled-zero pivots', () => {
    expect(checkPsd(q(2, { '0,0': 1, '1,1': -1 }), 1)).toEqual({ psd: false, col: 1, pivot: -2 });
    expect(checkPsd(q(2, { '0,1': 1 }), 1)).toEqual({ psd: false, col: 0, pivot: 0 });
    expect(checkPsd(q(2, { '0,0': 1, '1,1': 1, '0,1': 3 }), 1)).toEqual({ psd: false, col: 1, pivot: -2.5 }); // Q = [2 3; 3 2]: 2 - 9/2
  });

  it('handles a large sparse component (minimum-degree elimination)', () => {
    // sum (x_i - x_{i+1})^2 + x_0^2 over 2000 variables: a tridiagonal PSD matrix.
    const t: Record<string, number> = { '0,0': 1 };
    const n = 2000;
    for (let i = 0; i + 1 < n; i++) {
      t[`${i},${i}`] = (t[`${i},${i}`] ?? 0) + 1;
      t[`${i + 1},${i + 1}`] = (t[`${i + 1},${i + 1}`] ?? 0) + 1;
      t[`${i},${i + 1}`] = -2;
    }
    expect(checkPsd(q(n, t), 1)).toEqual({ psd: true });
    t['700,1400'] = 5; // a long-range coupling that breaks semidefiniteness
    const v = checkPsd(q(n, t), 1);
    expect(v.psd).toBe(false);
  });
});
