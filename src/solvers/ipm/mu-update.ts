// Barrier parameter strategies (Ipopt's MuUpdate interface): monotone Fiacco-McCormick
// (Wächter & Biegler 2006, §2.1 eq. 7) and adaptive (Mehrotra probing with a KKT-error
// globalization that falls back to monotone mode, Nocedal, Wächter & Waltz 2009, as in Ipopt's
// AdaptiveMuUpdate with mu_oracle=probing, adaptive_mu_globalization=kkt-error).
// Imports iterate.ts, options.ts.
import type { IpmState } from './iterate.ts';
import type { IpmOptions } from './options.ts';

/** What the strategies may ask of the main loop. */
export interface MuContext {
  /** E_μ at the current iterate (eq. 5) for a given μ. */
  barrierError(mu: number): number;
  /** E_0 at the current iterate. */
  optimalityError(): number;
  /** Complementarity after the affine-scaling (μ = 0) step; factors the KKT matrix if needed. */
  affineComplementarity(): number | null;
  /** Whether the last step was tiny (forces a decrease, as Ipopt does). */
  tinyStep: boolean;
}

export interface MuUpdate {
  init(st: IpmState): void;
  /** Updates st.mu and st.tau; returns true when μ changed (the caller resets the filter). */
  update(st: IpmState, ctx: MuContext): boolean;
  /** Whether the strategy needs the KKT matrix factored before update() (probing). */
  readonly needsFactorization: boolean;
}

/**
 * The strategy of o.muStrategy. In the restoration phase (restoration = true) μ is kept at its
 * initial value in the first iteration, as Ipopt's MonotoneMuUpdate does (first_iter_resto_).
 */
export function makeMuUpdate(o: IpmOptions, muInit: number, restoration = false): MuUpdate {
  return o.muStrategy === 'adaptive'
    ? new AdaptiveMuUpdate(o, muInit)
    : new MonotoneMuUpdate(o, muInit, restoration);
}

/** Lower limit of μ in monotone mode: min(tol, compl_inf_tol) / (κε + 1), as Ipopt. */
function monotoneMuMin(o: IpmOptions): number {
  return Math.min(o.tol, o.complInfTol) / (o.barrierTolFactor + 1);
}

export class MonotoneMuUpdate implements MuUpdate {
  readonly needsFactorization = false;
  private readonly o: IpmOptions;
  private readonly muInit: number;
  private skipNext: boolean;

  constructor(o: IpmOptions, muInit: number, restoration = false) {
    this.o = o;
    this.muInit = muInit;
    this.skipNext = restoration;
  }

  init(st: IpmState): void {
    st.mu = this.muInit;
    st.tau = Math.max(this.o.tauMin, 1 - st.mu);
  }

  /** While E_μ <= κε μ: μ ← max(μ_min, min(κμ μ, μ^θμ)), τ ← max(τmin, 1 - μ) (eq. 7-8). */
  update(st: IpmState, ctx: MuContext): boolean {
    if (this.skipNext) {
      this.skipNext = false;
      return false;
    }
    return monotoneDecrease(this.o, st, ctx);
  }
}

function monotoneDecrease(o: IpmOptions, st: IpmState, ctx: MuContext): boolean {
  const muMin = monotoneMuMin(o);
  let changed = false;
  let tiny = ctx.tinyStep;
  for (;;) {
    if (st.mu <= muMin) break;
    if (!tiny && ctx.barrierError(st.mu) > o.barrierTolFactor * st.mu) break;
    tiny = false;
    const mu = Math.max(
      muMin,
      Math.min(o.muLinearDecreaseFactor * st.mu, Math.pow(st.mu, o.muSuperlinearDecreasePower)),
    );
    st.mu = mu;
    st.tau = Math.max(o.tauMin, 1 - mu);
    changed = true;
  }
  return changed;
}

export class AdaptiveMuUpdate implements MuUpdate {
  readonly needsFactorization = true;
  private readonly o: IpmOptions;
  private readonly muInit: number;
  private free = true;
  private readonly refs: number[] = [];
  private muMax = Infinity;
  private static readonly NUM_REFS = 4;
  private static readonly REF_RED_FACT = 0.9999;

  constructor(o: IpmOptions, muInit: number) {
    this.o = o;
    this.muInit = muInit;
  }

  init(st: IpmState): void {
    st.mu = this.muInit;
    st.tau = Math.max(this.o.tauMin, 1 - st.mu);
    const avg = st.averageComplementarity();
    this.muMax = avg > 0 ? 1e3 * avg : 1e5;
  }

  private sufficientProgress(e: number): boolean {
    if (this.refs.length === 0) return true;
    return e <= AdaptiveMuUpdate.REF_RED_FACT * Math.max(...this.refs);
  }

  private remember(e: number): void {
    this.refs.push(e);
    if (this.refs.length > AdaptiveMuUpdate.NUM_REFS) this.refs.shift();
  }

  update(st: IpmState, ctx: MuContext): boolean {
    const o = this.o;
    const old = st.mu;
    const e = ctx.optimalityError();
    if (this.free) {
      if (this.sufficientProgress(e)) {
        this.remember(e);
      } else {
        // Not enough progress in the KKT error: monotone mode from a fraction of the complementarity.
        this.free = false;
        st.mu = Math.max(o.muMin, Math.min(this.muMax, 0.8 * st.averageComplementarity()));
        st.tau = Math.max(o.tauMin, 1 - st.mu);
        monotoneDecrease(o, st, ctx);
        return true;
      }
    } else {
      if (this.sufficientProgress(e)) {
        this.free = true;
        this.remember(e);
      } else {
        return monotoneDecrease(o, st, ctx);
      }
    }
    // Free mode: Mehrotra's probing heuristic, σ = (compl_aff / compl)³.
    const avg = st.averageComplementarity();
    if (avg <= 0) return monotoneDecrease(o, st, ctx);
    const aff = ctx.affineComplementarity();
    if (aff === null) return false;
    const sigma = Math.pow(Math.max(0, aff) / avg, 3);
    const muLow = Math.max(o.muMin, Math.min(o.tol, o.complInfTol) / (o.barrierTolFactor + 1) / 10);
    let mu = Math.min(this.muMax, Math.max(muLow, sigma * avg));
    if (!Number.isFinite(mu)) mu = old;
    st.mu = mu;
    st.tau = Math.max(o.tauMin, 1 - mu);
    return mu !== old;
  }
}
