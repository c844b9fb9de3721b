// The highs backend: LP, MIP and convex QP through the `highs` package 1.15 (HiGHS compiled to
// WebAssembly), under the shared linear adapter (src/solvers/linear.ts: loading, failures,
// presolve re-solves, MIP marginals and relaxations). The model goes in as structured sparse data
// (CSC matrix, lower-triangle Hessian) through highs.createModel, so numbers are passed exactly
// and no user name reaches HiGHS. This file refuses what HiGHS cannot take, runs it once and
// names its status. Imports solvers/ (types, status, linear-form, linear, convexity, messages)
// and model/.
//
// Marginals: HiGHS's row duals and column duals are d objective / d rhs and reduced costs for both
// senses, which is GAMS's convention (checked on trnsport: demand 0.225/0.153/0.126 for min z,
// negated for max -z). MIP marginals are those of the LP with the integers fixed, as in GAMS.
// A quadratic objective is accepted only when convex (Q PSD for min, NSD for max): HiGHS's QP
// solver would return a stationary point of a non-convex QP as "optimal".
import type { ModelProblem } from '../../model/problem.ts';
import type { SolveOptions, SolverAdapter } from '../types.ts';
import { SolveStat } from '../status.ts';
import type { LinearForm, QuadraticExtractor } from '../linear-form.ts';
import {
  createLinearAdapter,
  isYes,
  type LinearRun,
  type LinearRunSpec,
  type LinearSession,
  type Refusal,
} from '../linear.ts';
import { checkPsd } from './convexity.ts';
import { highsOptions } from './options.ts';
import { solverMessages as S } from '../../diagnostics/messages/solver.ts';
import { formatTemplate } from '../../diagnostics/diagnostic.ts';

/** The parts of the highs package's runtime the adapter uses (typed loosely: the package's own types are branded). */
export interface HighsRuntime {
  readonly infinity: number;
  readonly constants: {
    readonly objectiveSense: { readonly minimize: unknown; readonly maximize: unknown };
    readonly callbackType: {
      readonly logging: number;
      readonly simplexInterrupt: number;
      readonly ipmInterrupt: number;
      readonly mipInterrupt: number;
    };
  };
  createModel(data: unknown): HighsModel;
}
/** A callback event; `interrupt` on the interrupt checkpoints (simplex, IPM, MIP). */
interface HighsCallbackEvent {
  message?: string;
  data?: Record<string, unknown>;
  interrupt?: () => void;
}
interface HighsModel {
  readonly options: { set(values: Record<string, unknown>): void };
  readonly info: { get(name: string): number | bigint };
  run(callbacks?: Record<number, (event: HighsCallbackEvent) => void>): unknown;
  getModelStatus(): number;
  setSolution?(solution: { colValue: Float64Array }): unknown;
  getSolution(): {
    colValue: Float64Array;
    rowValue: Float64Array;
    colDual: Float64Array;
    rowDual: Float64Array;
  };
  getObjectiveValue(): number;
  dispose(): void;
}

/** HiGHS model status codes (highs.constants.modelStatus). */
const HS = {
  notSet: 0,
  loadError: 1,
  modelError: 2,
  presolveError: 3,
  solveError: 4,
  postsolveError: 5,
  empty: 6,
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  unbounded: 10,
  objectiveBound: 11,
  objectiveTarget: 12,
  timeLimit: 13,
  iterationLimit: 14,
  unknown: 15,
  solutionLimit: 16,
  interrupted: 17,
} as const;

export async function loadHighsRuntime(): Promise<HighsRuntime> {
  // The package's typings describe its CommonJS face; under ESM `default` is the loader.
  const mod = (await import('highs')) as unknown as { default: () => Promise<unknown> };
  return (await mod.default()) as HighsRuntime;
}

