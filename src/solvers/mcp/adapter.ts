// The MCP adapter: a generated model whose rows are matched one to one with its columns becomes a
// box MCP (F_j = row activity − its finite side, bounds of column j), solved by solver.ts with the
// exact Jacobian of the AD oracle. GAMS's reporting: levels in x, the equations' marginals are the
// levels of their matched variables, the variables' marginals the values of their functions F.
// Imports ad/oracle.ts, model/problem.ts, status.ts, solver.ts.
import { createNlpOracle } from '../../ad/oracle.ts';
import type { ModelProblem } from '../../model/problem.ts';
import { ModelStat, SolveStat } from '../status.ts';
import type { SolverResult } from '../types.ts';
import { solveMcp, type McpOptions, type McpOutcome } from './solver.ts';

export interface McpSolverResult extends SolverResult {
  /** ‖Φ‖∞ at the returned point (the complementarity residual). */
  residual: number;
}

const solveStatusOf: Record<McpOutcome, number> = {
  solved: SolveStat.NormalCompletion,
  stationary: SolveStat.NormalCompletion,
  'iteration-limit': SolveStat.IterationInterrupt,
  'evaluation-error': SolveStat.EvaluationInterrupt,
};

/**
 * Solves p as an MCP; colOfRow[i] is the column matched with row i (one to one). Columns matched
 * to no row must be fixed (xl = xu): they stay at their bound.
 */
export function solveMcpModel(p: ModelProblem, colOfRow: Int32Array, opts: McpOptions = {}): McpSolverResult {
  const t0 = performance.now();
  const n = p.n;
  const oracle = createNlpOracle(p);
  const rhs = new Float64Array(p.m);
  for (let i = 0; i < p.m; i++) rhs[i] = Number.isFinite(p.rowLo[i]) ? p.rowLo[i] : p.rowUp[i];
  const g = new Float64Array(p.m);
  const jr = Int32Array.from(oracle.jacRows, (i) => colOfRow[i]);
  const r = solveMcp(
    {
      n,
      lo: p.xl,
      up: p.xu,
      x0: p.x0,
      F: (x, out) => {
        oracle.constraints(x, g);
        if (oracle.lastEvalError()) return false;
        out.fill(0); // fixed columns without a row
        for (let i = 0; i < p.m; i++) out[colOfRow[i]] = g[i] - rhs[i];
        return true;
      },
      jacRows: jr,
      jacCols: oracle.jacCols,
      jacobian: (x, out) => oracle.jacobian(x, out),
    },
    opts,
  );
  const rowMarginal = new Float64Array(p.m);
  for (let i = 0; i < p.m; i++) rowMarginal[i] = r.x[colOfRow[i]];
  const solved = r.outcome === 'solved';
  return {
    solver: 'emd-mcp',
    modelStatus: solved ? ModelStat.Optimal : ModelStat.LocallyInfeasible,
    solveStatus: solveStatusOf[r.outcome] as SolverResult['solveStatus'],
    x: r.x,
    colMarginal: r.f,
    rowMarginal,
    iterations: r.iterations,
    seconds: (performance.now() - t0) / 1000,
    residual: r.residual,
    message: solved
      ? undefined
      : `complementarity residual ${r.residual.toExponential(3)} after ${r.iterations} iterations (${r.outcome}).`,
  };
}
