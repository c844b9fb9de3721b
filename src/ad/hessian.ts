// Exact Hessian of the Lagrangian by forward-over-reverse on the tape, one element term at a time
// (Griewank & Walther 2008, sec. 5.4: second-order adjoints; Nocedal & Wright 2006, sec. 7.4:
// partially separable functions). Imports plan.ts, tape.ts, decompose.ts and compile.ts (types).
//
// Why this method: the plan splits every function into a linear top with weights w_t and terms T_t
// (plan.ts). A term's Hessian is dense on its own k_t variables in general, so k_t tangent seeds
// (one per variable) recover it exactly without graph coloring, at cost O(k_t * |T_t|) with flat
// typed-array sweeps and no per-node hash maps (edge pushing needs sparse maps per node). Energy
// models are sums of many small terms (k_t of 1 to 4), which is where this is cheapest; a large
// dense term costs about its own output size. Terms shared by several rows are swept once, with
// the weights of all rows summed. The same sweeps exist unrolled per term shape (compile.ts,
// compileTerms), used by the oracle in compiled mode.
import { Kind, type AdPlan } from './plan.ts';
import type { Tape } from './tape.ts';
import type { Decomposition } from './decompose.ts';
import type { CompiledUnits, TermHessFn } from './compile.ts';

export class HessianEvaluator {
  private readonly termW: Float64Array;
  /** The compiled terms' weight (compile.ts). */
  private readonly io = new Float64Array(1);

  constructor(
    private readonly plan: AdPlan,
    private readonly tape: Tape,
    private readonly dec: Decomposition,
    readonly compiledTerms?: CompiledUnits<TermHessFn>,
  ) {
    this.termW = new Float64Array(plan.nt);
  }

  /** Terms left to the tape and the active nodes they need (all active nodes without compiled terms). */
  get tapedTermNodes(): Int32Array {
    return this.compiledTerms ? this.compiledTerms.tapedNodes : this.plan.active;
  }

  /**
   * out (length hessRows.length) := lower triangle of objWeight * Hess nl_obj + sum_i lambda_i Hess nl_i.
   * Tape values, partials and second partials must be current for tapedTermNodes; compiled terms
   * read x directly.
   */
  evaluate(x: Float64Array, objWeight: number, lambda: Float64Array, out: Float64Array): void {
    const plan = this.plan;
    const termW = this.termW;
    out.fill(0);
    termW.fill(0);
    for (let f = 0; f < plan.nf; f++) {
      const w = f === plan.objFn ? objWeight : lambda[plan.fnRow[f]];
      if (w === 0) continue;
      const { termStart, termIdx, termCoef } = this.dec;
      for (let k = termStart[f]; k < termStart[f + 1]; k++) termW[termIdx[k]] += w * termCoef[k];
    }
    const c = this.compiledTerms;
    const V = this.tape.v;
    const io = this.io;
    for (let t = 0; t < plan.nt; t++) {
      const w = termW[t];
      if (w === 0) continue;
      const fn = c?.fns[t];
      if (fn) {
        io[0] = w;
        fn(x, V, c!.leaves, c!.leafStart[t], out, plan.termPairSlot, plan.termPairStart[t], io);
      } else this.term(t, w, out);
    }
  }

  /** Adds w * Hess T_t (lower triangle, into the term's slots): one tangent seed per variable. */
  private term(t: number, w: number, out: Float64Array): void {
    const { plan, tape } = this;
    const g = tape.p.graph;
    const { childStart: cs, children: ch } = g;
    const kind = plan.kind;
    const act = plan.act;
    const nodes = plan.termNodes;
    const s = plan.termStart[t];
    const e = plan.termStart[t + 1];
    const { v, pd, h2, adj, td, sadj, preV, preT } = tape;
    tape.reverse(nodes, s, e, plan.termRoot[t], w);
    const vs = plan.termVarStart[t];
    const k = plan.termVarStart[t + 1] - vs;
    const ps = plan.termPairStart[t];
    for (let j = 0; j < k; j++) {
      const seed = plan.termVarNode[vs + j];
      // Forward tangent sweep in direction e_j: td[i] = d node_i / d x_j.
      for (let q = s; q < e; q++) {
        const i = nodes[q];
        if (kind[i] === Kind.Var) {
          td[i] = i === seed ? 1 : 0;
          continue;
        }
        let u = 0;
        for (let r = cs[i]; r < cs[i + 1]; r++) {
          const c = ch[r];
          if (act[c]) u += pd[r] * td[c];
        }
        td[i] = u;
      }
      // Reverse second-order adjoint sweep: sadj[i] = d adj[i] / d x_j.
      for (let q = s; q < e; q++) sadj[nodes[q]] = 0;
      for (let q = e - 1; q >= s; q--) {
        const i = nodes[q];
        const a = adj[i];
        const sa = sadj[i];
        if (a === 0 && sa === 0) continue;
        const r0 = cs[i];
        const r1 = cs[i + 1];
        switch (kind[i]) {
          case Kind.Unary: {
            const c = ch[r0];
            if (act[c]) sadj[c] += sa * pd[r0] + a * h2[3 * i] * td[c];
            break;
          }
          case Kind.Binary: {
            const c0 = ch[r0];
            const c1 = ch[r0 + 1];
            // Second partials of an inactive argument are never read: they may be NaN
            // harmlessly (d/db of a**b at a < 0 when b is a constant).
            const a0 = act[c0];
            const a1 = act[c1];
            if (a0) sadj[c0] += sa * pd[r0] + a * (h2[3 * i] * td[c0] + (a1 ? h2[3 * i + 1] * td[c1] : 0));
            if (a1)
              sadj[c1] += sa * pd[r0 + 1] + a * ((a0 ? h2[3 * i + 1] * td[c0] : 0) + h2[3 * i + 2] * td[c1]);
            break;
          }
          case Kind.Mul: {
            // d/dx_j of prod_{c != k} v_c, by dual-number prefix and suffix products.
            const nk = r1 - r0;
            preV[0] = 1;
            preT[0] = 0;
            for (let z = 0; z < nk; z++) {
              const c = ch[r0 + z];
              const vc = v[c];
              const tc = act[c] ? td[c] : 0;
              preT[z + 1] = preT[z] * vc + preV[z] * tc;
              preV[z + 1] = preV[z] * vc;
            }
            let sV = 1;
            let sT = 0;
            for (let z = nk - 1; z >= 0; z--) {
              const c = ch[r0 + z];
              const vc = v[c];
              const tc = act[c] ? td[c] : 0;
              if (act[c]) sadj[c] += sa * pd[r0 + z] + a * (preT[z] * sV + preV[z] * sT);
              sT = sT * vc + sV * tc;
              sV *= vc;
            }
            break;
          }
          case Kind.Add:
          case Kind.Min:
          case Kind.Max:
            if (sa !== 0) {
              for (let r = r0; r < r1; r++) {
                const c = ch[r];
                if (act[c]) sadj[c] += sa * pd[r];
              }
            }
            break;
        }
      }
      for (let a2 = j; a2 < k; a2++) {
        out[plan.termPairSlot[ps + (a2 * (a2 + 1)) / 2 + j]] += sadj[plan.termVarNode[vs + a2]];
      }
    }
  }
}
