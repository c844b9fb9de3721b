// Backtracking filter line search (Wächter & Biegler 2006, §2.3-2.4; Ipopt's
// BacktrackingLineSearch + FilterLSAcceptor): switching condition (19), Armijo condition (20),
// sufficient decrease w.r.t. the current iterate (21), the filter, α_min (23), second-order
// corrections (§2.4), filter augmentation (22) and Ipopt's filter reset heuristic.
// Imports iterate.ts, options.ts.
import { IpmState } from './iterate.ts';
import type { IpmOptions } from './options.ts';

const EPS = 2.220446049250313e-16;
const MAX_FILTER_RESETS = 5;
const FILTER_RESET_TRIGGER = 5;

/** lhs <= rhs up to 10 ε |ref| (Ipopt's Compare_le). */
function le(lhs: number, rhs: number, ref: number): boolean {
  return lhs - rhs <= 10 * EPS * Math.abs(ref);
}

/** The filter: pairs (θ_j, φ_j); a point is acceptable if no pair dominates it. */
export class Filter {
  private theta: number[] = [];
  private phi: number[] = [];

  reset(): void {
    this.theta = [];
    this.phi = [];
  }

  acceptable(theta: number, phi: number): boolean {
    for (let j = 0; j < this.theta.length; j++) {
      if (theta >= this.theta[j] && phi >= this.phi[j]) return false;
    }
    return true;
  }

  /** Adds (θ, φ) and drops the entries it dominates. */
  add(theta: number, phi: number): void {
    const keepT: number[] = [];
    const keepP: number[] = [];
    for (let j = 0; j < this.theta.length; j++) {
      if (!(this.theta[j] >= theta && this.phi[j] >= phi)) {
        keepT.push(this.theta[j]);
        keepP.push(this.phi[j]);
      }
    }
    keepT.push(theta);
    keepP.push(phi);
    this.theta = keepT;
    this.phi = keepP;
  }

  get size(): number {
    return this.theta.length;
  }
}

/** What the line search needs from the main loop. */
export interface TrialEvaluator {
  /**
   * Sets st.wT = st.w + alpha * dw and evaluates st.fT, st.cT there. Returns false when f or c
   * is NaN/Inf (the step is cut, as Ipopt does on evaluation errors).
   */
  evalTrial(alpha: number, dw: Float64Array): boolean;
  /** Second-order correction: solves the KKT system with c replaced by cSoc into dwSoc, dySoc. */
  solveSoc(cSoc: Float64Array, dwSoc: Float64Array, dySoc: Float64Array): boolean;
}

export interface LineSearchResult {
  accepted: boolean;
  alphaPrimal: number;
  trials: number;
  /** Ipopt's log character: f/h (F/H after a second-order correction). */
  stepType: string;
  /** The accepted point came from a second-order correction (direction in socDw/socDy). */
  soc: boolean;
  /** Some trial point could not be evaluated. */
  evalError: boolean;
}

/** Variants of the search used by the watchdog (Ipopt's BacktrackingLineSearch). */
export interface SearchMode {
  /** Start at α_max/2 (after the watchdog gave up on the full step from this point). */
  skipFirst?: boolean;
  /** One trial at α_max against the watchdog reference; no SOC, no backtracking. */
  watchdogTrial?: boolean;
  /** Step size used in the switching and Armijo conditions (the watchdog's first α_max). */
  alphaTest?: number;
}

export class FilterLineSearch {
  readonly filter = new Filter();
  thetaMax = Infinity;
  thetaMin = 0;
  private readonly o: IpmOptions;
  readonly socDw: Float64Array;
  readonly socDy: Float64Array;
  private readonly cSoc: Float64Array;
  // reference values of the current iterate for the acceptance tests
  private thetaCurr = 0;
  private lastRejectionDueToFilter = false;
  private successiveFilterRejections = 0;
  private filterResets = 0;
  private phiCurr = 0;
  private gBD = 0;

  constructor(o: IpmOptions, nw: number, m: number) {
    this.o = o;
    this.socDw = new Float64Array(nw);
    this.socDy = new Float64Array(m);
    this.cSoc = new Float64Array(m);
  }

  /** θ_max = 10⁴ max(1, θ(w0)), θ_min = 10⁻⁴ max(1, θ(w0)) (§2.5). */
  init(theta0: number): void {
    this.thetaMax = this.o.thetaMaxFact * Math.max(1, theta0);
    this.thetaMin = this.o.thetaMinFact * Math.max(1, theta0);
    this.filter.reset();
  }

