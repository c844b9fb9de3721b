// Reduction: replace min/max/abs by epigraph or hypograph variables where that is sound.
//   accepts: a node min(a1..ak), max(a1..ak) or abs(a) of variables, referenced once, reached from a
//            row's nonlinear root through sums, negations and products/divisions by constants, in
//              - the row defining the objective variable (GAMS form), when the optimizer wants the
//                node large (min: hypograph u <= ai) or small (max, abs: epigraph u >= ai, u >= ±a);
//              - a one-sided row whose bound pushes the node the same way (max(...) <= b, min(...) >= b).
//   apply:   a new free column u per node; rows ai(x) - u >= 0 (hypograph) or ai(x) - u <= 0
//            (epigraph; abs: a - u <= 0 and -a - u <= 0); the node is replaced by u.
//   invert:  drop the added columns and rows; the original rows keep their multipliers.
// Everything else stays non-smooth and is passed through, as GAMS does; both kinds are listed in
// the inverse data (the solve reports them). Imports model/, ops/, text/, reform/chain.ts.
import { Op, type ExprGraph } from '../model/expr-graph.ts';
import { isNonsmooth, opDisplayName } from '../ops/table.ts';
import type { ModelProblem } from '../model/problem.ts';
import { evaluateGraph } from '../model/generate.ts';
import type { Reduction, Solution } from './chain.ts';
import { pushAll } from '../text/arrays.ts';

export interface SmoothedTerm {
  /** Row of the original problem holding the term. */
  readonly row: number;
  readonly op: 'min' | 'max' | 'abs';
  readonly kind: 'epigraph' | 'hypograph';
}

export interface Smoothing {
  /** Rows (−1: the objective) are those of the problem given to apply. */
  readonly terms: SmoothedTerm[];
  /** Non-smooth nodes left as they are, with their row. */
  readonly remaining: { row: number; op: string }[];
  /** Columns and rows of the input problem (the added ones come after them). */
  readonly n: number;
  readonly m: number;
}

/** The reduction (see the file header). Applies whenever the problem has a non-smooth node. */
export const nonsmoothSmoothing: Reduction<Smoothing> = {
  name: 'smooth-nonsmooth',
  apply: smoothNonsmooth,
  invert: <S extends Solution>(r: S, d: Smoothing): S => ({
    ...r,
    x: r.x?.slice(0, d.n),
    colMarginal: r.colMarginal?.slice(0, d.n),
    rowMarginal: r.rowMarginal?.slice(0, d.m),
  }),
};

/** Appends nodes to a copy of a graph. */
class GraphAppender {
  op: number[];
  start: number[];
  kids: number[];
  val: number[];
  constructor(g: ExprGraph) {
    this.op = Array.from(g.op);
    this.start = Array.from(g.childStart);
    this.kids = Array.from(g.children);
    this.val = Array.from(g.value);
  }
  add(op: number, children: number[], value = 0): number {
    const id = this.op.length;
    this.op.push(op);
    pushAll(this.kids, children);
    this.start.push(this.kids.length);
    this.val.push(value);
    return id;
  }
  children(v: number): number[] {
    return this.kids.slice(this.start[v], this.start[v + 1]);
  }
  build(): ExprGraph {
    return {
      nodeCount: this.op.length,
      op: Uint8Array.from(this.op),
      childStart: Int32Array.from(this.start),
      children: Int32Array.from(this.kids),
      value: Float64Array.from(this.val),
    };
  }
}

