// The NLP oracle of a ModelProblem (the public API of src/ad): objective, gradient, constraints,
// Jacobian and Hessian of the Lagrangian in Ipopt's form, exact, into caller buffers. Shared by the
// ipm and ipopt adapters. Imports model/, src/ad, and the NlpOracle type of solvers/types.ts (type only).
//
//   min f(x) = s * (objConst + objCoef'x + nl_obj(x))   with s = +1 for 'min', -1 for 'max'
//   gl <= g(x) <= gu,  g_i(x) = sum_k coef_k x_col(k) + nl_i(x),  gl = rowLo, gu = rowUp
//   Hessian: lower triangle of objFactor * Hess f + sum_i lambda_i Hess g_i
//
// Sense: a 'max' problem is handed to the solver as the minimization of -objective (s = -1). The
// multipliers a solver returns are then those of the negated objective; the caller maps them back
// (GAMS marginals of a max problem are s * the solver's), and the objective value is s * f.
//
// Method: either straight-line code compiled per function and per Hessian term (compile.ts,
// default), or the tape interpreter (tape.ts, hessian.ts); both do forward-over-reverse for the
// Hessian, term by term (hessian.ts says why). Results are cached per x (compared by value), so
// the usual sequence objective, constraints, gradient, jacobian, hessian at one point runs each
// sweep once.
//
// Measured with bench/ad.ts (Node 20, x86-64, a shared 2-core machine: best of 5 batches; the
// generated model has 50000 variables, 25000 rows of 4 nonlinear terms each and a 20000-term
// objective, 410009 graph nodes; ms per call at a new x):
//
//                  tape   compiled   tape/compiled
//   setup           370        400        ~0.9   (the plan is 200 of it; 15 shapes compiled)
//   objective       6.0       0.16        ~40    (tape: the forward sweep covers every row too)
//   constraints     6.4       1.3         ~5
//   gradient       12.5       0.29        ~45
//   jacobian       16.8       1.5         ~11
//   hessian        40         2.9         ~14
//   iteration      47         6.3–8.4     ~6–7   (f, g, grad f, J, H at one point)
//
// So compiled code is the default. The tape stays: it is the fallback where `new Function` is
// blocked (a Content Security Policy in the browser), it evaluates terms too large to unroll, and
// it locates evaluation errors (eval-error.ts).
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import type { NlpOracle } from '../solvers/types.ts';
import { buildPlan, linearJacobian, type AdPlan } from './plan.ts';
import { Tape } from './tape.ts';
import { HessianEvaluator } from './hessian.ts';
import { Decomposition } from './decompose.ts';
import { TermwiseFunctions } from './termwise.ts';
import {
  compileFunctions,
  compileTerms,
  DEFAULT_MAX_SHAPES,
  type CompiledFunctions,
  type CompiledUnits,
  type TermHessFn,
  type ValueFn,
  type ValueGradFn,
} from './compile.ts';
import { locate, type EvalStage } from './eval-error.ts';

export interface OracleOptions {
  /** 'compiled' (default): straight-line JavaScript per function for values and gradients;
   *  'tape': the interpreter only (no `new Function`, e.g. under a Content Security Policy). */
  readonly mode?: 'compiled' | 'tape';
  /** In compiled mode, functions with more active nodes than this are evaluated term by term
   *  (termwise.ts), and terms larger than this on the tape (default 4000). So are functions and
   *  terms whose code is longer than V8 optimizes (compile.ts, MAX_CODE_CHARS). */
  readonly maxCompiledNodes?: number;
  /** In compiled mode, Hessian terms with (variables x active nodes) above this stay on the tape (default 2000). */
  readonly maxCompiledTermWork?: number;
  /** In compiled mode, distinct shapes compiled per family (functions, term values, term Hessians), default 2000;
   *  functions past it are evaluated term by term, terms past it on the tape. */
  readonly maxCompiledShapes?: number;
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
  readonly stats: {
    readonly functions: number;
    readonly terms: number;
    /** Distinct compiled shapes of functions and of Hessian terms. */
    readonly shapes: number;
    readonly termShapes: number;
    /** Functions evaluated term by term, and on the tape. */
    readonly termwiseFunctions: number;
    readonly tapedFunctions: number;
    readonly tapedTerms: number;
  };
}

const DEFAULT_MAX_COMPILED = 4000;
const DEFAULT_MAX_TERM_WORK = 2000;

