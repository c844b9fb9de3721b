// EMD's complementarity solver: a semismooth Newton method on the Fischer–Burmeister
// reformulation of a box-constrained MCP (Billups's composition for two-sided bounds), with a
// nonmonotone Armijo line search on ½‖Φ‖² and a gradient step when the Newton direction is not a
// descent direction. The Newton system H d = −Φ is solved by dense LU up to 400 variables and by
// the sparse LU (linalg/lu.ts) above; when H is singular, through the regularized normal
// equations (HᵀH + μI) d = −HᵀΦ with the project's sparse LDLᵀ (μ → 0 near a solution keeps the
// local quadratic rate). An attempt that stalls is restarted from the start point with other search
// settings, as PATH restarts (STRATEGIES). Runs in Node and the browser (typed arrays only).
// Imports linalg/.
import { SparseLdl } from '../linalg/ldl.ts';
import { SparseLu } from '../linalg/lu.ts';

/**
 * A box MCP: find lo ≤ x ≤ up with, for each i, F_i(x) = 0 when lo_i < x_i < up_i, F_i ≥ 0 at
 * x_i = lo_i and F_i ≤ 0 at x_i = up_i. The Jacobian is given by its COO pattern once.
 */
export interface McpProblem {
  readonly n: number;
  readonly lo: Float64Array;
  readonly up: Float64Array;
  readonly x0: Float64Array;
  /** Writes F(x) into out; returns false when F cannot be evaluated at x. */
  readonly F: (x: Float64Array, out: Float64Array) => boolean;
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  /** Writes the Jacobian values, in the order of jacRows/jacCols, into out. */
  readonly jacobian: (x: Float64Array, out: Float64Array) => void;
}

export interface McpOptions {
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /**
   * Nonmonotone memory: the Armijo test compares with the largest of the last M merit values. Given,
   * it makes one attempt without restarts.
   */
  readonly memory?: number;
  /** The attempts, in order (STRATEGIES by default; `memory` makes it one). */
  readonly strategies?: readonly Strategy[];
}

export type McpOutcome = 'solved' | 'stationary' | 'iteration-limit' | 'evaluation-error';

export interface McpResult {
  readonly outcome: McpOutcome;
  readonly x: Float64Array;
  /** F at x (the equations' values). */
  readonly f: Float64Array;
  /** ‖Φ(x)‖∞, the complementarity residual. */
  readonly residual: number;
  readonly iterations: number;
  readonly gradientSteps: number;
}

/** φ(a,b) = a + b − √(a²+b²): zero iff a ≥ 0, b ≥ 0, ab = 0. Writes ∂φ/∂a, ∂φ/∂b into d. */
function fb(a: number, b: number, d: Float64Array): number {
  const r = Math.hypot(a, b);
  if (r === 0) {
    // An element of the generalized gradient (the unit-circle choice of De Luca–Facchinei–Kanzow).
    d[0] = 1 - Math.SQRT1_2;
    d[1] = 1 - Math.SQRT1_2;
    return 0;
  }
  d[0] = 1 - a / r;
  d[1] = 1 - b / r;
  return a + b - r;
}

/**
 * Φ_i and the coefficients of row i of H = diag(da) + diag(db) J, from x_i, F_i and the bounds.
 */
function phi(x: number, f: number, lo: number, up: number, d: Float64Array, out: Float64Array): number {
  const hasLo = lo > -Infinity;
  const hasUp = up < Infinity;
  if (hasLo && hasUp && lo === up) {
    out[0] = 1;
    out[1] = 0;
    return x - lo;
  }
  if (!hasLo && !hasUp) {
    out[0] = 0;
    out[1] = 1;
    return f;
  }
  if (hasLo && !hasUp) {
    const v = fb(x - lo, f, d);
    out[0] = d[0];
    out[1] = d[1];
    return v;
  }
  if (!hasLo) {
    const v = -fb(up - x, -f, d);
    out[0] = d[0];
    out[1] = d[1];
    return v;
  }
  // Billups: Φ = φ(x − lo, −φ(up − x, −F)).
  const psi = fb(up - x, -f, d);
  const ia = d[0];
  const ib = d[1];
  const v = fb(x - lo, -psi, d);
  out[0] = d[0] + d[1] * ia;
  out[1] = d[1] * ib;
  return v;
}

