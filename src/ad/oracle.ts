// The NLP oracle of a ModelProblem (the public API of src/ad): objective, gradient, constraints,
// Jacobian and Hessian of the Lagrangian in Ipopt's form, exact, into caller buffers. Shared by the
// ipm and ipopt adapters. Imports model/, solvers/types.ts (the NlpOracle contract), and src/ad.
//
//   min f(x) = s * (objConst + objCoef'x + nl_obj(x))   with s = +1 for 'min', -1 for 'max'
//   gl <= g(x) <= gu,  g_i(x) = sum_k coef_k x_col(k) + nl_i(x),  gl = rowLo, gu = rowUp
//   Hessian: lower triangle of objFactor * Hess f + sum_i lambda_i Hess g_i
//
// Sense: a 'max' problem is handed to the solver as the minimization of -objective (s = -1). The
// multipliers a solver returns are then those of the negated objective; the caller maps them back
// (GAMS marginals of a max problem are s * the solver's), and the objective value is s * f.
//
// Method: values and first derivatives either by straight-line compiled code per function
// (compile.ts, default) or by the tape interpreter (tape.ts); the Hessian always by forward-over-
// reverse on the tape (hessian.ts). Results are cached per x (compared by value), so the usual
// sequence objective, constraints, gradient, jacobian, hessian at one point runs each sweep once.
//
// Measured (bench/ad.ts, Node 20, x86-64; generated model with 1e5 nonlinear terms in 25000 rows
// and a 20000-term objective; ms per call, tape / compiled): see MEASURED below.
import type { ModelProblem } from '../model/problem.ts';
import type { NlpOracle } from '../solvers/types.ts';
import { buildPlan, type AdPlan } from './plan.ts';
import { Tape } from './tape.ts';
import { HessianEvaluator } from './hessian.ts';
import { compileFunctions, type CompiledFunctions } from './compile.ts';
import { locate, type EvalStage } from './eval-error.ts';

// MEASURED: filled in from bench/ad.ts.

export interface OracleOptions {
  /** 'compiled' (default): straight-line JavaScript per function for values and gradients;
   *  'tape': the interpreter only (no `new Function`, e.g. under a Content Security Policy). */
  readonly mode?: 'compiled' | 'tape';
  /** In compiled mode, functions with more active nodes than this stay on the tape (default 4000). */
  readonly maxCompiledNodes?: number;
}

export interface ModelNlpOracle extends NlpOracle {
  /** +1 for a 'min' problem, -1 for 'max' (the oracle minimizes s * objective). */
  readonly objSign: 1 | -1;
  /** What evaluated the values and gradients: 'compiled' falls back to 'tape' when code generation is unavailable. */
  readonly mode: 'compiled' | 'tape';
  /**
   * After any evaluation call: undefined when every output was finite, else a sentence naming the
   * operator and node that first produced a non-finite value (or derivative), e.g.
   * "log(-1) = NaN at node 4 in row 0 (c)". Solvers report it as an evaluation error.
   */
  lastEvalError(): string | undefined;
  /** Re-read p.params (values of Param leaves) after they changed; the structure is unchanged. */
  refreshParams(): void;
  readonly stats: { readonly functions: number; readonly terms: number; readonly shapes: number; readonly tapedFunctions: number };
}

const DEFAULT_MAX_COMPILED = 4000;

/** Build the oracle of `p` (plan, buffers and compiled code once; no allocation per call). */
export function createNlpOracle(p: ModelProblem, opts: OracleOptions = {}): ModelNlpOracle {
  const plan = buildPlan(p);
  const tape = new Tape(plan, p);
  const hess = new HessianEvaluator(plan, tape);
  const compiled =
    opts.mode === 'tape' ? undefined : compileFunctions(plan, p, opts.maxCompiledNodes ?? DEFAULT_MAX_COMPILED);
  return new Oracle(p, plan, tape, hess, compiled);
}

/** Tape progress at the cached x: 0 nothing, 1 the taped functions' nodes, 2 every active node. */
type Level = 0 | 1 | 2;

class Oracle implements ModelNlpOracle {
  readonly n: number;
  readonly m: number;
  readonly xl: Float64Array;
  readonly xu: Float64Array;
  readonly gl: Float64Array;
  readonly gu: Float64Array;
  readonly x0: Float64Array;
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  readonly hessRows: Int32Array;
  readonly hessCols: Int32Array;
  readonly objSign: 1 | -1;
  readonly mode: 'compiled' | 'tape';

