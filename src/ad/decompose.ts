// The affine decomposition of every nonlinear function over its terms (plan.ts):
//   nl_f(x) = const_f + sum_j a_fj x_j + sum_t c_ft T_t(x)
// with coefficients that depend on parameters only. Used by the Hessian (only the terms carry
// curvature) and, in compiled mode, to evaluate large functions term by term. Imports model/,
// plan.ts, tape.ts.
import { Op } from '../model/expr-graph.ts';
import type { AdPlan } from './plan.ts';
import type { Tape } from './tape.ts';

export class Decomposition {
  /** Terms of function f: termIdx[termStart[f]..termStart[f+1]) with coefficients termCoef. */
  readonly termStart: Int32Array;
  readonly termIdx: Int32Array;
  readonly termCoef: Float64Array;
  /** Variables entering function f's linear top directly: linVarNode (Var node ids; may repeat), linCoef. */
  readonly linStart: Int32Array;
  readonly linVarNode: Int32Array;
  /** The variable index of linVarNode. */
  readonly linVar: Int32Array;
  readonly linCoef: Float64Array;
  readonly constant: Float64Array;

  constructor(
    private readonly plan: AdPlan,
    private readonly tape: Tape,
  ) {
    const g = tape.p.graph;
    const { childStart: cs, children: ch, op } = g;
    const nf = plan.nf;
    this.termStart = new Int32Array(nf + 1);
    this.linStart = new Int32Array(nf + 1);
    let nt = 0;
    let nl = 0;
    for (let f = 0; f < nf; f++) {
      this.termStart[f] = nt;
      this.linStart[f] = nl;
      for (let q = plan.topStart[f]; q < plan.topStart[f + 1]; q++) {
        const i = plan.topNodes[q];
        if (plan.termOf[i] >= 0) nt++;
        else for (let r = cs[i]; r < cs[i + 1]; r++) if (op[ch[r]] === Op.Var) nl++;
      }
      // A bare variable as the root: its own linear top.
      if (op[plan.fnRoot[f]] === Op.Var) nl++;
    }
    this.termStart[nf] = nt;
    this.linStart[nf] = nl;
    this.termIdx = new Int32Array(nt);
    this.termCoef = new Float64Array(nt);
    this.linVarNode = new Int32Array(nl);
    this.linVar = new Int32Array(nl);
    this.linCoef = new Float64Array(nl);
    this.constant = new Float64Array(nf);
    this.refresh();
  }

  /**
   * Recompute the coefficients from the current parameter values: a reverse sweep over each
   * linear top with seed 1. Every edge there has a constant partial (sum: 1, difference: +-1,
   * negation: -1, product: the product of the inactive factors, quotient: 1 / the inactive
   * denominator); inactive arguments of sums and differences make up the constant.
   */
  refresh(): void {
    const { plan, tape } = this;
    const g = tape.p.graph;
    const { childStart: cs, children: ch, op } = g;
    const nodes = plan.topNodes;
    const adj = tape.adj;
    const v = tape.v;
    const act = plan.act;
    for (let f = 0; f < plan.nf; f++) {
      const root = plan.fnRoot[f];
      let wt = this.termStart[f];
      let wl = this.linStart[f];
      let k0 = 0;
      if (!act[root]) k0 = v[root];
      else if (op[root] === Op.Var) {
        this.linVarNode[wl] = root;
        this.linVar[wl] = g.value[root];
        this.linCoef[wl++] = 1;
      }
      const s = plan.topStart[f];
      const e = plan.topStart[f + 1];
      for (let q = s; q < e; q++) adj[nodes[q]] = 0;
      if (s < e) adj[root] = 1;
      for (let q = e - 1; q >= s; q--) {
        const i = nodes[q];
        const a = adj[i];
        if (plan.termOf[i] >= 0) {
          this.termIdx[wt] = plan.termOf[i];
          this.termCoef[wt++] = a;
          continue;
        }
        const o = op[i];
        const r0 = cs[i];
        const r1 = cs[i + 1];
        for (let r = r0; r < r1; r++) {
          const c = ch[r];
          let d: number;
          if (o === Op.Add) d = 1;
          else if (o === Op.Neg) d = -1;
          else if (o === Op.Sub) d = r === r0 ? 1 : -1;
          else if (o === Op.Div) {
            if (r !== r0) continue;
            d = 1 / v[ch[r0 + 1]];
          } else {
            if (!act[c]) continue; // Op.Mul: the inactive factors are the coefficient
            d = 1;
            for (let z = r0; z < r1; z++) if (z !== r) d *= v[ch[z]];
          }
          if (!act[c]) k0 += a * d * v[c];
          else if (op[c] === Op.Var) {
            this.linVarNode[wl] = c;
            this.linVar[wl] = g.value[c];
            this.linCoef[wl++] = a * d;
          } else adj[c] += a * d;
        }
      }
      this.constant[f] = k0;
    }
  }
}
