// The primal-dual system in full space (Wächter & Biegler 2006, §3, eq. 13 with the bound
// multipliers eliminated): [W + Σ + δw I, Jᵀ; J, -δc I] [dw; dy] = -[rw; rc], assembled in COO
// once (pattern fixed), factored by the sparse LDLᵀ with inertia, solved with iterative refinement.
// Imports linalg/ldl.ts.
import { SparseLdl, type Inertia } from '../linalg/ldl.ts';

export interface KktStructure {
  readonly nw: number;
  readonly m: number;
  readonly hessRows: Int32Array;
  readonly hessCols: Int32Array;
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  /** hasBound[k] = 1 when w_k has a finite bound (Σ_k > 0). */
  readonly hasBound: Uint8Array;
}

export class PdSystem {
  readonly nw: number;
  readonly m: number;
  private readonly nh: number;
  private readonly nj: number;
  readonly ldl: SparseLdl;
  private readonly values: Float64Array;
  private readonly diagWork: Float64Array;
  private readonly stickyWeak: Uint8Array;
  /** 2x2 pivot pairs (row, variable), sticky; -1 = unpaired. */
  private readonly partner: Int32Array;
  private readonly jacRowsKkt: Int32Array;
  private readonly jacColsKkt: Int32Array;
  /** Jacobian entries of each row (CSR over the entry numbers). */
  private readonly rowJacStart: Int32Array;
  private readonly rowJacEntry: Int32Array;
  private readonly rhs: Float64Array;
  private readonly sol: Float64Array;
  readonly inertia: Inertia = { positive: 0, negative: 0, zero: 0 };
  /** Nodes whose diagonal is zero at the current iterate (before δw): deferred in the order. */
  private readonly weak: Uint8Array;
  private readonly hessRows: Int32Array;
  private readonly hessCols: Int32Array;
  factorizations = 0;
  factorSeconds = 0;

  constructor(s: KktStructure) {
    this.nw = s.nw;
    this.m = s.m;
    this.nh = s.hessRows.length;
    this.nj = s.jacRows.length;
    const nz = s.nw + this.nh + this.nj + s.m;
    const rows = new Int32Array(nz);
    const cols = new Int32Array(nz);
    let k = 0;
    for (let i = 0; i < s.nw; i++, k++) rows[k] = cols[k] = i;
    for (let t = 0; t < this.nh; t++, k++) {
      rows[k] = s.hessRows[t];
      cols[k] = s.hessCols[t];
    }
    for (let t = 0; t < this.nj; t++, k++) {
      rows[k] = s.nw + s.jacRows[t];
      cols[k] = s.jacCols[t];
    }
    for (let r = 0; r < s.m; r++, k++) rows[k] = cols[k] = s.nw + r;
    // Weak nodes (diagonal possibly zero): all constraint rows, and variables without bounds and
    // without a structural Hessian diagonal entry.
    const weak = new Uint8Array(s.nw + s.m);
    for (let i = 0; i < s.nw; i++) weak[i] = s.hasBound[i] ? 0 : 2;
    for (let t = 0; t < this.nh; t++) if (s.hessRows[t] === s.hessCols[t]) weak[s.hessRows[t]] = 0;
    for (let r = 0; r < s.m; r++) weak[s.nw + r] = 1;
    this.weak = weak;
    this.hessRows = s.hessRows;
    this.hessCols = s.hessCols;
    this.ldl = new SparseLdl(s.nw + s.m, rows, cols, { weak });
    this.values = new Float64Array(nz);
    this.diagWork = new Float64Array(s.nw);
    this.stickyWeak = new Uint8Array(s.nw);
    this.partner = new Int32Array(s.nw + s.m).fill(-1);
    this.jacRowsKkt = s.jacRows;
    this.jacColsKkt = s.jacCols;
    this.rowJacStart = new Int32Array(s.m + 1);
    for (let t = 0; t < this.nj; t++) this.rowJacStart[s.jacRows[t] + 1]++;
    for (let r = 0; r < s.m; r++) this.rowJacStart[r + 1] += this.rowJacStart[r];
    this.rowJacEntry = new Int32Array(this.nj);
    const fillPos = this.rowJacStart.slice(0, s.m);
    for (let t = 0; t < this.nj; t++) this.rowJacEntry[fillPos[s.jacRows[t]]++] = t;
    this.rhs = new Float64Array(s.nw + s.m);
    this.sol = new Float64Array(s.nw + s.m);
  }

  /** Sets the matrix values: diagonal Σ of w, Hessian values, Jacobian values. */
  setMatrix(sigma: Float64Array, hess: Float64Array | null, jac: Float64Array): void {
    const v = this.values;
    v.set(sigma.subarray(0, this.nw), 0);
    if (hess) v.set(hess.subarray(0, this.nh), this.nw);
    else v.fill(0, this.nw, this.nw + this.nh);
    v.set(jac.subarray(0, this.nj), this.nw + this.nh);
  }

