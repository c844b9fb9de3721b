// Sparse LDLᵀ of a symmetric (possibly indefinite) matrix with 1x1 pivots: AMD ordering (with
// the weak-node constraints of KKT matrices) and symbolic analysis once per pattern, numeric
// factorization up-looking (row k of L by a sparse triangular solve over the elimination tree) or
// supernodal (supernodal.ts) with inertia counts, solves with iterative refinement. Typed arrays
// only, preallocated. Imports amd.ts, sparse-sym.ts, symbolic.ts, supernodal.ts.
import { amdOrder } from './amd.ts';
import { permutedUpper, symMultiply, symmetricPattern, type PermutedUpper } from './sparse-sym.ts';
import type { SymmetricPattern } from './amd.ts';
import { deferWeakNodes, pairCompressedOrder, symbolicLdl } from './symbolic.ts';
import {
  SupernodalFactor,
  type SupernodalStructure,
  blockPivotSingular,
  solveBlockDiagonal,
  supernodalStructure,
  supernodePartition,
} from './supernodal.ts';

/** Ipopt's residual_improvement_factor: a refinement step must reduce the residual ratio by this. */
const RESIDUAL_IMPROVEMENT = 0.999999999;

export interface LdlOptions {
  /** Fill-reducing ordering; default 'amd'. */
  readonly ordering?: 'amd' | 'natural';
  /** weak[i] = 1 (row-like) or 2 (variable-like): the pivot of node i may be zero; see deferWeakNodes. */
  readonly weak?: Uint8Array;
  /**
   * A pivot d_k is declared zero when |d_k| <= pivotTol * max(|a_kk|, sum_j |l_kj² d_j|), i.e. when
   * it is lost in cancellation, or when |d_k| < 1e-300. Default 1e-13.
   */
  readonly pivotTol?: number;
  /**
   * Numeric kernel: 'up-looking' (row by row), 'supernodal' (dense panels), or 'auto' (default):
   * supernodal when the average supernode, weighted by panel size, has at least 4 columns.
   */
  readonly kernel?: 'auto' | 'up-looking' | 'supernodal';
}

/** Numbers of positive, negative and zero pivots (= eigenvalues, by Sylvester's law of inertia). */
export interface Inertia {
  positive: number;
  negative: number;
  zero: number;
}

/**
 * LDLᵀ factorization P A Pᵀ = L D Lᵀ of a symmetric matrix whose pattern is given once in COO
 * form (either triangle, duplicates summed). factor() takes values in the same COO order.
 * A zero pivot stops the factorization (inertia.zero = 1): the caller regularizes and retries,
 * as Ipopt's perturbation handler does; solve() is then not valid.
 */
export class SparseLdl {
  readonly n: number;
  perm: Int32Array;
  pinv: Int32Array;
  nnzL = 0;
  private readonly rows: Int32Array;
  private readonly cols: Int32Array;
  private readonly pat: SymmetricPattern;
  /** The fill-reducing order before the weak-node pass. */
  private readonly basePerm: Int32Array;
  /** The symbolic cache's record of this pattern (shared, read-only). */
  private readonly entry: PatternEntry;
  /** Whether the ordering came from the symbolic cache (a re-solve of the same pattern). */
  readonly patternCacheHit: boolean;
  /** Analyses taken from the symbolic cache instead of being recomputed. */
  analysisCacheHits = 0;
  private weak: Uint8Array | null;
  private c!: PermutedUpper;
  private cx!: Float64Array;
  private parent!: Int32Array;
  private lp!: Int32Array;
  private li!: Int32Array;
  private lx!: Float64Array;
  private readonly d: Float64Array;
  private readonly lnz: Int32Array;
  private readonly y: Float64Array;
  private readonly pattern: Int32Array;
  private readonly flag: Int32Array;
  private readonly pivotTol: number;
  private readonly work: Float64Array;
  private readonly resid: Float64Array;
  private readonly corr: Float64Array;
  private values: Float64Array | null = null;
  private ok = false;
  private readonly kernel: 'auto' | 'up-looking' | 'supernodal';
  /** The supernodal factor when that kernel is in use. */
  private sn: SupernodalFactor | null = null;
  /** Seconds spent in the last factor() call. */
  lastFactorSeconds = 0;
  /** Original index of the node whose pivot was zero in the last factor(), or -1. */
  failedNode = -1;
  /** 2x2 pivot pairs (original indices; -1 = none), see setPairs. */
  private partner: Int32Array | null = null;
  /** Per position: 0 = 1x1 pivot, 1 = first and 2 = second of a 2x2 block pivot. */
  private blk: Int8Array | null = null;
  /** Off-diagonal entry of each 2x2 block, at the block's first position. */
  private readonly e: Float64Array;
  /** Whether the numeric kernel in use is the supernodal one. */
  get supernodal(): boolean {
    return this.sn !== null;
  }

