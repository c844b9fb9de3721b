// Classifies an instantiated model as LP, QP, QCP, NLP or DNLP from its expression graph, and
// extracts quadratic polynomials (constant + linear + quadratic monomials) for LP/QP adapters.
// Imports expr-graph.ts, problem.ts and the operator table (ops/table.ts: values, names, smoothness).
//
// Parameters (Param leaves) count as the constants they currently hold: a model whose exponent is a
// parameter is classified for the parameter's present value (the interpreter classifies each solve).
import { Op, type ExprGraph } from './expr-graph.ts';
import { evalOp, isNonsmooth, opDisplayName } from '../ops/table.ts';
import type { ModelProblem } from './problem.ts';

export type ModelClass = 'lp' | 'qp' | 'qcp' | 'nlp' | 'dnlp';

/** min/max  constant + linear'x + 1/2 x'Qx, Q given by its lower triangle (row >= col) in COO. */
export interface ObjectiveQuadratic {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly vals: Float64Array;
  /** Dense linear coefficients (objCoef and the linear part of the nonlinear objective), length n. */
  readonly linear: Float64Array;
  readonly constant: number;
}

export interface Classification {
  readonly cls: ModelClass;
  /** Why: the first offending operator, e.g. "row 3 (c(a)) contains sqrt", "the objective is quadratic and all rows are linear". */
  readonly reason: string;
  /** Rows with a nonlinear part, ascending. */
  readonly nonlinearRows: number[];
  /** Nodes with a non-smooth operator applied to an expression of variables, ascending. */
  readonly nonsmoothNodes: number[];
  /** For 'qp': the objective as constant + linear + quadratic (same sense as the problem). */
  readonly objectiveQuadratic?: ObjectiveQuadratic;
  /** For 'qcp': the degree (at most 2) of the first nonlinear row's nonlinear part. */
  readonly firstRowDegree?: number;
}

/** Why a problem whose only nonlinear part is its objective, of degree d <= 2, is a QP. */
export function qpReason(d: number): string {
  return d <= 1
    ? 'the objective is written nonlinearly but is affine, and all rows are linear'
    : 'the objective is quadratic and all rows are linear';
}

/** const + sum linear[j] x_j + sum quad['i,j'] x_i x_j (i >= j; monomial coefficients, not Hessian entries). */
export interface QuadraticPolynomial {
  const: number;
  linear: Map<number, number>;
  quad: Map<string, number>;
}

/** Operators that make a model DNLP when they reach a variable (derivative not continuous). */
export function isNonsmoothOp(op: number): boolean {
  return isNonsmooth(op);
}
export { opDisplayName };

/** Why a node is not a polynomial of degree <= 2 in the variables (the node's own operator). */
interface Offence {
  node: number;
  text: string;
}

/**
 * Per-node facts over the nodes reachable from `roots` (visited in ascending id order, which is
 * topological): whether the node depends on a variable, its constant value when it does not, and
 * its polynomial degree (Infinity when not a polynomial). `offence` names the operator that first
 * leaves degree <= 2. Typed arrays over the whole graph: a decomposition loop classifies every
 * re-solve, and Maps of 10^5 nodes cost more than the solve of a small subproblem.
 */
class GraphFacts {
  /** 1 when the node depends on a variable. */
  readonly act: Uint8Array;
  /** Value of an inactive node. */
  readonly cval: Float64Array;
  readonly deg: Float64Array;
  readonly offence = new Map<number, string>();
  /** Reachable nodes, ascending. */
  readonly order: Int32Array;
  /** Lowest node id in each node's subtree with an offence, or -1. */
  private readonly firstOff: Int32Array;
  /** Lowest active non-smooth node id in each node's subtree, or -1. */
  private readonly firstNs: Int32Array;

  constructor(
    private readonly g: ExprGraph,
    private readonly params: ArrayLike<number>,
    roots: readonly number[],
  ) {
    const n = g.nodeCount;
    this.act = new Uint8Array(n);
    this.cval = new Float64Array(n);
    this.deg = new Float64Array(n);
    this.firstOff = new Int32Array(n).fill(-1);
    this.firstNs = new Int32Array(n).fill(-1);
    this.order = reachable(g, roots);
    for (const i of this.order) this.visit(i);
  }

