// Iterate state of the IPM (Ipopt's IpoptData + the cached quantities of IpoptCalculatedQuantities):
// primal w = (x, s), multipliers y, zL, zU, values at the current point, the search direction, and
// the barrier function, its gradient and the constraint violation θ (§2.1-2.3). Imports nlp.ts.
import type { InternalNlp } from './nlp.ts';

const EPS = 2.220446049250313e-16;
/** Ipopt's slack_move (ε^{3/4}): how far a bound may move to keep a vanishing slack positive. */
const SLACK_MOVE = Math.pow(EPS, 0.75);

/**
 * A slack below s_min = ε min(1, μ) replaced as Ipopt's CalculateSafeSlack does:
 * min(max(μ/z, s_min), max(s, 0) + slack_move max(1, |bound|)). Rounding in w + α dw can leave
 * a slack at zero (or negative) next to a bound; the barrier then stays finite.
 */
function safeSlack(s: number, z: number, bound: number, mu: number, sMin: number): number {
  return Math.min(Math.max(mu / z, sMin), Math.max(s, 0) + SLACK_MOVE * Math.max(1, Math.abs(bound)));
}

export class IpmState {
  readonly nw: number;
  readonly m: number;
  readonly wL: Float64Array;
  readonly wU: Float64Array;
  readonly hasL: Uint8Array;
  readonly hasU: Uint8Array;
  /** 1 for components bounded on one side only (damping term κd, §3.7). */
  readonly onlyL: Uint8Array;
  readonly onlyU: Uint8Array;
  readonly nBounds: number;
  // current iterate
  readonly w: Float64Array;
  readonly y: Float64Array;
  readonly zL: Float64Array;
  readonly zU: Float64Array;
  f = 0;
  readonly grad: Float64Array;
  readonly c: Float64Array;
  readonly jac: Float64Array;
  readonly hess: Float64Array;
  mu = 0.1;
  tau = 0.99;
  // direction
  readonly dw: Float64Array;
  readonly dy: Float64Array;
  readonly dzL: Float64Array;
  readonly dzU: Float64Array;
  // trial point
  readonly wT: Float64Array;
  readonly cT: Float64Array;
  fT = 0;
  // work
  readonly sigma: Float64Array;
  readonly rw: Float64Array;
  readonly work: Float64Array;
  readonly workM: Float64Array;

  constructor(nlp: InternalNlp) {
    const nw = nlp.nw;
    const m = nlp.m;
    this.nw = nw;
    this.m = m;
    this.wL = nlp.wL;
    this.wU = nlp.wU;
    this.hasL = new Uint8Array(nw);
    this.hasU = new Uint8Array(nw);
    this.onlyL = new Uint8Array(nw);
    this.onlyU = new Uint8Array(nw);
    let nb = 0;
    for (let i = 0; i < nw; i++) {
      this.hasL[i] = nlp.wL[i] > -Infinity ? 1 : 0;
      this.hasU[i] = nlp.wU[i] < Infinity ? 1 : 0;
      this.onlyL[i] = this.hasL[i] && !this.hasU[i] ? 1 : 0;
      this.onlyU[i] = this.hasU[i] && !this.hasL[i] ? 1 : 0;
      nb += this.hasL[i] + this.hasU[i];
    }
    this.nBounds = nb;
    this.w = new Float64Array(nw);
    this.y = new Float64Array(m);
    this.zL = new Float64Array(nw);
    this.zU = new Float64Array(nw);
    this.grad = new Float64Array(nw);
    this.c = new Float64Array(m);
    this.jac = new Float64Array(nlp.jacRows.length);
    this.hess = new Float64Array(nlp.hessRows.length);
    this.dw = new Float64Array(nw);
    this.dy = new Float64Array(m);
    this.dzL = new Float64Array(nw);
    this.dzU = new Float64Array(nw);
    this.wT = new Float64Array(nw);
    this.cT = new Float64Array(m);
    this.sigma = new Float64Array(nw);
    this.rw = new Float64Array(nw);
    this.work = new Float64Array(nw);
    this.workM = new Float64Array(m);
  }