/** Build the oracle of `p` (plan, buffers and compiled code once; no allocation per call). */
export function createNlpOracle(p: ModelProblem, opts: OracleOptions = {}): ModelNlpOracle {
  const cached = cachedStructure(p, opts);
  const plan = cached ? cached.plan : buildPlan(p);
  // The one part of the plan that reads the problem's numbers: its linear coefficients.
  const jacBase = cached ? linearJacobian(plan.linSlot, plan.jacRows.length, p.coef) : plan.jacBase;
  const tape = new Tape(plan, p);
  const dec = new Decomposition(plan, tape);
  let s: Structure = cached ?? { plan };
  if (!cached && opts.mode !== 'tape') {
    const maxNodes = opts.maxCompiledNodes ?? DEFAULT_MAX_COMPILED;
    const maxShapes = opts.maxCompiledShapes ?? DEFAULT_MAX_SHAPES;
    const compiled = compileFunctions(plan, p, maxNodes, maxShapes);
    const terms =
      compiled && compileTerms(plan, p, opts.maxCompiledTermWork ?? DEFAULT_MAX_TERM_WORK, maxShapes);
    const termValues =
      terms && TermwiseFunctions.compile(plan, p, dec, compiled!.units.taped, maxNodes, maxShapes);
    if (termValues) s = { plan, compiled, terms, termValues };
  }
  if (!cached) keepStructure(p, opts, s);
  const { compiled, terms, termValues } = s;
  const termwise = termValues && TermwiseFunctions.over(plan, dec, compiled!.units.taped, termValues);
  const hess = new HessianEvaluator(plan, tape, dec, terms);
  return new Oracle(p, plan, jacBase, tape, dec, hess, compiled, termwise);
}

/**
 * What an oracle keeps that depends on the problem's structure only: the plan and the compiled
 * code (undefined in tape mode, or when `new Function` is unavailable).
 */
interface Structure {
  readonly plan: AdPlan;
  readonly compiled?: CompiledFunctions;
  readonly terms?: CompiledUnits<TermHessFn>;
  readonly termValues?: CompiledUnits<[ValueFn, ValueGradFn]>;
}

/**
 * The structures of the last problems, kept so that the solves of a scenario sweep or a
 * decomposition loop (the same model with other numbers: bounds, parameters, coefficients) skip
 * the plan and the code generation (in the 24-hour market's weather sweep, a quarter of the
 * solver's CPU and a third of the bytes allocated per re-solve: bench/sweep-alloc.ts). A problem matches when everything buildPlan and compile.ts
 * read is equal: the graph's operators and children, the variable each Var node reads, the rows'
 * roots and the linear part's columns (the plan's jacBase, the one part that reads coefficients,
 * is each oracle's own). Per thread: the last STRUCTURES_KEPT structures, of at most
 * STRUCTURES_NODES graph nodes together beyond the last one.
 */
const structures: { key: StructureKey; s: Structure }[] = [];
const STRUCTURES_KEPT = 4;
const STRUCTURES_NODES = 1_000_000;

interface StructureKey {
  readonly n: number;
  readonly m: number;
  readonly objNl: number;
  readonly opts: string;
  readonly op: Uint8Array;
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** The variable of each Var node, in node order. */
  readonly varOf: Float64Array;
  readonly rowNl: Int32Array;
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
}

const optionsKey = (o: OracleOptions) =>
  `${o.mode ?? ''}/${o.maxCompiledNodes ?? ''}/${o.maxCompiledTermWork ?? ''}/${o.maxCompiledShapes ?? ''}`;

