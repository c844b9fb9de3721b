// Reduction: substitute the GAMS objective variable by its defining row.
//   accepts: min/max z where z is a continuous free column, appears in exactly one row, that row
//            is an equality and z enters it linearly (coefficient a ≠ 0, not in its nonlinear part);
//   apply:   objective := (b − Σ_{k≠z} a_k x_k − nl(x)) / a  and drop column z and the row;
//   invert:  z = objective value; the row's marginal is d obj / d b = 1/a (GAMS convention);
//            z's marginal is 0; the other multipliers are unchanged.
//   rows:    row i of the reduced problem is row i (i < row) or i + 1 of the input; the objective
//            stands for the substituted row.
// Needed by QP solvers (HiGHS takes a quadratic objective, not a quadratic row). Imports model/,
// reform/chain.ts.
import { Op, type ExprGraph } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { lazyNames, rowActivities } from '../model/generate.ts';
import type { Reduction, Solution } from './chain.ts';

/** What the inverse needs: the input problem, the substituted row and column, and the renumbering. */
export interface ObjectiveEliminationData {
  readonly input: ModelProblem;
  /** The substituted row of the input problem (the reduced problem's rows skip it). */
  readonly row: number;
  /** The objective column z, its coefficient a in the row, and the row's right-hand side b. */
  readonly z: number;
  readonly a: number;
  readonly b: number;
  /** Input column of each reduced column, and input row of each reduced row. */
  readonly oldOf: readonly number[];
  readonly rowsKept: readonly number[];
}

/** The reduction (see the file header). */
export const objectiveElimination: Reduction<ObjectiveEliminationData> = {
  name: 'eliminate-objective',
  apply: eliminateObjective,
  invert: restoreObjective,
  inputRow: (row, d) => (row < 0 ? d.row : row >= d.row ? row + 1 : row),
};

/**
 * Whether column j is a variable of any of the graph nodes `roots`: one walk over them all, each
 * node visited once (the rows of a model share subexpressions; a walk per row visited the shared
 * nodes once per row, which made this the largest step of a re-solve's reduction).
 */
function reachesVar(g: ExprGraph, roots: readonly number[], j: number): boolean {
  const stack = [...roots];
  const seen = new Uint8Array(g.nodeCount);
  while (stack.length) {
    const v = stack.pop()!;
    if (seen[v]) continue;
    seen[v] = 1;
    if (g.op[v] === Op.Var && g.value[v] === j) return true;
    for (let k = g.childStart[v]; k < g.childStart[v + 1]; k++) stack.push(g.children[k]);
  }
  return false;
}

