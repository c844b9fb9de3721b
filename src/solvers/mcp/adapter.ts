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
 * to no row must be fixed (xl = xu): they stay at their bound. Rows flagged in `implicit` were
 * paired by GAMS's implicit matching (an =e= row with a free column, in order): that partner is
 * arbitrary, so their marginal is reported as 0 rather than its level. A row with both bounds
 * infinite (=n=) is F = activity − nRowRhs[i]: GAMS's `=n=` means no relation, and the bounds of
 * its variable alone decide the complementarity (mcp07 of GAMS's test library).
 */
export function solveMcpModel(
  p: ModelProblem,
  colOfRow: Int32Array,
  implicit?: Uint8Array,
  nRowRhs?: Float64Array,
  opts: McpOptions = {},
): McpSolverResult {
  const t0 = performance.now();
  const n = p.n;
  const oracle = createNlpOracle(p);
  const rhs = new Float64Array(p.m);
  for (let i = 0; i < p.m; i++)
    rhs[i] = Number.isFinite(p.rowLo[i])
      ? p.rowLo[i]
      : Number.isFinite(p.rowUp[i])
        ? p.rowUp[i]
        : (nRowRhs?.[i] ?? 0);
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
  for (let i = 0; i < p.m; i++) rowMarginal[i] = implicit?.[i] ? 0 : r.x[colOfRow[i]];
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
      : r.outcome === 'evaluation-error'
        ? 'the equations cannot be evaluated at the start point (a function outside its domain, or a division by zero): give the variables a start (.l) or bounds inside the domain.'
        : `complementarity residual ${r.residual.toExponential(3)} after ${r.iterations} iterations (${r.outcome}).`,
  };
}
