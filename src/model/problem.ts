// The instantiated model handed from generation (src/interp, src/model) to derivatives, reformulations
// and solvers: variables with bounds, rows with a sparse linear part plus an optional nonlinear part
// (a root in the expression graph), and an objective. Imports expr-graph.ts only.
//
// Row i reads:   rowLo[i] <= sum_k coef[k] * x[col[k]] (k in rowStart[i]..rowStart[i+1]) + nl_i(x) <= rowUp[i]
// where nl_i is the graph node rowNl[i] (or absent when -1). Constants are folded into the bounds.
// Objective:     sense  objConst + sum objCoef[k] x[objIdx[k]] + nl_obj(x)   (objNl = -1 when linear)
// GAMS models minimize a variable: generation gives objIdx = [z], objCoef = [1]; reform/objective.ts
// substitutes the defining row where that is sound (needed for QP).
import type { ExprGraph } from './expr-graph.ts';

export type VarKind = 0 | 1 | 2; // 0 continuous, 1 binary, 2 integer

/** One special ordered set: its type and its columns, in order. */
export interface SosSet {
  readonly type: 1 | 2;
  readonly cols: Int32Array;
}

export interface ModelProblem {
  readonly n: number;
  readonly m: number;
  readonly sense: 'min' | 'max';

  readonly xl: Float64Array; // -Infinity when free below
  readonly xu: Float64Array; // +Infinity when free above
  readonly x0: Float64Array; // start point (variable levels)
  readonly varKind: Uint8Array;
  /** Starting bound multipliers / reduced costs (variable marginals), for warm starts; may be absent. */
  readonly z0?: Float64Array;

  readonly objConst: number;
  readonly objIdx: Int32Array;
  readonly objCoef: Float64Array;
  readonly objNl: number;

  readonly rowLo: Float64Array; // -Infinity for =l= rows
  readonly rowUp: Float64Array; // +Infinity for =g= rows
  readonly rowStart: Int32Array; // CSR of the linear part, length m + 1
  readonly col: Int32Array;
  readonly coef: Float64Array;
  readonly rowNl: Int32Array; // graph root per row, -1 when the row is linear
  /** Starting row multipliers (equation marginals), for warm starts; may be absent. */
  readonly lambda0?: Float64Array;

  readonly graph: ExprGraph;
  /** Values of Param leaves of the graph. */
  readonly params: Float64Array;

  /**
   * Special ordered sets (GAMS `sos1`/`sos2` variables): columns in set order. Type 1: at most one
   * is nonzero; type 2: at most two, adjacent. Absent or empty when the model has none (and in an
   * LP/RMIP, where they are relaxed); reform/sos.ts turns them into binaries before a MIP solver.
   */
  readonly sos?: readonly SosSet[];

  /** Names for messages and solver logs: `x(seattle,new-york)`, `demand(topeka)`. */
  readonly varNames: readonly string[];
  readonly rowNames: readonly string[];
}
