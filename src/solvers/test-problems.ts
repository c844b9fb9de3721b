// Hand-built ModelProblems with known answers, for the solver adapters' tests (transport LP,
// knapsack MIP, infeasible and unbounded LPs, HS35 QP, a non-convex QP). Imports model/ only.
import { GraphBuilder, Op, type ExprGraph } from '../model/expr-graph.ts';
import type { ModelProblem, VarKind } from '../model/problem.ts';

export interface RowSpec {
  name: string;
  lo: number;
  up: number;
  terms: [number, number][];
}

export interface ProblemSpec {
  sense: 'min' | 'max';
  vars: { name: string; lo?: number; up?: number; kind?: VarKind; x0?: number }[];
  obj: { idx: number[]; coef: number[]; const?: number };
  rows: RowSpec[];
  graph?: ExprGraph;
  objNl?: number;
  rowNl?: number[];
  params?: Float64Array;
}

/** A ModelProblem from a compact description (bounds default to [0, +inf)). */
export function buildProblem(s: ProblemSpec): ModelProblem {
  const n = s.vars.length;
  const m = s.rows.length;
  const rowStart = new Int32Array(m + 1);
  const col: number[] = [];
  const coef: number[] = [];
  s.rows.forEach((r, i) => {
    for (const [j, a] of r.terms) {
      col.push(j);
      coef.push(a);
    }
    rowStart[i + 1] = col.length;
  });
  return {
    n,
    m,
    sense: s.sense,
    xl: Float64Array.from(s.vars.map((v) => v.lo ?? 0)),
    xu: Float64Array.from(s.vars.map((v) => v.up ?? Infinity)),
    x0: Float64Array.from(s.vars.map((v) => v.x0 ?? 0)),
    varKind: Uint8Array.from(s.vars.map((v) => v.kind ?? 0)),
    objConst: s.obj.const ?? 0,
    objIdx: Int32Array.from(s.obj.idx),
    objCoef: Float64Array.from(s.obj.coef),
    objNl: s.objNl ?? -1,
    rowLo: Float64Array.from(s.rows.map((r) => r.lo)),
    rowUp: Float64Array.from(s.rows.map((r) => r.up)),
    rowStart,
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowNl: Int32Array.from(s.rowNl ?? s.rows.map(() => -1)),
    graph: s.graph ?? new GraphBuilder().build(),
    params: s.params ?? new Float64Array(0),
    varNames: s.vars.map((v) => v.name),
    rowNames: s.rows.map((r) => r.name),
  };
}

export const plants = ['seattle', 'san-diego'];
export const markets = ['new-york', 'chicago', 'topeka'];

/**
 * GAMS trnsport as generation emits it: x(i,j) columns 0..5 (i-major), z column 6, objective z;
 * rows: cost (z - sum c x = 0), supply(i) (sum_j x <= a_i), demand(j) (sum_i x >= b_j).
 * Optimum z = 153.675; demand marginals 0.225, 0.153, 0.126; supply marginals 0, 0.
 */
export function transportProblem(sense: 'min' | 'max' = 'min', objSign = 1): ModelProblem {
  const a = [350, 600];
  const b = [325, 300, 275];
  const d = [
    [2.5, 1.7, 1.8],
    [2.5, 1.8, 1.4],
  ];
  const xi = (i: number, j: number) => i * 3 + j;
  const vars: ProblemSpec['vars'] = [];
  for (const p of plants) for (const q of markets) vars.push({ name: `x(${p},${q})` });
  vars.push({ name: 'z', lo: -Infinity });
  const rows: RowSpec[] = [];
  const cost: [number, number][] = [[6, 1]];
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) cost.push([xi(i, j), -(90 * d[i][j]) / 1000]);
  rows.push({ name: 'cost', lo: 0, up: 0, terms: cost });
  for (let i = 0; i < 2; i++)
    rows.push({
      name: `supply(${plants[i]})`,
      lo: -Infinity,
      up: a[i],
      terms: [0, 1, 2].map((j) => [xi(i, j), 1]),
    });
  for (let j = 0; j < 3; j++)
    rows.push({
      name: `demand(${markets[j]})`,
      lo: b[j],
      up: Infinity,
      terms: [0, 1].map((i) => [xi(i, j), 1]),
    });
  return buildProblem({ sense, vars, obj: { idx: [6], coef: [objSign] }, rows });
}