export interface HighsAdapterDeps {
  /** src/model/classify.ts's extractQuadratic; without it a nonlinear objective is refused. */
  readonly extractQuadratic?: QuadraticExtractor;
  readonly load?: () => Promise<HighsRuntime>;
}

interface RunOutcome {
  status: number;
  x?: Float64Array;
  rowDual?: Float64Array;
  colDual?: Float64Array;
  /** Whether the point is primal feasible (HiGHS's primal_solution_status 2). */
  feasible?: boolean;
  iterations: number;
  /** HiGHS's relative primal-dual objective error of a QP (its info primal_dual_objective_error). */
  pdError?: number;
  /** A MIP's final relative gap (info mip_gap): above zero, the search stopped at mip_rel_gap. */
  mipGap?: number;
}

/** User options in HiGHS's types; the table has validated names and values already. */
function highsOptionValues(opts: SolveOptions): { values: Record<string, unknown>; show: boolean } {
  const values: Record<string, unknown> = {};
  let show = false;
  for (const [k, v] of Object.entries(opts.options ?? {})) {
    const spec = highsOptions[k];
    if (!spec) continue;
    if (k === 'output_flag') {
      show = isYes(v);
      continue;
    }
    if (spec.type === 'boolean') values[k] = isYes(v);
    else if (spec.type === 'number' || spec.type === 'integer') values[k] = Number(v);
    else values[k] = String(v).toLowerCase();
  }
  if (opts.timeLimit !== undefined && values.time_limit === undefined) values.time_limit = opts.timeLimit;
  // iterlim bounds each of HiGHS's iteration counts, as GAMS's HiGHS link does.
  if (opts.iterLimit !== undefined)
    for (const k of [
      'simplex_iteration_limit',
      'ipm_iteration_limit',
      'pdlp_iteration_limit',
      'qp_iteration_limit',
    ])
      if (values[k] === undefined && highsOptions[k]) values[k] = opts.iterLimit;
  if (opts.relativeGap !== undefined && values.mip_rel_gap === undefined)
    values.mip_rel_gap = opts.relativeGap;
  if (opts.absoluteGap !== undefined && values.mip_abs_gap === undefined)
    values.mip_abs_gap = opts.absoluteGap;
  return { values, show: show && !opts.quiet && !!opts.log };
}

/** The highs adapter (LP, MIP, convex QP): the shared linear adapter over this backend. */
export function createHighsAdapter(deps: HighsAdapterDeps = {}): SolverAdapter {
  return createLinearAdapter<HighsRuntime>({
    name: 'highs',
    classes: ['lp', 'mip', 'qp'],
    library: 'highs',
    load: deps.load ?? loadHighsRuntime,
    extractQuadratic: deps.extractQuadratic,
    formHint: ' Use ipm or ipopt.',
    refuse,
    session: highsSession,
  });
}

/** HiGHS takes a quadratic objective only without integers, and only convex (Q PSD for min). */
function refuse(lp: LinearForm, p: ModelProblem): Refusal | undefined {
  if (!lp.q) return undefined;
  if (lp.integer.some((v) => v === 1))
    return {
      cause: 'discrete-variables',
      message: 'HiGHS does not solve mixed-integer QPs (a quadratic objective with integer variables).',
    };
  const v = checkPsd(lp.q, lp.sense === 'min' ? 1 : -1);
  if (v.psd) return undefined;
  const name = p.varNames[v.col] ?? `column ${v.col}`;
  const def = `Q is not ${lp.sense === 'min' ? 'positive' : 'negative'} semidefinite`;
  const what =
    v.pivot < 0
      ? `${def}: the LDL' elimination meets the pivot ${lp.sense === 'min' ? v.pivot : -v.pivot} at '${name}'`
      : `${def}: '${name}' has zero curvature in the LDL' elimination but is coupled to other variables`;
  return {
    cause: 'non-convex-objective',
    message:
      formatTemplate(S.Quadratic_objective_not_convex_0.text, [what]) +
      ' Solve it as an NLP with ipm (a local optimum), e.g. option nlp=ipm.',
    reason: `The quadratic objective is not convex (${what})`,
  };
}

