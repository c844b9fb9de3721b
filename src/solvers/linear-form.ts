// The LP/MIP/QP data of a ModelProblem without nonlinear rows: objective vector, constant, matrix
// in CSR and CSC, row and column bounds, integrality, and the Hessian Q of a quadratic objective.
// Shared by the glpk and highs adapters. Imports model/ only (the quadratic extractor is passed in).
//
//   min/max  c0 + c'x + 1/2 x'Qx   s.t.  rowLo <= A x <= rowUp,  xl <= x <= xu,  x_j integer (j in I)
import type { ModelProblem } from '../model/problem.ts';
import type { ExprGraph } from '../model/expr-graph.ts';

/** What src/model/classify.ts's extractQuadratic returns: const + sum linear + sum quad[i,j] x_i x_j. */
export interface QuadraticPolynomial {
  const: number;
  linear: Map<number, number>;
  /** Keyed 'i,j'; the coefficient of the monomial x_i * x_j. */
  quad: Map<string, number>;
}
export type QuadraticExtractor = (
  graph: ExprGraph,
  root: number,
  params: Float64Array,
) => QuadraticPolynomial | undefined;

export interface LinearForm {
  readonly n: number;
  readonly m: number;
  readonly sense: 'min' | 'max';
  readonly c: Float64Array;
  readonly c0: number;
  /** A by rows (duplicates summed, column indices ascending within a row). */
  readonly rowStart: Int32Array;
  readonly rowCol: Int32Array;
  readonly rowVal: Float64Array;
  /** A by columns (row indices ascending within a column); made on first use (glpk never needs it). */
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float64Array;
  readonly rowLo: Float64Array;
  readonly rowUp: Float64Array;
  readonly xl: Float64Array;
  readonly xu: Float64Array;
  /** 1 for integer or binary columns (only when integrality was asked for), else 0. */
  readonly integer: Uint8Array;
  /** Lower triangle of Q in compressed columns (row >= col), for 1/2 x'Qx; absent for an LP. */
  readonly q?: SymmetricCsc;
}

/** Lower triangle of a symmetric matrix by columns: column j is rows[start[j]..start[j+1]). */
export interface SymmetricCsc {
  readonly dim: number;
  readonly start: Int32Array;
  readonly rows: Int32Array;
  readonly vals: Float64Array;
}

export type LinearFormError =
  | { kind: 'nonlinear-row'; row: number; rowName: string }
  | { kind: 'nonlinear-objective' }
  | { kind: 'non-quadratic-objective' };

export type LinearFormResult = { ok: true; lp: LinearForm } | { ok: false; error: LinearFormError };

export interface LinearFormOptions {
  /** Keep integrality (MIP/MIQP); a relaxed solve passes false. */
  readonly integer: boolean;
  /** When given, a nonlinear objective is accepted if it is quadratic. */
  readonly extractQuadratic?: QuadraticExtractor;
}

/** A one-line English description of a LinearFormError (for SolverResult.message). */
export function describeLinearFormError(e: LinearFormError, solver: string): string {
  switch (e.kind) {
    case 'nonlinear-row':
      return `row '${e.rowName}' is nonlinear; ${solver} solves linear rows only (use ipm or ipopt).`;
    case 'nonlinear-objective':
      return `the objective is nonlinear; ${solver} solves linear objectives only (use highs for a convex QP, or ipm).`;
    case 'non-quadratic-objective':
      return `the objective is nonlinear but not quadratic; ${solver} solves linear and quadratic objectives only (use ipm or ipopt).`;
  }
}

/**
 * Extract the LP (or QP) data of `p`. Returns an error value (never throws) when a row has a
 * nonlinear part, or when the objective is nonlinear and not quadratic (or no extractor is given).
 */
