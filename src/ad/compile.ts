// Compiles each nonlinear function (row or objective) to straight-line JavaScript for its value and
// its gradient (a forward statement per node, then the reverse sweep with adjoints as locals), the
// alternative to the tape interpreter (tape.ts) measured in bench/ad.ts. Imports model/,
// operators.ts, plan.ts.
//
// Rows of one indexed equation have the same shape and differ only in which variables and
// constants they read, so the generated code reads every leaf through an index array
// (x[L[o+k]] for variables, V[L[o+k]] for inactive subexpressions, whose values the tape keeps)
// and functions with identical code share one compiled closure: the number of `new Function` calls
// is about the number of equation blocks, not rows. Functions larger than `maxNodes` active nodes
// stay on the tape (V8 does not optimize very large functions, and compiling them costs more than
// it saves).
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { operators, jsHelpers } from './operators.ts';
import { Kind, type AdPlan } from './plan.ts';

export type ValueFn = (x: Float64Array, V: Float64Array, L: Int32Array, o: number) => number;
/** Returns the value and adds w * gradient into out[S[so + k]] for the k-th variable leaf. */
export type ValueGradFn = (x: Float64Array, V: Float64Array, L: Int32Array, o: number, out: Float64Array, S: Int32Array, so: number, w: number) => number;

export interface CompiledFunctions {
  /** Per function: compiled value, or undefined when the function stays on the tape. */
  readonly value: (ValueFn | undefined)[];
  readonly valueGrad: (ValueGradFn | undefined)[];
  /** Leaf indices per function: its variables (in fnVarNode order), then inactive node ids. */
  readonly leafStart: Int32Array;
  readonly leaves: Int32Array;
  /** Functions left to the tape, and the union of their active nodes (topological). */
  readonly taped: Int32Array;
  readonly tapedNodes: Int32Array;
  /** Distinct compiled shapes. */
  readonly shapes: number;
}

const helperNames = Object.keys(jsHelpers);

/**
 * Generate and compile the functions of `plan`. Returns undefined when code generation is not
 * available (new Function blocked by a Content Security Policy): the caller uses the tape.
 */
export function compileFunctions(plan: AdPlan, p: ModelProblem, maxNodes: number): CompiledFunctions | undefined {
  const g = p.graph;
  const N = plan.nodeCount;
  const loc = new Int32Array(N).fill(-1);
  const dloc = new Int32Array(N).fill(-1);
  const cache = new Map<string, [ValueFn, ValueGradFn]>();
  const value: (ValueFn | undefined)[] = new Array(plan.nf).fill(undefined);
  const valueGrad: (ValueGradFn | undefined)[] = new Array(plan.nf).fill(undefined);
  const leafStart = new Int32Array(plan.nf + 1);
  const leafList: number[] = [];
  const taped: number[] = [];
  const tapedMark = new Uint8Array(N);
  for (let f = 0; f < plan.nf; f++) {
    leafStart[f] = leafList.length;
    const s = plan.fnStart[f];
    const e = plan.fnStart[f + 1];
    if (e === s) continue; // inactive root: the oracle reads its constant value
    if (e - s > maxNodes) {
      taped.push(f);
      for (let q = s; q < e; q++) tapedMark[plan.fnNodes[q]] = 1;
      continue;
    }
    const data: number[] = [];
    const nv = plan.fnVarStart[f + 1] - plan.fnVarStart[f];
    for (let q = s; q < e; q++) {
      const i = plan.fnNodes[q];
      loc[i] = q - s;
      if (g.op[i] === Op.Var) leafList.push(g.value[i]);
      for (let r = g.childStart[i]; r < g.childStart[i + 1]; r++) {
        const c = g.children[r];
        if (!plan.act[c] && dloc[c] < 0) {
          dloc[c] = nv + data.length;
          data.push(c);
        }
      }
    }
    for (const c of data) leafList.push(c);
    const code = functionCode(plan, p, s, e, loc, dloc);
    for (let q = s; q < e; q++) loc[plan.fnNodes[q]] = -1;
    for (const c of data) dloc[c] = -1;
    let fns = cache.get(code);
    if (!fns) {
      try {
        fns = new Function('H', `"use strict";const {${helperNames.join(',')}}=H;${code}`)(jsHelpers) as [ValueFn, ValueGradFn];
      } catch (err) {
        if (err instanceof EvalError) return undefined;
        throw err;
      }
      cache.set(code, fns);
    }
    value[f] = fns[0];
    valueGrad[f] = fns[1];
  }
  leafStart[plan.nf] = leafList.length;
  const tapedNodes: number[] = [];
  for (let i = 0; i < N; i++) if (tapedMark[i]) tapedNodes.push(i);
  return {
    value,
    valueGrad,
    leafStart,
    leaves: Int32Array.from(leafList),
    taped: Int32Array.from(taped),
    tapedNodes: Int32Array.from(tapedNodes),
    shapes: cache.size,
  };
}

