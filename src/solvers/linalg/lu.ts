// Sparse LU of a square unsymmetric matrix: P A Q = L U, with Q an approximate minimum degree
// order of the pattern of A + Aᵀ (amd.ts, once per pattern) and P chosen during the numeric
// factorization by threshold partial pivoting (the diagonal kept when |a_kk| ≥ τ max_i |a_ik|).
// Left-looking, column by column, after Gilbert and Peierls, "Sparse partial pivoting in time
// proportional to arithmetic operations", SIAM J. Sci. Stat. Comput. 9(5):862–874, 1988: column k
// of L and U is the sparse triangular solve L x = A(:, q_k), whose nonzeros are found by a depth-
// first search in the graph of L (as in CSparse's cs_lu, Davis 2006, §6.3). Typed arrays only.
// Imports amd.ts, sparse-sym.ts.
import { amdOrder } from './amd.ts';
import { symmetricPattern } from './sparse-sym.ts';

/** Growable pair of index and value arrays (the columns of L or U). */
class Columns {
  idx = new Int32Array(16);
  val = new Float64Array(16);
  nz = 0;
  readonly ptr: Int32Array;
  constructor(n: number) {
    this.ptr = new Int32Array(n + 1);
  }
  push(i: number, v: number): void {
    if (this.nz === this.idx.length) {
      const idx = new Int32Array(this.nz * 2);
      idx.set(this.idx);
      this.idx = idx;
      const val = new Float64Array(this.nz * 2);
      val.set(this.val);
      this.val = val;
    }
    this.idx[this.nz] = i;
    this.val[this.nz++] = v;
  }
}

export class SparseLu {
  readonly n: number;
  /** A in compressed-column form; slot[k] is where COO entry k adds (duplicates summed). */
  private readonly colPtr: Int32Array;
  private readonly rowIdx: Int32Array;
  private readonly slot: Int32Array;
  private readonly a: Float64Array;
  /** Column order: step k factors column q[k] of A. */
  private readonly q: Int32Array;
  /** Row of A pivotal at step k is the row i with pinv[i] = k. */
  private readonly pinv: Int32Array;
  private L: Columns;
  private U: Columns;
  private readonly x: Float64Array;
  private readonly xi: Int32Array;
  private readonly pstack: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /**
   * Pivot threshold τ: the diagonal is kept while it is at least τ times the column's largest.
   * 0.001 is UMFPACK's default for its symmetric strategy (an AMD order of A + Aᵀ, as here); with
   * 0.1 the pivots left the diagonal on the spatial price equilibrium of bench/mcp.ts and the fill
   * of L + U grew from 15,000 to 180,000 entries at 2,100 variables.
   */
  readonly threshold: number;