/**
 * 0-1 knapsack: max 10a + 13b + 7c + 8d + 5e  s.t.  4a + 6b + 3c + 5d + 2e <= 12.
 * Optimum 28 taking items 1, 2 and 5 (weight 12); knapsackOptimum checks it by enumeration.
 */
export function knapsackProblem(): ModelProblem {
  const v = [10, 13, 7, 8, 5];
  const w = [4, 6, 3, 5, 2];
  return buildProblem({
    sense: 'max',
    vars: v.map((_, j) => ({ name: `take(i${j + 1})`, up: 1, kind: 1 as VarKind })),
    obj: { idx: v.map((_, j) => j), coef: v },
    rows: [{ name: 'cap', lo: -Infinity, up: 12, terms: w.map((wj, j) => [j, wj]) }],
  });
}

/** The knapsack optimum by enumeration of the 32 subsets (the reference for the MIP tests). */
export function knapsackOptimum(): { value: number; take: number[] } {
  const v = [10, 13, 7, 8, 5];
  const w = [4, 6, 3, 5, 2];
  let best = { value: -1, take: [] as number[] };
  for (let s = 0; s < 32; s++) {
    let wt = 0;
    let val = 0;
    const take = v.map((_, j) => (s >> j) & 1);
    take.forEach((t, j) => {
      wt += t * w[j];
      val += t * v[j];
    });
    if (wt <= 12 && val > best.value) best = { value: val, take };
  }
  return best;
}

/** x + y >= 3, x + y <= 1, x, y >= 0: infeasible. */
export function infeasibleProblem(): ModelProblem {
  return buildProblem({
    sense: 'min',
    vars: [{ name: 'x' }, { name: 'y' }],
    obj: { idx: [0, 1], coef: [1, 1] },
    rows: [
      {
        name: 'lo',
        lo: 3,
        up: Infinity,
        terms: [
          [0, 1],
          [1, 1],
        ],
      },
      {
        name: 'hi',
        lo: -Infinity,
        up: 1,
        terms: [
          [0, 1],
          [1, 1],
        ],
      },
    ],
  });
}

/** max x + y s.t. x - y <= 1, x, y >= 0: unbounded. */
export function unboundedProblem(): ModelProblem {
  return buildProblem({
    sense: 'max',
    vars: [{ name: 'x' }, { name: 'y' }],
    obj: { idx: [0, 1], coef: [1, 1] },
    rows: [
      {
        name: 'r',
        lo: -Infinity,
        up: 1,
        terms: [
          [0, 1],
          [1, -1],
        ],
      },
    ],
  });
}

/**
 * Hock-Schittkowski 35: min 9 - 8x1 - 6x2 - 4x3 + 2x1^2 + 2x2^2 + x3^2 + 2x1x2 + 2x1x3
 * s.t. x1 + x2 + 2x3 <= 3, x >= 0. Optimum 1/9 at (4/3, 7/9, 4/9); the row's marginal is -2/9.
 * The objective is a nonlinear root in the graph (as generation builds it, linear part included).
 */
export function hs35Problem(): ModelProblem {
  const g = new GraphBuilder();
  const x = [0, 1, 2].map((j) => g.variable(j));
  const k = (v: number) => g.constant(v);
  const terms = [
    k(9),
    g.node(Op.Mul, [k(-8), x[0]]),
    g.node(Op.Mul, [k(-6), x[1]]),
    g.node(Op.Mul, [k(-4), x[2]]),
    g.node(Op.Mul, [k(2), g.node(Op.Sqr, [x[0]])]),
    g.node(Op.Mul, [k(2), g.node(Op.Sqr, [x[1]])]),
    g.node(Op.Sqr, [x[2]]),
    g.node(Op.Mul, [k(2), x[0], x[1]]),
    g.node(Op.Mul, [k(2), x[0], x[2]]),
  ];
  const root = g.node(Op.Add, terms);
  return buildProblem({
    sense: 'min',
    vars: [
      { name: 'x1', x0: 0.5 },
      { name: 'x2', x0: 0.5 },
      { name: 'x3', x0: 0.5 },
    ],
    obj: { idx: [], coef: [] },
    rows: [
      {
        name: 'c1',
        lo: -Infinity,
        up: 3,
        terms: [
          [0, 1],
          [1, 1],
          [2, 2],
        ],
      },
    ],
    graph: g.build(),
    objNl: root,
  });
}