function normInf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

function merit(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return 0.5 * s;
}

/** Per row of H = diag(da) + diag(db) J, its columns: the pattern of J plus the diagonal. */
function hPattern(n: number, jr: Int32Array, jc: Int32Array): number[][] {
  const rowEntries: number[][] = Array.from({ length: n }, () => []);
  const seen = new Set<number>();
  for (let k = 0; k < jr.length; k++) {
    const key = jr[k] * n + jc[k];
    if (seen.has(key)) continue;
    seen.add(key);
    rowEntries[jr[k]].push(jc[k]);
  }
  for (let i = 0; i < n; i++) if (!seen.has(i * n + i)) rowEntries[i].push(i);
  return rowEntries;
}

/** H as COO for the sparse LU, in the order of rowEntries (values copied in that order). */
function sparseH(n: number, rowEntries: readonly number[][]): { lu: SparseLu; vals: Float64Array } {
  const rows: number[] = [];
  const cols: number[] = [];
  rowEntries.forEach((cs, i) => {
    for (const c of cs) {
      rows.push(i);
      cols.push(c);
    }
  });
  return {
    lu: new SparseLu(n, Int32Array.from(rows), Int32Array.from(cols)),
    vals: new Float64Array(rows.length),
  };
}

interface NormalPattern {
  rows: Int32Array;
  cols: Int32Array;
  index: Map<number, number>;
}

/** The pattern of HᵀH (lower triangle, COO), with the position of each (i, j). */
function normalPattern(n: number, rowEntries: readonly number[][]): NormalPattern {
  const index = new Map<number, number>();
  const rows: number[] = [];
  const cols: number[] = [];
  const add = (a: number, b: number): void => {
    const i = Math.max(a, b);
    const j = Math.min(a, b);
    const key = i * n + j;
    if (!index.has(key)) {
      index.set(key, rows.length);
      rows.push(i);
      cols.push(j);
    }
  };
  for (let i = 0; i < n; i++) add(i, i);
  for (const cs of rowEntries) for (const a of cs) for (const b of cs) if (a >= b) add(a, b);
  return { rows: Int32Array.from(rows), cols: Int32Array.from(cols), index };
}

/**
 * d from (HᵀH + μI) d = −HᵀΦ (Levenberg–Marquardt) with the sparse LDLᵀ, μ growing ×100 until
 * the matrix is positive definite; μ starts at min(θ, 1e-8) times the largest diagonal of HᵀH, so
 * it shrinks with the residual. Returns false when no μ in eight tries gives a finite step.
 */
function regularizedNewton(
  n: number,
  normal: { pat: NormalPattern; ldl: SparseLdl; nv: Float64Array },
  rowEntries: readonly number[][],
  hRow: readonly Float64Array[],
  grad: Float64Array,
  theta: number,
  rhs: Float64Array,
  d: Float64Array,
): boolean {
  const { pat, ldl, nv } = normal;
  nv.fill(0);
  for (let i = 0; i < n; i++) {
    const cs = rowEntries[i];
    const h = hRow[i];
    for (let a = 0; a < cs.length; a++)
      for (let b = 0; b < cs.length; b++) {
        if (cs[a] < cs[b]) continue;
        nv[pat.index.get(cs[a] * n + cs[b])!] += h[a] * h[b];
      }
  }
  let maxDiag = 0;
  for (let j = 0; j < n; j++) maxDiag = Math.max(maxDiag, nv[pat.index.get(j * n + j)!]);
  let mu = Math.max(Math.min(theta, 1e-8), 1e-12) * Math.max(1, maxDiag);
  for (let tries = 0; tries < 8; tries++) {
    const vals = nv.slice();
    for (let j = 0; j < n; j++) vals[pat.index.get(j * n + j)!] += mu;
    const inertia = ldl.factor(vals);
    if (inertia.zero === 0 && inertia.negative === 0) {
      for (let j = 0; j < n; j++) rhs[j] = -grad[j];
      ldl.solve(rhs, d);
      if (d.every(Number.isFinite)) return true;
    }
    mu *= 100;
  }
  return false;
}

