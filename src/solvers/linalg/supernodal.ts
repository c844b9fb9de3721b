// Left-looking supernodal LDLᵀ (1x1 pivots and 2x2 block pivots inside a supernode, static order) for matrices whose factor has large
// supernodes: columns with identical structure are stored as dense column-major panels, updates
// from descendant supernodes are formed as dense products and scattered once, and the panel is
// factored densely. Same inertia and zero-pivot rules as the up-looking kernel in ldl.ts.
// Imports sparse-sym.ts, symbolic.ts (types).
import type { PermutedUpper } from './sparse-sym.ts';
import type { Symbolic } from './symbolic.ts';

/**
 * Supernode partition and row structures of L for C = P A Pᵀ. Fundamental supernodes: column j
 * joins column j-1's supernode when parent(j-1) = j, j has no other child and
 * |L(:,j-1)| = |L(:,j)| + 1. Column j+1 of a 2x2 block (j, j+1) always joins j's supernode (its
 * parent is j+1, so the supernode's rows are its columns and the rows of its last column).
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

/**
 * blk (optional, per permuted position): 0 = 1x1 pivot, 1 / 2 = first / second of a 2x2 block.
 * Returns null when a block's first column does not have the second as its parent (the block
 * cannot share a panel).
 */
export function supernodePartition(sym: Symbolic, blk: Int8Array | null = null): SupernodePartition | null {
  const { parent, lp } = sym;
  const n = parent.length;
  const lnz = (j: number) => lp[j + 1] - lp[j];
  const nchild = new Int32Array(n);
  for (let j = 0; j < n; j++) if (parent[j] >= 0) nchild[parent[j]]++;
  const superOf = new Int32Array(n);
  const startBuf = new Int32Array(n + 1);
  let nsuper = 0;
  for (let j = 0; j < n; j++) {
    if (blk && blk[j] === 2 && parent[j - 1] !== j) return null;
    const join =
      (blk !== null && blk[j] === 2) ||
      (j > 0 && parent[j - 1] === j && nchild[j] === 1 && lnz(j - 1) === lnz(j) + 1);
    if (!join) startBuf[nsuper++] = j;
    superOf[j] = nsuper - 1;
  }
  startBuf[nsuper] = n;
  const superStart = startBuf.slice(0, nsuper + 1);
  let cols = 0;
  let vals = 0;
  for (let s = 0; s < nsuper; s++) {
    const nc = superStart[s + 1] - superStart[s];
    const size = nc * (lnz(superStart[s + 1] - 1) + nc);
    cols += nc * size;
    vals += size;
  }
  return { nsuper, superStart, superOf, weight: vals > 0 ? cols / vals : 0 };
}

