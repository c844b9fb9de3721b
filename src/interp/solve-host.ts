// What a solve statement sees of the interpreter, and the type of the function that runs it. The
// interpreter hands each solve statement to that function (src/run/solve.ts's runSolve, passed in
// by api.ts), so interp/ needs nothing downstream of it. Imports check/ and diagnostics/.
import type { CheckedProgram, CStmt } from '../check/checker.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { AsyncSolves, SolveHooks, SolveJob } from './async-solves.ts';
import type { RunContext } from './run-context.ts';

export type SolveStmt = Extract<CStmt, { kind: 'solve' }>;
export type RegionStmt = Extract<CStmt, { kind: 'region' }>;

export interface SolveHost {
  readonly prog: CheckedProgram;
  readonly opts: {
    readonly solver?: string;
    readonly quiet?: boolean;
    readonly log: (line: string) => void;
    readonly solverOptions?: Readonly<Record<string, number | string>>;
    readonly explainInfeasible?: boolean;
    readonly report?: (text: string) => void;
    /** Reads a solver options file next to the model (`m.optfile = 1;` → `<solver>.opt`). */
    readonly readOptionFile?: (name: string) => string | undefined;
    /** True once the run was interrupted (SIGINT): solvers that can stop between iterations do. */
    readonly interrupted?: () => boolean;
    /** ExecOptions.beforeBlockingSolve. */
    readonly beforeBlockingSolve?: () => void;
    /** Seconds of silence on the log before a progress line (default 1; see solveWatch). */
    readonly progressSeconds?: number;
    /** A synchronous solve on another thread (ExecOptions.solveOnThread). */
    readonly solveOnThread?: (job: SolveJob, hooks: SolveHooks) => Promise<unknown> | undefined;
  };
  readonly solverChoice: ReadonlyMap<string, string>;
  /** `option explain = 1;` seen in the program. */
  readonly explain: boolean;
  /** Re-solves refresh the previous generation in place (`option reuse = 0;` regenerates). */
  readonly reuse: boolean;
  /** Start NLP solves from the previous multipliers (`option warmstart = 0;` turns it off). */
  readonly warmStart: boolean;
  readonly diagnostics: Diagnostic[];
  /** The run's asynchronous solves (solveLink 3 or 6); absent: every solve is synchronous. */
  readonly asyncSolves?: AsyncSolves;
  /** `option solveLink = n;` (a model's own `m.solveLink` wins). */
  readonly solveLink?: number;
  /** `option optcr / optca / reslim / iterlim = v;` by name (a model's own `m.optcr` etc. wins). */
  readonly solveLimits: ReadonlyMap<string, number>;
  /** This run's state (the solve pipeline keeps its generations and notes there). */
  readonly context: RunContext;
}

/**
 * Runs one solve statement and returns its summary `R` (none for an asynchronous solve, whose
 * collection adds it); errors in the model are thrown as
 * ExecError (check/expressions.ts), which stops the run with that diagnostic.
 */
export type SolveRunner<R> = (host: SolveHost, s: SolveStmt) => Promise<R | undefined>;

/**
 * Runs one `execute_critical_region` statement (src/run/critical-region.ts's runCriticalRegion,
 * passed in by api.ts) on the last solve of its model; errors are thrown as ExecError.
 */
export type RegionRunner = (host: SolveHost, s: RegionStmt) => Promise<void>;

/** The GAMS options that limit a solve, kept by the interpreter for the solve pipeline. */
export const solveLimitOptions: ReadonlySet<string> = new Set(['optcr', 'optca', 'reslim', 'iterlim']);
