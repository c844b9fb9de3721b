// The sweep plan of a ModelProblem, built once per oracle: which graph nodes each nonlinear function
// (row or objective) reads, in topological order; the Jacobian and Hessian sparsity with the slot
// every derivative lands in; and the decomposition of each function into a linear top and nonlinear
// element terms used by the Hessian (hessian.ts). Imports model/ and operators.ts.
//
// Vocabulary. A node is *active* when it depends on a variable; only active nodes are swept per x
// (inactive ones — constants, parameters and expressions of them — are evaluated once per parameter
// set). A *function* is a nonlinear root: a row with rowNl >= 0, or the objective with objNl >= 0.
// Its *linear top* is the part reachable from the root through operators that are linear in their
// active arguments (sum, difference, negation, product or quotient by an inactive factor); the
// nodes where that walk stops are its *terms*. f = sum_t w_t T_t(x) + affine(x) with weights w_t
// that do not depend on x, so the Hessian of f is sum_t w_t Hess T_t, each dense on the term's own
// variables (partial separability, as in Griewank & Toint; Nocedal & Wright 2006, sec. 7.4).
import { Op, opNames } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { operators } from './operators.ts';

/** Dispatch category of a node in the sweeps. */
export const Kind = {
  Var: 0,
  Inactive: 1,
  Unary: 2,
  Binary: 3,
  Add: 4,
  Mul: 5, // n-ary product with more than two factors
  Min: 6,
  Max: 7,
} as const;

export interface AdPlan {
  readonly n: number;
  readonly m: number;
  readonly nodeCount: number;
  /** 1 when the node depends on a variable. */
  readonly act: Uint8Array;
  readonly kind: Uint8Array;
  /** Inactive nodes some function reads, topological. */
  readonly inactive: Int32Array;
  /** Active nodes some function reads (the union of fnNodes), topological. */
  readonly active: Int32Array;
  readonly maxArity: number;

  /** Functions: 0..nf-1; fnRow[f] is the row, or -1 for the objective. */
  readonly nf: number;
  readonly fnRow: Int32Array;
  readonly fnRoot: Int32Array;
  /** Index of the objective's function, or -1. */
  readonly objFn: number;
  /** Function of each row, or -1 when the row is linear. */
  readonly rowFn: Int32Array;
  /** Active nodes of each function, ascending (= topological). */
  readonly fnStart: Int32Array;
  readonly fnNodes: Int32Array;
  /** Var nodes of each function (ascending node id) and the slot each one's derivative goes to:
   *  a Jacobian value index for rows, the variable index for the objective. */
  readonly fnVarStart: Int32Array;
  readonly fnVarNode: Int32Array;
  readonly fnVarSlot: Int32Array;

  /** Jacobian structure: rows by ascending row, columns ascending within a row. */
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  /** Linear coefficients per Jacobian slot (duplicates summed). */
  readonly jacBase: Float64Array;
  /** Slot of each linear entry k of the CSR part. */
  readonly linSlot: Int32Array;

  /** Linear top of each function: its linear-operator nodes and its term roots, ascending. */
  readonly topStart: Int32Array;
  readonly topNodes: Int32Array;
  /** Term index of a node that is a term root, else -1. */
  readonly termOf: Int32Array;
  readonly nt: number;
  readonly termRoot: Int32Array;
  /** Active nodes of each term, ascending. */
  readonly termStart: Int32Array;
  readonly termNodes: Int32Array;
  /** Var nodes of each term, ascending node id. */
  readonly termVarStart: Int32Array;
  readonly termVarNode: Int32Array;
  /** Hessian slot of the pair (i, j), i >= j, of the term's local variables: at termPairStart[t] + i(i+1)/2 + j. */
  readonly termPairStart: Int32Array;
  readonly termPairSlot: Int32Array;
  readonly hessRows: Int32Array;
  readonly hessCols: Int32Array;
}

/** Growable Int32 buffer (plan construction only). */
class IntList {
  a = new Int32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.a.slice(0, this.length);
  }
}

function sortInt(a: Int32Array, s: number, e: number): void {
  a.subarray(s, e).sort();
}