  private visit(i: number): void {
    const g = this.g;
    const op = g.op[i];
    const s = g.childStart[i];
    const e = g.childStart[i + 1];
    if (op === Op.Var) {
      this.act[i] = 1;
      this.deg[i] = 1;
      return;
    }
    if (op === Op.Const || op === Op.Param) {
      this.cval[i] = op === Op.Const ? g.value[i] : (this.params[g.value[i]] ?? NaN);
      return;
    }
    let active = false;
    let off = -1;
    let ns = -1;
    let maxDeg = 0;
    let sumDeg = 0;
    let allLow = true;
    for (let k = s; k < e; k++) {
      const c = g.children[k];
      if (this.act[c]) active = true;
      const fo = this.firstOff[c];
      if (fo >= 0 && (off < 0 || fo < off)) off = fo;
      const fn = this.firstNs[c];
      if (fn >= 0 && (ns < 0 || fn < ns)) ns = fn;
      const d = this.deg[c];
      if (d > maxDeg) maxDeg = d;
      sumDeg += d;
      if (d > 2) allLow = false;
    }
    this.firstNs[i] = ns;
    this.firstOff[i] = off;
    if (!active) {
      const args: number[] = [];
      for (let k = s; k < e; k++) args.push(this.cval[g.children[k]]);
      this.cval[i] = evalOp(op, args);
      return;
    }
    this.act[i] = 1;
    if (isNonsmooth(op) && (ns < 0 || i < ns)) this.firstNs[i] = i;
    let deg = Infinity;
    let why = opDisplayName(op);
    switch (op) {
      case Op.Add:
      case Op.Sub:
      case Op.Neg:
        deg = maxDeg;
        break;
      case Op.Mul:
        deg = sumDeg;
        break;
      case Op.Sqr:
        deg = 2 * this.deg[g.children[s]];
        break;
      case Op.Div:
        if (!this.act[g.children[s + 1]]) deg = this.deg[g.children[s]];
        else why = '/ with a variable denominator';
        break;
      case Op.Pow:
      case Op.Power: {
        if (this.act[g.children[s + 1]]) {
          why = `${opDisplayName(op)} with a variable exponent`;
          break;
        }
        const x = this.cval[g.children[s + 1]];
        if (Number.isInteger(x) && x >= 0) deg = x * this.deg[g.children[s]];
        else why = `${opDisplayName(op)} with exponent ${x}`;
        break;
      }
    }
    this.deg[i] = deg;
    if (deg > 2 && allLow) {
      this.offence.set(i, deg === Infinity ? why : `a term of degree ${deg} (${why})`);
      if (off < 0 || i < off) this.firstOff[i] = i;
    }
  }

  /** The first (lowest id, innermost) node reachable from root that breaks degree <= 2. */
  firstOffence(root: number): Offence | undefined {
    const i = this.firstOff[root];
    return i < 0 ? undefined : { node: i, text: this.offence.get(i)! };
  }

  /** The lowest non-smooth operator node reachable from root that depends on a variable, or -1. */
  firstNonsmooth(root: number): number {
    return this.firstNs[root];
  }

  /** Every reachable non-smooth operator node that depends on a variable, ascending. */
  allNonsmooth(): number[] {
    const out: number[] = [];
    for (const i of this.order) if (this.act[i] && isNonsmooth(this.g.op[i])) out.push(i);
    return out;
  }
}

function children(g: ExprGraph, i: number): number[] {
  const out: number[] = [];
  for (let k = g.childStart[i]; k < g.childStart[i + 1]; k++) out.push(g.children[k]);
  return out;
}

/** Nodes reachable from roots, ascending (= topological). */
function reachable(g: ExprGraph, roots: readonly number[]): Int32Array {
  const seen = new Uint8Array(g.nodeCount);
  const stack: number[] = [];
  for (const r of roots) if (r >= 0) stack.push(r);
  let count = 0;
  while (stack.length) {
    const i = stack.pop()!;
    if (seen[i]) continue;
    seen[i] = 1;
    count++;
    for (let k = g.childStart[i]; k < g.childStart[i + 1]; k++)
      if (!seen[g.children[k]]) stack.push(g.children[k]);
  }
  const out = new Int32Array(count);
  let q = 0;
  for (let i = 0; i < g.nodeCount; i++) if (seen[i]) out[q++] = i;
  return out;
}

