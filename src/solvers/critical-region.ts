// The critical region of a parametric convex QP at a solved point, and its value function there
// (multi-parametric programming: Bemporad, Morari, Dua and Pistikopoulos, "The explicit linear
// quadratic regulator for constrained systems", Automatica 38(1):3–20, 2002, sec. 4; Tøndel,
// Johansen and Bemporad, Automatica 39(3):489–497, 2003, for the active-set form used here).
// The building block of critical-region projection coordination (Guo, Tong, Wu, Zhang and Sun,
// "Coordinated multi-area economic dispatch via critical region projection", IEEE Trans. Power
// Systems 32(5):3736–3746, 2017), the local projection of seed 003's Appendix D. Imports
// linalg/lu.ts only.
//
//   min ½ xᵀQx + cᵀx   s.t.  rowLo ≤ A x ≤ rowUp,  xl ≤ x ≤ xu,  x_P = θ (the parameter columns P)
//
// With the optimal active set fixed (rows with a nonzero multiplier at the side they are on,
// columns with a nonzero reduced cost at their bound), the KKT conditions are linear in θ, so
//   x(θ) = x* + X Δθ,   y(θ) = y* + Y Δθ,   J(θ) = J* + gᵀΔθ + ½ ΔθᵀHΔθ,
// and the active set stays optimal on the polyhedron {Δθ : G Δθ ≤ w} of the rows and bounds that
// are not active (they must hold at x(θ)) and the multipliers that are (they keep their sign).
// Multipliers follow GAMS marginals: y = ∂J/∂(row bound), so ∇f(x) = Aᵀy + z, z the reduced costs.
// Degenerate active sets: dependent active rows become region rows, and a tiny regularization of
// the free columns picks one x(θ) where it is not unique (the value J(θ) is).
import { SparseLu } from './linalg/lu.ts';

/** A convex QP with parameter columns (fixed at xl = xu = θ in the solve that found the point). */
export interface ParametricQp {
  readonly n: number;
  readonly m: number;
  readonly c: Float64Array;
  /** Q as COO entries of its lower triangle (the diagonal included): ½ xᵀQx. */
  readonly qRow: Int32Array;
  readonly qCol: Int32Array;
  readonly qVal: Float64Array;
  /** A in CSR, length m + 1. */
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly coef: Float64Array;
  readonly rowLo: Float64Array;
  readonly rowUp: Float64Array;
  readonly xl: Float64Array;
  readonly xu: Float64Array;
  /** The parameter columns θ, in the order of Δθ. */
  readonly params: Int32Array;
}

/** The critical region at a point: the affine solution, the quadratic value and the region rows. */
export interface CriticalRegion {
  /** Dense n × p (column-major by parameter: X[k * n + j] = ∂x_j/∂θ_k). */
  readonly X: Float64Array;
  /** Dense m × p: ∂y_i/∂θ_k at Y[k * m + i]. */
  readonly Y: Float64Array;
  /** J at the point, its gradient g (p) and Hessian H (p × p, symmetric, row-major). */
  readonly value: number;
  readonly g: Float64Array;
  readonly H: Float64Array;
  /** Region rows G Δθ ≤ w: G row-major (rows × p), with the constraint each row comes from. */
  readonly G: Float64Array;
  readonly w: Float64Array;
  readonly origin: readonly string[];
  /** Active rows and columns at a bound (indices), for reports and tests. */
  readonly activeRows: Int32Array;
  readonly activeCols: Int32Array;
}

export type CriticalRegionResult =
  | { readonly ok: true; readonly region: CriticalRegion }
  | { readonly ok: false; readonly reason: 'degenerate' };

/** The regularization of the free columns, and the size below which a region row is zero. */
const REG = 1e-11;
const ZERO = 1e-9;
/** A row or column this close to a bound (relative to max(1, |bound|)) is at it. */
const AT_BOUND = 1e-6;

/**
 * Active rows that depend on earlier ones in the free columns (modified Gram-Schmidt on their
 * restriction; a row whose remainder is below 1e-9 of its norm is dependent).
 */