  /** Number of symbolic analyses (1 + re-analyses after setWeak changed the order). */
  analyses = 0;

  constructor(n: number, rows: Int32Array, cols: Int32Array, opts: LdlOptions = {}) {
    this.n = n;
    this.rows = rows;
    this.cols = cols;
    this.pivotTol = opts.pivotTol ?? 1e-13;
    this.kernel = opts.kernel ?? 'auto';
    const ordering = opts.ordering ?? 'amd';
    const key: PatternKey = { n, rows, cols, ordering, kernel: this.kernel, weak: opts.weak ?? null };
    const hit = lookupPattern(key);
    this.patternCacheHit = hit !== null;
    if (hit) this.entry = hit;
    else {
      const pat = symmetricPattern(n, rows, cols);
      // Constrained by the weak nodes given at construction; later changes use deferWeakNodes.
      const basePerm = ordering === 'natural' ? naturalOrder(n) : amdOrder(pat, 10, opts.weak);
      this.entry = storePattern(key, pat, basePerm);
    }
    this.pat = this.entry.pat;
    this.basePerm = this.entry.basePerm;
    this.weak = opts.weak ? opts.weak.slice() : null;
    this.perm = this.basePerm;
    this.pinv = new Int32Array(n);
    this.d = new Float64Array(n);
    this.lnz = new Int32Array(n);
    this.y = new Float64Array(n);
    this.pattern = new Int32Array(n);
    this.flag = new Int32Array(n);
    this.work = new Float64Array(n);
    this.resid = new Float64Array(n);
    this.corr = new Float64Array(n);
    this.e = new Float64Array(n);
    this.analyse();
  }

  /**
   * Order (weak-node pass), permuted pattern and symbolic factorization, taken from the symbolic
   * cache when this pattern was analysed with the same weak nodes and pairs before (a re-solve).
   */
  private analyse(): void {
    const n = this.n;
    let a = findAnalysis(this.entry, this.weak, this.partner);
    if (a) this.analysisCacheHits++;
    else {
      a = analysePattern(this.entry, this.rows, this.cols, this.weak, this.partner, this.kernel);
      this.entry.analyses.unshift(a);
      if (this.entry.analyses.length > MAX_ANALYSES) this.entry.analyses.pop();
    }
    this.perm = a.perm;
    this.pinv.set(a.pinv);
    this.blk = a.blk;
    this.c = a.c;
    this.cx = new Float64Array(this.c.rowIdx.length);
    this.parent = a.parent;
    this.lp = a.lp;
    this.nnzL = a.nnzL;
    this.sn = a.sn ? new SupernodalFactor(a.sn, n, this.blk) : null;
    if (!this.sn && (!this.li || this.li.length < this.nnzL)) {
      this.li = new Int32Array(this.nnzL);
      this.lx = new Float64Array(this.nnzL);
    }
    this.ok = false;
    this.analyses++;
  }

  /**
   * 2x2 pivots: partner[i] = j pairs a row-like node i (weak = 1) with a variable j (and
   * partner[j] = i); the pair is ordered adjacently and pivoted as one block [d_i e; e d_j], which
   * a 1x1 factorization cannot do when both diagonals are zero. Re-analyses; the supernodal kernel
   * keeps each block inside one panel.
   */
  setPairs(partner: Int32Array | null): void {
    this.partner = partner ? partner.slice() : null;
    this.analyse();
  }