/** Systems up to this size are solved by dense LU (n² memory), larger ones by sparse LU. */
const DENSE_MAX = 400;

/** d = −H⁻¹Φ by dense LU with partial pivoting; false when H is numerically singular. */
function denseNewton(
  n: number,
  rowEntries: readonly number[][],
  hRow: readonly Float64Array[],
  Phi: Float64Array,
  d: Float64Array,
): boolean {
  const a = new Float64Array(n * n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const cs = rowEntries[i];
    for (let k = 0; k < cs.length; k++) {
      a[i * n + cs[k]] += hRow[i][k];
      scale = Math.max(scale, Math.abs(hRow[i][k]));
    }
    d[i] = -Phi[i];
  }
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[piv * n + k])) piv = i;
    if (!(Math.abs(a[piv * n + k]) > 1e-14 * Math.max(scale, 1e-300))) return false;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[piv * n + j];
        a[piv * n + j] = t;
      }
      const t = d[k];
      d[k] = d[piv];
      d[piv] = t;
    }
    const akk = a[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const l = a[i * n + k] / akk;
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= l * a[k * n + j];
      d[i] -= l * d[k];
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    let v = d[k];
    for (let j = k + 1; j < n; j++) v -= a[k * n + j] * d[j];
    d[k] = v / a[k * n + k];
  }
  return d.every(Number.isFinite);
}

/**
 * How one attempt searches. PATH restarts from the start point with other settings when an attempt
 * fails (its `restart_limit`, 3 by default: a smaller nonmonotone memory, then an arc search that
 * keeps the iterates in the box); these are EMD's restarts, tried in order.
 */
export interface Strategy {
  /** Nonmonotone memory: the Armijo test compares with the largest of the last `memory` merits. */
  readonly memory: number;
  /**
   * Trial points projected onto the box (the projected path x(t) = P[x + t d], Ferris, Kanzow and
   * Munson 1999): needed where F is undefined outside the bounds (pk ≥ 0.001 in vonthmcp).
   */
  readonly project: boolean;
}

/** The first attempt, then the restarts. */
const STRATEGIES: readonly Strategy[] = [
  { memory: 5, project: false },
  { memory: 1, project: false },
  { memory: 3, project: true },
];

/** An attempt stops (and the next one starts) when its best merit has not fallen in this many steps. */
const STALL_STEPS = 30;