function smoothNonsmooth(p: ModelProblem): { problem: ModelProblem; inverseData: Smoothing } | undefined {
  const g = p.graph;
  if (g.nodeCount === 0) return undefined;
  // Reference counts over the whole graph (a shared node is left alone).
  const refs = new Int32Array(g.nodeCount);
  for (let k = 0; k < g.children.length; k++) refs[g.children[k]]++;
  for (let i = 0; i < p.m; i++) if (p.rowNl[i] >= 0) refs[p.rowNl[i]]++;
  if (p.objNl >= 0) refs[p.objNl]++;

  // The row defining the objective variable, and the sign of its nonlinear part in the objective.
  let objRow = -1;
  let objSign = 0;
  if (p.objNl < 0 && p.objIdx.length === 1) {
    const z = p.objIdx[0];
    for (let i = 0; i < p.m && objRow < 0; i++) {
      if (p.rowLo[i] !== p.rowUp[i]) continue;
      for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
        if (p.col[k] === z && p.coef[k] !== 0) {
          objRow = i;
          // a z + rest + nl = b  ⇒  z = (b − rest − nl)/a: the nl part enters the objective with sign −1/a.
          objSign = -Math.sign(p.coef[k]) * (p.sense === 'max' ? 1 : -1);
          break;
        }
      }
    }
  }

  const terms: SmoothedTerm[] = [];
  const remaining: { row: number; op: string }[] = [];
  const accepted = new Map<number, { row: number; kind: 'epigraph' | 'hypograph' }>();
  const seenRemaining = new Set<number>();

  // want: +1 the optimizer wants the node large, −1 small, 0 unknown.
  const walk = (v: number, want: number, row: number) => {
    const op = g.op[v];
    const s = g.childStart[v];
    const e = g.childStart[v + 1];
    if (isNonsmooth(op)) {
      const single = refs[v] === 1;
      if (single && op === Op.Min && want > 0) accepted.set(v, { row, kind: 'hypograph' });
      else if (single && (op === Op.Max || op === Op.Abs) && want < 0)
        accepted.set(v, { row, kind: 'epigraph' });
      else if (!seenRemaining.has(v)) {
        seenRemaining.add(v);
        remaining.push({ row, op: opDisplayName(op) });
      }
      // Arguments of an accepted node become rows of their own; a nested min/max inside them
      // is not pushed in a known direction.
      for (let k = s; k < e; k++) walk(g.children[k], 0, row);
      return;
    }
    switch (op) {
      case Op.Add:
        for (let k = s; k < e; k++) walk(g.children[k], want, row);
        return;
      case Op.Neg:
        walk(g.children[s], -want, row);
        return;
      case Op.Sub:
        walk(g.children[s], want, row);
        walk(g.children[s + 1], -want, row);
        return;
      case Op.Mul: {
        // Products with constant factors keep a direction (times the sign of the constants).
        let sign = 1;
        const nonConst: number[] = [];
        for (let k = s; k < e; k++) {
          const c = g.children[k];
          if (g.op[c] === Op.Const) sign *= Math.sign(g.value[c]);
          else nonConst.push(c);
        }
        if (nonConst.length === 1) walk(nonConst[0], want * sign, row);
        else for (const c of nonConst) walk(c, 0, row);
        return;
      }
      case Op.Div: {
        const den = g.children[s + 1];
        if (g.op[den] === Op.Const) walk(g.children[s], want * Math.sign(g.value[den]), row);
        else for (let k = s; k < e; k++) walk(g.children[k], 0, row);
        return;
      }
      default:
        for (let k = s; k < e; k++) walk(g.children[k], 0, row);
    }
  };

  for (let i = 0; i < p.m; i++) {
    const root = p.rowNl[i];
    if (root < 0) continue;
    let want = 0;
    if (i === objRow) want = objSign;
    else if (p.rowLo[i] === -Infinity && p.rowUp[i] < Infinity)
      want = -1; // ≤ row: keep the left side small
    else if (p.rowUp[i] === Infinity && p.rowLo[i] > -Infinity) want = 1; // ≥ row: keep it large
    walk(root, want, i);
  }
  if (p.objNl >= 0) walk(p.objNl, p.sense === 'max' ? 1 : -1, -1);
  if (accepted.size === 0)
    return remaining.length ? { problem: p, inverseData: { terms, remaining, n: p.n, m: p.m } } : undefined;

  // Build the new problem.
  const ga = new GraphAppender(g);
  const x0vals = evaluateGraph(p, p.x0);
  const newCols: { start: number }[] = [];
  const colOfNode = new Map<number, number>();
  const extraRows: { lo: number; up: number; col: number; nl: number }[] = [];
  let n = p.n;
  for (const [v, info] of accepted) {
    const j = n++;
    colOfNode.set(v, j);
    newCols.push({ start: x0vals[v] });
    const op = g.op[v];
    terms.push({ row: info.row, op: opDisplayName(op) as 'min' | 'max' | 'abs', kind: info.kind });
    const args = ga.children(v);
    if (op === Op.Abs) {
      const a = args[0];
      extraRows.push({ lo: -Infinity, up: 0, col: j, nl: a });
      extraRows.push({ lo: -Infinity, up: 0, col: j, nl: ga.add(Op.Neg, [a]) });
    } else {
      for (const a of args) {
        if (info.kind === 'hypograph') extraRows.push({ lo: 0, up: Infinity, col: j, nl: a });
        else extraRows.push({ lo: -Infinity, up: 0, col: j, nl: a });
      }
    }
  }
  // Rebuild the affected roots with each accepted node replaced by Var(u).
  const memo = new Map<number, number>();
  const rebuild = (v: number): number => {
    const hit = memo.get(v);
    if (hit !== undefined) return hit;
    let out: number;
    const j = colOfNode.get(v);
    if (j !== undefined) out = ga.add(Op.Var, [], j);
    else {
      const kids = ga.children(v);
      const nk = kids.map(rebuild);
      out = nk.every((c, k) => c === kids[k]) ? v : ga.add(ga.op[v], nk, ga.val[v]);
    }
    memo.set(v, out);
    return out;
  };
  const rowNl = Array.from(p.rowNl, (r) => (r >= 0 ? rebuild(r) : -1));
  const objNl = p.objNl >= 0 ? rebuild(p.objNl) : -1;

  const m = p.m + extraRows.length;
  const rowStart = Array.from(p.rowStart);
  const col = Array.from(p.col);
  const coef = Array.from(p.coef);
  for (const r of extraRows) {
    col.push(r.col);
    coef.push(-1);
    rowStart.push(col.length);
    rowNl.push(r.nl);
  }
  const grow = (a: Float64Array, extra: number[]) => Float64Array.from([...a, ...extra]);
  const nNew = newCols.length;
  const problem: ModelProblem = {
    ...p,
    n,
    m,
    xl: grow(
      p.xl,
      newCols.map(() => -Infinity),
    ),
    xu: grow(
      p.xu,
      newCols.map(() => Infinity),
    ),
    x0: grow(
      p.x0,
      newCols.map((c) => c.start),
    ),
    varKind: Uint8Array.from([...p.varKind, ...new Array<number>(nNew).fill(0)]),
    z0: p.z0 ? grow(p.z0, new Array<number>(nNew).fill(0)) : undefined,
    objNl,
    rowLo: grow(
      p.rowLo,
      extraRows.map((r) => r.lo),
    ),
    rowUp: grow(
      p.rowUp,
      extraRows.map((r) => r.up),
    ),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowNl: Int32Array.from(rowNl),
    lambda0: p.lambda0 ? grow(p.lambda0, new Array<number>(extraRows.length).fill(0)) : undefined,
    graph: ga.build(),
    varNames: [...p.varNames, ...terms.map((t, k) => `${t.kind}#${k + 1}`)],
    rowNames: [...p.rowNames, ...extraRows.map((_, k) => `${terms.length ? 'smooth' : ''}#${k + 1}`)],
  };
  return { problem, inverseData: { terms, remaining, n: p.n, m: p.m } };
}