/**
 * Classify p. LP: no nonlinear part. QP: only the objective is nonlinear and it is a polynomial of
 * degree <= 2 (objectiveQuadratic is then given). QCP: every nonlinear part is a polynomial of
 * degree <= 2 and some row has one. DNLP: a non-smooth operator (abs, min, max, sign, floor, ceil,
 * round, mod) reaches a variable. NLP otherwise. The reason names the first offending operator,
 * looking at rows in order and then the objective.
 */
export function classifyProblem(p: ModelProblem): Classification {
  const g = p.graph;
  const nonlinearRows: number[] = [];
  for (let i = 0; i < p.m; i++) if (p.rowNl[i] >= 0) nonlinearRows.push(i);
  // Where each function is, for reasons: built only for the one a reason names (row names are
  // lazy, and a decomposition loop classifies every re-solve).
  const fns: { root: number; row: number }[] = nonlinearRows.map((i) => ({ root: p.rowNl[i], row: i }));
  if (p.objNl >= 0) fns.push({ root: p.objNl, row: -1 });
  const where = (f: { row: number }) =>
    f.row < 0 ? 'the objective' : p.rowNames[f.row] ? `row ${f.row} (${p.rowNames[f.row]})` : `row ${f.row}`;
  if (fns.length === 0)
    return { cls: 'lp', reason: 'all rows and the objective are linear', nonlinearRows, nonsmoothNodes: [] };

  const facts = new GraphFacts(
    g,
    p.params,
    fns.map((f) => f.root),
  );
  const nonsmoothNodes = facts.allNonsmooth();
  if (nonsmoothNodes.length) {
    for (const f of fns) {
      const ns = facts.firstNonsmooth(f.root);
      if (ns >= 0) {
        return {
          cls: 'dnlp',
          reason: `${where(f)} contains ${opDisplayName(g.op[ns])}`,
          nonlinearRows,
          nonsmoothNodes,
        };
      }
    }
  }
  for (const f of fns) {
    const off = facts.firstOffence(f.root);
    if (off) return { cls: 'nlp', reason: `${where(f)} contains ${off.text}`, nonlinearRows, nonsmoothNodes };
  }
  if (nonlinearRows.length) {
    const i = nonlinearRows[0];
    const d = facts.deg[p.rowNl[i]];
    return {
      cls: 'qcp',
      reason: `${where(fns[0])} is ${d <= 1 ? 'affine but written nonlinearly' : 'quadratic'}`,
      nonlinearRows,
      nonsmoothNodes,
      firstRowDegree: d,
    };
  }
  const d = facts.deg[p.objNl];
  // The polynomial itself only when asked for: an NLP solver does not need it, and a
  // decomposition loop classifies every re-solve.
  let quadratic: ObjectiveQuadratic | undefined;
  return {
    cls: 'qp',
    reason: qpReason(d),
    nonlinearRows,
    nonsmoothNodes,
    get objectiveQuadratic(): ObjectiveQuadratic {
      return (quadratic ??= objectiveQuadraticOf(p));
    },
  };
}

function objectiveQuadraticOf(p: ModelProblem): ObjectiveQuadratic {
  const poly = extractQuadratic(p.graph, p.objNl, p.params);
  if (!poly) throw new Error('internal error: a degree-2 objective has no quadratic form');
  const linear = new Float64Array(p.n);
  for (let k = 0; k < p.objIdx.length; k++) linear[p.objIdx[k]] += p.objCoef[k];
  for (const [j, c] of poly.linear) linear[j] += c;
  const entries = [...poly.quad].map(([key, c]) => {
    const [r, cc] = key.split(',').map(Number);
    return { r, c: cc, v: r === cc ? 2 * c : c };
  });
  entries.sort((a, b) => a.r - b.r || a.c - b.c);
  return {
    rows: Int32Array.from(entries.map((e) => e.r)),
    cols: Int32Array.from(entries.map((e) => e.c)),
    vals: Float64Array.from(entries.map((e) => e.v)),
    linear,
    constant: p.objConst + poly.const,
  };
}

// ---- quadratic extraction ----

