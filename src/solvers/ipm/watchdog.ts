// The watchdog of Ipopt's BacktrackingLineSearch (Chamberlain et al.'s technique, as in
// IpBacktrackingLineSearch.cpp): after 10 consecutive shortened steps, take up to 3 full steps
// without the filter's consent; if none is acceptable w.r.t. the point where the watchdog started,
// go back to that point and backtrack along its direction. Imports iterate.ts.
import type { IpmState } from './iterate.ts';

const SHORTENED_ITER_TRIGGER = 10;
const TRIAL_ITER_MAX = 3;

export class Watchdog {
  active = false;
  /** Consecutive accepted steps with α < α_max. */
  shortened = 0;
  trials = 0;
  private lastMu = -1;
  // The stored reference iterate and its direction.
  readonly w: Float64Array;
  readonly y: Float64Array;
  readonly zL: Float64Array;
  readonly zU: Float64Array;
  readonly c: Float64Array;
  readonly grad: Float64Array;
  readonly jac: Float64Array;
  readonly dw: Float64Array;
  readonly dy: Float64Array;
  readonly dzL: Float64Array;
  readonly dzU: Float64Array;
  f = 0;
  theta = 0;
  phi = 0;
  gBD = 0;
  alphaTest = 1;

  constructor(st: IpmState) {
    this.w = new Float64Array(st.nw);
    this.y = new Float64Array(st.m);
    this.zL = new Float64Array(st.nw);
    this.zU = new Float64Array(st.nw);
    this.c = new Float64Array(st.m);
    this.grad = new Float64Array(st.nw);
    this.jac = new Float64Array(st.jac.length);
    this.dw = new Float64Array(st.nw);
    this.dy = new Float64Array(st.m);
    this.dzL = new Float64Array(st.nw);
    this.dzU = new Float64Array(st.nw);
  }

  /** A new μ resets the watchdog (the barrier problem changed). */
  checkMu(mu: number): void {
    if (mu !== this.lastMu) {
      this.active = false;
      this.shortened = 0;
      this.lastMu = mu;
    }
  }

  shouldStart(): boolean {
    return !this.active && this.shortened >= SHORTENED_ITER_TRIGGER;
  }

  /** Stores the current iterate, direction and line-search reference values. */
  start(st: IpmState, theta: number, phi: number, gBD: number, alphaMax: number): void {
    this.active = true;
    this.trials = 0;
    this.w.set(st.w);
    this.y.set(st.y);
    this.zL.set(st.zL);
    this.zU.set(st.zU);
    this.c.set(st.c);
    this.grad.set(st.grad);
    this.jac.set(st.jac);
    this.dw.set(st.dw);
    this.dy.set(st.dy);
    this.dzL.set(st.dzL);
    this.dzU.set(st.dzU);
    this.f = st.f;
    this.theta = theta;
    this.phi = phi;
    this.gBD = gBD;
    this.alphaTest = alphaMax;
  }

  /** One more unaccepted watchdog trial: false when the watchdog must give up. */
  anotherTrial(evalError: boolean): boolean {
    this.trials++;
    return !evalError && this.trials <= TRIAL_ITER_MAX;
  }

  /** Back to the stored iterate and direction. */
  stop(st: IpmState): void {
    this.active = false;
    this.shortened = 0;
    st.w.set(this.w);
    st.y.set(this.y);
    st.zL.set(this.zL);
    st.zU.set(this.zU);
    st.c.set(this.c);
    st.grad.set(this.grad);
    st.jac.set(this.jac);
    st.dw.set(this.dw);
    st.dy.set(this.dy);
    st.dzL.set(this.dzL);
    st.dzU.set(this.dzU);
    st.f = this.f;
  }
}