function eliminateObjective(
  p: ModelProblem,
): { problem: ModelProblem; inverseData: ObjectiveEliminationData } | undefined {
  if (p.objNl >= 0 || p.objIdx.length !== 1 || p.objCoef[0] !== 1 || p.objConst !== 0) return undefined;
  const z = p.objIdx[0];
  if (p.varKind[z] !== 0 || p.xl[z] !== -Infinity || p.xu[z] !== Infinity) return undefined;
  let row = -1;
  let a = 0;
  for (let i = 0; i < p.m; i++) {
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
      if (p.col[k] !== z) continue;
      if (row >= 0) return undefined;
      row = i;
      a = p.coef[k];
    }
  }
  if (row < 0 || a === 0 || p.rowLo[row] !== p.rowUp[row]) return undefined;
  const roots: number[] = [];
  for (let i = 0; i < p.m; i++) if (p.rowNl[i] >= 0) roots.push(p.rowNl[i]);
  if (reachesVar(p.graph, roots, z)) return undefined;
  const b = p.rowLo[row];

  // Column renumbering without z (typed arrays and plain loops: 10^6 columns and nonzeros are
  // copied here, and names stay lazy).
  const newOf = new Int32Array(p.n).fill(-1);
  const oldOf = new Array<number>(p.n - 1);
  for (let j = 0, k = 0; j < p.n; j++) {
    if (j === z) continue;
    newOf[j] = k;
    oldOf[k++] = j;
  }
  const n = oldOf.length;
  const pick = (src: ArrayLike<number>) => {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = src[oldOf[k]];
    return out;
  };

  // Graph: remap Var leaves, then append  (−1/a) · nl_row  as the objective's nonlinear part.
  const g = p.graph;
  const value = Float64Array.from(g.value);
  for (let v = 0; v < g.nodeCount; v++) if (g.op[v] === Op.Var) value[v] = newOf[g.value[v]];
  let graph: ExprGraph = { ...g, value };
  let objNl = -1;
  const nlRow = p.rowNl[row];
  if (nlRow >= 0) {
    const base = g.nodeCount;
    const op = new Uint8Array(base + 2);
    op.set(g.op);
    op[base] = Op.Const;
    op[base + 1] = Op.Mul;
    const childStart = new Int32Array(base + 3);
    childStart.set(g.childStart);
    const nk = g.children.length;
    childStart[base + 1] = nk;
    childStart[base + 2] = nk + 2;
    const children = new Int32Array(nk + 2);
    children.set(g.children);
    children[nk] = base;
    children[nk + 1] = nlRow;
    const v2 = new Float64Array(base + 2);
    v2.set(value);
    v2[base] = -1 / a;
    graph = { nodeCount: base + 2, op, childStart, children, value: v2 };
    objNl = base + 1;
  }

  // Objective linear part and the remaining rows.
  const objIdx: number[] = [];
  const objCoef: number[] = [];
  for (let k = p.rowStart[row]; k < p.rowStart[row + 1]; k++) {
    if (p.col[k] === z) continue;
    objIdx.push(newOf[p.col[k]]);
    objCoef.push(-p.coef[k] / a);
  }
  const m = p.m - 1;
  const rowsKept = new Array<number>(m);
  for (let i = 0, k = 0; i < p.m; i++) if (i !== row) rowsKept[k++] = i;
  const keptRows = (src: ArrayLike<number>) => {
    const out = new Float64Array(m);
    for (let k = 0; k < m; k++) out[k] = src[rowsKept[k]];
    return out;
  };
  const rowStart = new Int32Array(m + 1);
  const nnz = p.rowStart[p.m] - (p.rowStart[row + 1] - p.rowStart[row]);
  const col = new Int32Array(nnz);
  const coef = new Float64Array(nnz);
  let t = 0;
  for (let r = 0; r < m; r++) {
    const i = rowsKept[r];
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
      col[t] = newOf[p.col[k]];
      coef[t++] = p.coef[k];
    }
    rowStart[r + 1] = t;
  }
  const problem: ModelProblem = {
    n,
    m,
    sense: p.sense,
    xl: pick(p.xl),
    xu: pick(p.xu),
    x0: pick(p.x0),
    varKind: Uint8Array.from(pick(p.varKind)),
    z0: p.z0 ? pick(p.z0) : undefined,
    objConst: b / a,
    objIdx: Int32Array.from(objIdx),
    objCoef: Float64Array.from(objCoef),
    objNl,
    rowLo: keptRows(p.rowLo),
    rowUp: keptRows(p.rowUp),
    rowStart,
    col,
    coef,
    rowNl: Int32Array.from(keptRows(p.rowNl)),
    lambda0: p.lambda0 ? keptRows(p.lambda0) : undefined,
    graph,
    params: p.params,
    varNames: lazyNames(n, (k) => p.varNames[oldOf[k]]),
    rowNames: lazyNames(m, (k) => p.rowNames[rowsKept[k]]),
  };

  return { problem, inverseData: { input: p, row, z, a, b, oldOf, rowsKept } };
}

function restoreObjective<S extends Solution>(r: S, d: ObjectiveEliminationData): S {
  const { input: p, row, z, a, b, oldOf, rowsKept } = d;
  const out: S = { ...r };
  if (r.x) {
    const x = new Float64Array(p.n);
    oldOf.forEach((j, k) => (x[j] = r.x![k]));
    // z from its defining row at the solution: a·z + rest(x) = b.
    x[z] = 0;
    x[z] = (b - rowActivities(p, x)[row]) / a;
    out.x = x;
  }
  if (r.colMarginal) {
    const cm = new Float64Array(p.n);
    oldOf.forEach((j, k) => (cm[j] = r.colMarginal![k]));
    out.colMarginal = cm;
  }
  if (r.rowMarginal) {
    const rm = new Float64Array(p.m);
    rowsKept.forEach((i, k) => (rm[i] = r.rowMarginal![k]));
    rm[row] = 1 / a;
    out.rowMarginal = rm;
  }
  return out;
}
