// Test fixture: Hock–Schittkowski problems (Hock & Schittkowski, "Test Examples for Nonlinear
// Programming Codes", 1981) with hand-coded dense derivatives, turned into NlpOracle objects.
// Imports types.ts.
import type { NlpOracle } from '../types.ts';

type V = number[];
type M = number[][];
export interface Con {
  g: (x: V) => number;
  grad: (x: V) => V;
  hess: (x: V) => M;
  lo: number;
  up: number;
}
export interface DenseProblem {
  name: string;
  n: number;
  x0: V;
  xl?: V;
  xu?: V;
  f: (x: V) => number;
  grad: (x: V) => V;
  hess: (x: V) => M;
  cons: Con[];
  fStar: number;
  xStar?: V;
}

const I = Infinity;
const zeros = (n: number): M => Array.from({ length: n }, () => new Array<number>(n).fill(0));
/** Symmetric matrix from a list of (i, j, v) with i >= j. */
function sym(n: number, entries: [number, number, number][]): M {
  const h = zeros(n);
  for (const [i, j, v] of entries) {
    h[i][j] += v;
    if (i !== j) h[j][i] += v;
  }
  return h;
}
const ge = (g: Con['g'], grad: Con['grad'], hess: Con['hess'], lo = 0): Con => ({ g, grad, hess, lo, up: I });
const eq = (g: Con['g'], grad: Con['grad'], hess: Con['hess'], rhs = 0): Con => ({ g, grad, hess, lo: rhs, up: rhs });

/** Builds an oracle with a dense Jacobian and a dense lower-triangle Hessian. */
export function denseOracle(p: DenseProblem): NlpOracle {
  const n = p.n;
  const m = p.cons.length;
  const jr: number[] = [];
  const jc: number[] = [];
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    jr.push(i);
    jc.push(j);
  }
  const hr: number[] = [];
  const hc: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    hr.push(i);
    hc.push(j);
  }
  const arr = (x: Float64Array): V => Array.from(x);
  return {
    n,
    m,
    xl: Float64Array.from(p.xl ?? new Array<number>(n).fill(-I)),
    xu: Float64Array.from(p.xu ?? new Array<number>(n).fill(I)),
    gl: Float64Array.from(p.cons.map((c) => c.lo)),
    gu: Float64Array.from(p.cons.map((c) => c.up)),
    x0: Float64Array.from(p.x0),
    objective: (x) => p.f(arr(x)),
    gradient: (x, out) => out.set(p.grad(arr(x))),
    constraints: (x, out) => {
      const xa = arr(x);
      for (let i = 0; i < m; i++) out[i] = p.cons[i].g(xa);
    },
    jacRows: Int32Array.from(jr),
    jacCols: Int32Array.from(jc),
    jacobian: (x, out) => {
      const xa = arr(x);
      let k = 0;
      for (let i = 0; i < m; i++) {
        const gi = p.cons[i].grad(xa);
        for (let j = 0; j < n; j++) out[k++] = gi[j];
      }
    },
    hessRows: Int32Array.from(hr),
    hessCols: Int32Array.from(hc),
    hessian: (x, sigma, lambda, out) => {
      const xa = arr(x);
      const h = p.hess(xa).map((r) => r.map((v) => sigma * v));
      for (let i = 0; i < m; i++) {
        if (lambda[i] === 0) continue;
        const hi = p.cons[i].hess(xa);
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) h[a][b] += lambda[i] * hi[a][b];
      }
      let k = 0;
      for (let a = 0; a < n; a++) for (let b = 0; b <= a; b++) out[k++] = h[a][b];
    },
  };
}

const rosen = {
  f: (x: V) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2,
  grad: (x: V) => [-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]), 200 * (x[1] - x[0] ** 2)],
  hess: (x: V) => sym(2, [[0, 0, 1200 * x[0] ** 2 - 400 * x[1] + 2], [1, 0, -400 * x[0]], [1, 1, 200]]),
};