  /** Clears the filter (a new μ, or the reset heuristic) and the rejection counters. */
  reset(): void {
    this.filter.reset();
    this.lastRejectionDueToFilter = false;
    this.successiveFilterRejections = 0;
  }

  /** Switching condition (19). */
  private isFtype(alpha: number): boolean {
    const o = this.o;
    // At a feasible point a tiny positive ∇φᵀd is rounding error (as Ipopt's IsFtype treats it).
    if (this.thetaCurr === 0 && this.gBD > 0 && this.gBD < 100 * EPS) this.gBD = -EPS;
    return this.gBD < 0 && alpha * Math.pow(-this.gBD, o.sPhi) > o.delta * Math.pow(this.thetaCurr, o.sTheta);
  }

  /** Armijo condition (20). */
  private armijo(alpha: number, phiTrial: number): boolean {
    return le(phiTrial - this.phiCurr, this.o.etaPhi * alpha * this.gBD, this.phiCurr);
  }

  /** α_min (23), scaled by alpha_min_frac. */
  private alphaMin(): number {
    const o = this.o;
    let a = o.gammaTheta;
    if (this.gBD < 0) {
      a = Math.min(o.gammaTheta, (o.gammaPhi * this.thetaCurr) / -this.gBD);
      if (this.thetaCurr <= this.thetaMin) {
        a = Math.min(a, (o.delta * Math.pow(this.thetaCurr, o.sTheta)) / Math.pow(-this.gBD, o.sPhi));
      }
    }
    return o.alphaMinFrac * a;
  }

  /** Sufficient decrease w.r.t. the current iterate (21) and the objective-increase guard. */
  acceptableToCurrentIterate(thetaT: number, phiT: number, thetaC: number, phiC: number): boolean {
    const o = this.o;
    if (phiT - phiC > 0) {
      const basis = Math.max(1, Math.log10(Math.abs(phiC) || 1));
      if (Math.log10(phiT - phiC) > o.objMaxInc + basis) return false;
    }
    return le(thetaT, (1 - o.gammaTheta) * thetaC, thetaC) || le(phiT - phiC, -o.gammaPhi * thetaC, phiC);
  }

  /**
   * The original criterion with α = 0 (no switching condition): θ within θ_max, sufficient
   * decrease w.r.t. (θC, φC) and acceptable to the filter. Used by the soft restoration phase.
   */
  acceptableToFilterAndIterate(thetaT: number, phiT: number, thetaC: number, phiC: number): boolean {
    if (!(thetaT <= this.thetaMax) || !Number.isFinite(phiT)) return false;
    return (
      this.acceptableToCurrentIterate(thetaT, phiT, thetaC, phiC) && this.filter.acceptable(thetaT, phiT)
    );
  }

  /** Acceptance of a trial point (Ipopt's CheckAcceptabilityOfTrialPoint). */
  private acceptable(alphaTest: number, thetaT: number, phiT: number): { ok: boolean; fArmijo: boolean } {
    if (!(thetaT <= this.thetaMax) || !Number.isFinite(phiT)) return { ok: false, fArmijo: false };
    let ok: boolean;
    const fArmijo = this.isFtype(alphaTest) && this.armijo(alphaTest, phiT);
    if (alphaTest > 0 && this.isFtype(alphaTest) && this.thetaCurr <= this.thetaMin) {
      ok = fArmijo;
    } else {
      ok = this.acceptableToCurrentIterate(thetaT, phiT, this.thetaCurr, this.phiCurr);
    }
    if (!ok) {
      this.lastRejectionDueToFilter = false;
      return { ok, fArmijo };
    }
    if (!this.filter.acceptable(thetaT, phiT)) {
      this.lastRejectionDueToFilter = true;
      return { ok: false, fArmijo };
    }
    // Filter reset heuristic (Ipopt's max_filter_resets = 5, filter_reset_trigger = 5): when
    // the filter was what rejected the previous trial in 5 successive line searches, clear it.
    if (this.filterResets < MAX_FILTER_RESETS) {
      if (this.lastRejectionDueToFilter) {
        this.successiveFilterRejections++;
        if (this.successiveFilterRejections >= FILTER_RESET_TRIGGER) {
          this.reset();
          this.filterResets++;
        }
      } else {
        this.successiveFilterRejections = 0;
      }
    }
    this.lastRejectionDueToFilter = false;
    return { ok: true, fArmijo };
  }

