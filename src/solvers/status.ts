// GAMS model and solve status codes, their texts and what they mean, in one table each; the
// mapping of the NLP status vocabulary (shared by ipm and ipopt) onto them. One status vocabulary
// for every adapter: nothing else writes a status number. Imports types.ts.
import type { NlpStatus } from './types.ts';

/** One GAMS model status: its code, name, text, and the facts the solve pipeline asks about it. */
interface ModelStatusEntry {
  readonly code: number;
  readonly text: string;
  /** The status carries a usable primal point (levels are written back). */
  readonly solution: boolean;
  /** The solver proved the point optimal (a global optimum). */
  readonly proven: boolean;
  /** The model was found infeasible (an infeasibility explanation can be asked for). */
  readonly infeasible: boolean;
}

const modelStatusTable = {
  Optimal: { code: 1, text: 'Optimal', solution: true, proven: true, infeasible: false },
  LocallyOptimal: { code: 2, text: 'Locally Optimal', solution: true, proven: false, infeasible: false },
  Unbounded: { code: 3, text: 'Unbounded', solution: false, proven: false, infeasible: false },
  Infeasible: { code: 4, text: 'Infeasible', solution: false, proven: false, infeasible: true },
  LocallyInfeasible: {
    code: 5,
    text: 'Locally Infeasible',
    solution: false,
    proven: false,
    infeasible: true,
  },
  IntermediateInfeasible: {
    code: 6,
    text: 'Intermediate Infeasible',
    solution: false,
    proven: false,
    infeasible: false,
  },
  FeasibleSolution: { code: 7, text: 'Feasible Solution', solution: true, proven: false, infeasible: false },
  IntegerSolution: { code: 8, text: 'Integer Solution', solution: true, proven: false, infeasible: false },
  IntermediateNonInteger: {
    code: 9,
    text: 'Intermediate Non-Integer',
    solution: false,
    proven: false,
    infeasible: false,
  },
  IntegerInfeasible: {
    code: 10,
    text: 'Integer Infeasible',
    solution: false,
    proven: false,
    infeasible: true,
  },
  LicensingProblem: {
    code: 11,
    text: 'Licensing Problem',
    solution: false,
    proven: false,
    infeasible: false,
  },
  ErrorUnknown: { code: 12, text: 'Error Unknown', solution: false, proven: false, infeasible: false },
  ErrorNoSolution: { code: 13, text: 'Error No Solution', solution: false, proven: false, infeasible: false },
  NoSolutionReturned: {
    code: 14,
    text: 'No Solution Returned',
    solution: false,
    proven: false,
    infeasible: false,
  },
  SolvedUnique: { code: 15, text: 'Solved Unique', solution: true, proven: true, infeasible: false },
  Solved: { code: 16, text: 'Solved', solution: true, proven: true, infeasible: false },
  SolvedSingular: { code: 17, text: 'Solved Singular', solution: true, proven: false, infeasible: false },
  UnboundedNoSolution: {
    code: 18,
    text: 'Unbounded - No Solution',
    solution: false,
    proven: false,
    infeasible: false,
  },
  InfeasibleNoSolution: {
    code: 19,
    text: 'Infeasible - No Solution',
    solution: false,
    proven: false,
    infeasible: true,
  },
} as const satisfies Record<string, ModelStatusEntry>;

const solveStatusTable = {
  NormalCompletion: { code: 1, text: 'Normal Completion' },
  IterationInterrupt: { code: 2, text: 'Iteration Interrupt' },
  ResourceInterrupt: { code: 3, text: 'Resource Interrupt' },
  TerminatedBySolver: { code: 4, text: 'Terminated By Solver' },
  EvaluationInterrupt: { code: 5, text: 'Evaluation Interrupt' },
  CapabilityProblems: { code: 6, text: 'Capability Problems' },
  LicensingProblems: { code: 7, text: 'Licensing Problems' },
  UserInterrupt: { code: 8, text: 'User Interrupt' },
  SetupFailure: { code: 9, text: 'Setup Failure' },
  SolverFailure: { code: 10, text: 'Solver Failure' },
  InternalSolverFailure: { code: 11, text: 'Internal Solver Failure' },
  SolveProcessingSkipped: { code: 12, text: 'Solve Processing Skipped' },
  SystemFailure: { code: 13, text: 'System Failure' },
} as const satisfies Record<string, { readonly code: number; readonly text: string }>;

type Codes<T extends Record<string, { readonly code: number }>> = { readonly [K in keyof T]: T[K]['code'] };
const codesOf = <T extends Record<string, { readonly code: number }>>(t: T): Codes<T> =>
  Object.fromEntries(Object.entries(t).map(([k, e]) => [k, e.code])) as Codes<T>;
const byCode = <E extends { readonly code: number }>(t: Record<string, E>): Record<number, E> =>
  Object.fromEntries(Object.values(t).map((e) => [e.code, e]));

/** GAMS model status codes by name (ModelStat.Optimal = 1 ... InfeasibleNoSolution = 19). */
export const ModelStat = codesOf(modelStatusTable);
/** GAMS solve status codes by name (SolveStat.NormalCompletion = 1 ... SystemFailure = 13). */
export const SolveStat = codesOf(solveStatusTable);

const modelByCode = byCode<ModelStatusEntry>(modelStatusTable);
const solveByCode = byCode(solveStatusTable);

export const modelStatusText: Record<number, string> = Object.fromEntries(
  Object.values(modelByCode).map((e) => [e.code, e.text]),
);
export const solveStatusText: Record<number, string> = Object.fromEntries(
  Object.values(solveByCode).map((e) => [e.code, e.text]),
);

/** Whether a model status carries a usable primal point (levels are written back). */
export function hasSolution(modelStatus: number): boolean {
  return modelByCode[modelStatus]?.solution ?? false;
}

/** Whether a model status says the solver proved its point optimal (1, 15, 16). */
export function provenOptimal(modelStatus: number): boolean {
  return modelByCode[modelStatus]?.proven ?? false;
}

/** Whether a model status says the model is infeasible (4, 5, 10, 19). */
export function isInfeasible(modelStatus: number): boolean {
  return modelByCode[modelStatus]?.infeasible ?? false;
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