export function linearForm(p: ModelProblem, opts: LinearFormOptions): LinearFormResult {
  for (let i = 0; i < p.m; i++) {
    if (p.rowNl[i] >= 0)
      return { ok: false, error: { kind: 'nonlinear-row', row: i, rowName: p.rowNames[i] ?? `row ${i}` } };
  }
  const n = p.n;
  const c = new Float64Array(n);
  for (let k = 0; k < p.objIdx.length; k++) c[p.objIdx[k]] += p.objCoef[k];
  let c0 = p.objConst;
  let q: SymmetricCsc | undefined;
  if (p.objNl >= 0) {
    if (!opts.extractQuadratic) return { ok: false, error: { kind: 'nonlinear-objective' } };
    const poly = opts.extractQuadratic(p.graph, p.objNl, p.params);
    if (!poly) return { ok: false, error: { kind: 'non-quadratic-objective' } };
    c0 += poly.const;
    for (const [j, v] of poly.linear) c[j] += v;
    q = hessianOfQuadratic(n, poly.quad);
  }
  const csr = canonicalCsr(p.m, n, p.rowStart, p.col, p.coef);
  let csc: ReturnType<typeof transpose> | undefined;
  const byColumns = () => (csc ??= transpose(p.m, n, csr.start, csr.idx, csr.val));
  const integer = new Uint8Array(n);
  if (opts.integer) for (let j = 0; j < n; j++) integer[j] = p.varKind[j] !== 0 ? 1 : 0;
  return {
    ok: true,
    lp: {
      n,
      m: p.m,
      sense: p.sense,
      c,
      c0,
      rowStart: csr.start,
      rowCol: csr.idx,
      rowVal: csr.val,
      // Own enumerable getters, so that a spread copy ({ ...lp }) still carries the columns.
      get colStart() {
        return byColumns().start;
      },
      get colRow() {
        return byColumns().idx;
      },
      get colVal() {
        return byColumns().val;
      },
      rowLo: p.rowLo,
      rowUp: p.rowUp,
      xl: p.xl,
      xu: p.xu,
      integer,
      ...(q ? { q } : {}),
    },
  };
}

/**
 * Q with 1/2 x'Qx = sum_{(i,j)} a_ij x_i x_j: a monomial a x_i^2 gives Q_ii = 2a, a monomial
 * a x_i x_j (i != j) gives Q_ij = Q_ji = a. Treating each key as a monomial makes the result the
 * same whether the extractor stores 'i,j' with i <= j or both orders.
 */
export function hessianOfQuadratic(n: number, quad: ReadonlyMap<string, number>): SymmetricCsc | undefined {
  const cols: Map<number, number>[] = [];
  for (const [key, a] of quad) {
    if (a === 0) continue;
    const comma = key.indexOf(',');
    const i = Number(key.slice(0, comma));
    const j = Number(key.slice(comma + 1));
    if (!(i >= 0 && j >= 0 && i < n && j < n))
      throw new Error(`internal error: quadratic key '${key}' out of range`);
    const r = Math.max(i, j);
    const cc = Math.min(i, j);
    const col = (cols[cc] ??= new Map());
    col.set(r, (col.get(r) ?? 0) + (i === j ? 2 * a : a));
  }
  let nnz = 0;
  for (const col of cols) if (col) nnz += col.size;
  if (nnz === 0) return undefined;
  const start = new Int32Array(n + 1);
  const rows = new Int32Array(nnz);
  const vals = new Float64Array(nnz);
  let k = 0;
  for (let j = 0; j < n; j++) {
    start[j] = k;
    const col = cols[j];
    if (col) {
      for (const r of [...col.keys()].sort((a, b) => a - b)) {
        rows[k] = r;
        vals[k++] = col.get(r)!;
      }
    }
  }
  start[n] = k;
  return { dim: n, start, rows, vals };
}

/**
 * Rows with sorted column indices and duplicates summed (solvers reject duplicate entries). When
 * every row already is so (generation's rows mostly are), the problem's own arrays are returned.
 */
function canonicalCsr(
  m: number,
  n: number,
  rowStart: Int32Array,
  col: Int32Array,
  coef: Float64Array,
): { start: Int32Array; idx: Int32Array; val: Float64Array } {
  if (strictlyAscendingRows(m, rowStart, col))
    return { start: rowStart, idx: col.subarray(0, rowStart[m]), val: coef.subarray(0, rowStart[m]) };
  const start = new Int32Array(m + 1);
  const idx = new Int32Array(rowStart[m]);
  const val = new Float64Array(rowStart[m]);
  const pos = new Int32Array(n).fill(-1);
  let k = 0;
  for (let i = 0; i < m; i++) {
    start[i] = k;
    const first = k;
    for (let t = rowStart[i]; t < rowStart[i + 1]; t++) {
      const j = col[t];
      if (pos[j] >= first) val[pos[j]] += coef[t];
      else {
        pos[j] = k;
        idx[k] = j;
        val[k++] = coef[t];
      }
    }
    sortSegment(idx, val, first, k);
  }
  start[m] = k;
  return { start, idx: idx.slice(0, k), val: val.slice(0, k) };
}

function strictlyAscendingRows(m: number, rowStart: Int32Array, col: Int32Array): boolean {
  for (let i = 0; i < m; i++)
    for (let t = rowStart[i] + 1; t < rowStart[i + 1]; t++) if (col[t - 1] >= col[t]) return false;
  return true;
}

