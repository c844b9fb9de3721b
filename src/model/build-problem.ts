// Assembles a ModelProblem from plain row lists: for tests, benchmarks and hand-written problems
// (the interpreter builds ModelProblem directly in generate.ts). Imports expr-graph.ts, problem.ts.
import { GraphBuilder, type ExprGraph } from './expr-graph.ts';
import type { ModelProblem, VarKind } from './problem.ts';

/** One row: lo <= sum lin + nl <= up. `lin` holds [variable, coefficient] pairs (duplicates allowed). */
export interface RowSpec {
  readonly lo: number;
  readonly up: number;
  readonly lin?: ReadonlyArray<readonly [number, number]>;
  /** Root node of the nonlinear part in the graph. */
  readonly nl?: number;
  readonly name?: string;
}

export interface ProblemSpec {
  readonly n: number;
  readonly sense?: 'min' | 'max';
  /** Defaults: -Infinity, +Infinity, 0, continuous, names x0, x1, ... */
  readonly xl?: ArrayLike<number>;
  readonly xu?: ArrayLike<number>;
  readonly x0?: ArrayLike<number>;
  readonly varKind?: ArrayLike<VarKind>;
  readonly varNames?: readonly string[];
  readonly objective?: {
    readonly const?: number;
    readonly lin?: ReadonlyArray<readonly [number, number]>;
    readonly nl?: number;
  };
  readonly rows: readonly RowSpec[];
  /** The graph the nl roots refer to (a builder is built here). */
  readonly graph?: ExprGraph | GraphBuilder;
  readonly params?: ArrayLike<number>;
}

/** The ModelProblem of `spec`: rows in the given order, row names `r<i>` unless given. */
export function buildProblem(spec: ProblemSpec): ModelProblem {
  const { n } = spec;
  const fill = (a: ArrayLike<number> | undefined, d: number) => {
    const out = new Float64Array(n).fill(d);
    if (a) for (let j = 0; j < n; j++) out[j] = a[j];
    return out;
  };
  const rowStart = [0];
  const col: number[] = [];
  const coef: number[] = [];
  for (const r of spec.rows) {
    for (const [j, c] of r.lin ?? []) {
      col.push(j);
      coef.push(c);
    }
    rowStart.push(col.length);
  }
  const gr = spec.graph ?? new GraphBuilder();
  const graph = gr instanceof GraphBuilder ? gr.build() : gr;
  const obj = spec.objective ?? {};
  return {
    n,
    m: spec.rows.length,
    sense: spec.sense ?? 'min',
    xl: fill(spec.xl, -Infinity),
    xu: fill(spec.xu, Infinity),
    x0: fill(spec.x0, 0),
    varKind: Uint8Array.from({ length: n }, (_, j) => (spec.varKind ? spec.varKind[j] : 0)),
    objConst: obj.const ?? 0,
    objIdx: Int32Array.from((obj.lin ?? []).map(([j]) => j)),
    objCoef: Float64Array.from((obj.lin ?? []).map(([, c]) => c)),
    objNl: obj.nl ?? -1,
    rowLo: Float64Array.from(spec.rows.map((r) => r.lo)),
    rowUp: Float64Array.from(spec.rows.map((r) => r.up)),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowNl: Int32Array.from(spec.rows.map((r) => r.nl ?? -1)),
    graph,
    params: Float64Array.from(spec.params ?? []),
    varNames: spec.varNames ?? Array.from({ length: n }, (_, j) => `x${j}`),
    rowNames: spec.rows.map((r, i) => r.name ?? `r${i}`),
  };
}