  /**
   * Changes the set of weak nodes (see deferWeakNodes), e.g. when a diagonal became exactly zero.
   * Re-analyses only when the set differs (the AMD order is kept). Returns whether it did.
   */
  setWeak(weak: Uint8Array): boolean {
    const cur = this.weak;
    if (cur) {
      let same = true;
      for (let i = 0; i < this.n; i++) {
        if (cur[i] !== weak[i]) {
          same = false;
          break;
        }
      }
      if (same) return false;
      cur.set(weak);
    } else {
      this.weak = weak.slice();
    }
    this.analyse();
    return true;
  }

  /**
   * Numeric factorization. Input: values in COO order. Output: the inertia; on a zero pivot the
   * factorization stops with zero = 1 and positive/negative counting the pivots before it.
   */
  factor(values: Float64Array, inertia: Inertia = { positive: 0, negative: 0, zero: 0 }): Inertia {
    const t0 = performance.now();
    this.values = values;
    this.failedNode = -1;
    const { n, cx, parent, lp, li, lx, d, lnz, y, pattern, flag } = this;
    const { colPtr, rowIdx, map } = this.c;
    cx.fill(0);
    const nz = values.length;
    for (let k = 0; k < nz; k++) cx[map[k]] += values[k];
    const tol = this.pivotTol;
    if (this.sn) {
      const counts = this.sn.factor(cx, tol);
      inertia.positive = counts.positive;
      inertia.negative = counts.negative;
      inertia.zero = this.sn.failedColumn >= 0 ? 1 : 0;
      if (this.sn.failedColumn >= 0) this.failedNode = this.perm[this.sn.failedColumn];
      this.ok = inertia.zero === 0;
      this.lastFactorSeconds = (performance.now() - t0) / 1000;
      return inertia;
    }
    let pos = 0;
    let neg = 0;
    let zero = 0;
    const { blk, e, corr: ysave } = this;
    if (blk) ysave.fill(0);
    let magFirst = 0;
    for (let k = 0; k < n; k++) {
      // Nonzero pattern of row k of L: the union of tree paths from each i < k with c_ik != 0.
      let top = n;
      flag[k] = k;
      lnz[k] = 0;
      let akk = 0;
      for (let p = colPtr[k]; p < colPtr[k + 1]; p++) {
        let i = rowIdx[p];
        if (i > k) continue;
        if (i === k) {
          akk += cx[p];
          continue;
        }
        y[i] += cx[p];
        let len = 0;
        while (flag[i] !== k) {
          pattern[len++] = i;
          flag[i] = k;
          i = parent[i];
        }
        while (len > 0) pattern[--top] = pattern[--len];
      }
      // Sparse triangular solve L(0:k-1,0:k-1) D l = c(0:k-1,k), in topological order. With a
      // 2x2 block (j, j+1) in D, l_kj and l_k,j+1 come from both y values at once (j+1 is j's
      // parent, so it follows j); in the block's own second row, y_j is the block's off-diagonal.
      let dk = akk;
      let mag = Math.abs(akk);
      const bk = blk ? blk[k] : 0;
      for (; top < n; top++) {
        const i = pattern[top];
        const yi = y[i];
        y[i] = 0;
        const p0 = lp[i];
        const p2 = p0 + lnz[i];
        for (let p = p0; p < p2; p++) y[li[p]] -= lx[p] * yi;
        const bi = blk ? blk[i] : 0;
        if (bi === 0) {
          const lki = yi / d[i];
          const t = lki * yi;
          dk -= t;
          mag += Math.abs(t);
          li[p2] = k;
          lx[p2] = lki;
          lnz[i]++;
        } else if (bi === 1) {
          if (bk === 2 && i === k - 1)
            e[i] = yi; // off-diagonal of k's own block
          else ysave[i] = yi; // wait for the partner i+1
        } else {
          const j = i - 1;
          const yj = ysave[j];
          ysave[j] = 0;
          const det = d[j] * d[i] - e[j] * e[j];
          const lkj = (d[i] * yj - e[j] * yi) / det;
          const lki = (d[j] * yi - e[j] * yj) / det;
          const t = lkj * yj + lki * yi;
          dk -= t;
          mag += Math.abs(lkj * yj) + Math.abs(lki * yi);
          const pj = lp[j] + lnz[j];
          li[pj] = k;
          lx[pj] = lkj;
          lnz[j]++;
          li[p2] = k;
          lx[p2] = lki;
          lnz[i]++;
        }
      }
      if (bk === 1) {
        // First of a 2x2 block: its pivot may be zero; the block is checked with the second.
        d[k] = dk;
        magFirst = mag;
        continue;
      }
      if (bk === 2) {
        const j = k - 1;
        const det = d[j] * dk - e[j] * e[j];
        if (blockPivotSingular(d[j], e[j], dk, magFirst + Math.abs(d[j]), mag + Math.abs(dk), tol)) {
          zero = 1;
          this.failedNode = this.perm[k];
          this.ok = false;
          inertia.positive = pos;
          inertia.negative = neg;
          inertia.zero = zero;
          this.lastFactorSeconds = (performance.now() - t0) / 1000;
          return inertia;
        }
        d[k] = dk;
        if (det < 0) {
          pos++;
          neg++;
        } else if (d[j] + dk > 0) pos += 2;
        else neg += 2;
        continue;
      }
      if (!(Math.abs(dk) > tol * mag) || Math.abs(dk) < 1e-300) {
        // Zero (or NaN) pivot: stop (the workspace y is already clear for row k).
        zero = 1;
        this.failedNode = this.perm[k];
        this.ok = false;
        inertia.positive = pos;
        inertia.negative = neg;
        inertia.zero = zero;
        this.lastFactorSeconds = (performance.now() - t0) / 1000;
        return inertia;
      }
      d[k] = dk;
      if (dk > 0) pos++;
      else neg++;
    }
    this.ok = true;
    inertia.positive = pos;
    inertia.negative = neg;
    inertia.zero = 0;
    this.lastFactorSeconds = (performance.now() - t0) / 1000;
    return inertia;
  }