/** The runs of one solve: the user's options; re-solves without presolve. */
function highsSession(h: HighsRuntime, lp: LinearForm, p: ModelProblem, opts: SolveOptions): LinearSession {
  const { values, show } = highsOptionValues(opts);
  const hasInt = lp.integer.some((v) => v === 1);
  // MIP start: the levels, when the caller warm-starts (a re-solve in a loop) or when some
  // discrete variable was given a non-zero level. HiGHS checks the point and ignores it if it
  // is not feasible.
  const mipStart =
    hasInt && (opts.warmStart || lp.integer.some((v, j) => v !== 0 && p.x0[j] !== 0))
      ? Float64Array.from(p.x0)
      : undefined;
  return {
    presolve: values.presolve !== 'off',
    run(spec: LinearRunSpec): LinearRun {
      const r = runOnce(h, lp, {
        relax: spec.relax,
        fixed: spec.fixed,
        options: spec.purpose === 'solve' ? values : { ...values, presolve: 'off' },
        log: show ? opts.log : undefined,
        progress: opts.progress,
        shouldStop: opts.shouldStop,
        beforeBlocking: opts.beforeBlocking,
        start: spec.relax ? undefined : mipStart,
      });
      return classify(r, !spec.relax && hasInt);
    },
  };
}

/** Statuses after which a MIP's point is an integer solution short of proven optimal. */
const mipStops: ReadonlySet<number> = new Set([
  HS.solutionLimit,
  HS.objectiveTarget,
  HS.timeLimit,
  HS.iterationLimit,
  HS.interrupted,
  HS.objectiveBound,
  HS.unknown,
]);

/** A HiGHS status in the shared vocabulary (linear.ts), with the point when it is one. */
function classify(r: RunOutcome, mip: boolean): LinearRun {
  const base = { statusName: statusName(r.status), iterations: r.iterations };
  const point = {
    ...(r.x ? { x: r.x, feasible: r.feasible } : {}),
    ...(r.x && r.rowDual && r.colDual ? { rowDual: r.rowDual, colDual: r.colDual } : {}),
  };
  // HiGHS's QP solver may stop at a point it calls optimal that is not (qdemo7: 1586141.09 for a
  // concave maximum of 1589042.39, "P-D objective error 5.6e-2" in its own log): feasible, not
  // proven optimal (7, solve status 4).
  if (r.status === HS.optimal && r.x && r.pdError !== undefined && r.pdError > QP_PD_ERROR_TOLERANCE)
    return {
      ...base,
      ...point,
      feasible: true,
      status: { kind: 'stopped', solveStatus: SolveStat.TerminatedBySolver },
      message: formatTemplate(S.Qp_duality_gap_0.text, [r.pdError.toExponential(1)]),
    };
  switch (r.status) {
    case HS.optimal:
      if (mip && !r.x) break;
      // Optimal within mip_rel_gap / mip_abs_gap but not proven: GAMS's Integer Solution (8), as
      // GLPK's stop at its mipgap.
      if (mip && r.mipGap !== undefined && r.mipGap > MIP_GAP_PROVEN)
        return { ...base, ...point, status: { kind: 'stopped', solveStatus: SolveStat.NormalCompletion } };
      return { ...base, ...point, status: { kind: 'optimal' } };
    case HS.empty:
      if (mip) break;
      return { ...base, ...point, status: { kind: 'optimal' } };
    // Presolve may stop at "infeasible" without a point, or at "infeasible or unbounded".
    case HS.infeasible:
      return { ...base, ...point, status: { kind: 'infeasible' }, undecided: !r.x };
    case HS.unbounded:
      return { ...base, ...point, status: { kind: 'unbounded' } };
    case HS.unboundedOrInfeasible:
      return {
        ...base,
        status: { kind: 'infeasible-or-unbounded' },
        undecided: true,
        message: 'HiGHS: the model is infeasible or unbounded.',
      };
  }
  // Limits and stops: a point is reported as 7/8 (feasible) or 6 (infeasible), none as 14.
  const solveStatus =
    r.status === HS.timeLimit
      ? SolveStat.ResourceInterrupt
      : r.status === HS.iterationLimit
        ? SolveStat.IterationInterrupt
        : r.status === HS.interrupted
          ? SolveStat.UserInterrupt
          : r.status === HS.loadError || r.status === HS.modelError || r.status === HS.notSet
            ? SolveStat.SetupFailure
            : r.status === HS.presolveError || r.status === HS.solveError || r.status === HS.postsolveError
              ? SolveStat.SolverFailure
              : SolveStat.TerminatedBySolver;
  const message = `HiGHS: ${statusName(r.status)}.`;
  if (solveStatus === SolveStat.SetupFailure || solveStatus === SolveStat.SolverFailure)
    return { ...base, status: { kind: 'error', solveStatus }, message };
  const keep = mip ? mipStops.has(r.status) : true;
  return { ...base, ...(keep ? point : {}), status: { kind: 'stopped', solveStatus }, message };
}