function sortSegment(idx: Int32Array, val: Float64Array, a: number, b: number): void {
  if (b - a <= 32) {
    // Short rows (most of them): insertion sort in place, no allocation (indices are distinct).
    for (let s = a + 1; s < b; s++) {
      const j = idx[s];
      if (idx[s - 1] <= j) continue;
      const v = val[s];
      let t = s - 1;
      while (t >= a && idx[t] > j) {
        idx[t + 1] = idx[t];
        val[t + 1] = val[t];
        t--;
      }
      idx[t + 1] = j;
      val[t + 1] = v;
    }
    return;
  }
  for (let s = a + 1; s < b; s++) {
    if (idx[s - 1] <= idx[s]) continue;
    const order = Array.from({ length: b - a }, (_, t) => a + t).sort((x, y) => idx[x] - idx[y]);
    const i2 = order.map((t) => idx[t]);
    const v2 = order.map((t) => val[t]);
    idx.set(i2, a);
    val.set(v2, a);
    return;
  }
}

/** CSR (m x n) to CSC, i.e. the transpose's CSR; row indices come out ascending. */
export function transpose(
  m: number,
  n: number,
  start: Int32Array,
  idx: Int32Array,
  val: Float64Array,
): { start: Int32Array; idx: Int32Array; val: Float64Array } {
  const nnz = start[m];
  const cstart = new Int32Array(n + 1);
  for (let k = 0; k < nnz; k++) cstart[idx[k] + 1]++;
  for (let j = 0; j < n; j++) cstart[j + 1] += cstart[j];
  const next = cstart.slice(0, n);
  const cidx = new Int32Array(nnz);
  const cval = new Float64Array(nnz);
  for (let i = 0; i < m; i++) {
    for (let k = start[i]; k < start[i + 1]; k++) {
      const p = next[idx[k]]++;
      cidx[p] = i;
      cval[p] = val[k];
    }
  }
  return { start: cstart, idx: cidx, val: cval };
}

/**
 * A'y and Σ_i |a_ij y_i| for each column j, rows ascending (the same additions in the same order as
 * a walk of column j, made from the rows: no CSC needed), in one pass without a callback: a
 * re-solve in a loop pays it every time. `abs` starts from `absInit` when given.
 */
export function columnProducts(
  lp: LinearForm,
  y: Float64Array,
  absInit?: Float64Array,
): { sum: Float64Array; abs: Float64Array | undefined } {
  const sum = new Float64Array(lp.n);
  const abs = absInit;
  const { rowStart, rowCol, rowVal } = lp;
  for (let i = 0; i < lp.m; i++) {
    const yi = y[i];
    // A zero multiplier adds ±0 to each sum, which changes none (no sum is ever -0).
    if (yi === 0) continue;
    const end = rowStart[i + 1];
    if (abs)
      for (let k = rowStart[i]; k < end; k++) {
        const t = rowVal[k] * yi;
        sum[rowCol[k]] += t;
        abs[rowCol[k]] += Math.abs(t);
      }
    else for (let k = rowStart[i]; k < end; k++) sum[rowCol[k]] += rowVal[k] * yi;
  }
  return { sum, abs };
}

/** Reduced costs d = c - A'y (+ Q x for a QP): GAMS variable marginals from row marginals y. */
export function reducedCosts(lp: LinearForm, y: Float64Array, x?: Float64Array): Float64Array {
  const d = Float64Array.from(lp.c);
  const s = columnProducts(lp, y).sum;
  for (let j = 0; j < lp.n; j++) d[j] -= s[j];
  if (lp.q && x) {
    const q = lp.q;
    for (let j = 0; j < lp.n; j++) {
      for (let k = q.start[j]; k < q.start[j + 1]; k++) {
        const i = q.rows[k];
        d[i] += q.vals[k] * x[j];
        if (i !== j) d[j] += q.vals[k] * x[i];
      }
    }
  }
  return d;
}

/** Row activities A x. */
export function rowActivity(lp: LinearForm, x: Float64Array): Float64Array {
  const r = new Float64Array(lp.m);
  for (let i = 0; i < lp.m; i++) {
    let s = 0;
    for (let k = lp.rowStart[i]; k < lp.rowStart[i + 1]; k++) s += lp.rowVal[k] * x[lp.rowCol[k]];
    r[i] = s;
  }
  return r;
}

/** Objective c0 + c'x + 1/2 x'Qx. */
export function objectiveValue(lp: LinearForm, x: Float64Array): number {
  let f = lp.c0;
  for (let j = 0; j < lp.n; j++) f += lp.c[j] * x[j];
  if (lp.q) {
    const q = lp.q;
    for (let j = 0; j < lp.n; j++) {
      for (let k = q.start[j]; k < q.start[j + 1]; k++) {
        const i = q.rows[k];
        f += (i === j ? 0.5 : 1) * q.vals[k] * x[i] * x[j];
      }
    }
  }
  return f;
}