  /** The pattern of A as COO (rows[k], cols[k]); duplicates are summed by factor. */
  constructor(n: number, rows: Int32Array, cols: Int32Array, threshold = 0.001) {
    this.n = n;
    this.threshold = threshold;
    const count = new Int32Array(n + 1);
    for (let k = 0; k < cols.length; k++) count[cols[k] + 1]++;
    for (let j = 0; j < n; j++) count[j + 1] += count[j];
    // Merge duplicates within each column.
    const order = new Int32Array(cols.length);
    const fill = count.slice(0, n);
    for (let k = 0; k < cols.length; k++) order[fill[cols[k]]++] = k;
    const where = new Int32Array(n).fill(-1);
    const ptr = new Int32Array(n + 1);
    const ri: number[] = [];
    this.slot = new Int32Array(cols.length);
    for (let j = 0; j < n; j++) {
      ptr[j] = ri.length;
      for (let t = count[j]; t < count[j + 1]; t++) {
        const k = order[t];
        const i = rows[k];
        if (where[i] < ptr[j]) {
          where[i] = ri.length;
          ri.push(i);
        }
        this.slot[k] = where[i];
      }
    }
    ptr[n] = ri.length;
    this.colPtr = ptr;
    this.rowIdx = Int32Array.from(ri);
    this.a = new Float64Array(ri.length);
    this.q = amdOrder(symmetricPattern(n, rows, cols));
    this.pinv = new Int32Array(n);
    this.L = new Columns(n);
    this.U = new Columns(n);
    this.x = new Float64Array(n);
    this.xi = new Int32Array(n);
    this.pstack = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  /** Nonzeros of L and U after the last factorization (fill included). */
  get factorNonzeros(): number {
    return this.L.nz + this.U.nz;
  }

  /**
   * Factors A with the given values (in the order of the constructor's COO entries). Returns false
   * when A is numerically singular: a column with no pivot above 1e-14 times A's largest entry.
   */
  factor(vals: Float64Array): boolean {
    const { n, colPtr, rowIdx, a, q, pinv, x, xi } = this;
    a.fill(0);
    for (let k = 0; k < vals.length; k++) a[this.slot[k]] += vals[k];
    let scale = 0;
    for (let p = 0; p < a.length; p++) scale = Math.max(scale, Math.abs(a[p]));
    const tiny = 1e-14 * scale;
    pinv.fill(-1);
    const L = (this.L = new Columns(n));
    const U = (this.U = new Columns(n));
    L.idx = new Int32Array(Math.max(16, a.length));
    L.val = new Float64Array(L.idx.length);
    U.idx = new Int32Array(Math.max(16, a.length));
    U.val = new Float64Array(U.idx.length);
    for (let k = 0; k < n; k++) {
      L.ptr[k] = L.nz;
      U.ptr[k] = U.nz;
      const col = q[k];
      const top = this.reach(col);
      for (let p = top; p < n; p++) x[xi[p]] = 0;
      for (let p = colPtr[col]; p < colPtr[col + 1]; p++) x[rowIdx[p]] = a[p];
      // x = L \ A(:, col) over the reach, in topological order.
      for (let px = top; px < n; px++) {
        const j = xi[px];
        const J = pinv[j];
        if (J < 0) continue;
        const xj = x[j];
        for (let p = L.ptr[J] + 1; p < L.ptr[J + 1]; p++) x[L.idx[p]] -= L.val[p] * xj;
      }
      let ipiv = -1;
      let big = -1;
      for (let p = top; p < n; p++) {
        const i = xi[p];
        if (pinv[i] < 0) {
          const t = Math.abs(x[i]);
          if (t > big) {
            big = t;
            ipiv = i;
          }
        } else U.push(pinv[i], x[i]);
      }
      if (ipiv < 0 || !(big > tiny)) return false;
      if (pinv[col] < 0 && Math.abs(x[col]) >= big * this.threshold) ipiv = col;
      const pivot = x[ipiv];
      U.push(k, pivot);
      pinv[ipiv] = k;
      L.push(ipiv, 1);
      for (let p = top; p < n; p++) {
        const i = xi[p];
        if (pinv[i] < 0) L.push(i, x[i] / pivot);
        x[i] = 0;
      }
    }
    L.ptr[n] = L.nz;
    U.ptr[n] = U.nz;
    for (let p = 0; p < L.nz; p++) L.idx[p] = pinv[L.idx[p]];
    return true;
  }

  /**
   * x = A⁻¹ b with the last factorization and one step of iterative refinement (the small
   * threshold τ trades some stability for sparsity; the refinement takes it back). b is not changed.
   */
  solve(b: Float64Array, out: Float64Array): void {
    const { n, colPtr, rowIdx, a } = this;
    this.substitute(b, out);
    const r = Float64Array.from(b);
    for (let j = 0; j < n; j++) {
      const xj = out[j];
      if (xj === 0) continue;
      for (let p = colPtr[j]; p < colPtr[j + 1]; p++) r[rowIdx[p]] -= a[p] * xj;
    }
    const dx = new Float64Array(n);
    this.substitute(r, dx);
    for (let j = 0; j < n; j++) out[j] += dx[j];
  }

  /** x = Q U⁻¹ L⁻¹ P b. */
  private substitute(b: Float64Array, out: Float64Array): void {
    const { n, pinv, q, L, U } = this;
    const y = this.x;
    for (let i = 0; i < n; i++) y[pinv[i]] = b[i];
    for (let j = 0; j < n; j++) {
      const yj = y[j];
      if (yj === 0) continue;
      for (let p = L.ptr[j] + 1; p < L.ptr[j + 1]; p++) y[L.idx[p]] -= L.val[p] * yj;
    }
    for (let j = n - 1; j >= 0; j--) {
      const last = U.ptr[j + 1] - 1;
      const yj = (y[j] /= U.val[last]);
      if (yj === 0) continue;
      for (let p = U.ptr[j]; p < last; p++) y[U.idx[p]] -= U.val[p] * yj;
    }
    for (let k = 0; k < n; k++) out[q[k]] = y[k];
    y.fill(0);
  }

  /**
   * The rows reachable from A(:, col) in the graph of L (row i leads to the rows of column
   * pinv[i] of L), in topological order in xi[top..n-1]; iterative depth-first search.
   */
  private reach(col: number): number {
    const { n, colPtr, rowIdx, pinv, xi, pstack, mark, L } = this;
    const stamp = ++this.stamp;
    let top = n;
    // The DFS stack lives in the free front of xi (head < top always holds).
    for (let p0 = colPtr[col]; p0 < colPtr[col + 1]; p0++) {
      const start = rowIdx[p0];
      if (mark[start] === stamp) continue;
      let head = 0;
      xi[0] = start;
      while (head >= 0) {
        const j = xi[head];
        const J = pinv[j];
        if (mark[j] !== stamp) {
          mark[j] = stamp;
          pstack[head] = J < 0 ? 0 : L.ptr[J];
        }
        let done = true;
        const end = J < 0 ? 0 : L.ptr[J + 1];
        for (let p = pstack[head]; p < end; p++) {
          const i = L.idx[p];
          if (mark[i] === stamp) continue;
          pstack[head] = p + 1;
          xi[++head] = i;
          done = false;
          break;
        }
        if (done) {
          head--;
          xi[--top] = j;
        }
      }
    }
    return top;
  }
}
