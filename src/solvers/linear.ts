// The one adapter of the linear solvers (LP, MIP, convex QP): the policies glpk and HiGHS share,
// over a thin backend per solver (src/solvers/glpk, src/solvers/highs) that builds the solver's
// input, runs it once and names its status in the vocabulary below. Imports solvers/ (types,
// status, linear-form), model/ and diagnostics/.
//
// The shared policies:
//   - the library is loaded on first use; a failure to load is a Solver Failure (13/10) and the
//     next solve tries again;
//   - a problem outside the class (a nonlinear row, a non-quadratic objective, what the backend
//     refuses) is Capability Problems (14/6) with a structured issue;
//   - an LP whose status presolve left undecided is solved again without presolve, so that
//     infeasible (4) and unbounded (3) are told apart and GAMS gets the final point;
//   - MIP marginals, as GAMS: those of the LP with the integer variables fixed at their (rounded)
//     values (option mipmarginals=none, where the backend has it, reports none);
//   - a MIP without an integer point: its LP relaxation tells 19 (infeasible) and 18 (unbounded)
//     from 10 (Integer Infeasible);
//   - a MIP's branch and bound runs with the disaggregated variable upper bounds of its switch
//     rows appended (implied-bounds.ts); the other runs take the model's rows;
//   - yes/no option values (`isYes`).
import type { ModelProblem } from '../model/problem.ts';
import type {
  CapabilityCause,
  ProblemClass,
  SolveOptions,
  SolverAdapter,
  SolverResult,
  SolveStatus,
} from './types.ts';
import { ModelStat, SolveStat } from './status.ts';
import {
  describeLinearFormError,
  linearForm,
  objectiveValue,
  type LinearForm,
  type QuadraticExtractor,
} from './linear-form.ts';
import { withImpliedVariableBounds } from './implied-bounds.ts';
import { solverMessages as S } from '../diagnostics/messages/solver.ts';
import { formatTemplate } from '../diagnostics/diagnostic.ts';

/** How one run of a backend ended, in the vocabulary the shared policies decide on. */
export type LinearRunStatus =
  | { readonly kind: 'optimal' }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'infeasible-or-unbounded' }
  /** The solver gave no status (GLPK's "undefined"). */
  | { readonly kind: 'undefined' }
  /** A limit or a stop: the GAMS solve status says which (2 iterations, 3 time, 8 user, 1, 4). */
  | { readonly kind: 'stopped'; readonly solveStatus: SolveStatus }
  /** The solver failed (solve status 9 setup, 10 solver failure). */
  | { readonly kind: 'error'; readonly solveStatus: SolveStatus };

export interface LinearRun {
  readonly status: LinearRunStatus;
  /** The backend's own name of its status (in the MIP-marginals message). */
  readonly statusName: string;
  /** The point, when the status carries one. */
  readonly x?: Float64Array;
  /** Row duals and reduced costs in GAMS's convention (LP runs). */
  readonly rowDual?: Float64Array;
  readonly colDual?: Float64Array;
  /** Whether a stopped LP's point is primal feasible (7 Feasible Solution, else 6). */
  readonly feasible?: boolean;
  /** Presolve left the status undecided: a run without presolve decides it. */
  readonly undecided?: boolean;
  readonly iterations: number;
  /** The status in words, when it is not a plain one. */
  readonly message?: string;
}

/**
 * One run: the problem itself (`solve`, integrality kept unless `relax`), the same LP without
 * presolve (`retry`), the LP with the integers fixed (`fixed`) or the MIP's LP relaxation
 * (`relaxation`). The last three run without presolve.
 */
export interface LinearRunSpec {
  readonly purpose: 'solve' | 'retry' | 'fixed' | 'relaxation';
  readonly relax: boolean;
  readonly fixed?: Float64Array;
}

/** A backend's runs of one solve (its options read once). */
export interface LinearSession {
  /** Whether the `solve` run presolves (an undecided status is then run again without). */
  readonly presolve: boolean;
  run(spec: LinearRunSpec): LinearRun | Promise<LinearRun>;
}

/** What a refused problem is (the backend's capability check). */
export interface Refusal {
  readonly cause: CapabilityCause;
  readonly message: string;
  /** The reason as a clause (default: the message). */
  readonly reason?: string;
}

export interface LinearBackend<I> {
  readonly name: string;
  readonly classes: readonly ProblemClass[];
  /** What is loaded, in the failure message ("glpk.js could not be loaded: ..."). */
  readonly library: string;
  load(): Promise<I>;
  /** src/model/classify.ts's extractQuadratic; without it a nonlinear objective is refused. */
  readonly extractQuadratic?: QuadraticExtractor;
  /** Appended to the capability message of a nonlinear row or objective (" Use ipm or ipopt."). */
  readonly formHint?: string;
  /** A capability problem of this LP for this backend (HiGHS: a MIQP, a non-convex Q). */
  refuse?(lp: LinearForm, p: ModelProblem): Refusal | undefined;
  session(instance: I, lp: LinearForm, p: ModelProblem, opts: SolveOptions): LinearSession;
}

