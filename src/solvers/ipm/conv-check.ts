// Optimality error and termination tests (Wächter & Biegler 2006, §2.1 eq. 5 and §3.9; Ipopt's
// OptimalityErrorConvergenceCheck): E_μ with the scalings s_d, s_c (s_max = 100), the unscaled
// tolerances, and acceptable-level termination after 15 consecutive acceptable iterates.
// Imports iterate.ts, nlp.ts, options.ts.
import type { IpmState } from './iterate.ts';
import type { InternalNlp } from './nlp.ts';
import type { IpmOptions } from './options.ts';

export interface OptimalityErrors {
  /** ||∇f + Jᵀy - zL + zU||∞ (scaled problem). */
  dual: number;
  /** ||c(w)||∞ (scaled problem). */
  primal: number;
  /** max complementarity with μ = 0. */
  compl: number;
  sd: number;
  sc: number;
  /** E_0 (eq. 5 with μ = 0). */
  e0: number;
  dualUnscaled: number;
  primalUnscaled: number;
  complUnscaled: number;
}

const S_MAX = 100;

/** Dual residual ∇f + Jᵀy - zL + zU into out (length nw). */
export function dualResidual(st: IpmState, nlp: InternalNlp, out: Float64Array): void {
  for (let i = 0; i < st.nw; i++) out[i] = st.grad[i] - st.zL[i] + st.zU[i];
  const { jacRows, jacCols } = nlp;
  for (let k = 0; k < jacRows.length; k++) out[jacCols[k]] += st.jac[k] * st.y[jacRows[k]];
}

/** Complementarity ||Z S e - μ e||∞ at the current iterate. */
export function complementarity(st: IpmState, mu: number): number {
  let e = 0;
  for (let i = 0; i < st.nw; i++) {
    if (st.hasL[i]) e = Math.max(e, Math.abs((st.w[i] - st.wL[i]) * st.zL[i] - mu));
    if (st.hasU[i]) e = Math.max(e, Math.abs((st.wU[i] - st.w[i]) * st.zU[i] - mu));
  }
  return e;
}

export function computeErrors(st: IpmState, nlp: InternalNlp): OptimalityErrors {
  const r = st.work;
  dualResidual(st, nlp, r);
  let dual = 0;
  for (let i = 0; i < st.nw; i++) dual = Math.max(dual, Math.abs(r[i]));
  let primal = 0;
  let primalUnscaled = 0;
  for (let k = 0; k < st.m; k++) {
    const a = Math.abs(st.c[k]);
    primal = Math.max(primal, a);
    primalUnscaled = Math.max(primalUnscaled, a / nlp.rowScale[k]);
  }
  const compl = complementarity(st, 0);
  let y1 = 0;
  for (let k = 0; k < st.m; k++) y1 += Math.abs(st.y[k]);
  let z1 = 0;
  for (let i = 0; i < st.nw; i++) z1 += Math.abs(st.zL[i]) + Math.abs(st.zU[i]);
  const nm = st.m + st.nBounds;
  const sd = nm > 0 ? Math.max(S_MAX, (y1 + z1) / nm) / S_MAX : 1;
  const sc = st.nBounds > 0 ? Math.max(S_MAX, z1 / st.nBounds) / S_MAX : 1;
  const e0 = Math.max(dual / sd, primal, compl / sc);
  const df = nlp.objScale;
  return {
    dual,
    primal,
    compl,
    sd,
    sc,
    e0,
    dualUnscaled: dual / df,
    primalUnscaled,
    complUnscaled: compl / df,
  };
}

/** E_μ (eq. 5) for barrier parameter μ. */
export function barrierError(st: IpmState, e: OptimalityErrors, mu: number): number {
  return Math.max(e.dual / e.sd, e.primal, complementarity(st, mu) / e.sc);
}

export class ConvergenceCheck {
  private acceptableCount = 0;
  private readonly o: IpmOptions;
  /** Square problem (as many equality rows as free variables): only feasibility counts. */
  private readonly square: boolean;

  constructor(o: IpmOptions, square = false) {
    this.o = o;
    this.square = square;
  }

  /** 'optimal' when E_0 <= tol and the unscaled errors are within their tolerances. */
  isOptimal(e: OptimalityErrors): boolean {
    const o = this.o;
    if (this.square) return e.primal <= o.tol && e.primalUnscaled <= o.constrViolTol;
    return (
      e.e0 <= o.tol &&
      e.dualUnscaled <= o.dualInfTol &&
      e.primalUnscaled <= o.constrViolTol &&
      e.complUnscaled <= o.complInfTol
    );
  }

  isAcceptable(e: OptimalityErrors): boolean {
    const o = this.o;
    return (
      e.e0 <= o.acceptableTol &&
      e.dualUnscaled <= o.acceptableDualInfTol &&
      e.primalUnscaled <= o.acceptableConstrViolTol &&
      e.complUnscaled <= o.acceptableComplInfTol
    );
  }

  /** Called once per iterate: 'optimal', 'acceptable' (15 in a row), or null to go on. */
  check(e: OptimalityErrors): 'optimal' | 'acceptable' | null {
    if (this.isOptimal(e)) return 'optimal';
    if (this.isAcceptable(e)) {
      this.acceptableCount++;
      if (this.acceptableCount >= this.o.acceptableIter) return 'acceptable';
    } else {
      this.acceptableCount = 0;
    }
    return null;
  }
}