/** Key of the monomial x_i x_j (i >= j) in Poly.quad: numbers hash faster than 'i,j' strings. */
const QK = 67108864; // 2^26 columns at most
class Poly {
  c = 0;
  lin = new Map<number, number>();
  quad = new Map<number, number>();

  clone(): Poly {
    const q = new Poly();
    q.c = this.c;
    q.lin = new Map(this.lin);
    q.quad = new Map(this.quad);
    return q;
  }
  addScaled(o: Poly, s: number): this {
    this.c += s * o.c;
    for (const [j, v] of o.lin) this.lin.set(j, (this.lin.get(j) ?? 0) + s * v);
    for (const [k, v] of o.quad) this.quad.set(k, (this.quad.get(k) ?? 0) + s * v);
    return this;
  }
  scale(s: number): this {
    this.c *= s;
    for (const [j, v] of this.lin) this.lin.set(j, s * v);
    for (const [k, v] of this.quad) this.quad.set(k, s * v);
    return this;
  }
  /** Product of two polynomials whose degrees sum to at most 2 (checked by the caller). */
  static mul(a: Poly, b: Poly): Poly {
    // (ca + la + qa)(cb + lb + qb) with qa = 0 unless b is a constant (and the reverse).
    const r = new Poly();
    r.c = a.c * b.c;
    const lin = (p: Poly, s: number) => {
      for (const [j, v] of p.lin) r.lin.set(j, (r.lin.get(j) ?? 0) + s * v);
      for (const [k, v] of p.quad) r.quad.set(k, (r.quad.get(k) ?? 0) + s * v);
    };
    lin(b, a.c);
    lin(a, b.c);
    for (const [i, u] of a.lin) {
      for (const [j, w] of b.lin) {
        const key = i >= j ? i * QK + j : j * QK + i;
        r.quad.set(key, (r.quad.get(key) ?? 0) + u * w);
      }
    }
    return r;
  }
}

/**
 * The polynomial of the expression at `root` when it has degree <= 2 in the variables:
 * const + sum linear[j] x_j + sum quad['i,j'] x_i x_j with i >= j; undefined otherwise (a
 * transcendental or non-smooth function of variables, a variable denominator or exponent, degree
 * above 2). Parameters count as their current values. Zero coefficients are dropped.
 */
export function extractQuadratic(
  graph: ExprGraph,
  root: number,
  params: ArrayLike<number>,
): QuadraticPolynomial | undefined {
  if (root < 0) return { const: 0, linear: new Map(), quad: new Map() };
  if (root >= graph.nodeCount)
    throw new Error(`internal error: root ${root} of a graph with ${graph.nodeCount} nodes`);
  // Classification and the QP adapters both ask for the objective's polynomial: computed once per
  // graph, root and parameter values. Callers only read the result.
  let byRoot = quadMemo.get(graph);
  if (!byRoot) quadMemo.set(graph, (byRoot = new Map()));
  const hit = byRoot.get(root);
  if (hit && sameValues(hit.params, params)) return hit.poly;
  const poly = quadraticOf(graph, root, new GraphFacts(graph, params, [root]));
  byRoot.set(root, { params: Float64Array.from(params), poly });
  return poly;
}

const quadMemo = new WeakMap<
  ExprGraph,
  Map<number, { params: Float64Array; poly: QuadraticPolynomial | undefined }>
>();

function sameValues(a: Float64Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}

