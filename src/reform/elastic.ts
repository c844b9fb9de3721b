// Reduction: the elastic relaxation of a model (Chinneck, "Feasibility and Infeasibility in
// Optimization", 2008, §6.2 "elastic programming"): every row and every finite variable bound may
// give way at a price, and the objective is the weighted total of what gives way. Imports model/
// and solvers/types.ts.
//
//   accepts: any ModelProblem (LP, MIP, QP, QCP, NLP); integrality is kept, so the relaxation of a
//            MIP is a MIP. The original objective is dropped (a QP's relaxation is an LP).
//   apply:   row i   lo ≤ a'x + nl(x) ≤ up   becomes   lo ≤ a'x + nl(x) + s⁺ − s⁻ ≤ up  with s⁺, s⁻ ≥ 0,
//            s⁺ only when lo is finite (=g=, =e=, ranged), s⁻ only when up is finite (=l=, =e=, ranged).
//            Variable bounds are moved into one new row per variable (our choice, rather than shifting
//            the bounds): xl ≤ x + t⁺ − t⁻ ≤ xu, with x freed on the elastic sides. One row keeps the
//            slacks of a bound next to each other and lets the IIS filter drop one side by setting
//            the row's bound to ±∞, exactly as it drops a row.
//            Objective: minimize Σ w·slack (w = 1 unless given; w = ∞ keeps that side hard).
//   invert:  levels of the original columns are the first n columns; row marginals of the kept rows
//            are d(total violation)/d(rhs) (the Farkas multipliers when the model is an infeasible LP).
//
// Rules for what stays hard:
// - The row that only defines the objective variable z (z is the objective, continuous, occurs in
//   exactly one row, linearly, and that row is an equality) has a meaningless slack: any violation
//   could be absorbed by z. When z is free it is dropped (the rest of the model is feasible exactly
//   when the model is); when z has a finite bound it is kept, hard, and z's bounds are elastic.
// - Binary variables keep their bounds (0 ≤ b ≤ 1 is what makes them binary), and by default so do
//   integer variables: without bounds branch and bound need not end (2x + 2y = 3 over free integers
//   branches forever), which would stall the IIS filter (integerBounds: true makes them elastic).
// - By default, the bounds of variables that occur in a nonlinear part stay hard: in NLP they often
//   keep log, sqrt or x**y in their domain (nonlinearBounds: true makes them elastic too).
// - Free rows (=n=) get no slack.
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import type { SolverResult } from '../solvers/types.ts';
import { rowActivities } from '../model/generate.ts';

export interface ElasticOptions {
  /** Make finite variable bounds elastic (default true). */
  readonly bounds?: boolean;
  /** Also the bounds of variables that occur in a nonlinear part (default false, see above). */
  readonly nonlinearBounds?: boolean;
  /** Also the bounds of integer variables (default false, see above; binaries never). */
  readonly integerBounds?: boolean;
  /**
   * Price of one unit of violation (default 1). rows: per original row; lower/upper: per variable.
   * Infinity keeps that row or bound hard (no slack).
   */
  readonly weights?: {
    readonly rows?: ArrayLike<number>;
    readonly lower?: ArrayLike<number>;
    readonly upper?: ArrayLike<number>;
  };
}

export type ConstraintKind = 'row' | 'lower bound' | 'upper bound';

/** One slack column of the relaxed problem. */
export interface SlackInfo {
  /** Column of the slack in the relaxed problem. */
  readonly col: number;
  readonly kind: ConstraintKind;
  /** Original row (kind 'row') or variable (bounds). */
  readonly index: number;
  /** Row of the relaxed problem the slack enters. */
  readonly row: number;
  /**
   * Its coefficient there. +1 (s⁺, t⁺): the row's activity may fall short of its lower side by
   * the slack; −1 (s⁻, t⁻): it may exceed its upper side by the slack.
   */
  readonly sign: 1 | -1;
  readonly weight: number;
}

/** An original constraint that was made elastic: what the IIS filter drops and restores. */
export interface ElasticConstraint {
  readonly kind: ConstraintKind;
  /** Original row (kind 'row') or variable (bounds). */
  readonly index: number;
  /** Row of the relaxed problem that carries it. */
  readonly row: number;
  /** Which side of that row is the constraint: a whole row, or one side of a bound row. */
  readonly side: 'both' | 'lo' | 'up';
  /** Indices into `slacks`. */
  readonly slacks: readonly number[];
}

