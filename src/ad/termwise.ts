// Evaluates large functions (too large to compile whole, typically a long objective sum) term by
// term in compiled mode: nl_f = const_f + sum_j a_fj x_j + sum_t c_ft T_t(x) (decompose.ts), each
// T_t by the compiled value/gradient code of its shape (compile.ts), so the code stays small and
// shared while the function stays off the tape. Imports model/, plan.ts, decompose.ts, compile.ts.
import type { ModelProblem } from '../model/problem.ts';
import type { AdPlan } from './plan.ts';
import type { Decomposition } from './decompose.ts';
import { compileTermValues, type CompiledUnits, type ValueFn, type ValueGradFn } from './compile.ts';

export class TermwiseFunctions {
  /** 1 for the functions evaluated here. */
  readonly has: Uint8Array;
  readonly units: CompiledUnits<[ValueFn, ValueGradFn]>;
  /** Per decomposition term entry k of a termwise function: offset of its variables' slots in `slots`. */
  private readonly slotStart: Int32Array;
  private readonly slots: Int32Array;
  /** Per linear entry k of a termwise function: the slot of its variable. */
  private readonly linSlot: Int32Array;
  /** The compiled terms' weight in and value out (compile.ts). */
  private readonly io = new Float64Array(2);

  /**
   * Compile the terms of the candidate functions (those with at most maxNodes active nodes each).
   * Depends on the problem's structure only: another problem of the same structure reuses the
   * result (oracle.ts). Undefined when code generation is unavailable.
   */
  static compile(
    plan: AdPlan,
    p: ModelProblem,
    dec: Decomposition,
    candidates: Int32Array,
    maxNodes: number,
    maxShapes: number,
  ): CompiledUnits<[ValueFn, ValueGradFn]> | undefined {
    const want = new Uint8Array(plan.nt);
    for (const f of candidates)
      for (let k = dec.termStart[f]; k < dec.termStart[f + 1]; k++) want[dec.termIdx[k]] = 1;
    return compileTermValues(
      plan,
      p,
      (t) => want[t] === 1 && plan.termStart[t + 1] - plan.termStart[t] <= maxNodes,
      maxShapes,
    );
  }

  /**
   * Take over the candidate functions whose terms all compiled in `units` (compile's), with the
   * coefficients of `dec`; the others stay with the caller.
   */
  static over(
    plan: AdPlan,
    dec: Decomposition,
    candidates: Int32Array,
    units: CompiledUnits<[ValueFn, ValueGradFn]>,
  ): TermwiseFunctions {
    const has = new Uint8Array(plan.nf);
    for (const f of candidates) {
      let ok = true;
      for (let k = dec.termStart[f]; k < dec.termStart[f + 1]; k++)
        if (!units.fns[dec.termIdx[k]]) ok = false;
      if (ok) has[f] = 1;
    }
    return new TermwiseFunctions(plan, dec, units, has);
  }

  private constructor(
    plan: AdPlan,
    private readonly dec: Decomposition,
    units: CompiledUnits<[ValueFn, ValueGradFn]>,
    has: Uint8Array,
  ) {
    this.units = units;
    this.has = has;
    // Slot of each of f's variable nodes (Jacobian value index for a row, variable index for the objective).
    const slotOf = new Int32Array(plan.nodeCount).fill(-1);
    this.slotStart = new Int32Array(dec.termIdx.length).fill(-1);
    this.linSlot = new Int32Array(dec.linVarNode.length).fill(-1);
    const slots: number[] = [];
    for (let f = 0; f < plan.nf; f++) {
      if (!has[f]) continue;
      for (let t = plan.fnVarStart[f]; t < plan.fnVarStart[f + 1]; t++)
        slotOf[plan.fnVarNode[t]] = plan.fnVarSlot[t];
      for (let k = dec.termStart[f]; k < dec.termStart[f + 1]; k++) {
        const t = dec.termIdx[k];
        this.slotStart[k] = slots.length;
        for (let v = plan.termVarStart[t]; v < plan.termVarStart[t + 1]; v++)
          slots.push(slotOf[plan.termVarNode[v]]);
      }
      for (let k = dec.linStart[f]; k < dec.linStart[f + 1]; k++) this.linSlot[k] = slotOf[dec.linVarNode[k]];
      for (let t = plan.fnVarStart[f]; t < plan.fnVarStart[f + 1]; t++) slotOf[plan.fnVarNode[t]] = -1;
    }
    this.slots = Int32Array.from(slots);
  }

  /** Value of function f (has[f] = 1) at x; V holds the inactive node values. */
  value(f: number, x: Float64Array, V: Float64Array): number {
    const { dec, units, io } = this;
    let s = dec.constant[f];
    for (let k = dec.linStart[f]; k < dec.linStart[f + 1]; k++) s += dec.linCoef[k] * x[dec.linVar[k]];
    for (let k = dec.termStart[f]; k < dec.termStart[f + 1]; k++) {
      const t = dec.termIdx[k];
      units.fns[t]![0](x, V, units.leaves, units.leafStart[t], io);
      s += dec.termCoef[k] * io[1];
    }
    return s;
  }

  /** Adds w * gradient of f into out at f's slots and returns its value. */
  valueGrad(f: number, x: Float64Array, V: Float64Array, out: Float64Array, w: number): number {
    const { dec, units, io } = this;
    let s = dec.constant[f];
    for (let k = dec.linStart[f]; k < dec.linStart[f + 1]; k++) {
      s += dec.linCoef[k] * x[dec.linVar[k]];
      out[this.linSlot[k]] += w * dec.linCoef[k];
    }
    for (let k = dec.termStart[f]; k < dec.termStart[f + 1]; k++) {
      const t = dec.termIdx[k];
      const c = dec.termCoef[k];
      io[0] = w * c;
      units.fns[t]![1](x, V, units.leaves, units.leafStart[t], out, this.slots, this.slotStart[k], io);
      s += c * io[1];
    }
    return s;
  }
}