/** A yes/no option value (validated already): 1, yes, true, on. */
export function isYes(v: number | string | undefined): boolean {
  return v !== undefined && ['1', 'yes', 'true', 'on'].includes(String(v).toLowerCase());
}

/** The adapter of a linear backend. */
export function createLinearAdapter<I>(backend: LinearBackend<I>): SolverAdapter {
  const { name } = backend;
  let instance: Promise<I> | undefined;
  const get = () => (instance ??= backend.load());
  const loadFailure = (err: unknown) => `${backend.library} could not be loaded: ${(err as Error).message}`;

  async function solve(p: ModelProblem, cls: ProblemClass, opts: SolveOptions): Promise<SolverResult> {
    const t0 = performance.now();
    const elapsed = () => (performance.now() - t0) / 1000;
    const done = (r: Omit<SolverResult, 'solver' | 'seconds'>): SolverResult => ({
      solver: name,
      ...r,
      seconds: elapsed(),
    });
    const capability = (f: Refusal): SolverResult =>
      done({
        modelStatus: ModelStat.NoSolutionReturned,
        solveStatus: SolveStat.CapabilityProblems,
        iterations: 0,
        message: f.message,
        issue: { kind: 'capability', cause: f.cause, reason: f.reason ?? f.message },
      });
    const failure = (why: string): SolverResult => {
      const message = formatTemplate(S.Solver_0_failed_1.text, [name, why]);
      return done({
        modelStatus: ModelStat.ErrorNoSolution,
        solveStatus: SolveStat.SolverFailure,
        iterations: 0,
        message,
        issue: { kind: 'failed', reason: message },
      });
    };

    const integer = cls === 'mip' || cls === 'miqp';
    const form = linearForm(p, { integer, extractQuadratic: backend.extractQuadratic });
    if (!form.ok) return capability(formRefusal(form.error, name, backend.formHint ?? ''));
    const lp = form.lp;
    const refusal = backend.refuse?.(lp, p);
    if (refusal) return capability(refusal);
    let inst: I;
    try {
      inst = await get();
    } catch (err) {
      instance = undefined;
      return failure(loadFailure(err));
    }
    const session = backend.session(inst, lp, p, opts);
    const hasInt = lp.integer.some((v) => v === 1);
    const strong = hasInt ? withImpliedVariableBounds(lp) : undefined;
    const search = strong ? backend.session(inst, strong, p, opts) : session;
    let iterations = 0;
    const run = async (spec: LinearRunSpec) => {
      const r = await (spec.purpose === 'solve' && !spec.relax ? search : session).run(spec);
      iterations += r.iterations;
      return r;
    };
    try {
      const r = hasInt ? await solveMip(lp, run, opts) : await solveLp(lp, run, session.presolve);
      return done({ ...r, iterations });
    } catch (err) {
      return failure((err as Error).message);
    }
  }

  return {
    name,
    classes: backend.classes,
    async available() {
      try {
        await get();
        return { ok: true };
      } catch (err) {
        instance = undefined;
        return { ok: false, reason: loadFailure(err) };
      }
    },
    solve,
  };
}

type Run = (spec: LinearRunSpec) => Promise<LinearRun>;
type Outcome = Omit<SolverResult, 'solver' | 'seconds' | 'iterations'>;

function formRefusal(
  e: Extract<ReturnType<typeof linearForm>, { ok: false }>['error'],
  solver: string,
  hint: string,
): Refusal {
  if (e.kind === 'nonlinear-row')
    return {
      cause: e.kind,
      message: formatTemplate(S.Row_0_is_nonlinear_for_solver_1.text, [e.rowName, solver]) + hint,
    };
  if (e.kind === 'non-quadratic-objective')
    return {
      cause: e.kind,
      message: formatTemplate(S.Objective_is_not_quadratic_for_solver_0.text, [solver]) + hint,
    };
  return { cause: e.kind, message: describeLinearFormError(e, solver) };
}

/** The point of a run: levels, objective, and the marginals when the run has duals. */
function pointOf(lp: LinearForm, r: LinearRun): Partial<SolverResult> {
  if (!r.x) return {};
  return {
    x: r.x,
    objective: objectiveValue(lp, r.x),
    ...(r.rowDual && r.colDual ? { rowMarginal: r.rowDual, colMarginal: r.colDual } : {}),
  };
}

