// Inertia correction (Wächter & Biegler 2006, §3.1, Algorithm IC; Ipopt's PDPerturbationHandler):
// factor the KKT matrix with δw = δc = 0; on zero pivots (singular Jacobian) add δc = δ̄c μ^κc;
// on wrong inertia grow δw from δw⁰ (or κw⁻ δw_last) by κ̄w⁺ (first time) or κw⁺ until the
// inertia is (n, m, 0). Once the Jacobian looked singular in several consecutive iterations, δc
// is applied from the start (Ipopt's jac_degenerate). Imports pd-system.ts, options.ts.
import type { IpmOptions } from './options.ts';
import type { PdSystem } from './pd-system.ts';

export interface Perturbation {
  dw: number;
  dc: number;
}

export class PerturbationHandler {
  private lastDw = 0;
  private degenerateCount = 0;
  private jacDegenerate = false;
  private readonly o: IpmOptions;

  constructor(o: IpmOptions) {
    this.o = o;
  }

  /** δw of the last successful factorization (the log's lg(rg)). */
  get lastHessianPerturbation(): number {
    return this.lastDw;
  }

  private deltaC(mu: number): number {
    return this.o.jacobianRegularizationValue * Math.pow(mu, this.o.jacobianRegularizationExponent);
  }

  /**
   * Factors sys with the smallest perturbation that gives the right inertia. Output: the
   * perturbation used, or null when δw exceeded its maximum (the caller stops with 'error').
   */
  factorize(sys: PdSystem, sigma: Float64Array, mu: number, out: Perturbation): Perturbation | null {
    const o = this.o;
    let dw = 0;
    let dc = this.jacDegenerate ? this.deltaC(mu) : 0;
    let sawSingular = false;
    for (let attempt = 0; attempt < 200; attempt++) {
      sys.factor(dw, dc, sigma);
      if (sys.inertiaCorrect()) {
        if (dw > 0) this.lastDw = dw;
        if (!this.jacDegenerate) {
          this.degenerateCount = sawSingular && dc > 0 ? this.degenerateCount + 1 : 0;
          if (this.degenerateCount >= 3) this.jacDegenerate = true;
        }
        out.dw = dw;
        out.dc = dc;
        return out;
      }
      const inertia = sys.inertia;
      const singular =
        inertia.zero > 0 ||
        (inertia.negative < sys.m && inertia.positive + inertia.negative === sys.nw + sys.m);
      if (singular && dc === 0 && sys.m > 0) {
        // Ipopt tries δc first for a singular matrix (rank-deficient Jacobian), keeping δw.
        sawSingular = true;
        dc = this.deltaC(mu);
        continue;
      }
      if (dw === 0) {
        dw =
          this.lastDw === 0
            ? o.firstHessianPerturbation
            : Math.max(o.minHessianPerturbation, o.perturbDecFact * this.lastDw);
      } else {
        dw = this.grow(dw);
      }
      if (dw > o.maxHessianPerturbation) return null;
    }
    return null;
  }

  /**
   * The next δw after a wrong inertia (Ipopt's get_deltas_for_wrong_inertia): κ̄w⁺ = 100 while no
   * earlier δw exists or δw is already past 10⁵ times the last one, κw⁺ = 8 otherwise.
   */
  private grow(dw: number): number {
    const o = this.o;
    const first = this.lastDw === 0 || 1e5 * this.lastDw < dw;
    return (first ? o.perturbIncFactFirst : o.perturbIncFact) * dw;
  }

  /**
   * The solve was inaccurate (residual ratio too large after refinement): treat the matrix as
   * singular and refactor with a larger perturbation. Output: the new perturbation or null.
   */
  increase(sys: PdSystem, sigma: Float64Array, mu: number, cur: Perturbation): Perturbation | null {
    const o = this.o;
    let dc = cur.dc;
    let dw = cur.dw;
    for (let attempt = 0; attempt < 200; attempt++) {
      if (dc === 0 && sys.m > 0) dc = this.deltaC(mu);
      else if (dw === 0)
        dw =
          this.lastDw === 0
            ? o.firstHessianPerturbation
            : Math.max(o.minHessianPerturbation, o.perturbDecFact * this.lastDw);
      else dw = this.grow(dw);
      if (dw > o.maxHessianPerturbation) return null;
      sys.factor(dw, dc, sigma);
      if (sys.inertiaCorrect()) {
        if (dw > 0) this.lastDw = dw;
        cur.dw = dw;
        cur.dc = dc;
        return cur;
      }
    }
    return null;
  }
}
