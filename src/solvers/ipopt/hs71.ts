// Hock-Schittkowski 71 as a hand-written NlpOracle (Ipopt's own C example), for the NLP adapters'
// tests: min x1 x4 (x1 + x2 + x3) + x3  s.t.  x1 x2 x3 x4 >= 25,  sum x_i^2 = 40,  1 <= x <= 5,
// start (1, 5, 5, 1); optimum 17.0140173 at (1, 4.7430, 3.8211, 1.3794). Imports solvers/types.ts.
import type { NlpOracle } from '../types.ts';

export function hs71Oracle(): NlpOracle {
  return {
    n: 4,
    m: 2,
    xl: Float64Array.of(1, 1, 1, 1),
    xu: Float64Array.of(5, 5, 5, 5),
    gl: Float64Array.of(25, 40),
    gu: Float64Array.of(2e19, 40),
    x0: Float64Array.of(1, 5, 5, 1),
    objective: (x) => x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2],
    gradient(x, g) {
      g[0] = x[0] * x[3] + x[3] * (x[0] + x[1] + x[2]);
      g[1] = x[0] * x[3];
      g[2] = x[0] * x[3] + 1;
      g[3] = x[0] * (x[0] + x[1] + x[2]);
    },
    constraints(x, g) {
      g[0] = x[0] * x[1] * x[2] * x[3];
      g[1] = x[0] * x[0] + x[1] * x[1] + x[2] * x[2] + x[3] * x[3];
    },
    jacRows: Int32Array.of(0, 0, 0, 0, 1, 1, 1, 1),
    jacCols: Int32Array.of(0, 1, 2, 3, 0, 1, 2, 3),
    jacobian(x, v) {
      v[0] = x[1] * x[2] * x[3];
      v[1] = x[0] * x[2] * x[3];
      v[2] = x[0] * x[1] * x[3];
      v[3] = x[0] * x[1] * x[2];
      v[4] = 2 * x[0];
      v[5] = 2 * x[1];
      v[6] = 2 * x[2];
      v[7] = 2 * x[3];
    },
    // Lower triangle, row-major: (0,0) (1,0) (1,1) (2,0) (2,1) (2,2) (3,0) (3,1) (3,2) (3,3)
    hessRows: Int32Array.of(0, 1, 1, 2, 2, 2, 3, 3, 3, 3),
    hessCols: Int32Array.of(0, 0, 1, 0, 1, 2, 0, 1, 2, 3),
    hessian(x, s, l, v) {
      v[0] = s * 2 * x[3] + l[1] * 2;
      v[1] = s * x[3] + l[0] * x[2] * x[3];
      v[2] = l[1] * 2;
      v[3] = s * x[3] + l[0] * x[1] * x[3];
      v[4] = l[0] * x[0] * x[3];
      v[5] = l[1] * 2;
      v[6] = s * (2 * x[0] + x[1] + x[2]) + l[0] * x[1] * x[2];
      v[7] = s * x[0] + l[0] * x[0] * x[2];
      v[8] = s * x[0] + l[0] * x[0] * x[1];
      v[9] = l[1] * 2;
    },
  };
}