export interface ElasticRelaxation {
  readonly problem: ModelProblem;
  readonly slacks: SlackInfo[];
  readonly constraints: ElasticConstraint[];
  /** Relaxed row of each original row; −1 for a dropped objective-defining row. */
  readonly rowOf: Int32Array;
  /** Original rows dropped because they only define the free objective variable. */
  readonly droppedRows: readonly number[];
  /** Original rows kept without slack (objective-defining row of a bounded z, weight ∞). */
  readonly hardRows: readonly number[];
  /** Variables whose finite bounds stayed hard (binary, integer, nonlinear, weight ∞, or bounds: false). */
  readonly hardBoundVars: readonly number[];
  /** The relaxed solution on the original problem: levels of the original columns, marginals of kept rows. */
  invert(r: SolverResult): SolverResult;
}

/**
 * The row that only defines the objective variable (see the file comment), or −1.
 * Exported for the explainer, which reports it as not relaxed.
 */
export function objectiveDefiningRow(p: ModelProblem, nlVars: ReadonlySet<number>): number {
  if (p.objNl >= 0 || p.objIdx.length !== 1 || p.objCoef[0] === 0) return -1;
  const z = p.objIdx[0];
  if (p.varKind[z] !== 0 || nlVars.has(z)) return -1;
  let row = -1;
  for (let i = 0; i < p.m; i++) {
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
      if (p.col[k] !== z || p.coef[k] === 0) continue;
      if (row >= 0 && row !== i) return -1;
      row = i;
    }
  }
  if (row < 0 || p.rowLo[row] !== p.rowUp[row]) return -1;
  return row;
}

/** Variables that occur in some row's nonlinear part (Var leaves reachable from a row root). */
export function nonlinearVariables(p: ModelProblem): Set<number> {
  const g = p.graph;
  const out = new Set<number>();
  const seen = new Uint8Array(g.nodeCount);
  const stack: number[] = [];
  for (let i = 0; i < p.m; i++) if (p.rowNl[i] >= 0) stack.push(p.rowNl[i]);
  while (stack.length) {
    const v = stack.pop()!;
    if (seen[v]) continue;
    seen[v] = 1;
    if (g.op[v] === Op.Var) out.add(g.value[v]);
    for (let k = g.childStart[v]; k < g.childStart[v + 1]; k++) stack.push(g.children[k]);
  }
  return out;
}

function weightOf(a: ArrayLike<number> | undefined, i: number): number {
  const w = a ? a[i] : 1;
  if (w === undefined || Number.isNaN(w)) return 1;
  if (w < 0) throw new Error(`internal error: negative elastic weight ${w}`);
  return w;
}

/**
 * The elastic relaxation of p (see the file comment). Columns: the n original ones, then the
 * slacks. Rows: the original rows in order (less a dropped objective-defining row), then one row
 * per variable with an elastic bound. Graph nodes and params are shared with p.
 */