/** True for operators linear in their active arguments at this node (the linear top). */
function isLinearNode(p: ModelProblem, act: Uint8Array, i: number): boolean {
  const g = p.graph;
  const op = g.op[i];
  if (op === Op.Add || op === Op.Sub || op === Op.Neg) return true;
  const s = g.childStart[i];
  const e = g.childStart[i + 1];
  if (op === Op.Mul) {
    let k = 0;
    for (let t = s; t < e; t++) if (act[g.children[t]]) k++;
    return k <= 1;
  }
  if (op === Op.Div) return !act[g.children[s + 1]];
  return false;
}

/** The linear coefficients per Jacobian slot: coef[k] summed into slot linSlot[k], in k order. */
export function linearJacobian(linSlot: Int32Array, slots: number, coef: Float64Array): Float64Array {
  const out = new Float64Array(slots);
  for (let k = 0; k < linSlot.length; k++) out[linSlot[k]] += coef[k];
  return out;
}

/**
 * Build the plan. Throws "internal error" for a graph that breaks the contract of expr-graph.ts
 * (an unknown operator, a wrong number of children, a child after its parent) — a bug, not user input.
 */
export function buildPlan(p: ModelProblem): AdPlan {
  const g = p.graph;
  const N = g.nodeCount;
  const { n, m } = p;
  const act = new Uint8Array(N);
  const kind = new Uint8Array(N);
  let maxArity = 0;
  for (let i = 0; i < N; i++) {
    const op = g.op[i];
    const s = g.childStart[i];
    const e = g.childStart[i + 1];
    const k = e - s;
    if (k > maxArity) maxArity = k;
    const def = operators[op];
    if (!def) throw new Error(`internal error: unknown operator ${op} at node ${i}`);
    let a = 0;
    for (let t = s; t < e; t++) {
      const c = g.children[t];
      if (c >= i || c < 0) throw new Error(`internal error: node ${i} has child ${c} (not topological)`);
      a |= act[c];
    }
    if (op === Op.Var) {
      const j = g.value[i];
      if (!(j >= 0 && j < n && Number.isInteger(j)))
        throw new Error(`internal error: node ${i} reads variable ${j} of ${n}`);
      a = 1;
    }
    act[i] = a;
    let kd: number;
    if (op === Op.Var) kd = Kind.Var;
    else if (op === Op.Const || op === Op.Param) kd = Kind.Inactive;
    else if (op === Op.Add) kd = Kind.Add;
    else if (op === Op.Min) kd = Kind.Min;
    else if (op === Op.Max) kd = Kind.Max;
    else if (op === Op.Mul && k > 2) kd = Kind.Mul;
    else if (k === 1 && def.unary) kd = Kind.Unary;
    else if (k === 2 && def.binary) kd = Kind.Binary;
    else if (op === Op.Mul && k === 1) kd = Kind.Mul;
    else throw new Error(`internal error: operator ${opNames[op]} at node ${i} has ${k} children`);
    if ((kd === Kind.Add || kd === Kind.Min || kd === Kind.Max || kd === Kind.Mul) && k === 0) {
      throw new Error(`internal error: operator ${opNames[op]} at node ${i} has no children`);
    }
    kind[i] = a ? kd : Kind.Inactive;
  }

  // ---- functions ----
  const fnRowL: number[] = [];
  const fnRootL: number[] = [];
  const rowFn = new Int32Array(m).fill(-1);
  for (let i = 0; i < m; i++) {
    const r = p.rowNl[i];
    if (r >= 0) {
      if (r >= N) throw new Error(`internal error: row ${i} has root ${r} of ${N} nodes`);
      rowFn[i] = fnRowL.length;
      fnRowL.push(i);
      fnRootL.push(r);
    }
  }
  let objFn = -1;
  if (p.objNl >= 0) {
    if (p.objNl >= N) throw new Error(`internal error: objective root ${p.objNl} of ${N} nodes`);
    objFn = fnRowL.length;
    fnRowL.push(-1);
    fnRootL.push(p.objNl);
  }
  const nf = fnRowL.length;
  const fnRow = Int32Array.from(fnRowL);
  const fnRoot = Int32Array.from(fnRootL);

  // Reachable nodes per function by an explicit-stack DFS with a stamp per node.
  const stamp = new Int32Array(N).fill(-1);
  const needed = new Uint8Array(N);
  const stack = new IntList();
  const fnStartA = new Int32Array(nf + 1);
  const fnNodesL = new IntList();
  const fnVarStartA = new Int32Array(nf + 1);
  const fnVarNodeL = new IntList();
  const reach = (
    root: number,
    tag: number,
    out: IntList,
    stampArr: Int32Array,
    onlyActive: boolean,
  ): void => {
    stack.length = 0;
    stack.push(root);
    while (stack.length) {
      const v = stack.a[--stack.length];
      if (stampArr[v] === tag) continue;
      stampArr[v] = tag;
      needed[v] = 1;
      if (!onlyActive || act[v]) out.push(v);
      for (let t = g.childStart[v]; t < g.childStart[v + 1]; t++) {
        const c = g.children[t];
        if (stampArr[c] !== tag) stack.push(c);
      }
    }
  };
  for (let f = 0; f < nf; f++) {
    fnStartA[f] = fnNodesL.length;
    reach(fnRoot[f], f, fnNodesL, stamp, true);
    sortInt(fnNodesL.a, fnStartA[f], fnNodesL.length);
    fnVarStartA[f] = fnVarNodeL.length;
    for (let t = fnStartA[f]; t < fnNodesL.length; t++) {
      const v = fnNodesL.a[t];
      if (g.op[v] === Op.Var) fnVarNodeL.push(v);
    }
  }
  fnStartA[nf] = fnNodesL.length;
  fnVarStartA[nf] = fnVarNodeL.length;
  const fnNodes = fnNodesL.toArray();
  const fnVarNode = fnVarNodeL.toArray();
  const activeL = new IntList();
  const inactiveL = new IntList();
  for (let i = 0; i < N; i++) {
    if (!needed[i]) continue;
    if (act[i]) activeL.push(i);
    else inactiveL.push(i);
  }

  // ---- Jacobian: per row, the union of linear columns and nonlinear variables ----
  const fnVarSlot = new Int32Array(fnVarNode.length);
  const linSlot = new Int32Array(p.rowStart[m]);
  const jr = new IntList();
  const jc = new IntList();
  const slotOfCol = new Int32Array(n).fill(-1);
  const cols: number[] = [];
  for (let i = 0; i < m; i++) {
    cols.length = 0;
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
      const j = p.col[k];
      if (slotOfCol[j] < 0) {
        slotOfCol[j] = 0;
        cols.push(j);
      }
    }
    const f = rowFn[i];
    if (f >= 0) {
      for (let t = fnVarStartA[f]; t < fnVarStartA[f + 1]; t++) {
        const j = g.value[fnVarNode[t]];
        if (slotOfCol[j] < 0) {
          slotOfCol[j] = 0;
          cols.push(j);
        }
      }
    }
    cols.sort((a, b) => a - b);
    for (const j of cols) {
      slotOfCol[j] = jr.length;
      jr.push(i);
      jc.push(j);
    }
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) linSlot[k] = slotOfCol[p.col[k]];
    if (f >= 0)
      for (let t = fnVarStartA[f]; t < fnVarStartA[f + 1]; t++)
        fnVarSlot[t] = slotOfCol[g.value[fnVarNode[t]]];
    for (const j of cols) slotOfCol[j] = -1;
  }
  if (objFn >= 0)
    for (let t = fnVarStartA[objFn]; t < fnVarStartA[objFn + 1]; t++) fnVarSlot[t] = g.value[fnVarNode[t]];
  const jacRows = jr.toArray();
  const jacCols = jc.toArray();
  const jacBase = linearJacobian(linSlot, jacRows.length, p.coef);

  // ---- linear tops and terms ----
  const termOf = new Int32Array(N).fill(-1);
  const termRootL = new IntList();
  const topStartA = new Int32Array(nf + 1);
  const topNodesL = new IntList();
  const stamp2 = new Int32Array(N).fill(-1);
  for (let f = 0; f < nf; f++) {
    topStartA[f] = topNodesL.length;
    stack.length = 0;
    stack.push(fnRoot[f]);
    while (stack.length) {
      const v = stack.a[--stack.length];
      if (stamp2[v] === f || !act[v] || g.op[v] === Op.Var) continue;
      stamp2[v] = f;
      topNodesL.push(v);
      if (isLinearNode(p, act, v)) {
        for (let t = g.childStart[v]; t < g.childStart[v + 1]; t++) stack.push(g.children[t]);
      } else if (termOf[v] < 0) {
        termOf[v] = termRootL.length;
        termRootL.push(v);
      }
    }
    sortInt(topNodesL.a, topStartA[f], topNodesL.length);
  }
  topStartA[nf] = topNodesL.length;
  const nt = termRootL.length;
  const termRoot = termRootL.toArray();
  const termStartA = new Int32Array(nt + 1);
  const termNodesL = new IntList();
  const termVarStartA = new Int32Array(nt + 1);
  const termVarNodeL = new IntList();
  const stamp3 = new Int32Array(N).fill(-1);
  for (let t = 0; t < nt; t++) {
    termStartA[t] = termNodesL.length;
    reach(termRoot[t], t, termNodesL, stamp3, true);
    sortInt(termNodesL.a, termStartA[t], termNodesL.length);
    termVarStartA[t] = termVarNodeL.length;
    for (let k = termStartA[t]; k < termNodesL.length; k++) {
      const v = termNodesL.a[k];
      if (g.op[v] === Op.Var) termVarNodeL.push(v);
    }
  }
  termStartA[nt] = termNodesL.length;
  termVarStartA[nt] = termVarNodeL.length;
  const termVarNode = termVarNodeL.toArray();

  // ---- Hessian structure: every pair of a term's variables (lower triangle) ----
  const termPairStart = new Int32Array(nt + 1);
  for (let t = 0; t < nt; t++) {
    const k = termVarStartA[t + 1] - termVarStartA[t];
    termPairStart[t + 1] = termPairStart[t] + (k * (k + 1)) / 2;
  }
  const pairKey = new Float64Array(termPairStart[nt]);
  for (let t = 0; t < nt; t++) {
    const vs = termVarStartA[t];
    const k = termVarStartA[t + 1] - vs;
    let q = termPairStart[t];
    for (let a = 0; a < k; a++) {
      const ja = g.value[termVarNode[vs + a]];
      for (let b = 0; b <= a; b++) {
        const jb = g.value[termVarNode[vs + b]];
        pairKey[q++] = ja >= jb ? ja * n + jb : jb * n + ja;
      }
    }
  }
  const keys = Float64Array.from(new Set(pairKey)).sort();
  const slotOfKey = new Map<number, number>();
  const hessRows = new Int32Array(keys.length);
  const hessCols = new Int32Array(keys.length);
  for (let s = 0; s < keys.length; s++) {
    slotOfKey.set(keys[s], s);
    hessRows[s] = Math.floor(keys[s] / n);
    hessCols[s] = keys[s] - hessRows[s] * n;
  }
  const termPairSlot = new Int32Array(pairKey.length);
  for (let q = 0; q < pairKey.length; q++) termPairSlot[q] = slotOfKey.get(pairKey[q])!;

  return {
    n,
    m,
    nodeCount: N,
    act,
    kind,
    inactive: inactiveL.toArray(),
    active: activeL.toArray(),
    maxArity,
    nf,
    fnRow,
    fnRoot,
    objFn,
    rowFn,
    fnStart: fnStartA,
    fnNodes,
    fnVarStart: fnVarStartA,
    fnVarNode,
    fnVarSlot,
    jacRows,
    jacCols,
    jacBase,
    linSlot,
    topStart: topStartA,
    topNodes: topNodesL.toArray(),
    termOf,
    nt,
    termRoot,
    termStart: termStartA,
    termNodes: termNodesL.toArray(),
    termVarStart: termVarStartA,
    termVarNode,
    termPairStart,
    termPairSlot,
    hessRows,
    hessCols,
  };
}