  private readonly xs: Float64Array;
  private haveX = false;
  private valLevel: Level = 0;
  private pdLevel: Level = 0;
  private h2Done = false;
  private err: string | undefined;
  private readonly objGradBase: Float64Array;
  /** Functions evaluated on the tape, the nodes they need, and (compiled mode) their leaves. */
  private readonly tapedFns: Int32Array;
  private readonly tapedNodes: Int32Array;
  private readonly allFns: Int32Array;
  private readonly rowFns: Int32Array;

  constructor(
    private readonly p: ModelProblem,
    private readonly plan: AdPlan,
    private readonly tape: Tape,
    private readonly hess: HessianEvaluator,
    private readonly compiled: CompiledFunctions | undefined,
  ) {
    this.n = p.n;
    this.m = p.m;
    this.xl = p.xl;
    this.xu = p.xu;
    this.gl = p.rowLo;
    this.gu = p.rowUp;
    this.x0 = p.x0;
    this.jacRows = plan.jacRows;
    this.jacCols = plan.jacCols;
    this.hessRows = plan.hessRows;
    this.hessCols = plan.hessCols;
    this.objSign = p.sense === 'max' ? -1 : 1;
    this.mode = compiled ? 'compiled' : 'tape';
    this.xs = new Float64Array(p.n);
    this.objGradBase = new Float64Array(p.n);
    for (let k = 0; k < p.objIdx.length; k++) this.objGradBase[p.objIdx[k]] += this.objSign * p.objCoef[k];
    this.allFns = Int32Array.from({ length: plan.nf }, (_, f) => f);
    this.rowFns = this.allFns.filter((f) => plan.fnRow[f] >= 0);
    if (compiled) {
      this.tapedFns = compiled.taped;
      this.tapedNodes = compiled.tapedNodes;
    } else {
      this.tapedFns = this.allFns;
      this.tapedNodes = plan.active;
    }
  }

  get stats() {
    return {
      functions: this.plan.nf,
      terms: this.plan.nt,
      shapes: this.compiled?.shapes ?? 0,
      tapedFunctions: this.tapedFns.length,
    };
  }

  lastEvalError(): string | undefined {
    return this.err;
  }

  refreshParams(): void {
    this.tape.evalInactive();
    this.haveX = false;
  }

  // ---- cache ----

  private setX(x: Float64Array): void {
    const xs = this.xs;
    if (this.haveX) {
      let same = true;
      for (let j = 0; j < xs.length; j++) {
        if (x[j] !== xs[j]) {
          same = false;
          break;
        }
      }
      if (same) return;
    }
    xs.set(x.subarray(0, xs.length));
    this.haveX = true;
    this.valLevel = 0;
    this.pdLevel = 0;
    this.h2Done = false;
  }

  /** Tape values (and partials) current for level 1 (taped functions) or 2 (all active nodes). */
  private ensureTape(level: 1 | 2, partials: boolean): void {
    const list = level === 2 ? this.plan.active : this.tapedNodes;
    if (this.valLevel < level) {
      this.tape.forward(this.xs, list);
      this.valLevel = level;
    }
    if (partials && this.pdLevel < level) {
      this.tape.partials(list);
      this.pdLevel = level;
    }
  }

  private ensureSecond(): void {
    this.ensureTape(2, true);
    if (!this.h2Done) {
      this.tape.second(this.plan.active);
      this.h2Done = true;
    }
  }

  /** Error path: bring the whole tape up to `stage` and name the first bad operator among fns. */
  private fail(fns: Iterable<number>, stage: EvalStage, what: string): void {
    this.ensureTape(2, stage !== 'value');
    if (stage === 'second derivative') this.ensureSecond();
    this.err = locate(this.p, this.plan, this.tape, fns, stage, what);
  }

  // ---- one function ----

  /** Value of function f's nonlinear root at the cached x. */
  private fnValue(f: number): number {
    const plan = this.plan;
    const s = plan.fnStart[f];
    if (s === plan.fnStart[f + 1]) return this.tape.v[plan.fnRoot[f]]; // inactive root
    const c = this.compiled;
    const fn = c?.value[f];
    if (fn) return fn(this.xs, this.tape.v, c!.leaves, c!.leafStart[f]);
    this.ensureTape(1, false);
    return this.tape.v[plan.fnRoot[f]];
  }