/**
 * HiGHS's relative primal-dual objective error above which its "optimal" QP point is not taken as
 * optimal. Its QP multipliers are loose (abel and sambal, whose points are right, leave errors up
 * to ~1e-3); qdemo7, whose point is 0.18 % below the maximum, leaves 5.6e-2.
 */
const QP_PD_ERROR_TOLERANCE = 1e-2;

/** A MIP gap at or below this is a proven optimum (round-off of the bounds). */
const MIP_GAP_PROVEN = 1e-9;

function statusName(s: number): string {
  return Object.entries(HS).find(([, v]) => v === s)?.[0] ?? String(s);
}

interface RunSpec {
  relax: boolean;
  fixed?: Float64Array;
  /** A primal start for a MIP (HiGHS setSolution). */
  start?: Float64Array;
  options: Record<string, unknown>;
  log?: (line: string) => void;
  /** Progress from inside the run (HiGHS's logging and MIP callbacks). */
  progress?: (detail: string) => void;
  /** SolveOptions.shouldStop and beforeBlocking: SIGINT, read at HiGHS's interrupt checkpoints. */
  shouldStop?: () => boolean;
  beforeBlocking?: () => void;
}

/**
 * Seconds into a run after which it asks for beforeBlocking (the CLI's SIGINT watcher thread,
 * ~35 ms of CPU once per process): the run blocks the main thread, so only that thread sees a
 * signal. Runs shorter than this finish before a Ctrl-C could matter; they pay nothing.
 */
const ARM_INTERRUPT_AFTER_MS = 1000;

