// The NLP in the IPM's internal form (Wächter & Biegler 2006, §3.4-3.5, §3.8): fixed variables
// removed (Ipopt's make_parameter), one slack per inequality row (g(x) - s = 0, gl <= s <= gu),
// free rows dropped, bounds relaxed (bound_relax_factor), gradient-based scaling of f and of each
// row. Primal vector w = (x, s); c(w) = 0 stacks equality and inequality rows in the original row
// order. Maps multipliers back to the oracle's rows and variables. Imports types.ts, options.ts.
import type { NlpOracle } from '../types.ts';
import type { IpmOptions } from './options.ts';

export class InternalNlp {
  readonly oracle: NlpOracle;
  /** Number of free (non-fixed) variables and of slacks; nw = nx + ns. */
  readonly nx: number;
  readonly ns: number;
  readonly nw: number;
  /** Number of internal rows (equalities and inequalities with slacks). */
  readonly m: number;
  /** xOrig[k] = oracle index of internal variable k. */
  readonly xOrig: Int32Array;
  /** rowOrig[r] = oracle row of internal row r; slackOf[r] = index in w of its slack, or -1. */
  readonly rowOrig: Int32Array;
  readonly slackOf: Int32Array;
  /** Right-hand side of equality rows (gl), 0 for inequality rows (in oracle units). */
  readonly rowRhs: Float64Array;
  /** Relaxed, scaled bounds of w (±Infinity where absent). */
  readonly wL: Float64Array;
  readonly wU: Float64Array;
  /** Unrelaxed bounds (for projecting the final point). */
  readonly wLOrig: Float64Array;
  readonly wUOrig: Float64Array;
  objScale = 1;
  readonly rowScale: Float64Array;
  /** Full oracle x (fixed variables hold their value). */
  readonly xFull: Float64Array;
  private readonly gFull: Float64Array;
  private readonly gradFull: Float64Array;
  private readonly jacFull: Float64Array;
  private readonly hessFull: Float64Array;
  private readonly lambdaFull: Float64Array;
  /** Internal Jacobian in COO (rows r, columns in w): oracle entries then slack entries (-1). */
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  private readonly jacSrc: Int32Array; // oracle entry of internal Jacobian entry, -1 for slacks
  readonly hessRows: Int32Array;
  readonly hessCols: Int32Array;
  private readonly hessSrc: Int32Array;
  private readonly rowOfOrig: Int32Array; // oracle row → internal row or -1
  private readonly colOfOrig: Int32Array; // oracle col → internal x or -1 (fixed)
  evals = { f: 0, grad: 0, g: 0, jac: 0, hess: 0 };

  constructor(oracle: NlpOracle, opts: IpmOptions) {
    this.oracle = oracle;
    const n = oracle.n;
    const m = oracle.m;
    this.xFull = new Float64Array(n);
    const colOf = new Int32Array(n).fill(-1);
    let nx = 0;
    for (let j = 0; j < n; j++) {
      const l = oracle.xl[j];
      const u = oracle.xu[j];
      if (l === u) {
        this.xFull[j] = l;
      } else {
        colOf[j] = nx++;
        this.xFull[j] = oracle.x0[j];
      }
    }
    this.colOfOrig = colOf;
    this.xOrig = new Int32Array(nx);
    for (let j = 0; j < n; j++) if (colOf[j] >= 0) this.xOrig[colOf[j]] = j;
    this.nx = nx;
    const rowOf = new Int32Array(m).fill(-1);
    let mi = 0;
    let ns = 0;
    for (let i = 0; i < m; i++) {
      const l = oracle.gl[i];
      const u = oracle.gu[i];
      if (l === -Infinity && u === Infinity) continue; // free row
      rowOf[i] = mi++;
      if (l !== u) ns++;
    }
    this.rowOfOrig = rowOf;
    this.m = mi;
    this.ns = ns;
    this.nw = this.nx + this.ns;
    this.rowOrig = new Int32Array(mi);
    this.slackOf = new Int32Array(mi).fill(-1);
    this.rowRhs = new Float64Array(mi);
    // Slacks in row order after the variables.
    let sk = this.nx;
    for (let i = 0; i < m; i++) {
      const r = rowOf[i];
      if (r < 0) continue;
      this.rowOrig[r] = i;
      if (oracle.gl[i] !== oracle.gu[i]) this.slackOf[r] = sk++;
    }
    for (let r = 0; r < this.m; r++) if (this.slackOf[r] < 0) this.rowRhs[r] = oracle.gl[this.rowOrig[r]];
    this.rowScale = new Float64Array(this.m).fill(1);
    this.wL = new Float64Array(this.nw);
    this.wU = new Float64Array(this.nw);
    this.wLOrig = new Float64Array(this.nw);
    this.wUOrig = new Float64Array(this.nw);

    // Jacobian structure: oracle entries of kept rows and free columns, then one -1 per slack.
    // (Counted first, then filled: typed arrays of their final length, no growing lists.)
    let nj = this.ns;
    for (let k = 0; k < oracle.jacRows.length; k++)
      if (rowOf[oracle.jacRows[k]] >= 0 && colOf[oracle.jacCols[k]] >= 0) nj++;
    this.jacRows = new Int32Array(nj);
    this.jacCols = new Int32Array(nj);
    this.jacSrc = new Int32Array(nj);
    let q = 0;
    for (let k = 0; k < oracle.jacRows.length; k++) {
      const r = rowOf[oracle.jacRows[k]];
      const c = colOf[oracle.jacCols[k]];
      if (r < 0 || c < 0) continue;
      this.jacRows[q] = r;
      this.jacCols[q] = c;
      this.jacSrc[q++] = k;
    }
    for (let r = 0; r < this.m; r++) {
      if (this.slackOf[r] >= 0) {
        this.jacRows[q] = r;
        this.jacCols[q] = this.slackOf[r];
        this.jacSrc[q++] = -1;
      }
    }
    let nh = 0;
    for (let k = 0; k < oracle.hessRows.length; k++)
      if (colOf[oracle.hessRows[k]] >= 0 && colOf[oracle.hessCols[k]] >= 0) nh++;
    this.hessRows = new Int32Array(nh);
    this.hessCols = new Int32Array(nh);
    this.hessSrc = new Int32Array(nh);
    q = 0;
    for (let k = 0; k < oracle.hessRows.length; k++) {
      const a = colOf[oracle.hessRows[k]];
      const b = colOf[oracle.hessCols[k]];
      if (a < 0 || b < 0) continue;
      this.hessRows[q] = Math.max(a, b);
      this.hessCols[q] = Math.min(a, b);
      this.hessSrc[q++] = k;
    }
    this.gFull = new Float64Array(m);
    this.gradFull = new Float64Array(n);
    this.jacFull = new Float64Array(oracle.jacRows.length);
    this.hessFull = new Float64Array(oracle.hessRows.length);
    this.lambdaFull = new Float64Array(m);
    this.setBounds(opts.boundRelaxFactor, opts.constrViolTol);
  }