function dependentRows(qp: ParametricQp, active: Uint8Array, colIndex: Int32Array, nF: number): Uint8Array {
  const out = new Uint8Array(qp.m);
  // The basis vectors sparse (their nonzeros in ascending order), and for each free column the
  // basis vectors that have it: a row meets only the vectors that share a column with it (the
  // rows of a network over hours are local), where a dense pass costs the free columns times the
  // basis size per row (over a day of a heat operator, most of the region's time).
  const basisIdx: Int32Array[] = [];
  const basisVal: Float64Array[] = [];
  const holders: number[][] = Array.from({ length: nF }, () => []);
  const v = new Float64Array(nF);
  const inSupport = new Uint8Array(nF);
  const support: number[] = [];
  let queued = new Uint8Array(0);
  const addColumn = (f: number, after: number) => {
    inSupport[f] = 1;
    support.push(f);
    for (const b of holders[f]) if (b > after) queued[b] = 1;
  };
  for (let i = 0; i < qp.m; i++) {
    if (!active[i]) continue;
    if (queued.length < basisIdx.length) queued = new Uint8Array(2 * basisIdx.length);
    for (let k = qp.rowStart[i]; k < qp.rowStart[i + 1]; k++) {
      const f = colIndex[qp.col[k]];
      if (f < 0) continue;
      if (!inSupport[f]) addColumn(f, -1);
      v[f] += qp.coef[k];
    }
    const norm0 = normOn(v, support);
    // Modified Gram-Schmidt over the basis in its order, skipping the vectors that share no
    // column with v (their projection is zero).
    for (let b = 0; b < basisIdx.length; b++) {
      if (!queued[b]) continue;
      queued[b] = 0;
      const idx = basisIdx[b];
      const val = basisVal[b];
      let d = 0;
      for (let k = 0; k < idx.length; k++) d += val[k] * v[idx[k]];
      if (d === 0) continue;
      for (let k = 0; k < idx.length; k++) {
        const f = idx[k];
        if (!inSupport[f]) addColumn(f, b);
        v[f] -= d * val[k];
      }
    }
    support.sort((a, b) => a - b);
    const norm = normOn(v, support);
    if (norm <= 1e-9 * Math.max(norm0, 1)) out[i] = 1;
    else {
      const idx = Int32Array.from(support);
      const val = Float64Array.from(support, (f) => v[f] / norm);
      for (const f of support) holders[f].push(basisIdx.length);
      basisIdx.push(idx);
      basisVal.push(val);
    }
    for (const f of support) {
      v[f] = 0;
      inSupport[f] = 0;
    }
    support.length = 0;
  }
  return out;
}

/** The Euclidean norm of v's entries at `at` (scaled by the largest: no overflow). */
function normOn(v: Float64Array, at: readonly number[]): number {
  let big = 0;
  for (const f of at) big = Math.max(big, Math.abs(v[f]));
  if (big === 0 || !Number.isFinite(big)) return big;
  let sum = 0;
  for (const f of at) sum += (v[f] / big) ** 2;
  return big * Math.sqrt(sum);
}

/** Q x (Q symmetric from its lower triangle). */
function qTimes(qp: ParametricQp, x: Float64Array): Float64Array {
  const out = new Float64Array(qp.n);
  for (let k = 0; k < qp.qRow.length; k++) {
    const [i, j, v] = [qp.qRow[k], qp.qCol[k], qp.qVal[k]];
    out[i] += v * x[j];
    if (i !== j) out[j] += v * x[i];
  }
  return out;
}

/** Aᵀ y. */
function atTimes(qp: ParametricQp, y: Float64Array): Float64Array {
  const out = new Float64Array(qp.n);
  for (let i = 0; i < qp.m; i++)
    for (let k = qp.rowStart[i]; k < qp.rowStart[i + 1]; k++) out[qp.col[k]] += qp.coef[k] * y[i];
  return out;
}

/** A x. */
function aTimes(qp: ParametricQp, x: Float64Array): Float64Array {
  const out = new Float64Array(qp.m);
  for (let i = 0; i < qp.m; i++) {
    let s = 0;
    for (let k = qp.rowStart[i]; k < qp.rowStart[i + 1]; k++) s += qp.coef[k] * x[qp.col[k]];
    out[i] = s;
  }
  return out;
}

/**
 * The critical region of `qp` at its optimal point (x, y): y the row multipliers (marginals).
 * Active: equality rows, inequality rows with |y| > tol, columns (not parameters) with a reduced
 * cost beyond tol. Weakly active rows (at a bound with a zero multiplier) stay inactive: the
 * region then has the point on its boundary. Dependent active rows are dropped from the KKT
 * system and kept in the region; a reduced KKT matrix still singular gives `degenerate`.
 */
