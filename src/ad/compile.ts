// Compiles the model to straight-line JavaScript, the alternative to the tape interpreter (tape.ts)
// measured in bench/ad.ts: per nonlinear function (row or objective) its value and gradient (a
// forward statement per node, then the reverse sweep with adjoints as locals), and per Hessian
// term (plan.ts) its dense Hessian by forward-over-reverse unrolled for each of its variables, with
// structurally zero tangents and second-order adjoints left out. Imports model/, operators.ts, plan.ts.
//
// Rows of one indexed equation have the same shape and differ only in which variables and
// constants they read, so the generated code reads every leaf through an index array
// (x[L[o+k]] for variables, V[L[o+k]] for inactive subexpressions, whose values the tape keeps)
// and units with the same structural signature share one compiled closure: the number of
// `new Function` calls is about the number of equation blocks, not rows. Units above a size limit
// stay on the tape (V8 does not optimize very large functions, and compiling them costs more than
// it saves).
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { operators, jsHelpers } from './operators.ts';
import { Kind, type AdPlan } from './plan.ts';

// The compiled functions exchange doubles through a scratch array Y rather than as arguments
// and return values: a call that V8 does not inline (every call here: the call sites see many
// shapes) would box each such double into a new heap number, which was about a quarter of the
// bytes an ipm solve allocated.

/** Sets Y[1] to the function's value. */
export type ValueFn = (x: Float64Array, V: Float64Array, L: Int32Array, o: number, Y: Float64Array) => void;
/** Sets Y[1] to the value and adds w * gradient into out[S[so + k]] for the k-th variable leaf, w = Y[0]. */
export type ValueGradFn = (
  x: Float64Array,
  V: Float64Array,
  L: Int32Array,
  o: number,
  out: Float64Array,
  S: Int32Array,
  so: number,
  Y: Float64Array,
) => void;
/** Adds w * (lower triangle of the term's Hessian) into out[P[po + i(i+1)/2 + j]], i >= j local variables, w = Y[0]. */
export type TermHessFn = (
  x: Float64Array,
  V: Float64Array,
  L: Int32Array,
  o: number,
  out: Float64Array,
  P: Int32Array,
  po: number,
  Y: Float64Array,
) => void;

/** Compiled units (functions or terms): code per unit, or undefined when the unit stays on the tape. */
export interface CompiledUnits<F> {
  readonly fns: (F | undefined)[];
  /** Leaf indices per unit: its variables (ascending node id), then inactive node ids. */
  readonly leafStart: Int32Array;
  readonly leaves: Int32Array;
  /** Units left to the tape, and the union of their active nodes (topological). */
  readonly taped: Int32Array;
  readonly tapedNodes: Int32Array;
  /** Distinct compiled shapes. */
  readonly shapes: number;
}

/** What a code generator sees: the unit's active nodes nodes[s..e), local numbering, data leaves. */
interface ShapeContext {
  readonly plan: AdPlan;
  readonly p: ModelProblem;
  readonly nodes: Int32Array;
  readonly s: number;
  readonly e: number;
  /** Local index of each active node of the unit (else -1). */
  readonly loc: Int32Array;
  /** Leaf index of each inactive child of the unit (after the variables; else -1). */
  readonly dloc: Int32Array;
}

const helperNames = Object.keys(jsHelpers);

/** Signature codes past the local indices: an inactive child is DATA + its data index. */
const DATA = 0x8000;
const MAX_LOCAL = 0x7000;
/** Distinct shapes compiled per unit family (functions, terms): about 50 us of `new Function` each. */
export const DEFAULT_MAX_SHAPES = 2000;

/**
 * Longest generated code (characters) compiled. V8 optimizes no function with more than
 * --max-optimized-bytecode-size bytes of bytecode (61,440 in Node 20), and this code takes about
 * 1.25 bytes of bytecode per character; a unit past the limit would run in the bytecode
 * interpreter for good, at 100-200 ns per node instead of a few. It stays with the caller's
 * fallback instead: a function is then evaluated term by term (termwise.ts), whose small shared
 * shapes V8 does optimize. The 24-hour market's operator objective (2,075 nodes, 224,000
 * characters as one function) is the case: its re-solves took 40% more CPU compiled whole.
 */
