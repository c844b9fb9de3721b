// Left-looking supernodal LDLᵀ (1x1 pivots, static order) for matrices whose factor has large
// supernodes: columns with identical structure are stored as dense column-major panels, updates
// from descendant supernodes are formed as dense products and scattered once, and the panel is
// factored densely. Same inertia and zero-pivot rules as the up-looking kernel in ldl.ts.
// Imports sparse-sym.ts, symbolic.ts (types).
import type { PermutedUpper } from './sparse-sym.ts';
import type { Symbolic } from './symbolic.ts';

/**
 * Supernode partition and row structures of L for C = P A Pᵀ. Fundamental supernodes: column j
 * joins column j-1's supernode when parent(j-1) = j, j has no other child and
 * |L(:,j-1)| = |L(:,j)| + 1.
 */
export interface SupernodalStructure {
  readonly nsuper: number;
  /** First column of each supernode (length nsuper + 1). */
  readonly superStart: Int32Array;
  /** Supernode of each column. */
  readonly superOf: Int32Array;
  /** Row indices of each supernode (its own columns first, then sorted off-diagonal rows). */
  readonly rowPtr: Int32Array;
  readonly rows: Int32Array;
  /** Offset of each supernode's dense panel (nrows x ncols, column-major). */
  readonly valPtr: Int32Array;
  /** Lower-triangle access to C: for column j, entries (row, position in C's value array). */
  readonly lowPtr: Int32Array;
  readonly lowRow: Int32Array;
  readonly lowSrc: Int32Array;
  /** Largest panel row count (workspace size). */
  readonly maxRows: number;
  readonly maxCols: number;
}

/** The fundamental supernode partition and its panel-weighted average width. */
export interface SupernodePartition {
  readonly nsuper: number;
  readonly superStart: Int32Array;
  readonly superOf: Int32Array;
  /** Average columns per supernode, weighted by panel size: whether dense panels pay off. */
  readonly weight: number;
}

export function supernodePartition(sym: Symbolic): SupernodePartition {
  const { parent, lp } = sym;
  const n = parent.length;
  const lnz = (j: number) => lp[j + 1] - lp[j];
  const nchild = new Int32Array(n);
  for (let j = 0; j < n; j++) if (parent[j] >= 0) nchild[parent[j]]++;
  const superOf = new Int32Array(n);
  const startBuf = new Int32Array(n + 1);
  let nsuper = 0;
  for (let j = 0; j < n; j++) {
    const join = j > 0 && parent[j - 1] === j && nchild[j] === 1 && lnz(j - 1) === lnz(j) + 1;
    if (!join) startBuf[nsuper++] = j;
    superOf[j] = nsuper - 1;
  }
  startBuf[nsuper] = n;
  const superStart = startBuf.slice(0, nsuper + 1);
  let cols = 0;
  let vals = 0;
  for (let s = 0; s < nsuper; s++) {
    const nc = superStart[s + 1] - superStart[s];
    const size = nc * (lnz(superStart[s]) + 1);
    cols += nc * size;
    vals += size;
  }
  return { nsuper, superStart, superOf, weight: vals > 0 ? cols / vals : 0 };
}