  /**
   * Backtracking from alphaMax along dw. Input: the current θ, φ_μ and ∇φ_μᵀ dw. Output: whether
   * a point was accepted (then st.wT, st.fT, st.cT hold it) and the step; on failure the caller
   * starts the restoration phase. Augments the filter on acceptance when the step is not f-type.
   */
  search(
    st: IpmState,
    dw: Float64Array,
    thetaCurr: number,
    phiCurr: number,
    gBD: number,
    alphaMax: number,
    ev: TrialEvaluator,
    mode: SearchMode = {},
  ): LineSearchResult {
    const o = this.o;
    this.thetaCurr = thetaCurr;
    this.phiCurr = phiCurr;
    this.gBD = gBD;
    // A watchdog trial is the full step only, tested against the watchdog's reference point.
    const alphaMin = mode.watchdogTrial ? alphaMax : this.alphaMin();
    let alpha = mode.skipFirst ? alphaMax * o.alphaRedFactor : alphaMax;
    let trials = mode.skipFirst ? 1 : 0;
    const result: LineSearchResult = {
      accepted: false,
      alphaPrimal: 0,
      trials: 0,
      stepType: '',
      soc: false,
      evalError: false,
    };
    while (trials === 0 || alpha > alphaMin) {
      trials++;
      const alphaTest = mode.watchdogTrial && mode.alphaTest !== undefined ? mode.alphaTest : alpha;
      if (!ev.evalTrial(alpha, dw)) {
        result.evalError = true;
        if (mode.watchdogTrial) break;
        alpha *= o.alphaRedFactor;
        continue;
      }
      let thetaT = IpmState.theta(st.cT);
      let phiT = st.barrier(st.wT, st.fT, o.kappaD);
      let acc = this.acceptable(alphaTest, thetaT, phiT);
      if (acc.ok) {
        this.finish(alphaTest, acc.fArmijo);
        return {
          accepted: true,
          alphaPrimal: alpha,
          trials,
          stepType: acc.fArmijo ? 'f' : 'h',
          soc: false,
          evalError: false,
        };
      }
      if (mode.watchdogTrial) break;
      if (trials === 1 && o.maxSoc > 0 && thetaT >= thetaCurr && st.m > 0) {
        // Second-order correction (§2.4): c_soc = α c(w) + c(w_trial), re-solve with the same matrix.
        const cSoc = this.cSoc;
        for (let k = 0; k < st.m; k++) cSoc[k] = alpha * st.c[k] + st.cT[k];
        let thetaSocOld = 0;
        for (let p = 0; p < o.maxSoc; p++) {
          if (p > 0 && thetaT > o.kappaSoc * thetaSocOld) break;
          thetaSocOld = thetaT;
          if (!ev.solveSoc(cSoc, this.socDw, this.socDy)) break;
          const alphaSoc = st.maxPrimalStep(this.socDw, st.tau);
          if (!ev.evalTrial(alphaSoc, this.socDw)) break;
          thetaT = IpmState.theta(st.cT);
          phiT = st.barrier(st.wT, st.fT, o.kappaD);
          acc = this.acceptable(alpha, thetaT, phiT);
          if (acc.ok) {
            this.finish(alpha, acc.fArmijo);
            return {
              accepted: true,
              alphaPrimal: alphaSoc,
              trials,
              stepType: acc.fArmijo ? 'F' : 'H',
              soc: true,
              evalError: false,
            };
          }
          for (let k = 0; k < st.m; k++) cSoc[k] = alphaSoc * cSoc[k] + st.cT[k];
        }
      }
      alpha *= o.alphaRedFactor;
    }
    result.trials = trials;
    result.alphaPrimal = alpha;
    return result;
  }

  /** Filter augmentation (22) unless the step was an f-type step satisfying Armijo. */
  private finish(alphaTest: number, fArmijo: boolean): void {
    if (!(this.isFtype(alphaTest) && fArmijo)) this.augment(this.thetaCurr, this.phiCurr);
  }

  augment(theta: number, phi: number): void {
    const o = this.o;
    this.filter.add((1 - o.gammaTheta) * theta, phi - o.gammaPhi * theta);
  }
}