/** One HiGHS run on a fresh model (disposed before returning). */
function runOnce(h: HighsRuntime, lp: LinearForm, spec: RunSpec): RunOutcome {
  const inf = h.infinity;
  const fin = (a: Float64Array) =>
    Float64Array.from(a, (v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
  const colLower = fin(lp.xl);
  const colUpper = fin(lp.xu);
  if (spec.fixed) {
    for (let j = 0; j < lp.n; j++) if (lp.integer[j]) colLower[j] = colUpper[j] = spec.fixed[j];
  }
  const integral = !spec.relax && lp.integer.some((v) => v === 1);
  const data = {
    numCols: lp.n,
    numRows: lp.m,
    sense: lp.sense === 'min' ? h.constants.objectiveSense.minimize : h.constants.objectiveSense.maximize,
    offset: lp.c0,
    colCost: lp.c,
    colLower,
    colUpper,
    rowLower: fin(lp.rowLo),
    rowUpper: fin(lp.rowUp),
    matrix: {
      format: 'csc',
      numRows: lp.m,
      numCols: lp.n,
      starts: lp.colStart,
      indices: lp.colRow,
      values: lp.colVal,
    },
    ...(integral ? { integrality: Int32Array.from(lp.integer) } : {}),
    ...(lp.q
      ? {
          hessian: {
            format: 'triangular',
            dimension: lp.n,
            starts: lp.q.start,
            indices: lp.q.rows,
            values: lp.q.vals,
          },
        }
      : {}),
  };
  const model = h.createModel(data);
  try {
    // HiGHS's log is also the progress hook (the run is synchronous inside WebAssembly): on
    // whenever progress is asked for, its lines dropped unless the log is shown.
    model.options.set({ output_flag: !!(spec.log || spec.progress), log_to_console: false, ...spec.options });
    let mipLpIterations = 0;
    const callbacks: Record<number, (e: HighsCallbackEvent) => void> = {};
    if (spec.log || spec.progress) {
      let partial = '';
      const { log, progress } = spec;
      callbacks[h.constants.callbackType.logging] = (e) => {
        partial += e.message ?? '';
        const lines = partial.split('\n');
        partial = lines.pop()!;
        for (const l of lines) {
          log?.(l);
          if (progress && l.trim()) progress(l.trim().replace(/\s+/g, ' '));
        }
      };
    }
    // SIGINT: HiGHS's simplex, IPM and MIP checkpoints ask shouldStop, and interrupt the run.
    const { shouldStop, beforeBlocking } = spec;
    const started = performance.now();
    let armed = !beforeBlocking;
    const checkpoint = (e: HighsCallbackEvent) => {
      if (!armed && performance.now() - started > ARM_INTERRUPT_AFTER_MS) {
        armed = true;
        beforeBlocking!();
      }
      if (shouldStop?.()) e.interrupt?.();
    };
    if (shouldStop) {
      callbacks[h.constants.callbackType.simplexInterrupt] = checkpoint;
      callbacks[h.constants.callbackType.ipmInterrupt] = checkpoint;
    }
    if (integral) {
      callbacks[h.constants.callbackType.mipInterrupt] = (e) => {
        // The checkpoint first: once a progress line is out, a Ctrl-C is seen.
        if (shouldStop) checkpoint(e);
        const it = e.data?.mip_total_lp_iterations;
        if (it !== undefined) mipLpIterations = Math.max(mipLpIterations, Number(it));
        spec.progress?.(`branch and bound, ${mipLpIterations} LP iterations`);
      };
    }
    if (spec.start && integral && model.setSolution) model.setSolution({ colValue: spec.start });
    model.run(callbacks);
    const status = model.getModelStatus();
    const info = (k: string) => {
      try {
        return Number(model.info.get(k));
      } catch {
        return -1;
      }
    };
    const primal = info('primal_solution_status'); // 0 none, 1 infeasible point, 2 feasible point
    const dual = info('dual_solution_status');
    const iterations = integral
      ? Math.max(mipLpIterations, info('simplex_iteration_count'), 0)
      : Math.max(info('simplex_iteration_count'), 0) +
        Math.max(info('ipm_iteration_count'), 0) +
        Math.max(info('qp_iteration_count'), 0) +
        Math.max(info('pdlp_iteration_count'), 0);
    const sol = primal >= 1 ? model.getSolution() : undefined;
    return {
      status,
      feasible: primal === 2,
      iterations,
      ...(sol ? { x: sol.colValue } : {}),
      ...(sol && !integral && dual >= 1 ? { rowDual: sol.rowDual, colDual: sol.colDual } : {}),
      ...(lp.q && info('primal_dual_objective_error') >= 0
        ? { pdError: info('primal_dual_objective_error') }
        : {}),
      ...(integral && info('mip_gap') >= 0 ? { mipGap: info('mip_gap') } : {}),
    };
  } finally {
    model.dispose();
  }
}