  /** φ_μ(w) = f - μ Σ ln(w - wL) - μ Σ ln(wU - w) + κd μ Σ_{one-sided} slack (§2.1, §3.7). */
  barrier(w: Float64Array, f: number, kappaD: number): number {
    const mu = this.mu;
    const sMin = EPS * Math.min(1, mu);
    let b = 0;
    let damp = 0;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i]) {
        let s = w[i] - this.wL[i];
        if (s < sMin) s = safeSlack(s, this.zL[i], this.wL[i], mu, sMin);
        b -= Math.log(s);
        if (this.onlyL[i]) damp += s;
      }
      if (this.hasU[i]) {
        let s = this.wU[i] - w[i];
        if (s < sMin) s = safeSlack(s, this.zU[i], this.wU[i], mu, sMin);
        b -= Math.log(s);
        if (this.onlyU[i]) damp += s;
      }
    }
    return f + mu * b + kappaD * mu * damp;
  }

  /**
   * Before the trial point w is accepted: moves each bound whose slack at w is below
   * ε min(1, μ) so that the slack becomes the safe slack used by barrier() (Ipopt's
   * AdjustedTrialSlacks / AdjustVariableBounds in IpoptAlgorithm::AcceptTrialPoint). Uses the
   * current μ and bound multipliers, so call it before they are updated. Returns the count.
   */
  adjustBoundsForTrial(w: Float64Array): number {
    const mu = this.mu;
    const sMin = EPS * Math.min(1, mu);
    let count = 0;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i]) {
        const s = w[i] - this.wL[i];
        if (s < sMin) {
          this.wL[i] = w[i] - safeSlack(s, this.zL[i], this.wL[i], mu, sMin);
          count++;
        }
      }
      if (this.hasU[i]) {
        const s = this.wU[i] - w[i];
        if (s < sMin) {
          this.wU[i] = w[i] + safeSlack(s, this.zU[i], this.wU[i], mu, sMin);
          count++;
        }
      }
    }
    return count;
  }

  /** ∇φ_μ at the current w into out. */
  barrierGradient(kappaD: number, out: Float64Array): void {
    const mu = this.mu;
    const w = this.w;
    for (let i = 0; i < this.nw; i++) {
      let g = this.grad[i];
      if (this.hasL[i]) {
        g -= mu / (w[i] - this.wL[i]);
        if (this.onlyL[i]) g += kappaD * mu;
      }
      if (this.hasU[i]) {
        g += mu / (this.wU[i] - w[i]);
        if (this.onlyU[i]) g -= kappaD * mu;
      }
      out[i] = g;
    }
  }

  /** The trial point wT = w + α dw. */
  trialPoint(alpha: number, dw: Float64Array): void {
    const { w, wT } = this;
    for (let i = 0; i < this.nw; i++) wT[i] = w[i] + alpha * dw[i];
  }

  /**
   * The step to the trial point: w := wT, f := fT, c := cT, y += αy dy, z += αz dz. (The loops
   * over the iterate live in small methods like this one, which V8 optimizes once, rather than in
   * solveSteps, which it recompiles after a deoptimization and meanwhile interprets, allocating a
   * heap number per element.)
   */
  acceptTrial(alphaY: number, alphaZ: number): void {
    this.w.set(this.wT);
    this.f = this.fT;
    this.c.set(this.cT);
    const { y, dy, zL, zU, dzL, dzU } = this;
    for (let r = 0; r < this.m; r++) y[r] += alphaY * dy[r];
    for (let i = 0; i < this.nw; i++) {
      zL[i] += alphaZ * dzL[i];
      zU[i] += alphaZ * dzU[i];
    }
  }

  /** max |v[i]| over i in [from, to). */
  static maxAbs(v: Float64Array, from: number, to: number): number {
    let t = 0;
    for (let i = from; i < to; i++) t = Math.max(t, Math.abs(v[i]));
    return t;
  }

  /** θ = ||c||₁ (constraint violation used by the filter). */
  static theta(c: Float64Array): number {
    let t = 0;
    for (let i = 0; i < c.length; i++) t += Math.abs(c[i]);
    return t;
  }

  /** Σ = Z_L (W - W_L)⁻¹ + Z_U (W_U - W)⁻¹ (primal-dual Hessian of the barrier, eq. 13). */
  computeSigma(): void {
    const { w, zL, zU, wL, wU, sigma } = this;
    for (let i = 0; i < this.nw; i++) {
      let s = 0;
      if (this.hasL[i]) s += zL[i] / (w[i] - wL[i]);
      if (this.hasU[i]) s += zU[i] / (wU[i] - w[i]);
      sigma[i] = s;
    }
  }

  /** Bound-multiplier steps from the primal step (eq. 11, third/fourth rows) for barrier μ. */
  boundMultiplierSteps(mu: number, dw: Float64Array, dzL: Float64Array, dzU: Float64Array): void {
    const { w, zL, zU, wL, wU } = this;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i]) {
        const s = w[i] - wL[i];
        dzL[i] = (mu - zL[i] * dw[i]) / s - zL[i];
      } else dzL[i] = 0;
      if (this.hasU[i]) {
        const s = wU[i] - w[i];
        dzU[i] = (mu + zU[i] * dw[i]) / s - zU[i];
      } else dzU[i] = 0;
    }
  }

  /** Largest α in (0, 1] with w + α dw >= (1 - τ)(w - wL) etc. (fraction to the boundary, eq. 15). */
  maxPrimalStep(dw: Float64Array, tau: number): number {
    let a = 1;
    const { w, wL, wU } = this;
    for (let i = 0; i < this.nw; i++) {
      const d = dw[i];
      if (d < 0 && this.hasL[i]) {
        const t = (-tau * (w[i] - wL[i])) / d;
        if (t < a) a = t;
      } else if (d > 0 && this.hasU[i]) {
        const t = (tau * (wU[i] - w[i])) / d;
        if (t < a) a = t;
      }
    }
    return a;
  }

  maxDualStep(dzL: Float64Array, dzU: Float64Array, tau: number): number {
    let a = 1;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i] && dzL[i] < 0) {
        const t = (-tau * this.zL[i]) / dzL[i];
        if (t < a) a = t;
      }
      if (this.hasU[i] && dzU[i] < 0) {
        const t = (-tau * this.zU[i]) / dzU[i];
        if (t < a) a = t;
      }
    }
    return a;
  }

  /** Average complementarity (w - wL)ᵀ zL + (wU - w)ᵀ zU over the number of bounds. */
  averageComplementarity(): number {
    if (this.nBounds === 0) return 0;
    let s = 0;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i]) s += (this.w[i] - this.wL[i]) * this.zL[i];
      if (this.hasU[i]) s += (this.wU[i] - this.w[i]) * this.zU[i];
    }
    return s / this.nBounds;
  }

  /**
   * Bound-multiplier safeguard (eq. 16): keeps z_i within [μ/(κΣ s_i), κΣ μ / s_i] so that Σ
   * does not deviate arbitrarily from the primal Hessian μ S⁻².
   */
  safeguardMultipliers(kappaSigma: number): void {
    const mu = this.mu;
    for (let i = 0; i < this.nw; i++) {
      if (this.hasL[i]) {
        const s = this.w[i] - this.wL[i];
        this.zL[i] = Math.max(Math.min(this.zL[i], (kappaSigma * mu) / s), mu / (kappaSigma * s));
      }
      if (this.hasU[i]) {
        const s = this.wU[i] - this.w[i];
        this.zU[i] = Math.max(Math.min(this.zU[i], (kappaSigma * mu) / s), mu / (kappaSigma * s));
      }
    }
  }
}