/** `return [valueFn, valueGradFn]` for the function whose active nodes are fnNodes[s..e). */
function functionCode(plan: AdPlan, p: ModelProblem, s: number, e: number, loc: Int32Array, dloc: Int32Array): string {
  const g = p.graph;
  const { op, childStart: cs, children: ch } = g;
  const nodes = plan.fnNodes;
  const ref = (c: number): string => (plan.act[c] ? `n${loc[c]}` : `d${dloc[c]}`);
  const fwd: string[] = [];
  const dataDecl = new Set<number>();
  let nv = 0;
  for (let q = s; q < e; q++) {
    const i = nodes[q];
    const r0 = cs[i];
    const r1 = cs[i + 1];
    for (let r = r0; r < r1; r++) if (!plan.act[ch[r]]) dataDecl.add(dloc[ch[r]]);
    const name = `n${q - s}`;
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
        throw new Error(`internal error: node ${i} of kind ${plan.kind[i]} in a function's active list`);
    }
    fwd.push(`const ${name}=${ex};`);
  }
  const decl = [...dataDecl].sort((a, b) => a - b).map((k) => `const d${k}=V[L[o+${k}]];`);
  const R = e - s - 1;

  // Reverse sweep: adjoint a<q> of each local node; the root's adjoint is w.
  const rev: string[] = [];
  const lets: string[] = [];
  for (let q = 0; q < R; q++) lets.push(`a${q}=0`);
  const acc = (c: number, partial: string, aq: string): string | undefined => {
    if (!plan.act[c] || partial === '0') return undefined;
    const t = `a${loc[c]}`;
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
          for (let z = 0; z < k; z++) push(acc(ch[r0 + z], args.filter((_, y) => y !== z).join('*') || '1', aq));
        } else {
          // Prefix P_z = prod_{y<z} and suffix S_z = prod_{y>=z}: the partial of factor z is P_z * S_{z+1}.
          for (let z = 1; z < k; z++) body.push(`const p${lq}_${z}=${z === 1 ? args[0] : `p${lq}_${z - 1}*${args[z - 1]}`};`);
          for (let z = k - 1; z >= 1; z--) body.push(`const s${lq}_${z}=${z === k - 1 ? args[k - 1] : `s${lq}_${z + 1}*${args[z]}`};`);
          for (let z = 0; z < k; z++) {
            const part = z === 0 ? `s${lq}_1` : z === k - 1 ? `p${lq}_${k - 1}` : `(p${lq}_${z}*s${lq}_${z + 1})`;
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
        for (let z = 1; z < args.length; z++) body.push(`if(${args[z]}${cmp}b${lq}){b${lq}=${args[z]};t${lq}=${z};}`);
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
  const head = decl.join('') + fwd.join('');
  return (
    `return [function(x,V,L,o){${head}return n${R};},` +
    `function(x,V,L,o,out,S,so,w){${head}${lets.length ? `let ${lets.join(',')};` : ''}${rev.join('')}${out.join('')}return n${R};}];`
  );
}