function varsOf(p: ModelProblem): Float64Array {
  const { op, value, nodeCount } = p.graph;
  let k = 0;
  for (let i = 0; i < nodeCount; i++) if (op[i] === Op.Var) k++;
  const out = new Float64Array(k);
  k = 0;
  for (let i = 0; i < nodeCount; i++) if (op[i] === Op.Var) out[k++] = value[i];
  return out;
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameVars(k: StructureKey, p: ModelProblem): boolean {
  const { op, value, nodeCount } = p.graph;
  let q = 0;
  for (let i = 0; i < nodeCount; i++) {
    if (op[i] !== Op.Var) continue;
    if (q === k.varOf.length || k.varOf[q++] !== value[i]) return false;
  }
  return q === k.varOf.length;
}

function matches(k: StructureKey, p: ModelProblem, opts: string): boolean {
  const g = p.graph;
  return (
    k.n === p.n &&
    k.m === p.m &&
    k.objNl === p.objNl &&
    k.opts === opts &&
    sameArray(k.op, g.op) &&
    sameArray(k.childStart, g.childStart) &&
    sameArray(k.children, g.children) &&
    sameArray(k.rowNl, p.rowNl) &&
    sameArray(k.rowStart, p.rowStart) &&
    sameArray(k.col, p.col) &&
    sameVars(k, p)
  );
}

function cachedStructure(p: ModelProblem, opts: OracleOptions): Structure | undefined {
  const o = optionsKey(opts);
  const at = structures.findIndex((e) => matches(e.key, p, o));
  if (at < 0) return undefined;
  const [e] = structures.splice(at, 1);
  structures.unshift(e);
  return e.s;
}

/** Keeps copies of the key arrays: a synchronous re-solve refreshes its problem in place. */
function keepStructure(p: ModelProblem, opts: OracleOptions, s: Structure): void {
  const g = p.graph;
  const key: StructureKey = {
    n: p.n,
    m: p.m,
    objNl: p.objNl,
    opts: optionsKey(opts),
    op: g.op.slice(),
    childStart: g.childStart.slice(),
    children: g.children.slice(),
    varOf: varsOf(p),
    rowNl: p.rowNl.slice(),
    rowStart: p.rowStart.slice(),
    col: p.col.slice(),
  };
  structures.unshift({ key, s });
  // The last one always; older ones while the graphs kept stay below STRUCTURES_NODES.
  let nodes = 0;
  let keep = 0;
  while (keep < structures.length && keep < STRUCTURES_KEPT) {
    nodes += structures[keep].key.op.length;
    if (keep > 0 && nodes > STRUCTURES_NODES) break;
    keep++;
  }
  structures.length = keep;
}

/** Node lists the tape sweeps: all active nodes, the taped functions' nodes, the taped terms' nodes. */
const ALL = 0;
const FNS = 1;
const TERMS = 2;
type ListId = typeof ALL | typeof FNS | typeof TERMS;

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
  /** The compiled functions' weight in and value out (compile.ts). */
  private readonly io = new Float64Array(2);
  private haveX = false;
  /** Tape passes done at the cached x, per list: [values, partials, second partials]. */
  private readonly done: boolean[][] = [
    [false, false, false],
    [false, false, false],
    [false, false, false],
  ];
  private readonly lists: Int32Array[];
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
    /** The linear coefficients per Jacobian slot (plan.jacBase for the problem that built the plan). */
    private readonly jacBase: Float64Array,
    private readonly tape: Tape,
    private readonly dec: Decomposition,
    private readonly hess: HessianEvaluator,
    private readonly compiled: CompiledFunctions | undefined,
    private readonly termwise: TermwiseFunctions | undefined,
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
      // Functions neither compiled whole nor term by term, and the active nodes they need.
      this.tapedFns = compiled.units.taped.filter((f) => !termwise!.has[f]);
      const mark = new Uint8Array(plan.nodeCount);
      for (const f of this.tapedFns)
        for (let q = plan.fnStart[f]; q < plan.fnStart[f + 1]; q++) mark[plan.fnNodes[q]] = 1;
      this.tapedNodes = plan.active.filter((i) => mark[i] === 1);
    } else {
      this.tapedFns = this.allFns;
      this.tapedNodes = plan.active;
    }
    this.lists = [plan.active, this.tapedNodes, hess.tapedTermNodes];
  }

  get stats() {
    const t = this.hess.compiledTerms;
    return {
      functions: this.plan.nf,
      terms: this.plan.nt,
      shapes: this.compiled?.units.shapes ?? 0,
      termShapes: t?.shapes ?? 0,
      termwiseFunctions: this.termwise ? this.termwise.has.reduce((a, b) => a + b, 0) : 0,
      tapedFunctions: this.tapedFns.length,
      tapedTerms: t ? t.taped.length : this.plan.nt,
    };
  }

  lastEvalError(): string | undefined {
    return this.err;
  }

  refreshParams(): void {
    this.tape.evalInactive();
    this.dec.refresh();
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
    for (const d of this.done) d.fill(false);
  }

  /** Tape passes up to `stage` (0 values, 1 partials, 2 second partials) current for a list of nodes. */
  private ensureTape(id: ListId, stage: 0 | 1 | 2): void {
    // A list that is all active nodes (tape mode) shares the flags of ALL.
    const list = this.lists[id] === this.plan.active ? ALL : id;
    const d = this.done[list];
    const all = this.done[ALL];
    const nodes = this.lists[list];
    for (let k = 0; k <= stage; k++) {
      if (d[k] || all[k]) continue;
      if (k === 0) this.tape.forward(this.xs, nodes);
      else if (k === 1) this.tape.partials(nodes);
      else this.tape.second(nodes);
      d[k] = true;
    }
  }

  /** Error path: bring the whole tape up to `stage` and name the first bad operator among fns. */
  private fail(fns: Iterable<number>, stage: EvalStage, what: string): void {
    this.ensureTape(ALL, stage === 'value' ? 0 : stage === 'derivative' ? 1 : 2);
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
    if (fn) {
      fn(this.xs, this.tape.v, c!.units.leaves, c!.units.leafStart[f], this.io);
      return this.io[1];
    }
    if (this.termwise?.has[f]) return this.termwise.value(f, this.xs, this.tape.v);
    this.ensureTape(FNS, 0);
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
    if (fn) {
      const io = this.io;
      io[0] = w;
      fn(
        this.xs,
        this.tape.v,
        c!.units.leaves,
        c!.units.leafStart[f],
        out,
        plan.fnVarSlot,
        plan.fnVarStart[f],
        io,
      );
      return io[1];
    }
    if (this.termwise?.has[f]) return this.termwise.valueGrad(f, this.xs, this.tape.v, out, w);
    this.ensureTape(FNS, 1);
    const tape = this.tape;
    tape.reverse(plan.fnNodes, s, e, root, w);
    const adj = tape.adj;
    for (let t = plan.fnVarStart[f]; t < plan.fnVarStart[f + 1]; t++)
      out[plan.fnVarSlot[t]] += adj[plan.fnVarNode[t]];
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
    if (!Number.isFinite(f))
      this.fail(this.plan.objFn >= 0 ? [this.plan.objFn] : [], 'value', 'the objective');
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
    out.set(this.jacBase);
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
    this.ensureTape(TERMS, 2);
    const wObj = objFactor * this.objSign;
    this.hess.evaluate(this.xs, wObj, lambda, out);
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
