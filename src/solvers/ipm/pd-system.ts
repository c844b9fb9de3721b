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
    // and factor again. A zero pivot at a row, or at a node deferred behind all its rows, is
    // reported (the caller regularizes: with 1x1 pivots only, a row and a variable that are
    // coupled only to each other need δc/δw where a 2x2 pivot would do).
    for (let retry = 0; retry < 50 && this.inertia.zero > 0 && !identityW; retry++) {
      const k = this.ldl.failedNode;
      if (k < 0 || k >= this.nw || weak[k] === 3) break;
      // First behind one constraint row, then (if still zero) behind all of them.
      const level = weak[k] === 2 ? 3 : 2;
      this.stickyWeak[k] = level;
      weak[k] = level;
      this.ldl.setWeak(weak);
      this.ldl.factor(v, this.inertia);
    }
    this.factorizations++;
    this.factorSeconds += this.ldl.lastFactorSeconds;
    return this.inertia;
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
