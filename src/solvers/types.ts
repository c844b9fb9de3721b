// The solver interface shared by every adapter (glpk, highs, ipm, ipopt) and the NLP oracle shared
// by the two interior-point backends. Imports model/ only. Never imports syntax.

import type { ModelProblem } from '../model/problem.ts';

/**
 * First and second derivatives of an NLP in Ipopt's form:
 *   min f(x)  s.t.  gl <= g(x) <= gu,  xl <= x <= xu
 * Lagrangian: objFactor * f(x) + lambda' g(x). Kernels fill caller-provided buffers.
 */
export interface NlpOracle {
  readonly n: number;
  readonly m: number;
  readonly xl: Float64Array;
  readonly xu: Float64Array;
  readonly gl: Float64Array;
  readonly gu: Float64Array;
  readonly x0: Float64Array;
  objective(x: Float64Array): number;
  gradient(x: Float64Array, out: Float64Array): void;
  constraints(x: Float64Array, out: Float64Array): void;
  /** Jacobian sparsity in coordinate form (row, col), fixed for the oracle's life. */
  readonly jacRows: Int32Array;
  readonly jacCols: Int32Array;
  jacobian(x: Float64Array, out: Float64Array): void;
  /** Lower triangle (row >= col) of the Hessian of the Lagrangian, coordinate form. */
  readonly hessRows: Int32Array;
  readonly hessCols: Int32Array;
  hessian(x: Float64Array, objFactor: number, lambda: Float64Array, out: Float64Array): void;
}

/** Ipopt's vocabulary, used by ipm and ipopt; mapped to GAMS codes in results/status.ts. */
export type NlpStatus =
  | 'optimal'
  | 'acceptable'
  | 'infeasible'
  | 'max_iter'
  | 'restoration_failed'
  | 'diverging'
  | 'max_time'
  | 'eval_error'
  | 'interrupted'
  | 'error';

export interface IterationRecord {
  iter: number;
  objective: number;
  infPr: number;
  infDu: number;
  lgMu: number;
  dNorm: number;
  regularization: number;
  alphaDu: number;
  alphaPr: number;
  lsTrials: number;
  restoration?: boolean;
  /** Ipopt's step character after alpha_pr (f, h, F, H, r...); optional. */
  stepType?: string;
}

export interface NlpResult {
  status: NlpStatus;
  x: Float64Array;
  /** Constraint multipliers in Ipopt's sign convention: grad f + J' lambda - zL + zU = 0. */
  lambda: Float64Array;
  zL: Float64Array;
  zU: Float64Array;
  objective: number;
  iterations: number;
  message?: string;
}

export interface NlpOptions {
  tol?: number;
  maxIter?: number;
  printLevel?: number;
  muStrategy?: 'monotone' | 'adaptive';
  acceptableTol?: number;
  maxSeconds?: number;
  /** Relative relaxation of the bounds (Ipopt's bound_relax_factor, default 1e-8). */
  boundRelaxFactor?: number;
  /** Initial barrier parameter (Ipopt's mu_init, default 0.1). */
  muInit?: number;
  /** Initial multipliers for a warm start. */
  lambda0?: Float64Array;
  zL0?: Float64Array;
  zU0?: Float64Array;
  warmStart?: boolean;
  /** Called once per iteration (the iteration log). */
  onIteration?: (rec: IterationRecord) => void;
  /** Asked once per iteration: true stops the solve with status 'interrupted' (SIGINT). */
  shouldStop?: () => boolean;
  /** See SolveOptions.beforeBlocking. */
  beforeBlocking?: () => void;
}

/** GAMS model status codes (1 Optimal ... 19 Infeasible - No Solution). */
export type ModelStatus = number;
/** GAMS solve status codes (1 Normal Completion ... 13 System Failure). */
export type SolveStatus = number;