/** min x1*x2 s.t. x1 + x2 >= 1, 0 <= x <= 2: Q = [[0,1],[1,0]] is indefinite. */
export function nonconvexQpProblem(): ModelProblem {
  const g = new GraphBuilder();
  const root = g.node(Op.Mul, [g.variable(0), g.variable(1)]);
  return buildProblem({
    sense: 'min',
    vars: [
      { name: 'x1', up: 2 },
      { name: 'x2', up: 2 },
    ],
    obj: { idx: [], coef: [] },
    rows: [
      {
        name: 'c1',
        lo: 1,
        up: Infinity,
        terms: [
          [0, 1],
          [1, 1],
        ],
      },
    ],
    graph: g.build(),
    objNl: root,
  });
}

type Poly = Map<string, number>; // '' constant, 'i' linear, 'i,j' (i <= j) quadratic

/**
 * A small stand-in for src/model/classify.ts's extractQuadratic (Const, Var, Add, Sub, Neg, Mul,
 * Sqr), so that the adapters' QP paths are tested on their own. Returns undefined above degree 2.
 */
export function testExtractQuadratic(
  graph: ExprGraph,
  root: number,
): { const: number; linear: Map<number, number>; quad: Map<string, number> } | undefined {
  const deg = (k: string) => (k === '' ? 0 : k.includes(',') ? 2 : 1);
  const mul = (a: Poly, b: Poly): Poly | undefined => {
    const out: Poly = new Map();
    for (const [ka, va] of a) {
      for (const [kb, vb] of b) {
        if (deg(ka) + deg(kb) > 2) return undefined;
        const vars = [...(ka ? ka.split(',') : []), ...(kb ? kb.split(',') : [])]
          .map(Number)
          .sort((x, y) => x - y);
        const key = vars.join(',');
        out.set(key, (out.get(key) ?? 0) + va * vb);
      }
    }
    return out;
  };
  const add = (a: Poly, b: Poly, s = 1): Poly => {
    const out = new Map(a);
    for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + s * v);
    return out;
  };
  const walk = (id: number): Poly | undefined => {
    const op = graph.op[id];
    const kids = Array.from(graph.children.subarray(graph.childStart[id], graph.childStart[id + 1]));
    const ps = kids.map(walk);
    if (ps.some((p) => p === undefined)) return undefined;
    const c = ps as Poly[];
    switch (op) {
      case Op.Const:
        return new Map([['', graph.value[id]]]);
      case Op.Var:
        return new Map([[String(graph.value[id]), 1]]);
      case Op.Add:
        return c.reduce((a, b) => add(a, b), new Map());
      case Op.Sub:
        return add(c[0], c[1], -1);
      case Op.Neg:
        return add(new Map(), c[0], -1);
      case Op.Mul:
        return c.reduce<Poly | undefined>((a, b) => (a ? mul(a, b) : undefined), new Map([['', 1]]));
      case Op.Sqr:
        return mul(c[0], c[0]);
      default:
        return undefined;
    }
  };
  const p = walk(root);
  if (!p) return undefined;
  const linear = new Map<number, number>();
  const quad = new Map<string, number>();
  let constant = 0;
  for (const [k, v] of p) {
    if (k === '') constant += v;
    else if (k.includes(',')) quad.set(k, v);
    else linear.set(Number(k), v);
  }
  return { const: constant, linear, quad };
}