  /**
   * Factor with perturbations δw (added to the w diagonal) and δc (subtracted on the rows). A w
   * node whose diagonal Σ + W_ii is exactly zero at this iterate (a variable that enters only
   * linearly, or W = 0 because y = 0) is treated as weak, so that with 1x1 pivots it is eliminated
   * after a neighbour; the order is re-analysed when that set changes.
   */
  factor(dw: number, dc: number, sigma: Float64Array, identityW = false): Inertia {
    const v = this.values;
    const weak = this.weak;
    for (let i = 0; i < this.nw; i++) this.diagWork[i] = sigma[i];
    for (let t = 0; t < this.nh; t++) {
      if (this.hessRows[t] === this.hessCols[t]) this.diagWork[this.hessRows[t]] += v[this.nw + t];
    }
    // With W = I (least-squares multipliers) no variable needs deferring.
    for (let i = 0; i < this.nw; i++) {
      weak[i] = identityW ? 0 : this.stickyWeak[i] || (this.diagWork[i] === 0 ? 2 : 0);
    }
    this.ldl.setWeak(weak);
    for (let i = 0; i < this.nw; i++) v[i] = sigma[i] + dw;
    const off = this.nw + this.nh + this.nj;
    for (let r = 0; r < this.m; r++) v[off + r] = -dc;
    this.ldl.factor(v, this.inertia);
    // A zero pivot at a w node that was eliminated before any constraint row (e.g. the second of
    // two variables of a singular but positive semidefinite W block): the matrix may well be
    // nonsingular; defer that node behind one of its rows, then behind all of them (for good),
    // and factor again. A zero pivot at a row (its coefficients on the eliminated variables
    // vanish), or at a variable already behind all its rows, is taken with a 2x2 pivot: the row
    // is paired with the variable it is most strongly coupled to (both with zero pivots alone).
    // What remains zero is reported (the caller regularizes with δc, δw).
    for (let retry = 0; retry < 50 && this.inertia.zero > 0 && !identityW; retry++) {
      const k = this.ldl.failedNode;
      if (k < 0 || this.partner[k] >= 0) break;
      if (k < this.nw && weak[k] !== 3) {
        // First behind one constraint row, then (if still zero) behind all of them.
        const level = weak[k] === 2 ? 3 : 2;
        this.stickyWeak[k] = level;
        weak[k] = level;
        this.ldl.setWeak(weak);
      } else {
        const other = k >= this.nw ? this.bestVariableOf(k - this.nw, v, weak) : this.bestRowOf(k, v);
        if (other < 0) break;
        const row = k >= this.nw ? k : other;
        const col = k >= this.nw ? other : k;
        this.partner[row] = col;
        this.partner[col] = row;
        this.ldl.setPairs(this.partner);
      }
      this.ldl.factor(v, this.inertia);
    }
    this.factorizations++;
    this.factorSeconds += this.ldl.lastFactorSeconds;
    return this.inertia;
  }

  /** The unpaired variable with zero pivot alone (weak) most strongly coupled to row r, or -1. */
  private bestVariableOf(r: number, v: Float64Array, weak: Uint8Array): number {
    let best = -1;
    let bestAbs = 0;
    for (let q = this.rowJacStart[r]; q < this.rowJacStart[r + 1]; q++) {
      const t = this.rowJacEntry[q];
      const col = this.jacColsKkt[t];
      const a = Math.abs(v[this.nw + this.nh + t]);
      if (weak[col] >= 2 && this.partner[col] < 0 && a > bestAbs) {
        best = col;
        bestAbs = a;
      }
    }
    return best;
  }

  /** The unpaired row most strongly coupled to variable c (KKT index), or -1. */
  private bestRowOf(c: number, v: Float64Array): number {
    let best = -1;
    let bestAbs = 0;
    for (let t = 0; t < this.nj; t++) {
      if (this.jacColsKkt[t] !== c) continue;
      const row = this.nw + this.jacRowsKkt[t];
      const a = Math.abs(v[this.nw + this.nh + t]);
      if (this.partner[row] < 0 && a > bestAbs) {
        best = row;
        bestAbs = a;
      }
    }
    return best;
  }

  /** Whether the inertia is (nw, m, 0), as §3.1 requires. */
  inertiaCorrect(): boolean {
    const i = this.inertia;
    return i.zero === 0 && i.positive === this.nw && i.negative === this.m;
  }

  /**
   * Solves for (dw, dy) given rw (length nw) and rc (length m): the system's right-hand side is
   * -(rw, rc). Returns the residual ratio after iterative refinement.
   */
  solve(rw: Float64Array, rc: Float64Array, dw: Float64Array, dy: Float64Array): number {
    const { nw, m, rhs, sol } = this;
    for (let i = 0; i < nw; i++) rhs[i] = -rw[i];
    for (let r = 0; r < m; r++) rhs[nw + r] = -rc[r];
    const ratio = this.ldl.solveRefined(rhs, sol, 10, 1e-10, 1);
    for (let i = 0; i < nw; i++) dw[i] = sol[i];
    for (let r = 0; r < m; r++) dy[r] = sol[nw + r];
    return ratio;
  }
}