export const MAX_CODE_CHARS = 40_000;

/**
 * Compiled shapes kept across problems, per code generator: the code of a shape depends only on
 * its signature (constants are read through V, like parameters), so the re-solves of a
 * decomposition loop, whose subproblems have the same shapes every pass, compile nothing after the
 * first pass. A shape whose code is too long is kept as null (not generated again). Cleared past
 * SHARED_SHAPES_MAX entries per generator.
 */
const sharedShapes = new Map<unknown, Map<string, unknown>>();
const SHARED_SHAPES_MAX = 20000;

/**
 * Compile the units nodes[start[u]..start[u+1]) for which accept(u) holds; the others stay on the
 * tape. Returns undefined when `new Function` is unavailable (a Content Security Policy).
 */
function compileUnits<F>(
  plan: AdPlan,
  p: ModelProblem,
  count: number,
  start: Int32Array,
  nodes: Int32Array,
  accept: (u: number) => boolean,
  gen: (c: ShapeContext) => string,
  maxShapes = DEFAULT_MAX_SHAPES,
): CompiledUnits<F> | undefined {
  const g = p.graph;
  const N = plan.nodeCount;
  const loc = new Int32Array(N).fill(-1);
  const dloc = new Int32Array(N).fill(-1);
  const cache = new Map<string, F>();
  let shared = sharedShapes.get(gen) as Map<string, F | null> | undefined;
  if (!shared) sharedShapes.set(gen, (shared = new Map()));
  const fns: (F | undefined)[] = new Array(count).fill(undefined);
  const leafStart = new Int32Array(count + 1);
  const leafList: number[] = [];
  const taped: number[] = [];
  const tapedMark = new Uint8Array(N);
  let sig = new Uint16Array(1024);
  const data: number[] = [];
  for (let u = 0; u < count; u++) {
    leafStart[u] = leafList.length;
    const s = start[u];
    const e = start[u + 1];
    if (e === s) continue; // inactive root: the caller reads its constant value
    if (e - s > MAX_LOCAL || !accept(u)) {
      taped.push(u);
      for (let q = s; q < e; q++) tapedMark[nodes[q]] = 1;
      continue;
    }
    // Local numbering, leaves, and the structural signature (kind, op, arity, child references).
    data.length = 0;
    let nv = 0;
    for (let q = s; q < e; q++) if (g.op[nodes[q]] === Op.Var) nv++;
    let len = 0;
    for (let q = s; q < e; q++) {
      const i = nodes[q];
      loc[i] = q - s;
      if (g.op[i] === Op.Var) leafList.push(g.value[i]);
      const r0 = g.childStart[i];
      const r1 = g.childStart[i + 1];
      if (len + 3 + (r1 - r0) > sig.length) {
        const b = new Uint16Array(2 * (len + 3 + (r1 - r0)));
        b.set(sig);
        sig = b;
      }
      sig[len++] = plan.kind[i];
      sig[len++] = g.op[i];
      sig[len++] = r1 - r0;
      for (let r = r0; r < r1; r++) {
        const c = g.children[r];
        if (plan.act[c]) sig[len++] = loc[c];
        else {
          if (dloc[c] < 0) {
            dloc[c] = nv + data.length;
            data.push(c);
          }
          sig[len++] = DATA + dloc[c];
        }
      }
    }
    const key = signatureString(sig, len);
    let fn = cache.get(key);
    // Too many distinct shapes (rows without a common structure: compiling each would cost more
    // than it saves), or code too long for V8 to optimize: the unit stays with the caller's fallback.
    let code: string | undefined;
    if (!fn && cache.size < maxShapes && shared.get(key) === undefined) {
      code = gen({ plan, p, nodes, s, e, loc, dloc });
      if (code.length > MAX_CODE_CHARS) {
        if (shared.size >= SHARED_SHAPES_MAX) shared.clear();
        shared.set(key, null);
      }
    }
    if (!fn && (cache.size >= maxShapes || shared.get(key) === null)) {
      leafList.length = leafStart[u];
      for (let q = s; q < e; q++) loc[nodes[q]] = -1;
      for (const c of data) dloc[c] = -1;
      taped.push(u);
      for (let q = s; q < e; q++) tapedMark[nodes[q]] = 1;
      continue;
    }
    for (const c of data) leafList.push(c);
    if (!fn) fn = shared.get(key) ?? undefined;
    if (!fn) {
      try {
        fn = new Function('H', `"use strict";const {${helperNames.join(',')}}=H;${code}`)(jsHelpers) as F;
      } catch (err) {
        if (err instanceof EvalError) return undefined;
        throw err;
      }
      if (shared.size >= SHARED_SHAPES_MAX) shared.clear();
      shared.set(key, fn);
    }
    if (!cache.has(key)) cache.set(key, fn);
    fns[u] = fn;
    for (let q = s; q < e; q++) loc[nodes[q]] = -1;
    for (const c of data) dloc[c] = -1;
  }
  leafStart[count] = leafList.length;
  const tapedNodes: number[] = [];
  for (let i = 0; i < N; i++) if (tapedMark[i]) tapedNodes.push(i);
  return {
    fns,
    leafStart,
    leaves: Int32Array.from(leafList),
    taped: Int32Array.from(taped),
    tapedNodes: Int32Array.from(tapedNodes),
    shapes: cache.size,
  };
}