export function supernodalStructure(
  c: PermutedUpper,
  sym: Symbolic,
  part: SupernodePartition = supernodePartition(sym),
): SupernodalStructure {
  const n = c.n;
  const { parent, lp } = sym;
  const lnz = (j: number) => lp[j + 1] - lp[j];
  const { nsuper, superStart, superOf } = part;

  // Lower-triangle access to C (transpose of the upper CSC), with source positions.
  const lowPtr = new Int32Array(n + 1);
  const { colPtr, rowIdx } = c;
  for (let k = 0; k < n; k++) {
    for (let p = colPtr[k]; p < colPtr[k + 1]; p++) lowPtr[rowIdx[p] + 1]++;
  }
  for (let j = 0; j < n; j++) lowPtr[j + 1] += lowPtr[j];
  const fill = lowPtr.slice(0, n);
  const lowRow = new Int32Array(colPtr[n]);
  const lowSrc = new Int32Array(colPtr[n]);
  for (let k = 0; k < n; k++) {
    for (let p = colPtr[k]; p < colPtr[k + 1]; p++) {
      const i = rowIdx[p];
      const q = fill[i]++;
      lowRow[q] = k;
      lowSrc[q] = p;
    }
  }

  // Row structure of each supernode: its columns, rows of A below, and children's rows.
  const rowPtr = new Int32Array(nsuper + 1);
  for (let s = 0; s < nsuper; s++) rowPtr[s + 1] = rowPtr[s] + lnz(superStart[s]) + 1;
  const rows = new Int32Array(rowPtr[nsuper]);
  const childHead = new Int32Array(nsuper).fill(-1);
  const childNext = new Int32Array(nsuper).fill(-1);
  for (let s = nsuper - 1; s >= 0; s--) {
    const last = superStart[s + 1] - 1;
    const pa = parent[last];
    if (pa >= 0) {
      const ps = superOf[pa];
      childNext[s] = childHead[ps];
      childHead[ps] = s;
    }
  }
  const mark = new Int32Array(n).fill(-1);
  let maxRows = 0;
  let maxCols = 0;
  for (let s = 0; s < nsuper; s++) {
    const f = superStart[s];
    const l = superStart[s + 1] - 1;
    const nc = l - f + 1;
    const q0 = rowPtr[s];
    let q = q0;
    for (let j = f; j <= l; j++) rows[q++] = j;
    const off0 = q;
    for (let j = f; j <= l; j++) {
      for (let p = lowPtr[j]; p < lowPtr[j + 1]; p++) {
        const r = lowRow[p];
        if (r > l && mark[r] !== s) {
          mark[r] = s;
          rows[q++] = r;
        }
      }
    }
    for (let ch = childHead[s]; ch !== -1; ch = childNext[ch]) {
      for (let p = rowPtr[ch] + (superStart[ch + 1] - superStart[ch]); p < rowPtr[ch + 1]; p++) {
        const r = rows[p];
        if (r > l && mark[r] !== s) {
          mark[r] = s;
          rows[q++] = r;
        }
      }
    }
    const nr = q - q0;
    if (nr !== rowPtr[s + 1] - q0) {
      throw new Error('internal error: this is a bug (supernode row count differs from the column count)');
    }
    rows.subarray(off0, q).sort();
    if (nr > maxRows) maxRows = nr;
    if (nc > maxCols) maxCols = nc;
  }
  const valPtr = new Int32Array(nsuper + 1);
  for (let s = 0; s < nsuper; s++) {
    const nc = superStart[s + 1] - superStart[s];
    valPtr[s + 1] = valPtr[s] + nc * (rowPtr[s + 1] - rowPtr[s]);
  }
  return { nsuper, superStart, superOf, rowPtr, rows, valPtr, lowPtr, lowRow, lowSrc, maxRows, maxCols };
}

export class SupernodalFactor {
  private readonly st: SupernodalStructure;
  private readonly lx: Float64Array;
  readonly d: Float64Array;
  private readonly relIndex: Int32Array;
  private readonly diagMag: Float64Array;
  private readonly work: Float64Array;
  private readonly linkHead: Int32Array;
  private readonly linkNext: Int32Array;
  private readonly nextPos: Int32Array;
  /** Position (permuted index) of the zero pivot of the last factor(), or -1. */
  failedColumn = -1;

  constructor(st: SupernodalStructure, n: number) {
    this.st = st;
    this.lx = new Float64Array(st.valPtr[st.nsuper]);
    this.d = new Float64Array(n);
    this.relIndex = new Int32Array(n);
    this.diagMag = new Float64Array(n);
    this.work = new Float64Array(st.maxRows * st.maxCols);
    this.linkHead = new Int32Array(st.nsuper);
    this.linkNext = new Int32Array(st.nsuper);
    this.nextPos = new Int32Array(st.nsuper);
  }

