// GAMS model and solve status codes and texts, and the mapping of the NLP status vocabulary
// (shared by ipm and ipopt) onto them. One status vocabulary for every adapter. Imports types.ts.
import type { NlpStatus } from './types.ts';

export const ModelStat = {
  Optimal: 1,
  LocallyOptimal: 2,
  Unbounded: 3,
  Infeasible: 4,
  LocallyInfeasible: 5,
  IntermediateInfeasible: 6,
  FeasibleSolution: 7,
  IntegerSolution: 8,
  IntermediateNonInteger: 9,
  IntegerInfeasible: 10,
  LicensingProblem: 11,
  ErrorUnknown: 12,
  ErrorNoSolution: 13,
  NoSolutionReturned: 14,
  SolvedUnique: 15,
  Solved: 16,
  SolvedSingular: 17,
  UnboundedNoSolution: 18,
  InfeasibleNoSolution: 19,
} as const;

export const SolveStat = {
  NormalCompletion: 1,
  IterationInterrupt: 2,
  ResourceInterrupt: 3,
  TerminatedBySolver: 4,
  EvaluationInterrupt: 5,
  CapabilityProblems: 6,
  LicensingProblems: 7,
  UserInterrupt: 8,
  SetupFailure: 9,
  SolverFailure: 10,
  InternalSolverFailure: 11,
  SolveProcessingSkipped: 12,
  SystemFailure: 13,
} as const;

export const modelStatusText: Record<number, string> = {
  1: 'Optimal',
  2: 'Locally Optimal',
  3: 'Unbounded',
  4: 'Infeasible',
  5: 'Locally Infeasible',
  6: 'Intermediate Infeasible',
  7: 'Feasible Solution',
  8: 'Integer Solution',
  9: 'Intermediate Non-Integer',
  10: 'Integer Infeasible',
  11: 'Licensing Problem',
  12: 'Error Unknown',
  13: 'Error No Solution',
  14: 'No Solution Returned',
  15: 'Solved Unique',
  16: 'Solved',
  17: 'Solved Singular',
  18: 'Unbounded - No Solution',
  19: 'Infeasible - No Solution',
};

export const solveStatusText: Record<number, string> = {
  1: 'Normal Completion',
  2: 'Iteration Interrupt',
  3: 'Resource Interrupt',
  4: 'Terminated By Solver',
  5: 'Evaluation Interrupt',
  6: 'Capability Problems',
  7: 'Licensing Problems',
  8: 'User Interrupt',
  9: 'Setup Failure',
  10: 'Solver Failure',
  11: 'Internal Solver Failure',
  12: 'Solve Processing Skipped',
  13: 'System Failure',
};

/** Whether a model status carries a usable primal point (levels are written back). */
export function hasSolution(modelStatus: number): boolean {
  return [1, 2, 7, 8, 15, 16, 17].includes(modelStatus);
}

/** NLP (Ipopt-like) status → GAMS codes, as GAMS/IPOPT reports them. */
export const nlpStatusMap: Record<NlpStatus, { modelStatus: number; solveStatus: number }> = {
  optimal: { modelStatus: ModelStat.LocallyOptimal, solveStatus: SolveStat.NormalCompletion },
  acceptable: { modelStatus: ModelStat.LocallyOptimal, solveStatus: SolveStat.NormalCompletion },
  infeasible: { modelStatus: ModelStat.LocallyInfeasible, solveStatus: SolveStat.NormalCompletion },
  max_iter: { modelStatus: ModelStat.IntermediateInfeasible, solveStatus: SolveStat.IterationInterrupt },
  max_time: { modelStatus: ModelStat.IntermediateInfeasible, solveStatus: SolveStat.ResourceInterrupt },
  restoration_failed: { modelStatus: ModelStat.LocallyInfeasible, solveStatus: SolveStat.TerminatedBySolver },
  diverging: { modelStatus: ModelStat.Unbounded, solveStatus: SolveStat.NormalCompletion },
  interrupted: { modelStatus: ModelStat.NoSolutionReturned, solveStatus: SolveStat.UserInterrupt },
  eval_error: { modelStatus: ModelStat.ErrorNoSolution, solveStatus: SolveStat.EvaluationInterrupt },
  error: { modelStatus: ModelStat.ErrorNoSolution, solveStatus: SolveStat.SolverFailure },
};