/** Solves the MCP from x0 (projected onto the box). Never throws on a problem without a solution. */
export function solveMcp(p: McpProblem, opts: McpOptions = {}): McpResult {
  const { n, lo, up } = p;
  const tol = opts.tolerance ?? 1e-8;
  const maxIter = opts.maxIterations ?? 200;
  const x = new Float64Array(n);
  const f = new Float64Array(n);
  const Phi = new Float64Array(n);
  const da = new Float64Array(n);
  const db = new Float64Array(n);
  const jv = new Float64Array(p.jacRows.length);
  const scratch = new Float64Array(2);
  const coef = new Float64Array(2);
  const rowEntries = hPattern(n, p.jacRows, p.jacCols);
  // H row by row, in the column order of rowEntries.
  const hRow: Float64Array[] = rowEntries.map((cs) => new Float64Array(cs.length));
  const colPos: Map<number, number>[] = rowEntries.map((cs) => new Map(cs.map((c, k) => [c, k])));
  // Large systems: sparse LU of H (its pattern is fixed, so the column order is computed once).
  const lu = n > DENSE_MAX ? sparseH(n, rowEntries) : undefined;
  // The regularized normal equations, built the first time H is singular.
  let normal: { pat: NormalPattern; ldl: SparseLdl; nv: Float64Array } | undefined;
  const grad = new Float64Array(n);
  const rhs = new Float64Array(n);
  const d = new Float64Array(n);
  const xt = new Float64Array(n);
  const ft = new Float64Array(n);
  const Pt = new Float64Array(n);

  const evalPhi = (xx: Float64Array, ff: Float64Array, out: Float64Array, withDerivs: boolean): boolean => {
    if (!p.F(xx, ff)) return false;
    for (let i = 0; i < n; i++) {
      const v = phi(xx[i], ff[i], lo[i], up[i], scratch, coef);
      if (!Number.isFinite(v)) return false;
      out[i] = v;
      if (withDerivs) {
        da[i] = coef[0];
        db[i] = coef[1];
      }
    }
    return true;
  };
  const done = (outcome: McpOutcome, iterations: number, gradientSteps: number): McpResult => {
    // A Newton step may end a hair outside the box (x = −2e−11 for x ≥ 0), or a hair inside it
    // where F pushes x onto its bound (w = 1 − 7e−11 with F < 0 at w ≤ 1): the point returned is
    // put on the bound, and F is taken there when it can be evaluated.
    let moved = false;
    for (let i = 0; i < n; i++) {
      let v = Math.min(up[i], Math.max(lo[i], x[i]));
      const near = (b: number) => Math.abs(v - b) <= tol * Math.max(1, Math.abs(b));
      if (near(lo[i]) && f[i] > Math.abs(v - lo[i])) v = lo[i];
      else if (near(up[i]) && -f[i] > Math.abs(v - up[i])) v = up[i];
      if (v !== x[i]) {
        xt[i] = v;
        moved = true;
      } else xt[i] = x[i];
    }
    if (moved && evalPhi(xt, ft, Pt, false) && normInf(Pt) <= Math.max(normInf(Phi), tol)) {
      x.set(xt);
      f.set(ft);
      Phi.set(Pt);
    }
    return { outcome, x: x.slice(), f: f.slice(), residual: normInf(Phi), iterations, gradientSteps };
  };

  const strategies =
    opts.strategies ?? (opts.memory === undefined ? STRATEGIES : [{ memory: opts.memory, project: false }]);
  let iterations = 0;
  let gradientSteps = 0;
  // The best end point of the attempts so far (the one returned when none solves the problem).
  let best: { x: Float64Array; outcome: McpOutcome; residual: number } | undefined;
  for (const strategy of strategies) {
    for (let i = 0; i < n; i++) x[i] = Math.min(up[i], Math.max(lo[i], p.x0[i]));
    // F is evaluated at every trial point first, so only the start point can fail here.
    if (!evalPhi(x, f, Phi, true)) return { ...done('evaluation-error', 0, 0), residual: NaN };
    const r = attempt(strategy, maxIter - iterations);
    iterations += r.iterations;
    gradientSteps += r.gradientSteps;
    if (r.outcome === 'solved') return done('solved', iterations, gradientSteps);
    const residual = normInf(Phi);
    if (!best || residual < best.residual) best = { x: x.slice(), outcome: r.outcome, residual };
    if (iterations >= maxIter) break;
  }
  x.set(best!.x);
  evalPhi(x, f, Phi, true);
  return done(iterations >= maxIter ? 'iteration-limit' : best!.outcome, iterations, gradientSteps);

  /** One attempt from x: at most `budget` Newton steps; x, f and Phi hold its end point. */
  function attempt(
    strategy: Strategy,
    budget: number,
  ): { outcome: McpOutcome; iterations: number; gradientSteps: number } {
    const { memory, project } = strategy;
    let theta = merit(Phi);
    const history: number[] = [theta];
    let gradientSteps = 0;
    let thetaBest = theta;
    let sinceBest = 0;
    const stop = (outcome: McpOutcome, iterations: number) => ({ outcome, iterations, gradientSteps });
    for (let it = 0; it < budget; it++) {
      if (normInf(Phi) <= tol) return stop('solved', it);
      if (sinceBest >= STALL_STEPS) return stop('stationary', it);
      // H = diag(da) + diag(db) J.
      p.jacobian(x, jv);
      for (let i = 0; i < n; i++) hRow[i].fill(0);
      for (let k = 0; k < jv.length; k++) {
        const i = p.jacRows[k];
        hRow[i][colPos[i].get(p.jacCols[k])!] += db[i] * jv[k];
      }
      for (let i = 0; i < n; i++) hRow[i][colPos[i].get(i)!] += da[i];
      // grad = HᵀΦ, the gradient of the merit function.
      grad.fill(0);
      for (let i = 0; i < n; i++) {
        const cs = rowEntries[i];
        const h = hRow[i];
        for (let a = 0; a < cs.length; a++) grad[cs[a]] += h[a] * Phi[i];
      }
      // Newton direction: H d = −Φ by dense LU (small systems) or sparse LU; the normal equations
      // square the condition number, which stalls on degenerate problems (transmcp), so they are
      // only the fallback when H is singular.
      let newton = false;
      if (!lu) newton = denseNewton(n, rowEntries, hRow, Phi, d);
      else {
        // Rows equilibrated (H d = −Φ is solved as D H d = −D Φ, D = 1 / the rows' largest entries):
        // the singularity test of the LU compares pivots with the matrix's largest entry.
        let k = 0;
        for (let i = 0; i < n; i++) {
          let big = 0;
          for (const v of hRow[i]) big = Math.max(big, Math.abs(v));
          const s = big > 0 ? 1 / big : 1;
          for (const v of hRow[i]) lu.vals[k++] = v * s;
          rhs[i] = -Phi[i] * s;
        }
        if (lu.lu.factor(lu.vals)) {
          lu.lu.solve(rhs, d);
          newton = d.every(Number.isFinite);
        }
      }
      if (!newton) {
        if (!normal) {
          const pat = normalPattern(n, rowEntries);
          normal = { pat, ldl: new SparseLdl(n, pat.rows, pat.cols), nv: new Float64Array(pat.rows.length) };
        }
        newton = regularizedNewton(n, normal, rowEntries, hRow, grad, theta, rhs, d);
      }
      let slope = 0;
      let dn = 0;
      for (let j = 0; j < n; j++) {
        slope += grad[j] * d[j];
        dn += d[j] * d[j];
      }
      if (!newton || !(slope < -1e-12 * Math.pow(dn, 1.05))) {
        // Not a descent direction: a steepest-descent step on the merit function.
        for (let j = 0; j < n; j++) d[j] = -grad[j];
        slope = -grad.reduce((s, g) => s + g * g, 0);
        gradientSteps++;
        if (-slope < 1e-30) return stop('stationary', it);
      }
      // Nonmonotone Armijo backtracking.
      const ref = Math.max(...history);
      let t = 1;
      let accepted = false;
      for (let ls = 0; ls < 40; ls++) {
        // On the projected path, the Armijo test takes the step actually made.
        let descent = t * slope;
        if (project) {
          descent = 0;
          for (let j = 0; j < n; j++) {
            xt[j] = Math.min(up[j], Math.max(lo[j], x[j] + t * d[j]));
            descent += grad[j] * (xt[j] - x[j]);
          }
          descent = Math.min(descent, 0);
        } else for (let j = 0; j < n; j++) xt[j] = x[j] + t * d[j];
        if (evalPhi(xt, ft, Pt, false)) {
          const th = merit(Pt);
          if (th <= ref + 1e-4 * descent) {
            accepted = true;
            theta = th;
            break;
          }
        }
        t *= 0.5;
      }
      if (!accepted) return stop('stationary', it + 1);
      x.set(xt);
      evalPhi(x, f, Phi, true);
      history.push(theta);
      if (history.length > memory) history.shift();
      if (theta < 0.99 * thetaBest) {
        thetaBest = theta;
        sinceBest = 0;
      } else sinceBest++;
    }
    return stop(normInf(Phi) <= tol ? 'solved' : 'iteration-limit', budget);
  }
}
