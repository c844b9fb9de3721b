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

/**
 * A KKT pivot counts as zero only when it is exactly zero (or below 1e-300): MUMPS, Ipopt's
 * default linear solver, reports a singular matrix (INFO(1) = -10) only when no nonzero pivot is
 * left, its null-pivot detection (ICNTL(24)) being off in Ipopt. SparseLdl's relative test (1e-13
 * of the terms' magnitude, for a pivot lost in cancellation) declared singular matrices that
 * Ipopt factors as they are, and the δc (or large δw) then added sent ipm elsewhere: on pool's
 * foulds3 it took 3,000 iterations where Ipopt takes 168; with exact zeros, 180.
 */
const KKT_PIVOT_TOL = 0;

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
  /** Variables of each constraint row (CSR over the Jacobian pattern), for 2x2 pairing. */
  private readonly rowVarStart: Int32Array;
  private readonly rowVars: Int32Array;
  /** 2x2 pivot pairs found so far (row node ↔ variable node, -1 = none); kept for the solve. */
  private partner: Int32Array | null = null;
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
    this.rowVarStart = new Int32Array(s.m + 1);
    for (let t = 0; t < this.nj; t++) this.rowVarStart[s.jacRows[t] + 1]++;
    for (let r = 0; r < s.m; r++) this.rowVarStart[r + 1] += this.rowVarStart[r];
    this.rowVars = new Int32Array(this.nj);
    const fill = this.rowVarStart.slice(0, s.m);
    for (let t = 0; t < this.nj; t++) this.rowVars[fill[s.jacRows[t]]++] = s.jacCols[t];
    this.ldl = new SparseLdl(s.nw + s.m, rows, cols, { weak, pivotTol: KKT_PIVOT_TOL });
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
    // and factor again. A zero pivot at a row: pair it with one of its variables for a 2x2 pivot
    // (see pairRow) and factor again. What still fails is reported (the caller regularizes).
    for (let retry = 0; retry < 50 && this.inertia.zero > 0 && !identityW; retry++) {
      const k = this.ldl.failedNode;
      if (k >= this.nw) {
        if (!this.pairRow(k)) break;
        this.ldl.factor(v, this.inertia);
        continue;
      }
      if (k < 0 || weak[k] === 3) break;
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

  /**
   * A constraint row whose 1x1 pivot vanished although the matrix need not be singular: its
   * variables have no curvature of their own (free, entering linearly) and the ones eliminated
   * before it were used up by other rows — a chain of balance rows over flows in a radial network,
   * say (qnodal(j) over the reactive flows qf of LinDistFlow). MUMPS pivots such a row with a
   * variable as a 2x2 block (Duff & Pralet's matching-based compression); here the row is paired
   * with one of its variables without curvature and without a partner, preferably one ordered
   * after it, and the pair is pivoted as [−δc a; a d]. Pairs stay for the rest of the solve.
   * Returns whether a pair was added.
   */
  private pairRow(node: number): boolean {
    const nw = this.nw;
    const r = node - nw;
    if (!this.partner) {
      // First time: a maximum matching of all rows without curvature (whose variables all have a
      // zero diagonal) to such variables, as MUMPS compresses the matrix; a greedy pair per
      // failing row could take the variable another row needs (in a tree of balance rows over
      // flows, only bus ↔ incoming flow pairs every row).
      this.partner = this.matchFlatRows();
      this.ldl.setPairs(this.partner);
      if (this.partner[node] >= 0) return true;
    }
    const partner = this.partner;
    if (partner[node] >= 0) return false;
    const pinv = this.ldl.pinv;
    let best = -1;
    for (let q = this.rowVarStart[r]; q < this.rowVarStart[r + 1]; q++) {
      const j = this.rowVars[q];
      if (partner[j] >= 0 || this.diagWork[j] !== 0) continue;
      if (best < 0 || (pinv[best] < pinv[node] && pinv[j] > pinv[node])) best = j;
    }
    if (best < 0) return false;
    partner[node] = best;
    partner[best] = node;
    this.ldl.setPairs(partner);
    return true;
  }

  /**
   * Maximum matching (Kuhn's augmenting paths, iterative) between the rows whose variables all
   * have a zero diagonal at this iterate and those variables. Output: partner over all nodes.
   */
  private matchFlatRows(): Int32Array {
    const { nw, m, rowVarStart, rowVars, diagWork } = this;
    const partner = new Int32Array(nw + m).fill(-1);
    const matchVar = new Int32Array(nw).fill(-1); // variable → row
    const matchRow = new Int32Array(m).fill(-1); // row → variable
    const seen = new Int32Array(nw).fill(-1);
    const stackRow = new Int32Array(m + 1);
    const stackPos = new Int32Array(m + 1);
    const flat = (r: number): boolean => {
      if (rowVarStart[r] === rowVarStart[r + 1]) return false;
      for (let q = rowVarStart[r]; q < rowVarStart[r + 1]; q++) if (diagWork[rowVars[q]] !== 0) return false;
      return true;
    };
    for (let r0 = 0; r0 < m; r0++) {
      if (!flat(r0)) continue;
      // Depth-first search for an augmenting path from row r0; seen[] is stamped with r0.
      let top = 0;
      stackRow[0] = r0;
      stackPos[0] = rowVarStart[r0];
      let found = -1;
      while (top >= 0 && found < 0) {
        const r = stackRow[top];
        if (stackPos[top] >= rowVarStart[r + 1]) {
          top--;
          continue;
        }
        const j = rowVars[stackPos[top]++];
        if (diagWork[j] !== 0 || seen[j] === r0) continue;
        seen[j] = r0;
        if (matchVar[j] < 0) found = j;
        else {
          top++;
          stackRow[top] = matchVar[j];
          stackPos[top] = rowVarStart[matchVar[j]];
        }
      }
      if (found < 0) continue;
      // Flip the path: each row on the stack takes the variable it reached.
      let j = found;
      for (let t = top; t >= 0; t--) {
        const r = stackRow[t];
        const prev = matchRow[r];
        matchRow[r] = j;
        matchVar[j] = r;
        j = prev;
      }
    }
    for (let r = 0; r < m; r++) {
      const j = matchRow[r];
      if (j < 0) continue;
      partner[nw + r] = j;
      partner[j] = nw + r;
    }
    return partner;
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