const withMessage = (r: LinearRun) => (r.message !== undefined ? { message: r.message } : {});

/** An LP or QP: one run, again without presolve when presolve left the status undecided. */
async function solveLp(lp: LinearForm, run: Run, presolve: boolean): Promise<Outcome> {
  let r = await run({ purpose: 'solve', relax: true });
  if (r.undecided && presolve) r = await run({ purpose: 'retry', relax: true });
  const s = r.status;
  const normal = SolveStat.NormalCompletion;
  switch (s.kind) {
    case 'optimal':
      return { ...pointOf(lp, r), modelStatus: ModelStat.Optimal, solveStatus: normal };
    case 'infeasible':
      return {
        ...pointOf(lp, r),
        modelStatus: r.x ? ModelStat.Infeasible : ModelStat.InfeasibleNoSolution,
        solveStatus: normal,
      };
    case 'unbounded':
      return {
        ...pointOf(lp, r),
        modelStatus: r.x ? ModelStat.Unbounded : ModelStat.UnboundedNoSolution,
        solveStatus: normal,
      };
    case 'infeasible-or-unbounded':
      return { modelStatus: ModelStat.InfeasibleNoSolution, solveStatus: normal, ...withMessage(r) };
    case 'undefined':
      return {
        modelStatus: ModelStat.NoSolutionReturned,
        solveStatus: SolveStat.TerminatedBySolver,
        ...withMessage(r),
      };
    case 'stopped':
      if (!r.x)
        return { modelStatus: ModelStat.NoSolutionReturned, solveStatus: s.solveStatus, ...withMessage(r) };
      return {
        ...pointOf(lp, r),
        modelStatus: r.feasible ? ModelStat.FeasibleSolution : ModelStat.IntermediateInfeasible,
        solveStatus: s.solveStatus,
        ...withMessage(r),
      };
    case 'error':
      return { modelStatus: ModelStat.ErrorNoSolution, solveStatus: s.solveStatus, ...withMessage(r) };
  }
}

/**
 * A MIP: branch and bound; the marginals of the LP with the integers fixed; without an integer
 * point, the LP relaxation tells infeasible and unbounded from integer infeasible.
 */
async function solveMip(lp: LinearForm, run: Run, opts: SolveOptions): Promise<Outcome> {
  const r = await run({ purpose: 'solve', relax: false });
  const s = r.status;
  const normal = SolveStat.NormalCompletion;
  if (r.x && (s.kind === 'optimal' || s.kind === 'stopped')) {
    const res: Outcome =
      s.kind === 'optimal'
        ? { modelStatus: ModelStat.Optimal, solveStatus: normal }
        : { modelStatus: ModelStat.IntegerSolution, solveStatus: s.solveStatus, ...withMessage(r) };
    res.x = r.x;
    res.objective = objectiveValue(lp, r.x);
    if (opts.options?.mipmarginals !== 'none') {
      const fixed = Float64Array.from(r.x, (v, j) => (lp.integer[j] ? Math.round(v) : v));
      const f = await run({ purpose: 'fixed', relax: true, fixed });
      if (f.status.kind === 'optimal' && f.x && f.rowDual && f.colDual) {
        res.x = f.x;
        res.objective = objectiveValue(lp, f.x);
        res.rowMarginal = f.rowDual;
        res.colMarginal = f.colDual;
      } else {
        res.message = formatTemplate(S.Mip_marginals_not_computed_0.text, [f.statusName]);
      }
    }
    return res;
  }
  if (s.kind === 'unbounded' && r.x)
    return {
      x: r.x,
      objective: objectiveValue(lp, r.x),
      modelStatus: ModelStat.Unbounded,
      solveStatus: normal,
    };
  if (s.kind === 'stopped' || s.kind === 'error') {
    return {
      modelStatus: s.kind === 'error' ? ModelStat.ErrorNoSolution : ModelStat.NoSolutionReturned,
      solveStatus: s.solveStatus,
      ...withMessage(r),
    };
  }
  const rel = await run({ purpose: 'relaxation', relax: true });
  if (rel.status.kind === 'infeasible')
    return { modelStatus: ModelStat.InfeasibleNoSolution, solveStatus: normal };
  if (rel.status.kind === 'unbounded')
    return { modelStatus: ModelStat.UnboundedNoSolution, solveStatus: normal };
  if (s.kind === 'unbounded') return { modelStatus: ModelStat.UnboundedNoSolution, solveStatus: normal };
  if (s.kind === 'undefined')
    return {
      modelStatus: ModelStat.NoSolutionReturned,
      solveStatus: SolveStat.TerminatedBySolver,
      ...withMessage(r),
    };
  return { modelStatus: ModelStat.IntegerInfeasible, solveStatus: normal };
}