  /** Bounds of w in scaled units, relaxed by min(constr_viol_tol, factor * max(1, |b|)) (§3.5). */
  setBounds(relaxFactor: number, constrViolTol: number): void {
    const o = this.oracle;
    for (let k = 0; k < this.nx; k++) {
      this.wLOrig[k] = o.xl[this.xOrig[k]];
      this.wUOrig[k] = o.xu[this.xOrig[k]];
    }
    for (let r = 0; r < this.m; r++) {
      const s = this.slackOf[r];
      if (s < 0) continue;
      const i = this.rowOrig[r];
      this.wLOrig[s] = o.gl[i] * this.rowScale[r];
      this.wUOrig[s] = o.gu[i] * this.rowScale[r];
    }
    for (let k = 0; k < this.nw; k++) {
      const l = this.wLOrig[k];
      const u = this.wUOrig[k];
      this.wL[k] = l === -Infinity ? l : l - Math.min(constrViolTol, relaxFactor * Math.max(1, Math.abs(l)));
      this.wU[k] = u === Infinity ? u : u + Math.min(constrViolTol, relaxFactor * Math.max(1, Math.abs(u)));
    }
  }

  /**
   * Gradient-based scaling (§3.8): scale f and each row so that its gradient at x0 has ∞-norm <= max.
   * As in Ipopt's GradientScaling, a derivative that cannot be evaluated at x0 (sqrt at 0) leaves its
   * part unscaled instead of stopping the solve: the objective, or all equality rows, or all
   * inequality rows. The solve itself starts from x0 pushed into its bounds, where it may be finite.
   */
  computeScaling(w: Float64Array, maxGradient: number, minValue: number): void {
    this.loadX(w);
    this.oracle.gradient(this.xFull, this.gradFull);
    this.evals.grad++;
    let gmax = 0;
    for (let k = 0; k < this.nx; k++) gmax = Math.max(gmax, Math.abs(this.gradFull[this.xOrig[k]]));
    this.objScale = Number.isFinite(gmax) && gmax > maxGradient ? Math.max(minValue, maxGradient / gmax) : 1;
    if (this.m === 0) return;
    this.oracle.jacobian(this.xFull, this.jacFull);
    this.evals.jac++;
    const rowMax = new Float64Array(this.m);
    // Whether the equality rows (slack < 0), and the inequality rows, have a non-finite entry.
    let eqBad = false;
    let ineqBad = false;
    for (let k = 0; k < this.jacSrc.length; k++) {
      const src = this.jacSrc[k];
      if (src < 0) continue;
      const v = Math.abs(this.jacFull[src]);
      const r = this.jacRows[k];
      if (!Number.isFinite(v)) {
        if (this.slackOf[r] < 0) eqBad = true;
        else ineqBad = true;
      } else if (v > rowMax[r]) rowMax[r] = v;
    }
    for (let r = 0; r < this.m; r++) {
      const unscaled = this.slackOf[r] < 0 ? eqBad : ineqBad;
      this.rowScale[r] =
        !unscaled && rowMax[r] > maxGradient ? Math.max(minValue, maxGradient / rowMax[r]) : 1;
    }
  }