export function supernodalStructure(
  c: PermutedUpper,
  sym: Symbolic,
  part: SupernodePartition,
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
  for (let s = 0; s < nsuper; s++) {
    rowPtr[s + 1] = rowPtr[s] + lnz(superStart[s + 1] - 1) + superStart[s + 1] - superStart[s];
  }
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

/**
 * Whether a 2x2 block pivot [a b; b c] is lost in rounding: |det| (det = ac − b²) within tol of
 * the first-order bound of its error. The computed a and c carry errors up to ε·magA and ε·magC,
 * magA and magC being the sums of the magnitudes of their terms (including |a| and |c|); b's update
 * terms l_a d l_c are bounded by √(magA·magC) (Cauchy–Schwarz), so b carries up to
 * ε·(|b| + √(magA·magC)). Then |δdet| <= ε(|c|·magA + |a|·magC + 2|b|·(|b| + √(magA·magC))).
 * A block of three noise entries (a ~ ε·magA, c ~ ε·magC, b ~ ε√(magA·magC)) is singular by
 * this test; a block whose b² dominates is not, however large the terms that cancelled in a
 * (the product magA·magC, used before, rejected such blocks: the 69-bus P2P market's flow ↔
 * voltage-drop pairs at small μ, where Ipopt's solvers pivot on them).
 */
export function blockPivotSingular(
  a: number,
  b: number,
  c: number,
  magA: number,
  magC: number,
  tol: number,
): boolean {
  const det = a * c - b * b;
  const ab = Math.abs(b);
  const bound = Math.abs(c) * magA + Math.abs(a) * magC + 2 * ab * (ab + Math.sqrt(magA * magC));
  return !(Math.abs(det) > tol * bound) || !Number.isFinite(det);
}

/** x = D⁻¹ x in place, D diagonal with 2x2 blocks (blk: 1 / 2 = first / second, e at the first). */
export function solveBlockDiagonal(
  x: Float64Array,
  d: Float64Array,
  e: Float64Array,
  blk: Int8Array | null,
): void {
  const n = x.length;
  if (!blk) {
    for (let j = 0; j < n; j++) x[j] /= d[j];
    return;
  }
  for (let j = 0; j < n; j++) {
    if (blk[j] === 0) x[j] /= d[j];
    else if (blk[j] === 1) {
      const det = d[j] * d[j + 1] - e[j] * e[j];
      const a = x[j];
      const b = x[j + 1];
      x[j] = (d[j + 1] * a - e[j] * b) / det;
      x[j + 1] = (d[j] * b - e[j] * a) / det;
      j++;
    }
  }
}

export class SupernodalFactor {
  private readonly st: SupernodalStructure;
  private readonly lx: Float64Array;
  readonly d: Float64Array;
  /** Off-diagonal of each 2x2 block, at its first position. */
  private readonly e: Float64Array;
  /** Per position: 0 = 1x1 pivot, 1 / 2 = first / second of a 2x2 block (inside one supernode). */
  private readonly blk: Int8Array | null;
  private readonly relIndex: Int32Array;
  private readonly diagMag: Float64Array;
  private readonly work: Float64Array;
  private readonly linkHead: Int32Array;
  private readonly linkNext: Int32Array;
  private readonly nextPos: Int32Array;
  /** Position (permuted index) of the zero pivot of the last factor(), or -1. */
  failedColumn = -1;

  constructor(st: SupernodalStructure, n: number, blk: Int8Array | null = null) {
    this.st = st;
    this.blk = blk;
    this.e = new Float64Array(n);
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
    const { st, lx, d, e, blk, relIndex, diagMag, work, linkHead, linkNext, nextPos } = this;
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
        // work (m x k, column-major) = L_d[p1:, :] D_d L_d[p1:p2, :]ᵀ; with a 2x2 block (t, t+1)
        // in D_d, (L_d D_d)[:, t] = l_t d_t + l_{t+1} e_t and (L_d D_d)[:, t+1] = l_t e_t + l_{t+1} d_{t+1}.
        work.fill(0, 0, m * k);
        for (let t = 0; t < dnc; t++) {
          const colT = dbase + t * dnr;
          if (
            t + 4 <= dnc &&
            (!blk || (!blk[df + t] && !blk[df + t + 1] && !blk[df + t + 2] && !blk[df + t + 3]))
          ) {
            // Four 1x1 columns at once: the work column is read and written once for four
            // multiply-adds instead of once per column (the update is memory-bound).
            const o0 = colT + p1;
            const o1 = o0 + dnr;
            const o2 = o1 + dnr;
            const o3 = o2 + dnr;
            const d0 = d[df + t];
            const d1 = d[df + t + 1];
            const d2 = d[df + t + 2];
            const d3 = d[df + t + 3];
            for (let jj = 0; jj < k; jj++) {
              const c0 = lx[o0 + jj] * d0;
              const c1 = lx[o1 + jj] * d1;
              const c2 = lx[o2 + jj] * d2;
              const c3 = lx[o3 + jj] * d3;
              if (c0 === 0 && c1 === 0 && c2 === 0 && c3 === 0) continue;
              const wcol = jj * m;
              for (let ii = jj; ii < m; ii++) {
                work[wcol + ii] += c0 * lx[o0 + ii] + c1 * lx[o1 + ii] + c2 * lx[o2 + ii] + c3 * lx[o3 + ii];
              }
            }
            t += 3;
            continue;
          }
          const dt = d[df + t];
          const bt = blk ? blk[df + t] : 0;
          // The partner column of a block and the off-diagonal.
          const colP = bt === 1 ? colT + dnr : bt === 2 ? colT - dnr : colT;
          const et = bt === 1 ? e[df + t] : bt === 2 ? e[df + t - 1] : 0;
          for (let jj = 0; jj < k; jj++) {
            const coef = lx[colT + p1 + jj] * dt + (bt === 0 ? 0 : lx[colP + p1 + jj] * et);
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
        const bk = blk ? blk[f + kc] : 0;
        const colK = base + kc * nr;
        // A 2x2 block (kc, kc+1) updates both columns first, then pivots on [a b; b c].
        const width = bk === 1 ? 2 : 1;
        let mag = diagMag[f + kc];
        let mag1 = width === 2 ? diagMag[f + kc + 1] : 0;
        for (let j = 0; j < kc; j++) {
          const colJ = base + j * nr;
          const bj = blk ? blk[f + j] : 0;
          const colP = bj === 1 ? colJ + nr : bj === 2 ? colJ - nr : colJ;
          const ej = bj === 1 ? e[f + j] : bj === 2 ? e[f + j - 1] : 0;
          for (let w = 0; w < width; w++) {
            const r = kc + w;
            const ljk = lx[colJ + r];
            const c = ljk * d[f + j] + (bj === 0 ? 0 : lx[colP + r] * ej);
            if (c === 0) continue;
            if (w === 0) mag += Math.abs(c * ljk);
            else mag1 += Math.abs(c * ljk);
            const colR = colK + w * nr;
            for (let i = r; i < nr; i++) lx[colR + i] -= c * lx[colJ + i];
          }
        }
        if (width === 2) {
          const colK1 = colK + nr;
          const a = lx[colK + kc];
          const b = lx[colK + kc + 1];
          const c = lx[colK1 + kc + 1];
          const det = a * c - b * b;
          if (blockPivotSingular(a, b, c, mag + Math.abs(a), mag1 + Math.abs(c), tol)) {
            this.failedColumn = f + kc + 1;
            return { positive: pos, negative: neg };
          }
          d[f + kc] = a;
          d[f + kc + 1] = c;
          e[f + kc] = b;
          if (det < 0) {
            pos++;
            neg++;
          } else if (a + c > 0) pos += 2;
          else neg += 2;
          lx[colK + kc] = 1;
          lx[colK + kc + 1] = 0;
          lx[colK1 + kc + 1] = 1;
          for (let i = kc + 2; i < nr; i++) {
            const yi = lx[colK + i];
            const zi = lx[colK1 + i];
            lx[colK + i] = (c * yi - b * zi) / det;
            lx[colK1 + i] = (a * zi - b * yi) / det;
          }
          kc++;
          continue;
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
    solveBlockDiagonal(x, d, this.e, this.blk);
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