/** What every adapter returns. Duals are in GAMS's convention (d objective / d right-hand side). */
export interface SolverResult {
  solver: string;
  modelStatus: ModelStatus;
  solveStatus: SolveStatus;
  /** Variable levels; absent when the solver returned no point. */
  x?: Float64Array;
  /** Row marginals in GAMS sign convention. */
  rowMarginal?: Float64Array;
  /** Variable marginals (reduced costs) in GAMS sign convention. */
  colMarginal?: Float64Array;
  objective?: number;
  iterations: number;
  seconds: number;
  /** For people: why the solve ended as it did (shown as the hint of the no-solution error). */
  message?: string;
  /** For programs: why no solution was returned, as data (callers decide on it, never on message). */
  issue?: SolverIssue;
}

/**
 * Why an adapter did not solve a problem, as data. `kind` says what went wrong, `cause` (for a
 * capability problem) what the solver cannot take; `reason` is one sentence for people.
 *   unavailable — the solver cannot run here (a library that does not load);
 *   capability  — the problem is outside what the solver takes (solve status 6);
 *   options     — an option was refused (solve status 9);
 *   failed      — the solver or its setup failed (solve status 9, 10, 13).
 */
export type SolverIssue =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'capability'; readonly cause: CapabilityCause; readonly reason: string }
  | { readonly kind: 'options'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** What a solver could not take in a problem it was given. */
export type CapabilityCause =
  | 'nonlinear-row'
  | 'nonlinear-objective'
  | 'non-quadratic-objective'
  | 'non-convex-objective'
  | 'discrete-variables';

export type ProblemClass = 'lp' | 'mip' | 'qp' | 'miqp' | 'qcp' | 'nlp' | 'dnlp';

export interface SolveOptions {
  /** Solver-specific options by name (validated by the adapter). */
  readonly options?: Readonly<Record<string, number | string>>;
  readonly quiet?: boolean;
  /** Log sink for the iteration log (stderr in the CLI). */
  readonly log?: (line: string) => void;
  readonly warmStart?: boolean;
  /** Seconds (GAMS reslim): the solver stops there with Resource Interrupt. */
  readonly timeLimit?: number;
  /**
   * GAMS iterlim: the solver stops after this many iterations with Iteration Interrupt (simplex
   * iterations for an LP, interior-point iterations, restoration included, for an NLP, as Ipopt
   * counts them). Absent: the solver's own limit.
   */
  readonly iterLimit?: number;
  /**
   * GAMS optcr: a MIP search may stop once |BP − BF| / max(|BP|, |BF|) <= relativeGap (BF the
   * best integer point, BP the best possible bound). A backend whose own test is stricter (GLPK,
   * HiGHS: the gap over |BF|) uses the same number, so it stops no earlier than GAMS would allow.
   */
  readonly relativeGap?: number;
  /** GAMS optca: a MIP search may stop once |BP − BF| <= absoluteGap. */
  readonly absoluteGap?: number;
  /**
   * Called from inside the solve whenever the solver reports (GLPK's and HiGHS's log callbacks,
   * each NLP iteration), even with quiet on: the caller prints a progress line from it every few
   * seconds. A solve synchronous inside WebAssembly cannot be reached by a timer; its own log
   * hook is the only place where code runs during it.
   */
  readonly progress?: (detail: string) => void;
  /** True when the run was interrupted (SIGINT): solvers that check between iterations stop. */
  readonly shouldStop?: () => boolean;
  /**
   * Called by a solver just before it blocks the thread to its end without turning the event
   * loop (native Ipopt): shouldStop can then only see a SIGINT that another thread counted, and
   * the CLI starts its watcher thread here.
   */
  readonly beforeBlocking?: () => void;
}

export interface SolverAdapter {
  readonly name: string;
  readonly classes: readonly ProblemClass[];
  /** Whether this solver can run here (e.g. native Ipopt present); reason says how to fix it. */
  available(): Promise<{ ok: true } | { ok: false; reason: string }>;
  solve(problem: ModelProblem, problemClass: ProblemClass, opts: SolveOptions): Promise<SolverResult>;
}