function signatureString(sig: Uint16Array, len: number): string {
  let out = '';
  for (let k = 0; k < len; k += 8192)
    out += String.fromCharCode.apply(null, sig.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return out;
}

export interface CompiledFunctions {
  readonly value: (ValueFn | undefined)[];
  readonly valueGrad: (ValueGradFn | undefined)[];
  readonly units: CompiledUnits<[ValueFn, ValueGradFn]>;
}

/** Value and gradient code for every function with at most maxNodes active nodes. */
export function compileFunctions(
  plan: AdPlan,
  p: ModelProblem,
  maxNodes: number,
  maxShapes = DEFAULT_MAX_SHAPES,
): CompiledFunctions | undefined {
  const units = compileUnits<[ValueFn, ValueGradFn]>(
    plan,
    p,
    plan.nf,
    plan.fnStart,
    plan.fnNodes,
    (f) => plan.fnStart[f + 1] - plan.fnStart[f] <= maxNodes,
    functionCode,
    maxShapes,
  );
  if (!units) return undefined;
  return { value: units.fns.map((f) => f?.[0]), valueGrad: units.fns.map((f) => f?.[1]), units };
}

/** Value and gradient code for the terms t with accept(t) (terms of functions evaluated term by term). */
export function compileTermValues(
  plan: AdPlan,
  p: ModelProblem,
  accept: (t: number) => boolean,
  maxShapes = DEFAULT_MAX_SHAPES,
): CompiledUnits<[ValueFn, ValueGradFn]> | undefined {
  return compileUnits<[ValueFn, ValueGradFn]>(
    plan,
    p,
    plan.nt,
    plan.termStart,
    plan.termNodes,
    accept,
    functionCode,
    maxShapes,
  );
}

/**
 * Hessian code for every term with k variables and S active nodes where k * S <= maxWork and no
 * product has more than 8 factors (the unrolled code grows as k * S).
 */
export function compileTerms(
  plan: AdPlan,
  p: ModelProblem,
  maxWork: number,
  maxShapes = DEFAULT_MAX_SHAPES,
): CompiledUnits<TermHessFn> | undefined {
  const g = p.graph;
  const accept = (t: number): boolean => {
    const k = plan.termVarStart[t + 1] - plan.termVarStart[t];
    const S = plan.termStart[t + 1] - plan.termStart[t];
    if (k * S > maxWork) return false;
    for (let q = plan.termStart[t]; q < plan.termStart[t + 1]; q++) {
      const i = plan.termNodes[q];
      if (plan.kind[i] === Kind.Mul && g.childStart[i + 1] - g.childStart[i] > 8) return false;
    }
    return true;
  };
  return compileUnits<TermHessFn>(
    plan,
    p,
    plan.nt,
    plan.termStart,
    plan.termNodes,
    accept,
    termHessianCode,
    maxShapes,
  );
}

/** `n<q>` for an active child, `d<k>` for an inactive one. */
function refOf(c: ShapeContext): (node: number) => string {
  return (node) => (c.plan.act[node] ? `n${c.loc[node]}` : `d${c.dloc[node]}`);
}

/** Data-leaf declarations and one `const n<q> = ...` per node: the forward sweep. */
function forwardCode(c: ShapeContext): string {
  const { plan, p, nodes, s, e, dloc } = c;
  const g = p.graph;
  const { op, childStart: cs, children: ch } = g;
  const ref = refOf(c);
  const fwd: string[] = [];
  const dataDecl = new Set<number>();
  let nv = 0;
  for (let q = s; q < e; q++) {
    const i = nodes[q];
    const r0 = cs[i];
    const r1 = cs[i + 1];
    for (let r = r0; r < r1; r++) if (!plan.act[ch[r]]) dataDecl.add(dloc[ch[r]]);
    const args: string[] = [];
    for (let r = r0; r < r1; r++) args.push(ref(ch[r]));
    const def = operators[op[i]];
    let ex: string;
    switch (plan.kind[i]) {
      case Kind.Var:
        ex = `x[L[o+${nv++}]]`;
        break;
      case Kind.Unary:
        ex = def.unary!.js.f(args[0]);
        break;
      case Kind.Binary:
        ex = def.binary!.js.f(args[0], args[1]);
        break;
      case Kind.Add:
        ex = args.length === 1 ? args[0] : `(${args.join('+')})`;
        break;
      case Kind.Mul:
        ex = args.length === 1 ? args[0] : `(${args.join('*')})`;
        break;
      case Kind.Min:
        ex = args.length === 1 ? args[0] : `Math.min(${args.join(',')})`;
        break;
      case Kind.Max:
        ex = args.length === 1 ? args[0] : `Math.max(${args.join(',')})`;
        break;
      default:
        throw new Error(`internal error: node ${i} of kind ${plan.kind[i]} in an active list`);
    }
    fwd.push(`const n${q - s}=${ex};`);
  }
  const decl = [...dataDecl].sort((a, b) => a - b).map((k) => `const d${k}=V[L[o+${k}]];`);
  return decl.join('') + fwd.join('');
}

/** `return [valueFn, valueGradFn]` for the function whose active nodes are nodes[s..e). */
function functionCode(c: ShapeContext): string {
  const { plan, p, nodes, s, e, loc } = c;
  const g = p.graph;
  const { op, childStart: cs, children: ch } = g;
  const ref = refOf(c);
  const head = forwardCode(c);
  const R = e - s - 1;

  // Reverse sweep: adjoint a<q> of each local node; the root's adjoint is w.
  const rev: string[] = [];
  const lets: string[] = [];
  for (let q = 0; q < R; q++) lets.push(`a${q}=0`);
  const acc = (node: number, partial: string, aq: string): string | undefined => {
    if (!plan.act[node] || partial === '0') return undefined;
    const t = `a${loc[node]}`;
    if (partial === '1') return `${t}+=${aq};`;
    if (partial === '-1') return `${t}-=${aq};`;
    return `${t}+=${aq}*${partial};`;
  };
  for (let q = e - 1; q >= s; q--) {
    const i = nodes[q];
    if (plan.kind[i] === Kind.Var) continue;
    const lq = q - s;
    const aq = lq === R ? 'w' : `a${lq}`;
    const r0 = cs[i];
    const r1 = cs[i + 1];
    const args: string[] = [];
    for (let r = r0; r < r1; r++) args.push(ref(ch[r]));
    const def = operators[op[i]];
    const body: string[] = [];
    const push = (x: string | undefined) => {
      if (x) body.push(x);
    };
    switch (plan.kind[i]) {
      case Kind.Unary:
        push(acc(ch[r0], def.unary!.js.d1(args[0], `n${lq}`), aq));
        break;
      case Kind.Binary:
        push(acc(ch[r0], def.binary!.js.da(args[0], args[1], `n${lq}`), aq));
        push(acc(ch[r0 + 1], def.binary!.js.db(args[0], args[1], `n${lq}`), aq));
        break;
      case Kind.Add:
        for (let r = r0; r < r1; r++) push(acc(ch[r], '1', aq));
        break;
      case Kind.Mul: {
        const k = args.length;
        if (k <= 3) {
          for (let z = 0; z < k; z++)
            push(acc(ch[r0 + z], args.filter((_, y) => y !== z).join('*') || '1', aq));
        } else {
          // Prefix P_z = prod_{y<z} and suffix S_z = prod_{y>=z}: the partial of factor z is P_z * S_{z+1}.
          for (let z = 1; z < k; z++)
            body.push(`const p${lq}_${z}=${z === 1 ? args[0] : `p${lq}_${z - 1}*${args[z - 1]}`};`);
          for (let z = k - 1; z >= 1; z--)
            body.push(`const s${lq}_${z}=${z === k - 1 ? args[k - 1] : `s${lq}_${z + 1}*${args[z]}`};`);
          for (let z = 0; z < k; z++) {
            const part =
              z === 0 ? `s${lq}_1` : z === k - 1 ? `p${lq}_${k - 1}` : `(p${lq}_${z}*s${lq}_${z + 1})`;
            push(acc(ch[r0 + z], part, aq));
          }
        }
        break;
      }
      case Kind.Min:
      case Kind.Max: {
        if (args.length === 1) {
          push(acc(ch[r0], '1', aq));
          break;
        }
        // The first active argument gets the adjoint (ties to the first, as in the tape).
        const cmp = plan.kind[i] === Kind.Min ? '<' : '>';
        body.push(`let b${lq}=${args[0]},t${lq}=0;`);
        for (let z = 1; z < args.length; z++)
          body.push(`if(${args[z]}${cmp}b${lq}){b${lq}=${args[z]};t${lq}=${z};}`);
        for (let z = 0; z < args.length; z++) {
          const a = acc(ch[r0 + z], '1', aq);
          if (a) body.push(`if(t${lq}===${z})${a}`);
        }
        break;
      }
    }
    // Skip a zero adjoint, as the tape does, so that 0 * Inf in an inactive branch stays 0.
    if (body.length) rev.push(lq === R ? body.join('') : `if(${aq}!==0){${body.join('')}}`);
  }
  const out: string[] = [];
  let k = 0;
  for (let q = s; q < e; q++) {
    if (plan.kind[nodes[q]] !== Kind.Var) continue;
    out.push(`out[S[so+${k}]]+=${q - s === R ? 'w' : `a${q - s}`};`);
    k++;
  }
  return (
    `return [function(x,V,L,o,Y){${head}Y[1]=n${R};},` +
    `function(x,V,L,o,out,S,so,Y){const w=Y[0];${head}${lets.length ? `let ${lets.join(',')};` : ''}${rev.join('')}${out.join('')}Y[1]=n${R};}];`
  );
}

/**
 * Hessian code of one term: forward values, local partials, first-order adjoints (root adjoint w),
 * then per local variable j a tangent sweep t<q> = d n<q> / d x_j and a second-order adjoint sweep
 * s<q> = d a<q> / d x_j (Griewank & Walther 2008, sec. 5.4), each limited to the nodes that
 * structurally depend on x_j; s at variable i >= j is Hessian entry (i, j).
 */
function termHessianCode(c: ShapeContext): string {
  const { plan, p, nodes, s, e, loc } = c;
  const g = p.graph;
  const { op, childStart: cs, children: ch } = g;
  const act = plan.act;
  const ref = refOf(c);
  const S = e - s;
  const R = S - 1;
  const out: string[] = [forwardCode(c)];

  // Local structure: kind, children (local index, or -1 for inactive), argument expressions.
  const kind: number[] = [];
  const kids: number[][] = [];
  const args: string[][] = [];
  const varLocal: number[] = [];
  for (let q = 0; q < S; q++) {
    const i = nodes[s + q];
    kind.push(plan.kind[i]);
    const k: number[] = [];
    const a: string[] = [];
    for (let r = cs[i]; r < cs[i + 1]; r++) {
      k.push(act[ch[r]] ? loc[ch[r]] : -1);
      a.push(ref(ch[r]));
    }
    kids.push(k);
    args.push(a);
    if (plan.kind[i] === Kind.Var) varLocal.push(q);
  }
  const nvar = varLocal.length;
  // dep[q][j]: node q depends on local variable j.
  const dep: Uint8Array[] = [];
  for (let q = 0; q < S; q++) {
    const d = new Uint8Array(nvar);
    if (kind[q] === Kind.Var) d[varLocal.indexOf(q)] = 1;
    else for (const c of kids[q]) if (c >= 0) for (let j = 0; j < nvar; j++) d[j] |= dep[c][j];
    dep.push(d);
  }

  // First partials p<q>_<z> (literal when constant) and second partials h<q>_<0|1|2>.
  const part: string[][] = [];
  const h2: string[][] = [];
  const lit = (x: string) => /^-?[0-9.]+$/.test(x);
  const named = (name: string, x: string): string => {
    if (lit(x)) return x;
    out.push(`const ${name}=${x};`);
    return name;
  };
  for (let q = 0; q < S; q++) {
    const i = nodes[s + q];
    const def = operators[op[i]];
    const a = args[q];
    const P: string[] = [];
    const H: string[] = [];
    const nq = `n${q}`;
    switch (kind[q]) {
      case Kind.Unary:
        P.push(named(`p${q}_0`, def.unary!.js.d1(a[0], nq)));
        H.push(named(`h${q}_0`, def.unary!.js.d2(a[0], nq)));
        break;
      case Kind.Binary: {
        const js = def.binary!.js;
        const [A, B] = a;
        const a0 = kids[q][0] >= 0;
        const a1 = kids[q][1] >= 0;
        P.push(a0 ? named(`p${q}_0`, js.da(A, B, nq)) : '0');
        P.push(a1 ? named(`p${q}_1`, js.db(A, B, nq)) : '0');
        H.push(a0 ? named(`h${q}_0`, js.haa(A, B, nq)) : '0');
        H.push(a0 && a1 ? named(`h${q}_1`, js.hab(A, B, nq)) : '0');
        H.push(a1 ? named(`h${q}_2`, js.hbb(A, B, nq)) : '0');
        break;
      }
      case Kind.Add:
        for (let z = 0; z < a.length; z++) P.push('1');
        break;
      case Kind.Mul:
        for (let z = 0; z < a.length; z++)
          P.push(a.length === 1 ? '1' : named(`p${q}_${z}`, a.filter((_, y) => y !== z).join('*')));
        break;
      case Kind.Min:
      case Kind.Max: {
        if (a.length === 1) {
          P.push('1');
          break;
        }
        const cmp = kind[q] === Kind.Min ? '<' : '>';
        out.push(`let b${q}=${a[0]},m${q}=0;`);
        for (let z = 1; z < a.length; z++) out.push(`if(${a[z]}${cmp}b${q}){b${q}=${a[z]};m${q}=${z};}`);
        for (let z = 0; z < a.length; z++) P.push(named(`p${q}_${z}`, `(m${q}===${z}?1:0)`));
        break;
      }
    }
    part.push(P);
    h2.push(H);
  }
  const mulBy = (x: string, y: string): string =>
    x === '1' ? y : y === '1' ? x : x === '-1' ? `(-${y})` : y === '-1' ? `(-${x})` : `${x}*${y}`;

  // First-order adjoints (the root's is w); skip a zero adjoint as the tape does.
  const aName = (q: number) => (q === R ? 'w' : `a${q}`);
  if (R > 0) out.push(`let ${Array.from({ length: R }, (_, q) => `a${q}=0`).join(',')};`);
  for (let q = R; q >= 0; q--) {
    if (kind[q] === Kind.Var) continue;
    const body: string[] = [];
    kids[q].forEach((c, z) => {
      if (c >= 0 && part[q][z] !== '0') body.push(`a${c}+=${mulBy(aName(q), part[q][z])};`);
    });
    if (body.length) out.push(q === R ? body.join('') : `if(a${q}!==0){${body.join('')}}`);
  }

  // Per variable j: tangents, second-order adjoints, and column j of the lower triangle.
  for (let j = 0; j < nvar; j++) {
    const blk: string[] = [];
    const tan = (c: number): string => (c === varLocal[j] ? '1' : `t${c}`);
    for (let q = 0; q < S; q++) {
      if (kind[q] === Kind.Var || !dep[q][j]) continue;
      const terms: string[] = [];
      kids[q].forEach((c, z) => {
        if (c >= 0 && dep[c][j] && part[q][z] !== '0') terms.push(mulBy(part[q][z], tan(c)));
      });
      blk.push(`const t${q}=${terms.length ? terms.join('+') : '0'};`);
    }
    // Which s<q> are structurally nonzero, and what each child receives.
    const sNZ = new Uint8Array(S);
    const nodeBlocks: { q: number; body: string[] }[] = [];
    for (let q = R; q >= 0; q--) {
      if (kind[q] === Kind.Var) continue;
      const body: string[] = [];
      const aq = aName(q);
      const K = kids[q];
      K.forEach((c, z) => {
        if (c < 0) return;
        const terms: string[] = [];
        if (sNZ[q] && part[q][z] !== '0') terms.push(mulBy(`s${q}`, part[q][z]));
        const second: string[] = [];
        switch (kind[q]) {
          case Kind.Unary:
            if (h2[q][0] !== '0' && dep[c][j]) second.push(mulBy(h2[q][0], tan(c)));
            break;
          case Kind.Binary: {
            const o = K[1 - z];
            const hSelf = h2[q][z === 0 ? 0 : 2];
            const hCross = h2[q][1];
            if (hSelf !== '0' && dep[c][j]) second.push(mulBy(hSelf, tan(c)));
            if (o >= 0 && hCross !== '0' && dep[o][j]) second.push(mulBy(hCross, tan(o)));
            break;
          }
          case Kind.Mul:
            if (K.length > 1) {
              K.forEach((b, y) => {
                if (y === z || b < 0 || !dep[b][j]) return;
                const others = args[q].filter((_, w) => w !== z && w !== y);
                second.push(mulBy(others.length ? others.join('*') : '1', tan(b)));
              });
            }
            break;
        }
        if (second.length) terms.push(mulBy(aq, second.length === 1 ? second[0] : `(${second.join('+')})`));
        if (terms.length) {
          sNZ[c] = 1;
          body.push(`s${c}+=${terms.join('+')};`);
        }
      });
      if (body.length) nodeBlocks.push({ q, body });
    }
    const lets: string[] = [];
    for (let q = 0; q < S; q++) if (sNZ[q]) lets.push(`s${q}=0`);
    if (lets.length) blk.push(`let ${lets.join(',')};`);
    for (const { q, body } of nodeBlocks) {
      const guard = q === R ? '' : sNZ[q] ? `a${q}!==0||s${q}!==0` : `a${q}!==0`;
      blk.push(guard ? `if(${guard}){${body.join('')}}` : body.join(''));
    }
    for (let i = j; i < nvar; i++) {
      const v = varLocal[i];
      if (sNZ[v]) blk.push(`out[P[po+${(i * (i + 1)) / 2 + j}]]+=s${v};`);
    }
    out.push(`{${blk.join('')}}`);
  }
  return `return function(x,V,L,o,out,P,po,Y){const w=Y[0];${out.join('')}};`;
}