  /** x = A⁻¹ b using the factors (x and b may be the same array). */
  solve(b: Float64Array, x: Float64Array): void {
    if (!this.ok) throw new Error('internal error: this is a bug (solve without a valid factorization)');
    const { n, perm, lp, li, lx, d, lnz, work } = this;
    for (let k = 0; k < n; k++) work[k] = b[perm[k]];
    if (this.sn) {
      this.sn.solveInPlace(work);
      for (let k = 0; k < n; k++) x[perm[k]] = work[k];
      return;
    }
    for (let j = 0; j < n; j++) {
      const wj = work[j];
      if (wj === 0) continue;
      const p2 = lp[j] + lnz[j];
      for (let p = lp[j]; p < p2; p++) work[li[p]] -= lx[p] * wj;
    }
    solveBlockDiagonal(work, d, this.e, this.blk);
    for (let j = n - 1; j >= 0; j--) {
      let s = work[j];
      const p2 = lp[j] + lnz[j];
      for (let p = lp[j]; p < p2; p++) s -= lx[p] * work[li[p]];
      work[j] = s;
    }
    for (let k = 0; k < n; k++) x[perm[k]] = work[k];
  }

  /** y = A x with the values of the last factor() call. */
  multiply(x: Float64Array, y: Float64Array): void {
    if (!this.values) throw new Error('internal error: this is a bug (multiply before factor)');
    symMultiply(this.rows, this.cols, this.values, x, y);
  }

  /**
   * Solve with iterative refinement on A (the values of the last factor()), as Ipopt's
   * PDFullSpaceSolver::Solve: every correction is added; refinement goes on while fewer than
   * minSteps were made or the residual ratio ||b - A x||∞ / (min(||x||∞, 10⁶||b||∞) + ||b||∞)
   * exceeds tol, and gives up (past minSteps) after maxSteps + 1 corrections or when a step did
   * not reduce the ratio by the factor 0.999999999 (residual_improvement_factor).
   * Output: the final residual ratio (Ipopt's residual_ratio measure).
   */
  solveRefined(b: Float64Array, x: Float64Array, maxSteps = 10, tol = 1e-10, minSteps = 0): number {
    const { n, resid, corr } = this;
    this.solve(b, x);
    let bnorm = 0;
    for (let i = 0; i < n; i++) bnorm = Math.max(bnorm, Math.abs(b[i]));
    let ratio = this.residualRatio(b, x, bnorm);
    let previous = ratio;
    for (let step = 1; step <= minSteps || ratio > tol; step++) {
      this.solve(resid, corr);
      for (let i = 0; i < n; i++) x[i] += corr[i];
      ratio = this.residualRatio(b, x, bnorm);
      if (ratio > tol && step > minSteps && (step > maxSteps || ratio > RESIDUAL_IMPROVEMENT * previous))
        break;
      previous = ratio;
    }
    return ratio;
  }