export function criticalRegion(
  qp: ParametricQp,
  x: Float64Array,
  yIn: Float64Array,
  tol = 1e-7,
): CriticalRegionResult {
  let y = yIn;
  const { n, m } = qp;
  const p = qp.params.length;
  const isParam = new Uint8Array(n);
  for (const j of qp.params) isParam[j] = 1;
  const qx = qTimes(qp, x);
  const aty = atTimes(qp, y);
  const ax = aTimes(qp, x);
  const z = new Float64Array(n);
  for (let j = 0; j < n; j++) z[j] = qx[j] + qp.c[j] - aty[j];
  const rowActive = new Uint8Array(m);
  // A multiplier or reduced cost counts only at a side it can be on: the solver's dual noise on a
  // row or column away from its bounds (HiGHS: 2e-7 on a free column) is not an active bound.
  const near = (v: number, b: number) =>
    Number.isFinite(b) && Math.abs(v - b) <= AT_BOUND * Math.max(1, Math.abs(b));
  const atRowSide = (i: number) => near(ax[i], qp.rowLo[i]) || near(ax[i], qp.rowUp[i]);
  const atColBound = (j: number) => near(x[j], qp.xl[j]) || near(x[j], qp.xu[j]);
  for (let i = 0; i < m; i++)
    rowActive[i] = qp.rowLo[i] === qp.rowUp[i] || (Math.abs(y[i]) > tol && atRowSide(i)) ? 1 : 0;
  // Free columns: the unknowns of the reduced KKT system; the others stay at their values.
  const colIndex = new Int32Array(n).fill(-1);
  const activeCols: number[] = [];
  let nF = 0;
  for (let j = 0; j < n; j++) {
    if (isParam[j]) continue;
    if ((Math.abs(z[j]) > tol && atColBound(j)) || qp.xl[j] === qp.xu[j]) activeCols.push(j);
    else colIndex[j] = nF++;
  }
  // Dependent active rows (primal degeneracy) leave the KKT system: a row that is a combination
  // of the kept ones in the free columns (modified Gram-Schmidt) becomes a region row instead.
  const dependent = dependentRows(qp, rowActive, colIndex, nF);
  const activeRows: number[] = [];
  const rowIndex = new Int32Array(m).fill(-1);
  for (let i = 0; i < m; i++) if (rowActive[i] && !dependent[i]) rowIndex[i] = nF + activeRows.push(i) - 1;
  const N = nF + activeRows.length;
  // K = [Q_FF  -A_AFᵀ; A_AF  0] in COO.
  const ri: number[] = [];
  const ci: number[] = [];
  const vi: number[] = [];
  const put = (r: number, c: number, v: number) => (ri.push(r), ci.push(c), vi.push(v));
  // A diagonal of REG on the free columns: columns with no curvature that no active row pins
  // (dual degeneracy: x(θ) not unique) then move least (a solution of the exact system to REG).
  for (let f = 0; f < nF; f++) put(f, f, REG);
  for (let k = 0; k < qp.qRow.length; k++) {
    const [a, b] = [colIndex[qp.qRow[k]], colIndex[qp.qCol[k]]];
    if (a < 0 || b < 0) continue;
    put(a, b, qp.qVal[k]);
    if (a !== b) put(b, a, qp.qVal[k]);
  }
  for (const i of activeRows)
    for (let k = qp.rowStart[i]; k < qp.rowStart[i + 1]; k++) {
      const f = colIndex[qp.col[k]];
      if (f < 0) continue;
      put(rowIndex[i], f, qp.coef[k]);
      put(f, rowIndex[i], -qp.coef[k]);
    }
  const lu = new SparseLu(N, Int32Array.from(ri), Int32Array.from(ci));
  if (N > 0 && !lu.factor(Float64Array.from(vi))) return { ok: false, reason: 'degenerate' };
  if (dependent.some((d) => d === 1)) {
    // The multipliers of a degenerate point are not unique, and those of the region are the ones
    // of the kept rows alone: (Qx + c)_F = A_AFᵀ y_A, the dependent rows at zero.
    const r0 = new Float64Array(N);
    const s0 = new Float64Array(N);
    for (let j = 0; j < n; j++) if (colIndex[j] >= 0) r0[colIndex[j]] = -(qx[j] + qp.c[j]);
    lu.solve(r0, s0);
    y = new Float64Array(m);
    for (const i of activeRows) y[i] = s0[rowIndex[i]];
    const aty2 = atTimes(qp, y);
    for (let j = 0; j < n; j++) z[j] = qx[j] + qp.c[j] - aty2[j];
  }
  const X = new Float64Array(n * p);
  const Y = new Float64Array(m * p);
  const rhs = new Float64Array(N);
  const sol = new Float64Array(N);
  for (let k = 0; k < p; k++) {
    const pk = qp.params[k];
    const ek = new Float64Array(n);
    ek[pk] = 1;
    const qe = qTimes(qp, ek);
    rhs.fill(0);
    for (let j = 0; j < n; j++) if (colIndex[j] >= 0) rhs[colIndex[j]] = -qe[j];
    const ae = aTimes(qp, ek);
    for (const i of activeRows) rhs[rowIndex[i]] = -ae[i];
    if (N > 0) lu.solve(rhs, sol);
    X[k * n + pk] = 1;
    for (let j = 0; j < n; j++) if (colIndex[j] >= 0) X[k * n + j] = sol[colIndex[j]];
    for (const i of activeRows) Y[k * m + i] = sol[rowIndex[i]];
  }
  // Value, gradient (the parameters' reduced costs) and Hessian (their derivatives).
  let value = 0;
  for (let j = 0; j < n; j++) value += x[j] * (0.5 * qx[j] + qp.c[j]);
  const g = Float64Array.from(qp.params, (j) => z[j]);
  const H = new Float64Array(p * p);
  const Z = new Float64Array(n * p); // ∂z/∂θ_k
  for (let k = 0; k < p; k++) {
    const qX = qTimes(qp, X.subarray(k * n, (k + 1) * n));
    const atY = atTimes(qp, Y.subarray(k * m, (k + 1) * m));
    for (let j = 0; j < n; j++) Z[k * n + j] = qX[j] - atY[j];
    for (let l = 0; l < p; l++) H[l * p + k] = Z[k * n + qp.params[l]];
  }
  // Region rows.
  const G: number[] = [];
  const w: number[] = [];
  const origin: string[] = [];
  const row = (coefs: (k: number) => number, rhsV: number, what: string) => {
    const r = Array.from({ length: p }, (_, k) => coefs(k));
    if (r.every((v) => Math.abs(v) <= ZERO)) return; // holds at every θ (rhs ≥ 0 at the point)
    G.push(...r);
    w.push(rhsV);
    origin.push(what);
  };
  const AX = Array.from({ length: p }, (_, k) => aTimes(qp, X.subarray(k * n, (k + 1) * n)));
  for (let i = 0; i < m; i++) {
    if (dependent[i]) {
      // Kept at the side it is on by the rows it depends on; it must not cross it.
      if (yIn[i] < 0 || qp.rowLo[i] === qp.rowUp[i])
        row((k) => AX[k][i], qp.rowUp[i] - ax[i], `row ${i} upper`);
      if (yIn[i] > 0 || qp.rowLo[i] === qp.rowUp[i])
        row((k) => -AX[k][i], ax[i] - qp.rowLo[i], `row ${i} lower`);
      continue;
    }
    if (rowActive[i]) {
      if (qp.rowLo[i] === qp.rowUp[i]) continue;
      // At its upper side the multiplier is ≤ 0, at its lower side ≥ 0.
      if (y[i] < 0) row((k) => Y[k * m + i], -y[i], `row ${i} multiplier`);
      else row((k) => -Y[k * m + i], y[i], `row ${i} multiplier`);
      continue;
    }
    if (qp.rowUp[i] < Infinity) row((k) => AX[k][i], qp.rowUp[i] - ax[i], `row ${i} upper`);
    if (qp.rowLo[i] > -Infinity) row((k) => -AX[k][i], ax[i] - qp.rowLo[i], `row ${i} lower`);
  }
  for (let j = 0; j < n; j++) {
    if (isParam[j]) continue;
    if (colIndex[j] >= 0) {
      if (qp.xu[j] < Infinity) row((k) => X[k * n + j], qp.xu[j] - x[j], `column ${j} upper`);
      if (qp.xl[j] > -Infinity) row((k) => -X[k * n + j], x[j] - qp.xl[j], `column ${j} lower`);
    } else if (qp.xl[j] !== qp.xu[j]) {
      // At its lower bound the reduced cost is ≥ 0, at its upper ≤ 0.
      if (z[j] > 0) row((k) => -Z[k * n + j], z[j], `column ${j} reduced cost`);
      else row((k) => Z[k * n + j], -z[j], `column ${j} reduced cost`);
    }
  }
  return {
    ok: true,
    region: {
      X,
      Y,
      value,
      g,
      H,
      G: Float64Array.from(G),
      w: Float64Array.from(w),
      origin,
      activeRows: Int32Array.from(activeRows),
      activeCols: Int32Array.from(activeCols),
    },
  };
}