/** extractQuadratic with the facts of a graph already computed (for roots including `root`). */
function quadraticOf(graph: ExprGraph, root: number, facts: GraphFacts): QuadraticPolynomial | undefined {
  if (facts.deg[root] > 2) return undefined;
  const order = reachable(graph, [root]);
  // Uses left per node, so the last consumer may take a child's polynomial and mutate it: sums
  // written as long chains stay linear in their length.
  const uses = new Int32Array(graph.nodeCount);
  for (const i of order)
    for (let k = graph.childStart[i]; k < graph.childStart[i + 1]; k++) uses[graph.children[k]]++;
  const polys: (Poly | undefined)[] = [];
  const take = (c: number): { p: Poly; own: boolean } => {
    const left = --uses[c];
    const p = polys[c]!;
    if (left === 0) polys[c] = undefined;
    return { p, own: left === 0 };
  };
  for (const i of order) {
    const op = graph.op[i];
    const kids = children(graph, i);
    let r: Poly;
    if (!facts.act[i]) {
      r = new Poly();
      r.c = facts.cval[i];
    } else if (op === Op.Var) {
      r = new Poly();
      r.lin.set(graph.value[i], 1);
    } else {
      const args = kids.map(take);
      const owned = (a: { p: Poly; own: boolean }) => (a.own ? a.p : a.p.clone());
      switch (op) {
        case Op.Add: {
          const first = args.findIndex((a) => a.own);
          r = first >= 0 ? args[first].p : args[0].p.clone();
          const base = first >= 0 ? first : 0;
          args.forEach((a, k) => {
            if (k !== base) r.addScaled(a.p, 1);
          });
          break;
        }
        case Op.Sub:
          r = owned(args[0]).addScaled(args[1].p, -1);
          break;
        case Op.Neg:
          r = owned(args[0]).scale(-1);
          break;
        case Op.Mul:
          r = args.slice(1).reduce((acc, a) => Poly.mul(acc, a.p), args[0].p);
          if (r === args[0].p) r = owned(args[0]);
          break;
        case Op.Div:
          r = owned(args[0]).scale(1 / facts.cval[kids[1]]);
          break;
        case Op.Sqr:
          r = Poly.mul(args[0].p, args[0].p);
          break;
        case Op.Pow:
        case Op.Power: {
          const e = facts.cval[kids[1]];
          if (e === 0) {
            r = new Poly();
            r.c = 1;
          } else if (e === 1) r = owned(args[0]);
          else r = Poly.mul(args[0].p, args[0].p);
          break;
        }
        default:
          throw new Error(`internal error: operator ${op} in a polynomial of degree ${facts.deg[i]}`);
      }
    }
    polys[i] = r;
  }
  const out = polys[root]!;
  for (const [j, v] of out.lin) if (v === 0) out.lin.delete(j);
  const quad = new Map<string, number>();
  for (const [k, v] of out.quad) if (v !== 0) quad.set(`${Math.floor(k / QK)},${k % QK}`, v);
  return { const: out.c, linear: out.lin, quad };
}

/** Same length and the same elements (one loop per array type: each stays monomorphic). */
function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
/** The same bits in every element (NaN equal to the same NaN, 0 unequal to -0). */
const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length &&
  sameInts(
    new Int32Array(a.buffer, a.byteOffset, a.length * 2),
    new Int32Array(b.buffer, b.byteOffset, b.length * 2),
  );

/**
 * classifyProblem for the solves of a loop: keeps the last classification per key (the model's
 * generation) with copies of what it read, and returns it again while the problem has the same
 * rows' roots, objective, row names, graph and parameter values (bit for bit): a refresh in
 * place changes values, and comparing them costs a fraction of classifying anew.
 */
export class ClassificationCache {
  private readonly last = new WeakMap<
    object,
    {
      m: number;
      objNl: number;
      rowNames: readonly string[];
      rowNl: Int32Array;
      op: Uint8Array;
      childStart: Int32Array;
      children: Int32Array;
      value: Float64Array;
      params: Float64Array;
      c: Classification;
    }
  >();

  classify(key: object, p: ModelProblem): Classification {
    const g = p.graph;
    const k = this.last.get(key);
    if (
      k &&
      k.m === p.m &&
      k.objNl === p.objNl &&
      k.rowNames === p.rowNames &&
      sameInts(k.rowNl, p.rowNl) &&
      sameBytes(k.op, g.op) &&
      sameInts(k.childStart, g.childStart) &&
      sameInts(k.children, g.children) &&
      sameBits(k.value, g.value) &&
      sameBits(k.params, p.params)
    )
      return k.c;
    const c = classifyProblem(p);
    // A QP's objectiveQuadratic reads the problem's own linear part: not kept.
    if (c.cls !== 'qp')
      this.last.set(key, {
        m: p.m,
        objNl: p.objNl,
        rowNames: p.rowNames,
        rowNl: p.rowNl.slice(),
        op: g.op.slice(),
        childStart: g.childStart.slice(),
        children: g.children.slice(),
        value: g.value.slice(),
        params: p.params.slice(),
        c,
      });
    return c;
  }
}