export const HS: DenseProblem[] = [
  { name: 'hs001', n: 2, x0: [-2, 1], xl: [-I, -1.5], ...rosen, cons: [], fStar: 0, xStar: [1, 1] },
  {
    name: 'hs003', n: 2, x0: [10, 1], xl: [-I, 0],
    f: (x) => x[1] + 1e-5 * (x[1] - x[0]) ** 2,
    grad: (x) => [-2e-5 * (x[1] - x[0]), 1 + 2e-5 * (x[1] - x[0])],
    hess: () => sym(2, [[0, 0, 2e-5], [1, 0, -2e-5], [1, 1, 2e-5]]),
    cons: [], fStar: 0, xStar: [0, 0],
  },
  {
    name: 'hs004', n: 2, x0: [1.125, 0.125], xl: [1, 0],
    f: (x) => (x[0] + 1) ** 3 / 3 + x[1],
    grad: (x) => [(x[0] + 1) ** 2, 1],
    hess: (x) => sym(2, [[0, 0, 2 * (x[0] + 1)]]),
    cons: [], fStar: 8 / 3, xStar: [1, 0],
  },
  {
    name: 'hs005', n: 2, x0: [0, 0], xl: [-1.5, -3], xu: [4, 3],
    f: (x) => Math.sin(x[0] + x[1]) + (x[0] - x[1]) ** 2 - 1.5 * x[0] + 2.5 * x[1] + 1,
    grad: (x) => {
      const c = Math.cos(x[0] + x[1]);
      return [c + 2 * (x[0] - x[1]) - 1.5, c - 2 * (x[0] - x[1]) + 2.5];
    },
    hess: (x) => {
      const s = -Math.sin(x[0] + x[1]);
      return sym(2, [[0, 0, s + 2], [1, 0, s - 2], [1, 1, s + 2]]);
    },
    cons: [], fStar: -Math.sqrt(3) / 2 - Math.PI / 3, xStar: [-Math.PI / 3 + 0.5, -Math.PI / 3 - 0.5],
  },
  {
    name: 'hs006', n: 2, x0: [-1.2, 1],
    f: (x) => (1 - x[0]) ** 2,
    grad: (x) => [-2 * (1 - x[0]), 0],
    hess: () => sym(2, [[0, 0, 2]]),
    cons: [eq((x) => 10 * (x[1] - x[0] ** 2), (x) => [-20 * x[0], 10], () => sym(2, [[0, 0, -20]]))],
    fStar: 0, xStar: [1, 1],
  },
  {
    name: 'hs007', n: 2, x0: [2, 2],
    f: (x) => Math.log(1 + x[0] ** 2) - x[1],
    grad: (x) => [(2 * x[0]) / (1 + x[0] ** 2), -1],
    hess: (x) => sym(2, [[0, 0, (2 * (1 - x[0] ** 2)) / (1 + x[0] ** 2) ** 2]]),
    cons: [
      eq(
        (x) => (1 + x[0] ** 2) ** 2 + x[1] ** 2 - 4,
        (x) => [4 * x[0] * (1 + x[0] ** 2), 2 * x[1]],
        (x) => sym(2, [[0, 0, 4 + 12 * x[0] ** 2], [1, 1, 2]]),
      ),
    ],
    fStar: -Math.sqrt(3), xStar: [0, Math.sqrt(3)],
  },
  {
    name: 'hs010', n: 2, x0: [-10, 10],
    f: (x) => x[0] - x[1], grad: () => [1, -1], hess: () => zeros(2),
    cons: [
      ge(
        (x) => -3 * x[0] ** 2 + 2 * x[0] * x[1] - x[1] ** 2 + 1,
        (x) => [-6 * x[0] + 2 * x[1], 2 * x[0] - 2 * x[1]],
        () => sym(2, [[0, 0, -6], [1, 0, 2], [1, 1, -2]]),
      ),
    ],
    fStar: -1, xStar: [0, 1],
  },
  {
    name: 'hs011', n: 2, x0: [4.9, 0.1],
    f: (x) => (x[0] - 5) ** 2 + x[1] ** 2 - 25,
    grad: (x) => [2 * (x[0] - 5), 2 * x[1]],
    hess: () => sym(2, [[0, 0, 2], [1, 1, 2]]),
    cons: [ge((x) => -(x[0] ** 2) + x[1], (x) => [-2 * x[0], 1], () => sym(2, [[0, 0, -2]]))],
    fStar: -8.498464223, xStar: [1.2347728, 1.5246638],
  },
  {
    name: 'hs012', n: 2, x0: [0, 0],
    f: (x) => 0.5 * x[0] ** 2 + x[1] ** 2 - x[0] * x[1] - 7 * x[0] - 7 * x[1],
    grad: (x) => [x[0] - x[1] - 7, 2 * x[1] - x[0] - 7],
    hess: () => sym(2, [[0, 0, 1], [1, 0, -1], [1, 1, 2]]),
    cons: [ge((x) => 25 - 4 * x[0] ** 2 - x[1] ** 2, (x) => [-8 * x[0], -2 * x[1]], () => sym(2, [[0, 0, -8], [1, 1, -2]]))],
    fStar: -30, xStar: [2, 3],
  },
  {
    name: 'hs014', n: 2, x0: [2, 2],
    f: (x) => (x[0] - 2) ** 2 + (x[1] - 1) ** 2,
    grad: (x) => [2 * (x[0] - 2), 2 * (x[1] - 1)],
    hess: () => sym(2, [[0, 0, 2], [1, 1, 2]]),
    cons: [
      eq((x) => x[0] - 2 * x[1] + 1, () => [1, -2], () => zeros(2)),
      ge((x) => -(x[0] ** 2) / 4 - x[1] ** 2 + 1, (x) => [-x[0] / 2, -2 * x[1]], () => sym(2, [[0, 0, -0.5], [1, 1, -2]])),
    ],
    fStar: 9 - 2.875 * Math.sqrt(7), xStar: [0.5 * (Math.sqrt(7) - 1), 0.25 * (Math.sqrt(7) + 1)],
  },
  {
    name: 'hs015', n: 2, x0: [-2, 1], xu: [0.5, I], ...rosen,
    cons: [
      ge((x) => x[0] * x[1] - 1, (x) => [x[1], x[0]], () => sym(2, [[1, 0, 1]])),
      ge((x) => x[0] + x[1] ** 2, (x) => [1, 2 * x[1]], () => sym(2, [[1, 1, 2]])),
    ],
    fStar: 306.5, xStar: [0.5, 2],
  },
  {
    name: 'hs016', n: 2, x0: [-2, 1], xl: [-0.5, -I], xu: [0.5, 1], ...rosen,
    cons: [
      ge((x) => x[0] + x[1] ** 2, (x) => [1, 2 * x[1]], () => sym(2, [[1, 1, 2]])),
      ge((x) => x[0] ** 2 + x[1], (x) => [2 * x[0], 1], () => sym(2, [[0, 0, 2]])),
    ],
    fStar: 0.25, xStar: [0.5, 0.25],
  },
  {
    name: 'hs018', n: 2, x0: [2, 2], xl: [2, 0], xu: [50, 50],
    f: (x) => 0.01 * x[0] ** 2 + x[1] ** 2,
    grad: (x) => [0.02 * x[0], 2 * x[1]],
    hess: () => sym(2, [[0, 0, 0.02], [1, 1, 2]]),
    cons: [
      ge((x) => x[0] * x[1] - 25, (x) => [x[1], x[0]], () => sym(2, [[1, 0, 1]])),
      ge((x) => x[0] ** 2 + x[1] ** 2 - 25, (x) => [2 * x[0], 2 * x[1]], () => sym(2, [[0, 0, 2], [1, 1, 2]])),
    ],
    fStar: 5, xStar: [Math.sqrt(250), Math.sqrt(2.5)],
  },
  {
    name: 'hs021', n: 2, x0: [-1, -1], xl: [2, -50], xu: [50, 50],
    f: (x) => 0.01 * x[0] ** 2 + x[1] ** 2 - 100,
    grad: (x) => [0.02 * x[0], 2 * x[1]],
    hess: () => sym(2, [[0, 0, 0.02], [1, 1, 2]]),
    cons: [ge((x) => 10 * x[0] - x[1] - 10, () => [10, -1], () => zeros(2))],
    fStar: -99.96, xStar: [2, 0],
  },
  {
    name: 'hs022', n: 2, x0: [2, 2],
    f: (x) => (x[0] - 2) ** 2 + (x[1] - 1) ** 2,
    grad: (x) => [2 * (x[0] - 2), 2 * (x[1] - 1)],
    hess: () => sym(2, [[0, 0, 2], [1, 1, 2]]),
    cons: [
      ge((x) => -x[0] - x[1] + 2, () => [-1, -1], () => zeros(2)),
      ge((x) => -(x[0] ** 2) + x[1], (x) => [-2 * x[0], 1], () => sym(2, [[0, 0, -2]])),
    ],
    fStar: 1, xStar: [1, 1],
  },
  {
    name: 'hs023', n: 2, x0: [3, 1], xl: [-50, -50], xu: [50, 50],
    f: (x) => x[0] ** 2 + x[1] ** 2,
    grad: (x) => [2 * x[0], 2 * x[1]],
    hess: () => sym(2, [[0, 0, 2], [1, 1, 2]]),
    cons: [
      ge((x) => x[0] + x[1] - 1, () => [1, 1], () => zeros(2)),
      ge((x) => x[0] ** 2 + x[1] ** 2 - 1, (x) => [2 * x[0], 2 * x[1]], () => sym(2, [[0, 0, 2], [1, 1, 2]])),
      ge((x) => 9 * x[0] ** 2 + x[1] ** 2 - 9, (x) => [18 * x[0], 2 * x[1]], () => sym(2, [[0, 0, 18], [1, 1, 2]])),
      ge((x) => x[0] ** 2 - x[1], (x) => [2 * x[0], -1], () => sym(2, [[0, 0, 2]])),
      ge((x) => x[1] ** 2 - x[0], (x) => [-1, 2 * x[1]], () => sym(2, [[1, 1, 2]])),
    ],
    fStar: 2, xStar: [1, 1],
  },
  {
    name: 'hs026', n: 3, x0: [-2.6, 2, 2],
    f: (x) => (x[0] - x[1]) ** 2 + (x[1] - x[2]) ** 4,
    grad: (x) => [2 * (x[0] - x[1]), -2 * (x[0] - x[1]) + 4 * (x[1] - x[2]) ** 3, -4 * (x[1] - x[2]) ** 3],
    hess: (x) => {
      const q = 12 * (x[1] - x[2]) ** 2;
      return sym(3, [[0, 0, 2], [1, 0, -2], [1, 1, 2 + q], [2, 1, -q], [2, 2, q]]);
    },
    cons: [
      eq(
        (x) => (1 + x[1] ** 2) * x[0] + x[2] ** 4 - 3,
        (x) => [1 + x[1] ** 2, 2 * x[1] * x[0], 4 * x[2] ** 3],
        (x) => sym(3, [[1, 0, 2 * x[1]], [1, 1, 2 * x[0]], [2, 2, 12 * x[2] ** 2]]),
      ),
    ],
    // (x2 - x3)⁴ makes the solution degenerate: x* is determined only to about 1e-4.
    fStar: 0,
  },
  {
    name: 'hs028', n: 3, x0: [-4, 1, 1],
    f: (x) => (x[0] + x[1]) ** 2 + (x[1] + x[2]) ** 2,
    grad: (x) => [2 * (x[0] + x[1]), 2 * (x[0] + x[1]) + 2 * (x[1] + x[2]), 2 * (x[1] + x[2])],
    hess: () => sym(3, [[0, 0, 2], [1, 0, 2], [1, 1, 4], [2, 1, 2], [2, 2, 2]]),
    cons: [eq((x) => x[0] + 2 * x[1] + 3 * x[2] - 1, () => [1, 2, 3], () => zeros(3))],
    fStar: 0, xStar: [0.5, -0.5, 0.5],
  },
  {
    name: 'hs035', n: 3, x0: [0.5, 0.5, 0.5], xl: [0, 0, 0],
    f: (x) => 9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] ** 2 + 2 * x[1] ** 2 + x[2] ** 2 + 2 * x[0] * x[1] + 2 * x[0] * x[2],
    grad: (x) => [-8 + 4 * x[0] + 2 * x[1] + 2 * x[2], -6 + 4 * x[1] + 2 * x[0], -4 + 2 * x[2] + 2 * x[0]],
    hess: () => sym(3, [[0, 0, 4], [1, 0, 2], [1, 1, 4], [2, 0, 2], [2, 2, 2]]),
    cons: [ge((x) => 3 - x[0] - x[1] - 2 * x[2], () => [-1, -1, -2], () => zeros(3))],
    fStar: 1 / 9, xStar: [4 / 3, 7 / 9, 4 / 9],
  },
  {
    name: 'hs039', n: 4, x0: [2, 2, 2, 2],
    f: (x) => -x[0], grad: () => [-1, 0, 0, 0], hess: () => zeros(4),
    cons: [
      eq((x) => x[1] - x[0] ** 3 - x[2] ** 2, (x) => [-3 * x[0] ** 2, 1, -2 * x[2], 0], (x) => sym(4, [[0, 0, -6 * x[0]], [2, 2, -2]])),
      eq((x) => x[0] ** 2 - x[1] - x[3] ** 2, (x) => [2 * x[0], -1, 0, -2 * x[3]], () => sym(4, [[0, 0, 2], [3, 3, -2]])),
    ],
    fStar: -1, xStar: [1, 1, 0, 0],
  },
  {
    name: 'hs040', n: 4, x0: [0.8, 0.8, 0.8, 0.8],
    f: (x) => -x[0] * x[1] * x[2] * x[3],
    grad: (x) => [-x[1] * x[2] * x[3], -x[0] * x[2] * x[3], -x[0] * x[1] * x[3], -x[0] * x[1] * x[2]],
    hess: (x) =>
      sym(4, [
        [1, 0, -x[2] * x[3]], [2, 0, -x[1] * x[3]], [3, 0, -x[1] * x[2]],
        [2, 1, -x[0] * x[3]], [3, 1, -x[0] * x[2]], [3, 2, -x[0] * x[1]],
      ]),
    cons: [
      eq((x) => x[0] ** 3 + x[1] ** 2 - 1, (x) => [3 * x[0] ** 2, 2 * x[1], 0, 0], (x) => sym(4, [[0, 0, 6 * x[0]], [1, 1, 2]])),
      eq((x) => x[0] ** 2 * x[3] - x[2], (x) => [2 * x[0] * x[3], 0, -1, x[0] ** 2], (x) => sym(4, [[0, 0, 2 * x[3]], [3, 0, 2 * x[0]]])),
      eq((x) => x[3] ** 2 - x[1], (x) => [0, -1, 0, 2 * x[3]], () => sym(4, [[3, 3, 2]])),
    ],
    fStar: -0.25, xStar: [2 ** (-1 / 3), 2 ** -0.5, 2 ** (-11 / 12), 2 ** -0.25],
  },
  {
    name: 'hs043', n: 4, x0: [0, 0, 0, 0],
    f: (x) => x[0] ** 2 + x[1] ** 2 + 2 * x[2] ** 2 + x[3] ** 2 - 5 * x[0] - 5 * x[1] - 21 * x[2] + 7 * x[3],
    grad: (x) => [2 * x[0] - 5, 2 * x[1] - 5, 4 * x[2] - 21, 2 * x[3] + 7],
    hess: () => sym(4, [[0, 0, 2], [1, 1, 2], [2, 2, 4], [3, 3, 2]]),
    cons: [
      ge(
        (x) => 8 - x[0] ** 2 - x[1] ** 2 - x[2] ** 2 - x[3] ** 2 - x[0] + x[1] - x[2] + x[3],
        (x) => [-2 * x[0] - 1, -2 * x[1] + 1, -2 * x[2] - 1, -2 * x[3] + 1],
        () => sym(4, [[0, 0, -2], [1, 1, -2], [2, 2, -2], [3, 3, -2]]),
      ),
      ge(
        (x) => 10 - x[0] ** 2 - 2 * x[1] ** 2 - x[2] ** 2 - 2 * x[3] ** 2 + x[0] + x[3],
        (x) => [-2 * x[0] + 1, -4 * x[1], -2 * x[2], -4 * x[3] + 1],
        () => sym(4, [[0, 0, -2], [1, 1, -4], [2, 2, -2], [3, 3, -4]]),
      ),
      ge(
        (x) => 5 - 2 * x[0] ** 2 - x[1] ** 2 - x[2] ** 2 - 2 * x[0] + x[1] + x[3],
        (x) => [-4 * x[0] - 2, -2 * x[1] + 1, -2 * x[2], 1],
        () => sym(4, [[0, 0, -4], [1, 1, -2], [2, 2, -2]]),
      ),
    ],
    fStar: -44, xStar: [0, 1, 2, -1],
  },
  {
    name: 'hs048', n: 5, x0: [3, 5, -3, 2, -2],
    f: (x) => (x[0] - 1) ** 2 + (x[1] - x[2]) ** 2 + (x[3] - x[4]) ** 2,
    grad: (x) => [2 * (x[0] - 1), 2 * (x[1] - x[2]), -2 * (x[1] - x[2]), 2 * (x[3] - x[4]), -2 * (x[3] - x[4])],
    hess: () => sym(5, [[0, 0, 2], [1, 1, 2], [2, 1, -2], [2, 2, 2], [3, 3, 2], [4, 3, -2], [4, 4, 2]]),
    cons: [
      eq((x) => x[0] + x[1] + x[2] + x[3] + x[4] - 5, () => [1, 1, 1, 1, 1], () => zeros(5)),
      eq((x) => x[2] - 2 * (x[3] + x[4]) + 3, () => [0, 0, 1, -2, -2], () => zeros(5)),
    ],
    fStar: 0, xStar: [1, 1, 1, 1, 1],
  },
  {
    name: 'hs065', n: 3, x0: [-5, 5, 0], xl: [-4.5, -4.5, -5], xu: [4.5, 4.5, 5],
    f: (x) => (x[0] - x[1]) ** 2 + (x[0] + x[1] - 10) ** 2 / 9 + (x[2] - 5) ** 2,
    grad: (x) => {
      const a = (2 * (x[0] + x[1] - 10)) / 9;
      return [2 * (x[0] - x[1]) + a, -2 * (x[0] - x[1]) + a, 2 * (x[2] - 5)];
    },
    hess: () => sym(3, [[0, 0, 2 + 2 / 9], [1, 0, -2 + 2 / 9], [1, 1, 2 + 2 / 9], [2, 2, 2]]),
    cons: [
      ge(
        (x) => 48 - x[0] ** 2 - x[1] ** 2 - x[2] ** 2,
        (x) => [-2 * x[0], -2 * x[1], -2 * x[2]],
        () => sym(3, [[0, 0, -2], [1, 1, -2], [2, 2, -2]]),
      ),
    ],
    fStar: 0.9535288567, xStar: [3.650461821, 3.65046168, 4.6204170507],
  },
  {
    name: 'hs071', n: 4, x0: [1, 5, 5, 1], xl: [1, 1, 1, 1], xu: [5, 5, 5, 5],
    f: (x) => x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2],
    grad: (x) => [
      x[3] * (2 * x[0] + x[1] + x[2]), x[0] * x[3], x[0] * x[3] + 1, x[0] * (x[0] + x[1] + x[2]),
    ],
    hess: (x) =>
      sym(4, [
        [0, 0, 2 * x[3]], [1, 0, x[3]], [2, 0, x[3]], [3, 0, 2 * x[0] + x[1] + x[2]], [3, 1, x[0]], [3, 2, x[0]],
      ]),
    cons: [
      ge(
        (x) => x[0] * x[1] * x[2] * x[3],
        (x) => [x[1] * x[2] * x[3], x[0] * x[2] * x[3], x[0] * x[1] * x[3], x[0] * x[1] * x[2]],
        (x) =>
          sym(4, [
            [1, 0, x[2] * x[3]], [2, 0, x[1] * x[3]], [3, 0, x[1] * x[2]],
            [2, 1, x[0] * x[3]], [3, 1, x[0] * x[2]], [3, 2, x[0] * x[1]],
          ]),
        25,
      ),
      eq(
        (x) => x[0] ** 2 + x[1] ** 2 + x[2] ** 2 + x[3] ** 2,
        (x) => x.map((v) => 2 * v),
        () => sym(4, [[0, 0, 2], [1, 1, 2], [2, 2, 2], [3, 3, 2]]),
        40,
      ),
    ],
    fStar: 17.0140172891, xStar: [1, 4.742999637, 3.821149984, 1.379408293],
  },
  {
    name: 'hs076', n: 4, x0: [0.5, 0.5, 0.5, 0.5], xl: [0, 0, 0, 0],
    f: (x) => x[0] ** 2 + 0.5 * x[1] ** 2 + x[2] ** 2 + 0.5 * x[3] ** 2 - x[0] * x[2] + x[2] * x[3] - x[0] - 3 * x[1] + x[2] - x[3],
    grad: (x) => [2 * x[0] - x[2] - 1, x[1] - 3, 2 * x[2] - x[0] + x[3] + 1, x[3] + x[2] - 1],
    hess: () => sym(4, [[0, 0, 2], [1, 1, 1], [2, 0, -1], [2, 2, 2], [3, 2, 1], [3, 3, 1]]),
    cons: [
      ge((x) => 5 - x[0] - 2 * x[1] - x[2] - x[3], () => [-1, -2, -1, -1], () => zeros(4)),
      ge((x) => 4 - 3 * x[0] - x[1] - 2 * x[2] + x[3], () => [-3, -1, -2, 1], () => zeros(4)),
      ge((x) => x[1] + 4 * x[2] - 1.5, () => [0, 1, 4, 0], () => zeros(4)),
    ],
    fStar: -4.681818181818, xStar: [0.2727273, 2.090909, 0, 0.5454545],
  },
  {
    name: 'hs078', n: 5, x0: [-2, 1.5, 2, -1, -1],
    f: (x) => x[0] * x[1] * x[2] * x[3] * x[4],
    grad: (x) => x.map((_, i) => x.reduce((p, v, j) => (j === i ? p : p * v), 1)),
    hess: (x) => {
      const h = zeros(5);
      for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) {
        if (i !== j) h[i][j] = x.reduce((p, v, k) => (k === i || k === j ? p : p * v), 1);
      }
      return h;
    },
    cons: [
      eq((x) => x.reduce((s, v) => s + v * v, 0) - 10, (x) => x.map((v) => 2 * v), () => sym(5, [0, 1, 2, 3, 4].map((i) => [i, i, 2] as [number, number, number]))),
      eq((x) => x[1] * x[2] - 5 * x[3] * x[4], (x) => [0, x[2], x[1], -5 * x[4], -5 * x[3]], () => sym(5, [[2, 1, 1], [4, 3, -5]])),
      eq((x) => x[0] ** 3 + x[1] ** 3 + 1, (x) => [3 * x[0] ** 2, 3 * x[1] ** 2, 0, 0, 0], (x) => sym(5, [[0, 0, 6 * x[0]], [1, 1, 6 * x[1]]])),
    ],
    fStar: -2.919700415,
  },
];