export function elasticRelaxation(p: ModelProblem, opts: ElasticOptions = {}): ElasticRelaxation {
  const nlVars = nonlinearVariables(p);
  const defRow = objectiveDefiningRow(p, nlVars);
  const z = defRow >= 0 ? p.objIdx[0] : -1;
  const dropDef = defRow >= 0 && p.xl[z] === -Infinity && p.xu[z] === Infinity;
  const w = opts.weights ?? {};

  // Start point: the original start inside the bounds; slacks start at the violation there, so that
  // an NLP solver starts feasible for the relaxed rows.
  const x0 = Float64Array.from(p.x0, (v, j) => Math.min(Math.max(v, p.xl[j]), p.xu[j]));
  const act = rowActivities(p, x0); // NaN where a function is undefined at x0: the slack starts at 0

  const slacks: SlackInfo[] = [];
  const constraints: ElasticConstraint[] = [];
  const hardRows: number[] = [];
  const droppedRows: number[] = [];
  const hardBoundVars: number[] = [];
  const slackNames: string[] = [];
  const slackStart: number[] = [];
  const rowOf = new Int32Array(p.m).fill(-1);

  const rowLo: number[] = [];
  const rowUp: number[] = [];
  const rowNl: number[] = [];
  const rowNames: string[] = [];
  const rowStart = [0];
  const col: number[] = [];
  const coef: number[] = [];

  const addSlack = (
    kind: ConstraintKind,
    index: number,
    row: number,
    sign: 1 | -1,
    weight: number,
    name: string,
    start: number,
  ) => {
    const s = slacks.length;
    slacks.push({ col: p.n + s, kind, index, row, sign, weight });
    slackNames.push(name);
    slackStart.push(Number.isFinite(start) && start > 0 ? start : 0);
    col.push(p.n + s);
    coef.push(sign);
    return s;
  };

  for (let i = 0; i < p.m; i++) {
    if (i === defRow && dropDef) {
      droppedRows.push(i);
      continue;
    }
    const r = rowLo.length;
    rowOf[i] = r;
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) {
      col.push(p.col[k]);
      coef.push(p.coef[k]);
    }
    const lo = p.rowLo[i];
    const up = p.rowUp[i];
    const wt = weightOf(w.rows, i);
    const name = p.rowNames[i] ?? `r${i}`;
    const elastic = i !== defRow && wt < Infinity && (lo > -Infinity || up < Infinity);
    if (!elastic) {
      if (lo > -Infinity || up < Infinity) hardRows.push(i);
    } else {
      const a = act[i];
      const own: number[] = [];
      if (lo > -Infinity) own.push(addSlack('row', i, r, 1, wt, `elastic+(${name})`, lo - a));
      if (up < Infinity) own.push(addSlack('row', i, r, -1, wt, `elastic-(${name})`, a - up));
      constraints.push({ kind: 'row', index: i, row: r, side: 'both', slacks: own });
    }
    rowLo.push(lo);
    rowUp.push(up);
    rowNl.push(p.rowNl[i]);
    rowNames.push(name);
    rowStart.push(col.length);
  }

  const xl = Float64Array.from(p.xl);
  const xu = Float64Array.from(p.xu);
  const boundsOn = opts.bounds ?? true;
  for (let j = 0; j < p.n; j++) {
    const finLo = p.xl[j] > -Infinity;
    const finUp = p.xu[j] < Infinity;
    if (!finLo && !finUp) continue;
    const kindOk = p.varKind[j] === 0 || (p.varKind[j] === 2 && opts.integerBounds === true);
    const allowed = boundsOn && kindOk && (!nlVars.has(j) || opts.nonlinearBounds === true);
    const wl = weightOf(w.lower, j);
    const wu = weightOf(w.upper, j);
    const elLo = allowed && finLo && wl < Infinity;
    const elUp = allowed && finUp && wu < Infinity;
    if ((finLo && !elLo) || (finUp && !elUp)) hardBoundVars.push(j);
    if (!elLo && !elUp) continue;
    const r = rowLo.length;
    const name = p.varNames[j] ?? `x${j}`;
    col.push(j);
    coef.push(1);
    if (elLo) {
      const s = addSlack('lower bound', j, r, 1, wl, `elastic+(${name}.lo)`, 0);
      constraints.push({ kind: 'lower bound', index: j, row: r, side: 'lo', slacks: [s] });
      xl[j] = -Infinity;
    }
    if (elUp) {
      const s = addSlack('upper bound', j, r, -1, wu, `elastic-(${name}.up)`, 0);
      constraints.push({ kind: 'upper bound', index: j, row: r, side: 'up', slacks: [s] });
      xu[j] = Infinity;
    }
    rowLo.push(elLo ? p.xl[j] : -Infinity);
    rowUp.push(elUp ? p.xu[j] : Infinity);
    rowNl.push(-1);
    rowNames.push(`bound(${name})`);
    rowStart.push(col.length);
  }

  const ns = slacks.length;
  const n = p.n + ns;
  const grow = (a: Float64Array, fill: number) => {
    const out = new Float64Array(n).fill(fill);
    out.set(a);
    return out;
  };
  const varKind = new Uint8Array(n);
  varKind.set(p.varKind);
  const x0All = grow(x0, 0);
  for (let s = 0; s < ns; s++) x0All[p.n + s] = slackStart[s];
  const xlAll = grow(xl, 0);
  const xuAll = grow(xu, Infinity);

  // Slacks with weight 0 are left out of the objective (they are free to take any value ≥ 0).
  const objIdx: number[] = [];
  const objCoef: number[] = [];
  for (const s of slacks) {
    if (s.weight === 0) continue;
    objIdx.push(s.col);
    objCoef.push(s.weight);
  }

  const problem: ModelProblem = {
    n,
    m: rowLo.length,
    sense: 'min',
    xl: xlAll,
    xu: xuAll,
    x0: x0All,
    varKind,
    objConst: 0,
    objIdx: Int32Array.from(objIdx),
    objCoef: Float64Array.from(objCoef),
    objNl: -1,
    rowLo: Float64Array.from(rowLo),
    rowUp: Float64Array.from(rowUp),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowNl: Int32Array.from(rowNl),
    graph: p.graph,
    params: p.params,
    varNames: [...p.varNames, ...slackNames],
    rowNames,
  };

  const invert = (r: SolverResult): SolverResult => {
    const out: SolverResult = { ...r };
    if (r.x) out.x = r.x.slice(0, p.n);
    if (r.colMarginal) out.colMarginal = r.colMarginal.slice(0, p.n);
    if (r.rowMarginal) {
      const rm = new Float64Array(p.m);
      for (let i = 0; i < p.m; i++) if (rowOf[i] >= 0) rm[i] = r.rowMarginal[rowOf[i]];
      out.rowMarginal = rm;
    }
    return out;
  };

  return { problem, slacks, constraints, rowOf, droppedRows, hardRows, hardBoundVars, invert };
}