  private residualRatio(b: Float64Array, x: Float64Array, bnorm: number): number {
    return this.residualRatioInto(b, x, bnorm, this.resid);
  }

  private residualRatioInto(b: Float64Array, x: Float64Array, bnorm: number, r: Float64Array): number {
    const n = this.n;
    this.multiply(x, r);
    let rn = 0;
    let xn = 0;
    for (let i = 0; i < n; i++) {
      r[i] = b[i] - r[i];
      rn = Math.max(rn, Math.abs(r[i]));
      xn = Math.max(xn, Math.abs(x[i]));
    }
    if (!Number.isFinite(rn)) return Infinity;
    return rn / (Math.min(xn, 1e6 * bnorm) + bnorm || 1);
  }
}

// --- Symbolic cache ---
// A decomposition loop re-solves NLPs of one structure many times; their KKT matrices have the
// same pattern, so the fill-reducing order and the symbolic analyses (weak-node pass, permuted
// pattern, elimination tree, column counts, supernodes) are kept per pattern and reused. A
// pattern is found by comparing the whole COO lists (and the options that shape the analysis),
// never by a hash alone, so a changed pattern is always analysed anew. The records are read-only;
// every SparseLdl has its own numeric arrays.

/** Patterns kept (least recently used first out), and analyses kept per pattern. */
const MAX_PATTERNS = 4;
const MAX_ANALYSES = 6;

interface Analysis {
  /** The key: weak nodes and 2x2 pairs (copies). */
  readonly weak: Uint8Array | null;
  readonly partner: Int32Array | null;
  readonly perm: Int32Array;
  readonly pinv: Int32Array;
  readonly blk: Int8Array | null;
  readonly c: PermutedUpper;
  readonly parent: Int32Array;
  readonly lp: Int32Array;
  readonly nnzL: number;
  readonly sn: SupernodalStructure | null;
}

interface PatternEntry extends PatternKey {
  readonly pat: SymmetricPattern;
  readonly basePerm: Int32Array;
  readonly analyses: Analysis[];
}

const patternCache: PatternEntry[] = [];

/** The pair-compressed order is used when its work is below this fraction of the deferred one's. */
const PAIR_ORDER_GAIN = 0.8;

/** Empties the symbolic cache (tests; a long-running process that wants the memory back). */
export function clearSymbolicCache(): void {
  patternCache.length = 0;
}