  /** Adds w * gradient of f's root into out[fnVarSlot[...]] and returns its value. */
  private fnGrad(f: number, out: Float64Array, w: number): number {
    const plan = this.plan;
    const s = plan.fnStart[f];
    const e = plan.fnStart[f + 1];
    const root = plan.fnRoot[f];
    if (s === e) return this.tape.v[root];
    const c = this.compiled;
    const fn = c?.valueGrad[f];
    if (fn) return fn(this.xs, this.tape.v, c!.leaves, c!.leafStart[f], out, plan.fnVarSlot, plan.fnVarStart[f], w);
    this.ensureTape(1, true);
    const tape = this.tape;
    tape.reverse(plan.fnNodes, s, e, root, w);
    const adj = tape.adj;
    for (let t = plan.fnVarStart[f]; t < plan.fnVarStart[f + 1]; t++) out[plan.fnVarSlot[t]] += adj[plan.fnVarNode[t]];
    return tape.v[root];
  }

  // ---- NlpOracle ----

  objective(x: Float64Array): number {
    this.setX(x);
    this.err = undefined;
    const p = this.p;
    let t = p.objConst;
    for (let k = 0; k < p.objIdx.length; k++) t += p.objCoef[k] * this.xs[p.objIdx[k]];
    if (this.plan.objFn >= 0) t += this.fnValue(this.plan.objFn);
    const f = this.objSign * t;
    if (!Number.isFinite(f)) this.fail(this.plan.objFn >= 0 ? [this.plan.objFn] : [], 'value', 'the objective');
    return f;
  }

  gradient(x: Float64Array, out: Float64Array): void {
    this.setX(x);
    this.err = undefined;
    out.set(this.objGradBase);
    const of = this.plan.objFn;
    if (of < 0) return;
    this.fnGrad(of, out, this.objSign);
    for (let j = 0; j < this.n; j++) {
      if (!Number.isFinite(out[j])) {
        this.fail([of], 'derivative', 'the objective gradient');
        return;
      }
    }
  }

  constraints(x: Float64Array, out: Float64Array): void {
    this.setX(x);
    this.err = undefined;
    const { p, plan } = this;
    const xs = this.xs;
    for (let i = 0; i < p.m; i++) {
      let t = 0;
      for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) t += p.coef[k] * xs[p.col[k]];
      out[i] = t;
    }
    const rf = this.rowFns;
    for (let q = 0; q < rf.length; q++) out[plan.fnRow[rf[q]]] += this.fnValue(rf[q]);
    for (let i = 0; i < p.m; i++) {
      if (!Number.isFinite(out[i])) {
        this.fail(this.badRows(out), 'value', `row ${i}`);
        return;
      }
    }
  }

  jacobian(x: Float64Array, out: Float64Array): void {
    this.setX(x);
    this.err = undefined;
    const plan = this.plan;
    out.set(plan.jacBase);
    const rf = this.rowFns;
    for (let q = 0; q < rf.length; q++) this.fnGrad(rf[q], out, 1);
    for (let k = 0; k < out.length; k++) {
      if (!Number.isFinite(out[k])) {
        const rows = new Float64Array(this.m);
        for (let z = 0; z < out.length; z++) if (!Number.isFinite(out[z])) rows[plan.jacRows[z]] = NaN;
        this.fail(this.badRows(rows), 'derivative', `the Jacobian of row ${plan.jacRows[k]}`);
        return;
      }
    }
  }

  hessian(x: Float64Array, objFactor: number, lambda: Float64Array, out: Float64Array): void {
    this.setX(x);
    this.err = undefined;
    const plan = this.plan;
    if (plan.nt === 0) return;
    this.ensureSecond();
    const wObj = objFactor * this.objSign;
    this.hess.evaluate(wObj, lambda, out);
    for (let k = 0; k < out.length; k++) {
      if (!Number.isFinite(out[k])) {
        this.fail(
          this.allFns.filter((f) => (f === plan.objFn ? wObj : lambda[plan.fnRow[f]]) !== 0),
          'second derivative',
          'the Hessian of the Lagrangian',
        );
        return;
      }
    }
  }

  /** Functions of the rows whose entry in `vals` (length m) is not finite, in row order. */
  private badRows(vals: Float64Array): number[] {
    const fns: number[] = [];
    for (let i = 0; i < this.m; i++) {
      if (!Number.isFinite(vals[i]) && this.plan.rowFn[i] >= 0) fns.push(this.plan.rowFn[i]);
    }
    return fns;
  }
}