  private loadX(w: Float64Array): void {
    for (let k = 0; k < this.nx; k++) this.xFull[this.xOrig[k]] = w[k];
  }

  /** Scaled objective; NaN/Inf are returned as they come. */
  objective(w: Float64Array): number {
    this.loadX(w);
    this.evals.f++;
    return this.objScale * this.oracle.objective(this.xFull);
  }

  /** Scaled gradient in w (zero for slacks). Returns false on NaN/Inf. */
  gradient(w: Float64Array, out: Float64Array): boolean {
    this.loadX(w);
    this.oracle.gradient(this.xFull, this.gradFull);
    this.evals.grad++;
    const sc = this.objScale;
    for (let k = 0; k < this.nx; k++) out[k] = sc * this.gradFull[this.xOrig[k]];
    for (let k = this.nx; k < this.nw; k++) out[k] = 0;
    return allFinite(out);
  }

  /** Scaled constraint residuals c(w): dc (g - gl) for equalities, dc g - s for inequalities. */
  constraints(w: Float64Array, out: Float64Array): boolean {
    if (this.m === 0) return true;
    this.loadX(w);
    this.oracle.constraints(this.xFull, this.gFull);
    this.evals.g++;
    for (let r = 0; r < this.m; r++) {
      const s = this.slackOf[r];
      const g = this.rowScale[r] * (this.gFull[this.rowOrig[r]] - this.rowRhs[r]);
      out[r] = s < 0 ? g : g - w[s];
    }
    return allFinite(out);
  }

  /** Jacobian values in the order of jacRows/jacCols. */
  jacobian(w: Float64Array, out: Float64Array): boolean {
    if (this.m === 0) return true;
    this.loadX(w);
    this.oracle.jacobian(this.xFull, this.jacFull);
    this.evals.jac++;
    for (let k = 0; k < this.jacSrc.length; k++) {
      const src = this.jacSrc[k];
      out[k] = src < 0 ? -1 : this.rowScale[this.jacRows[k]] * this.jacFull[src];
    }
    return allFinite(out);
  }

  /** Hessian of objFactor f + yᵀ c in the order of hessRows/hessCols (scaled problem). */
  hessian(w: Float64Array, objFactor: number, y: Float64Array, out: Float64Array): boolean {
    if (this.hessSrc.length === 0) return true;
    this.loadX(w);
    const lam = this.lambdaFull;
    for (let r = 0; r < this.m; r++) lam[this.rowOrig[r]] = y[r] * this.rowScale[r];
    this.oracle.hessian(this.xFull, objFactor * this.objScale, lam, this.hessFull);
    this.evals.hess++;
    for (let k = 0; k < this.hessSrc.length; k++) out[k] = this.hessFull[this.hessSrc[k]];
    return allFinite(out);
  }

  /** Oracle point for internal w (fixed variables included). */
  fullX(w: Float64Array): Float64Array {
    this.loadX(w);
    return this.xFull.slice();
  }

  /**
   * Multipliers in the oracle's terms (Ipopt convention, grad f + J'λ - zL + zU = 0): λ = y dc / df,
   * z = z / df; fixed variables get z from the sign of their Lagrangian gradient component.
   */
  unscaleMultipliers(
    w: Float64Array,
    y: Float64Array,
    zL: Float64Array,
    zU: Float64Array,
  ): { lambda: Float64Array; zL: Float64Array; zU: Float64Array } {
    const o = this.oracle;
    const lambda = new Float64Array(o.m);
    const df = this.objScale;
    for (let r = 0; r < this.m; r++) lambda[this.rowOrig[r]] = (y[r] * this.rowScale[r]) / df;
    const zLo = new Float64Array(o.n);
    const zUo = new Float64Array(o.n);
    for (let k = 0; k < this.nx; k++) {
      zLo[this.xOrig[k]] = zL[k] / df;
      zUo[this.xOrig[k]] = zU[k] / df;
    }
    if (this.nx < o.n) {
      this.loadX(w);
      const grad = new Float64Array(o.n);
      o.gradient(this.xFull, grad);
      if (o.m > 0) {
        const jac = new Float64Array(o.jacRows.length);
        o.jacobian(this.xFull, jac);
        for (let k = 0; k < jac.length; k++) grad[o.jacCols[k]] += jac[k] * lambda[o.jacRows[k]];
      }
      for (let j = 0; j < o.n; j++) {
        if (this.colOfOrig[j] >= 0) continue;
        if (grad[j] >= 0) zLo[j] = grad[j];
        else zUo[j] = -grad[j];
      }
    }
    return { lambda, zL: zLo, zU: zUo };
  }
}

export function allFinite(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}