function sameArray(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What identifies a pattern's symbolic record. */
interface PatternKey {
  readonly n: number;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly ordering: string;
  readonly kernel: string;
  readonly weak: Uint8Array | null;
}

function lookupPattern(k: PatternKey): PatternEntry | null {
  for (let i = 0; i < patternCache.length; i++) {
    const e = patternCache[i];
    if (e.n !== k.n || e.ordering !== k.ordering || e.kernel !== k.kernel) continue;
    if (!sameArray(e.rows, k.rows) || !sameArray(e.cols, k.cols) || !sameArray(e.weak, k.weak)) continue;
    patternCache.splice(i, 1);
    patternCache.unshift(e);
    return e;
  }
  return null;
}

/** Stores copies of the key's arrays (the caller's may change later). */
function storePattern(k: PatternKey, pat: SymmetricPattern, basePerm: Int32Array): PatternEntry {
  const e: PatternEntry = {
    ...k,
    rows: k.rows.slice(),
    cols: k.cols.slice(),
    weak: k.weak ? k.weak.slice() : null,
    pat,
    basePerm,
    analyses: [],
  };
  patternCache.unshift(e);
  if (patternCache.length > MAX_PATTERNS) patternCache.pop();
  return e;
}

function findAnalysis(e: PatternEntry, weak: Uint8Array | null, partner: Int32Array | null): Analysis | null {
  for (let i = 0; i < e.analyses.length; i++) {
    const a = e.analyses[i];
    if (!sameArray(a.weak, weak) || !sameArray(a.partner, partner)) continue;
    if (i > 0) {
      e.analyses.splice(i, 1);
      e.analyses.unshift(a);
    }
    return a;
  }
  return null;
}

/** Multiply-adds of a factorization in the order perm: Σ over columns of L of count². */
function factorWork(n: number, rows: Int32Array, cols: Int32Array, perm: Int32Array): number {
  const pinv = new Int32Array(n);
  for (let k = 0; k < n; k++) pinv[perm[k]] = k;
  const { lp } = symbolicLdl(permutedUpper(n, rows, cols, pinv));
  let w = 0;
  for (let k = 0; k < n; k++) {
    const c = lp[k + 1] - lp[k];
    w += c * c;
  }
  return w;
}

function naturalOrder(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** The symbolic analysis of a pattern for given weak nodes and pairs. */
function analysePattern(
  e: PatternEntry,
  rows: Int32Array,
  cols: Int32Array,
  weak: Uint8Array | null,
  partner: Int32Array | null,
  kernel: string,
): Analysis {
  const n = e.n;
  let perm = weak ? deferWeakNodes(e.basePerm, e.pat, weak, partner) : e.basePerm;
  if (weak && partner && e.ordering === 'amd') {
    // Pairs: the compressed-graph order usually fills far less than deferring the pairs
    // (pinene: 220 M multiply-adds against 884 M); it is kept when it saves at least
    // 1 - PAIR_ORDER_GAIN of the work (both symbolic counts cost O(nnz(L))). Not for any saving:
    // another order is another pivot sequence, and with it another path of the solver; saras
    // (GAMS Model Library), whose compressed order saves less than that, then ends Locally
    // Infeasible where the deferred order solves it. popdynm, which needs the compressed order
    // at smaller savings, times out again (measured; see docs/gams-compatibility.md).
    const compressed = pairCompressedOrder(e.pat, weak, partner, (p, w) => amdOrder(p, 10, w));
    const a = factorWork(n, rows, cols, perm);
    const b = factorWork(n, rows, cols, compressed);
    if (b < PAIR_ORDER_GAIN * a) perm = compressed;
  }
  const pinv = new Int32Array(n);
  for (let k = 0; k < n; k++) pinv[perm[k]] = k;
  // 2x2 blocks where a pair ended up adjacent (row first).
  let blk: Int8Array | null = null;
  if (partner) {
    const b = new Int8Array(n);
    let any = false;
    for (let k = 0; k + 1 < n; k++) {
      const q = partner[perm[k]];
      if (q >= 0 && pinv[q] === k + 1 && b[k] === 0) {
        b[k] = 1;
        b[k + 1] = 2;
        any = true;
      }
    }
    if (any) blk = b;
  }
  const c = permutedUpper(n, rows, cols, pinv);
  const sym = symbolicLdl(c);
  let lp = sym.lp;
  let nnzL = sym.nnzL;
  if (blk) {
    // A 2x2 block (j, j+1) gives column j an entry in every row where column j+1 has one
    // (l_kj = (d_{j+1} y_j − e y_{j+1}) / det is nonzero even where y_j = 0); the elimination
    // tree only promises column j the rows of its own pattern. Column j gets j+1's count.
    lp = Int32Array.from(sym.lp);
    const cnt = new Int32Array(n);
    for (let k = 0; k < n; k++) cnt[k] = sym.lp[k + 1] - sym.lp[k];
    for (let j = 0; j + 1 < n; j++) if (blk[j] === 1) cnt[j] = Math.max(cnt[j], cnt[j + 1]);
    for (let k = 0; k < n; k++) lp[k + 1] = lp[k] + cnt[k];
    nnzL = lp[n];
  }
  let sn: SupernodalStructure | null = null;
  if (kernel !== 'up-looking') {
    // The partition is cheap; the row structure is built only when the panels pay off. Each
    // 2x2 block is kept inside one supernode (null when that is impossible).
    const part = supernodePartition(sym, blk);
    if (part && (kernel === 'supernodal' || part.weight >= 4)) sn = supernodalStructure(c, sym, part);
  }
  return {
    weak: weak ? weak.slice() : null,
    partner: partner ? partner.slice() : null,
    perm,
    pinv,
    blk,
    c,
    parent: sym.parent,
    lp,
    nnzL,
    sn,
  };
}