  /**
   * Numeric factorization from the values cx of C's upper CSC. Output: counts of positive and
   * negative pivots, or failedColumn >= 0 on a zero pivot (|d| <= tol * magnitude of its terms).
   */
  factor(cx: Float64Array, tol: number): { positive: number; negative: number } {
    const { st, lx, d, relIndex, diagMag, work, linkHead, linkNext, nextPos } = this;
    const { nsuper, superStart, superOf, rowPtr, rows, valPtr, lowPtr, lowRow, lowSrc } = st;
    linkHead.fill(-1);
    this.failedColumn = -1;
    let pos = 0;
    let neg = 0;
    for (let s = 0; s < nsuper; s++) {
      const f = superStart[s];
      const l = superStart[s + 1] - 1;
      const nc = l - f + 1;
      const r0 = rowPtr[s];
      const nr = rowPtr[s + 1] - r0;
      const base = valPtr[s];
      for (let i = 0; i < nr; i++) relIndex[rows[r0 + i]] = i;
      // Assemble C's columns f..l (lower part) into the panel.
      lx.fill(0, base, base + nr * nc);
      for (let j = f; j <= l; j++) {
        const col = base + (j - f) * nr;
        diagMag[j] = 0;
        for (let q = lowPtr[j]; q < lowPtr[j + 1]; q++) {
          const v = cx[lowSrc[q]];
          lx[col + relIndex[lowRow[q]]] += v;
        }
        diagMag[j] = Math.abs(lx[col + (j - f)]);
      }
      // Updates from descendants d whose rows reach columns f..l.
      let dsn = linkHead[s];
      while (dsn !== -1) {
        const nextD = linkNext[dsn];
        const df = superStart[dsn];
        const dnc = superStart[dsn + 1] - df;
        const dr0 = rowPtr[dsn];
        const dnr = rowPtr[dsn + 1] - dr0;
        const dbase = valPtr[dsn];
        const p1 = nextPos[dsn];
        let p2 = p1;
        while (p2 < dnr && rows[dr0 + p2] <= l) p2++;
        const m = dnr - p1; // rows of the update
        const k = p2 - p1; // columns of the update
        // work (m x k, column-major) = L_d[p1:, :] D_d L_d[p1:p2, :]ᵀ
        work.fill(0, 0, m * k);
        for (let t = 0; t < dnc; t++) {
          const colT = dbase + t * dnr;
          const dt = d[df + t];
          for (let jj = 0; jj < k; jj++) {
            const coef = lx[colT + p1 + jj] * dt;
            if (coef === 0) continue;
            const wcol = jj * m;
            for (let ii = jj; ii < m; ii++) work[wcol + ii] += coef * lx[colT + p1 + ii];
          }
        }
        for (let jj = 0; jj < k; jj++) {
          const target = rows[dr0 + p1 + jj];
          const col = base + (target - f) * nr;
          const wcol = jj * m;
          diagMag[target] += Math.abs(work[wcol + jj]);
          for (let ii = jj; ii < m; ii++) lx[col + relIndex[rows[dr0 + p1 + ii]]] -= work[wcol + ii];
        }
        if (p2 < dnr) {
          nextPos[dsn] = p2;
          const ts = superOf[rows[dr0 + p2]];
          linkNext[dsn] = linkHead[ts];
          linkHead[ts] = dsn;
        }
        dsn = nextD;
      }
      // Dense LDLᵀ of the panel: diagonal block and the rows below.
      for (let kc = 0; kc < nc; kc++) {
        const colK = base + kc * nr;
        let mag = diagMag[f + kc];
        for (let j = 0; j < kc; j++) {
          const colJ = base + j * nr;
          const ljk = lx[colJ + kc];
          if (ljk === 0) continue;
          const c = ljk * d[f + j];
          mag += Math.abs(c * ljk);
          for (let i = kc; i < nr; i++) lx[colK + i] -= c * lx[colJ + i];
        }
        const dk = lx[colK + kc];
        if (!(Math.abs(dk) > tol * mag) || Math.abs(dk) < 1e-300) {
          this.failedColumn = f + kc;
          return { positive: pos, negative: neg };
        }
        d[f + kc] = dk;
        if (dk > 0) pos++;
        else neg++;
        lx[colK + kc] = 1;
        const inv = 1 / dk;
        for (let i = kc + 1; i < nr; i++) lx[colK + i] *= inv;
      }
      // Link s to the supernode of its first off-diagonal row.
      if (nr > nc) {
        nextPos[s] = nc;
        const ts = superOf[rows[r0 + nc]];
        linkNext[s] = linkHead[ts];
        linkHead[ts] = s;
      }
    }
    return { positive: pos, negative: neg };
  }

  /** Solves L D Lᵀ x = b in the permuted space, in place. */
  solveInPlace(x: Float64Array): void {
    const { st, lx, d } = this;
    const { nsuper, superStart, rowPtr, rows, valPtr } = st;
    for (let s = 0; s < nsuper; s++) {
      const f = superStart[s];
      const nc = superStart[s + 1] - f;
      const r0 = rowPtr[s];
      const nr = rowPtr[s + 1] - r0;
      const base = valPtr[s];
      for (let kc = 0; kc < nc; kc++) {
        const xk = x[f + kc];
        if (xk === 0) continue;
        const col = base + kc * nr;
        for (let i = kc + 1; i < nr; i++) x[rows[r0 + i]] -= lx[col + i] * xk;
      }
    }
    for (let j = 0; j < x.length; j++) x[j] /= d[j];
    for (let s = nsuper - 1; s >= 0; s--) {
      const f = superStart[s];
      const nc = superStart[s + 1] - f;
      const r0 = rowPtr[s];
      const nr = rowPtr[s + 1] - r0;
      const base = valPtr[s];
      for (let kc = nc - 1; kc >= 0; kc--) {
        const col = base + kc * nr;
        let v = x[f + kc];
        for (let i = kc + 1; i < nr; i++) v -= lx[col + i] * x[rows[r0 + i]];
        x[f + kc] = v;
      }
    }
  }
}
