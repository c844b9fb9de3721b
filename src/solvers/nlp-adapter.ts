// One SolverAdapter for both NLP backends (our ipm and native Ipopt): builds the oracle, passes the
// warm start, runs the backend, maps the NLP status to GAMS codes and the multipliers to GAMS
// marginals, and prints the Ipopt-style iteration log. Imports solvers/ (types, status, ipopt/) and
// model/; the oracle factory and the ipm solver are passed in (registry.ts wires them).
//
// Multipliers → marginals. The oracle minimizes F = f (min) or F = -f (max); Ipopt's convention is
// grad F + J'lambda - zL + zU = 0. GAMS's marginal is d(objective)/d(rhs): for a binding row
// g_i(x) = b, dF*/db = -lambda_i (the Lagrangian F + lambda'(g - b) differentiated in b), so
//   row marginal = -lambda (min), +lambda (max);
// a variable's marginal is its reduced cost d(objective)/d x_j = grad F + J'lambda = zL - zU (min),
// and its negative zU - zL (max).
import type { ModelProblem } from '../model/problem.ts';
import type {
  IterationRecord,
  NlpStatus,
  NlpOptions,
  NlpOracle,
  NlpResult,
  ProblemClass,
  SolveOptions,
  SolverAdapter,
  SolverResult,
} from './types.ts';
import { ModelStat, SolveStat, nlpStatusMap } from './status.ts';
import type { OptionTable } from './option-table.ts';
import { ipoptOptions } from './ipopt/options.ts';
import {
  defaultLibraryPaths,
  installHint,
  loadIpopt,
  solveWithIpopt,
  type IpoptLibrary,
  type IpoptOption,
  type LoadResult,
} from './ipopt/native.ts';
import { solverMessages as S } from '../diagnostics/messages/solver.ts';
import { formatTemplate } from '../diagnostics/diagnostic.ts';
import { ITERATION_HEADER, formatIterationLine } from './ipm/log.ts';

/** What a backend is given: the NLP options (ipm's vocabulary) and the user's options by name. */
export interface NlpRun {
  readonly nlp: NlpOptions;
  readonly raw: Readonly<Record<string, number | string>>;
}
export type NlpRunOutcome = { ok: true; result: NlpResult } | { ok: false; reason: string };

export interface NlpBackend {
  available(): Promise<{ ok: true } | { ok: false; reason: string }>;
  solve(oracle: NlpOracle, run: NlpRun): Promise<NlpRunOutcome>;
}

/** Options of the ipm solver: Ipopt's names for the same settings. */
export const ipmOptions: OptionTable = {
  tol: { type: 'number', min: 0, doc: 'Convergence tolerance (scaled KKT error), default 1e-8.' },
  max_iter: { type: 'integer', min: 0, doc: 'Iteration limit, default 3000.' },
  print_level: { type: 'integer', min: 0, max: 12, doc: 'Log detail (0 silent).' },
  mu_strategy: { type: 'string', values: ['monotone', 'adaptive'], doc: 'Barrier parameter update.' },
  acceptable_tol: { type: 'number', min: 0, doc: "Tolerance of an 'acceptable' point, default 1e-6." },
  max_cpu_time: { type: 'number', min: 0, doc: 'Time limit in seconds (ipm measures elapsed time).' },
  warm_start_init_point: {
    type: 'string',
    values: ['yes', 'no'],
    doc: 'Start from the current levels and marginals.',
  },
  bound_relax_factor: {
    type: 'number',
    min: 0,
    doc: 'Relative relaxation of the bounds (Ipopt), default 1e-8; 0 keeps them exact.',
  },
  mu_init: {
    type: 'number',
    min: 0,
    doc: 'Initial barrier parameter, default 0.1 (smaller for warm starts near the solution).',
  },
};

export type SolveNlp = (o: NlpOracle, opts?: NlpOptions) => NlpResult | Promise<NlpResult>;

/** The ipm backend: src/solvers/ipm/solver.ts's solveNlp, loaded on first use. */
export function ipmBackend(load: () => Promise<SolveNlp>): NlpBackend {
  let solver: Promise<SolveNlp> | undefined;
  const get = () => (solver ??= load());
  return {
    async available() {
      try {
        await get();
        return { ok: true };
      } catch (err) {
        solver = undefined;
        return { ok: false, reason: `the ipm solver could not be loaded (${(err as Error).message})` };
      }
    },
    async solve(oracle, run) {
      const solveNlp = await get();
      return { ok: true, result: await solveNlp(oracle, run.nlp) };
    },
  };
}

export interface IpoptBackendConfig {
  /** Library paths to try, in order (default: defaultLibraryPaths()). */
  readonly paths?: readonly string[];
}

/** The native Ipopt backend; the library is loaded once, on first use. */
export function ipoptBackend(config: IpoptBackendConfig = {}): NlpBackend {
  let loaded: Promise<LoadResult> | undefined;
  const load = () => (loaded ??= loadIpopt(config.paths ?? defaultLibraryPaths()));
  return {
    async available() {
      const r = await load();
      if (r.ok) return { ok: true };
      return {
        ok: false,
        reason: `${formatTemplate(S.Ipopt_library_not_found_0.text, [r.reason])} ${capitalize(installHint())}, or use solver ipm.`,
      };
    },
    async solve(oracle, run) {
      const r = await load();
      if (!r.ok) return { ok: false, reason: formatTemplate(S.Ipopt_library_not_found_0.text, [r.reason]) };
      return solveIpopt(r.lib, oracle, run);
    },
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function solveIpopt(lib: IpoptLibrary, oracle: NlpOracle, run: NlpRun): NlpRunOutcome {
  const options: IpoptOption[] = [];
  const set = new Set<string>();
  for (const [name, value] of Object.entries(run.raw)) {
    const spec = ipoptOptions[name];
    const type = spec?.type === 'integer' ? 'integer' : spec?.type === 'number' ? 'number' : 'string';
    options.push({ name, type, value: type === 'string' ? String(value) : Number(value) });
    set.add(name);
  }
  // Ipopt's own output goes to the process's stdout, past any log sink: off unless asked for; the
  // adapter prints the same iteration table from the intermediate callback instead.
  if (!set.has('print_level')) options.push({ name: 'print_level', type: 'integer', value: 0 });
  // Ipopt would read ipopt.opt from the working directory by itself, whatever the model asked
  // for; EMD reads option files itself (m.optfile = 1 reads ipopt.opt beside the model).
  if (!set.has('option_file_name')) options.push({ name: 'option_file_name', type: 'string', value: '' });
  if (!set.has('sb')) options.push({ name: 'sb', type: 'string', value: 'yes' });
  if (run.nlp.maxSeconds !== undefined && !set.has('max_cpu_time'))
    options.push({ name: 'max_cpu_time', type: 'number', value: run.nlp.maxSeconds });
  if (run.nlp.maxIter !== undefined && !set.has('max_iter'))
    options.push({ name: 'max_iter', type: 'integer', value: run.nlp.maxIter });
  const warm = run.nlp.warmStart && run.nlp.lambda0 !== undefined;
  if (warm && !set.has('warm_start_init_point'))
    options.push({ name: 'warm_start_init_point', type: 'string', value: 'yes' });
  run.nlp.beforeBlocking?.();
  const out = solveWithIpopt(lib, oracle, {
    options,
    ...(warm ? { lambda0: run.nlp.lambda0, zL0: run.nlp.zL0, zU0: run.nlp.zU0 } : {}),
    onIteration: run.nlp.onIteration,
    shouldStop: run.nlp.shouldStop,
  });
  if (!out.ok) return out;
  return { ok: true, result: out.result };
}

export interface NlpAdapterConfig {
  readonly name: string;
  readonly classes: readonly ProblemClass[];
  readonly backend: NlpBackend;
  /** src/ad/oracle.ts's createNlpOracle (minimizes -f for 'max'). */
  readonly createOracle: (p: ModelProblem) => NlpOracle;
}

/** NLP options from the (validated) user options, whichever backend runs. */
function nlpOptionsOf(raw: Readonly<Record<string, number | string>>, opts: SolveOptions): NlpOptions {
  const num = (k: string) => (raw[k] === undefined ? undefined : Number(raw[k]));
  const mu = raw.mu_strategy === undefined ? undefined : String(raw.mu_strategy).toLowerCase();
  const maxSeconds = num('max_cpu_time') ?? opts.timeLimit;
  // GAMS's Ipopt link: max_iter defaults to the solve's iterlim.
  const maxIter = num('max_iter') ?? opts.iterLimit;
  return {
    ...(num('tol') !== undefined ? { tol: num('tol') } : {}),
    ...(maxIter !== undefined ? { maxIter } : {}),
    ...(num('print_level') !== undefined ? { printLevel: num('print_level') } : {}),
    ...(num('acceptable_tol') !== undefined ? { acceptableTol: num('acceptable_tol') } : {}),
    ...(mu === 'monotone' || mu === 'adaptive' ? { muStrategy: mu } : {}),
    ...(num('bound_relax_factor') !== undefined ? { boundRelaxFactor: num('bound_relax_factor') } : {}),
    ...(num('mu_init') !== undefined ? { muInit: num('mu_init') } : {}),
    ...(maxSeconds !== undefined ? { maxSeconds } : {}),
  };
}

/** GAMS marginals → starting multipliers in Ipopt's convention (the inverse of toMarginals). */
export function fromMarginals(
  sense: 'min' | 'max',
  rowMarginal: Float64Array,
  colMarginal: Float64Array | undefined,
  n: number,
): { lambda0: Float64Array; zL0: Float64Array; zU0: Float64Array } {
  const s = sense === 'min' ? -1 : 1;
  const lambda0 = Float64Array.from(rowMarginal, (v) => s * v);
  const zL0 = new Float64Array(n);
  const zU0 = new Float64Array(n);
  if (colMarginal) {
    for (let j = 0; j < n; j++) {
      const d = sense === 'min' ? colMarginal[j] : -colMarginal[j]; // d = zL - zU
      if (d > 0) zL0[j] = d;
      else zU0[j] = -d;
    }
  }
  return { lambda0, zL0, zU0 };
}

/** Ipopt's multipliers → GAMS marginals (see the file header for the derivation). */
export function toMarginals(
  sense: 'min' | 'max',
  r: NlpResult,
): { rowMarginal: Float64Array; colMarginal: Float64Array } {
  const s = sense === 'min' ? -1 : 1;
  const rowMarginal = Float64Array.from(r.lambda, (v) => s * v + 0);
  const colMarginal = new Float64Array(r.zL.length);
  for (let j = 0; j < colMarginal.length; j++) colMarginal[j] = -s * (r.zL[j] - r.zU[j]) + 0;
  return { rowMarginal, colMarginal };
}

/** The iteration table in Ipopt's layout (ipm/log.ts: IpOrigIterationOutput's format). */
export function iterationLogHeader(): string {
  return ITERATION_HEADER;
}

/** One log line, the objective in the model's sense (the backends report the minimized -f for max). */
export function formatIteration(rec: IterationRecord, sign: number): string {
  return formatIterationLine({ ...rec, objective: sign * rec.objective });
}

const exitText: Record<string, string> = {
  optimal: 'Optimal Solution Found.',
  acceptable: 'Solved To Acceptable Level.',
  infeasible: 'Converged to a point of local infeasibility. Problem may be infeasible.',
  max_iter: 'Maximum Number of Iterations Exceeded.',
  max_time: 'Maximum CPU time exceeded.',
  restoration_failed: 'Restoration Failed!',
  diverging: 'Iterates diverging; problem might be unbounded.',
  interrupted: 'Stopping optimization at current point as requested by user.',
  eval_error: 'Invalid number in NLP function or derivative detected.',
  error: 'Solver failure.',
};

const DIVERGENCE_WINDOW = 6;

const fmtObj = (v: number) => v.toExponential(3);

/**
 * Whether a failed solve was chasing an unbounded objective. Ipopt's own test
 * (diverging_iterates_tol: max |x| > 1e20) misses an objective that runs to -inf while x stays
 * bounded: exp(x) + x maximized (x grows slowly while f explodes), log(x) minimized (x -> 0 at a
 * bound). Both end in a failed restoration or step computation, which Ipopt reports as
 * Restoration_Failed / Error_In_Step_Computation. The test, on the last DIVERGENCE_WINDOW accepted
 * iterations (minimized objective F, as the backends report it), when the solve ended in one of
 * those failures:
 *   - the last iterate is feasible (inf_pr <= 1e-6), and
 *   - F <= -1e20 (Ipopt's diverging_iterates_tol applied to the objective), or F decreased at every
 *     one of those iterations while the dual infeasibility grew above 1e8 and to 1e6 times its
 *     smallest value in the run, `minInfDu` (the gradient of F blows up along the path: no
 *     stationary point ahead).
 * Returns the objective range it saw, or undefined.
 */
export function divergingObjective(
  status: NlpStatus,
  recent: readonly IterationRecord[],
  minInfDu: number,
): { from: number; to: number; iterations: number } | undefined {
  if (status !== 'restoration_failed' && status !== 'error' && status !== 'infeasible') return undefined;
  const n = recent.length;
  if (n < 2) return undefined;
  const first = recent[0];
  const last = recent[n - 1];
  if (!(last.infPr <= 1e-6)) return undefined;
  const range = { from: first.objective, to: last.objective, iterations: last.iter - first.iter };
  if (last.objective <= -1e20) return range;
  if (n < DIVERGENCE_WINDOW) return undefined;
  for (let k = 1; k < n; k++) if (!(recent[k].objective < recent[k - 1].objective)) return undefined;
  return last.infDu >= 1e8 && last.infDu >= 1e6 * minInfDu ? range : undefined;
}

/** An NLP adapter (ipm or ipopt) over a backend. */
export function createNlpAdapter(config: NlpAdapterConfig): SolverAdapter {
  const { name, backend } = config;
  async function solve(p: ModelProblem, cls: ProblemClass, opts: SolveOptions): Promise<SolverResult> {
    const t0 = performance.now();
    const elapsed = () => (performance.now() - t0) / 1000;
    const base = { solver: name, iterations: 0 };
    if (cls === 'mip' || cls === 'miqp') {
      return {
        ...base,
        seconds: elapsed(),
        modelStatus: ModelStat.NoSolutionReturned,
        solveStatus: SolveStat.CapabilityProblems,
        message: `${name} does not solve models with discrete variables.`,
        issue: {
          kind: 'capability',
          cause: 'discrete-variables',
          reason: `${name} does not solve models with discrete variables.`,
        },
      };
    }
    let oracle: NlpOracle;
    try {
      oracle = config.createOracle(p);
    } catch (err) {
      return {
        ...base,
        seconds: elapsed(),
        modelStatus: ModelStat.ErrorNoSolution,
        solveStatus: SolveStat.SetupFailure,
        ...failed(formatTemplate(S.Solver_0_failed_1.text, [name, (err as Error).message])),
      };
    }
    const raw = opts.options ?? {};
    const sign = p.sense === 'max' ? -1 : 1;
    // print_level 0 silences the iteration log as --quiet does (for ipopt, Ipopt's own output is
    // off unless print_level is set; the adapter's table follows the same rule).
    const log = !opts.quiet && opts.log && Number(raw.print_level ?? 1) !== 0 ? opts.log : undefined;
    let lines = 0;
    // An explicit warm_start_init_point wins over the re-solve default (option warmstart).
    const warmAsked =
      raw.warm_start_init_point === undefined
        ? (opts.warmStart ?? false)
        : String(raw.warm_start_init_point).toLowerCase() === 'yes';
    const warm = warmAsked && p.lambda0 ? fromMarginals(p.sense, p.lambda0, p.z0, p.n) : undefined;
    // The last iterations, for the divergence test after a failure (see divergingObjective).
    const recent: IterationRecord[] = [];
    let minInfDu = Infinity;
    const nlp: NlpOptions = {
      ...nlpOptionsOf(raw, opts),
      ...(warm ? { warmStart: true, lambda0: warm.lambda0, zL0: warm.zL0, zU0: warm.zU0 } : {}),
      shouldStop: opts.shouldStop,
      beforeBlocking: opts.beforeBlocking,
      onIteration: (rec) => {
        opts.progress?.(
          `iteration ${rec.iter}, objective ${(sign * rec.objective).toExponential(6)}, inf_pr ${rec.infPr.toExponential(2)}`,
        );
        if (!rec.restoration) {
          minInfDu = Math.min(minInfDu, rec.infDu);
          if (recent.length === DIVERGENCE_WINDOW) recent.shift();
          recent.push({ ...rec });
        }
        if (log) {
          if (lines % 10 === 0) log(iterationLogHeader());
          lines++;
          log(formatIteration(rec, sign));
        }
      },
    };
    let out: NlpRunOutcome;
    try {
      out = await backend.solve(oracle, { nlp, raw });
    } catch (err) {
      return {
        ...base,
        seconds: elapsed(),
        modelStatus: ModelStat.ErrorNoSolution,
        solveStatus: SolveStat.SolverFailure,
        ...failed(formatTemplate(S.Solver_0_failed_1.text, [name, (err as Error).message])),
      };
    }
    if (!out.ok) {
      return {
        ...base,
        seconds: elapsed(),
        modelStatus: ModelStat.NoSolutionReturned,
        solveStatus: SolveStat.SetupFailure,
        message: out.reason,
        issue: { kind: 'unavailable', reason: out.reason },
      };
    }
    const r = out.result;
    const diverged = divergingObjective(r.status, recent, minInfDu);
    if (diverged) {
      r.status = 'diverging';
      r.message = formatTemplate(S.Ipm_objective_unbounded_0_1_2.text, [
        fmtObj(sign * diverged.from),
        fmtObj(sign * diverged.to),
        diverged.iterations,
      ]);
    }
    if (log) {
      log('');
      log(`Number of Iterations....: ${r.iterations}`);
      log(`EXIT: ${exitText[r.status] ?? r.status}`);
    }
    // The model oracle names the operator behind a NaN/Inf (src/ad/oracle.ts's lastEvalError).
    const evalWhy =
      r.status === 'eval_error'
        ? (oracle as { lastEvalError?: () => string | undefined }).lastEvalError?.()
        : undefined;
    if (evalWhy) r.message = `${r.message ?? 'Evaluation error'} (${evalWhy})`;
    const codes = intermediateCodes(r, oracle, nlp) ?? nlpStatusMap[r.status];
    const result: SolverResult = {
      ...base,
      iterations: r.iterations,
      seconds: elapsed(),
      modelStatus: codes.modelStatus,
      solveStatus: codes.solveStatus,
      ...(r.message ? { message: r.message } : {}),
    };
    if (codes.modelStatus === ModelStat.ErrorNoSolution) return result;
    const m = toMarginals(p.sense, r);
    return {
      ...result,
      x: r.x,
      objective: sign * r.objective,
      rowMarginal: m.rowMarginal,
      colMarginal: m.colMarginal,
    };
  }
  return { name, classes: config.classes, available: () => backend.available(), solve };
}

/** The stops at an intermediate point whose model status depends on the point's feasibility. */
const INTERMEDIATE: ReadonlySet<NlpStatus> = new Set(['max_iter', 'max_time', 'restoration_failed']);

/**
 * The GAMS codes of a stop at an intermediate point, as GAMS's Ipopt link (GamsNLP::
 * finalize_solution) sets them: the solve status of the stop, and model status 7 (Feasible
 * Solution, its levels written back) when the point is feasible, else 6 (Intermediate
 * Infeasible). Undefined for the other statuses.
 *
 * Feasible: GAMS asks for a scaled violation within max(tol, acceptable_tol) of the bounds the
 * solver works with, which bound_relax_factor relaxed by min(constr_viol_tol, factor max(1, |b|)).
 * Measured here in the model's own units (scaling only shrinks a violation).
 */
export function intermediateCodes(
  r: NlpResult,
  oracle: NlpOracle,
  nlp: NlpOptions,
): { modelStatus: number; solveStatus: number } | undefined {
  if (!INTERMEDIATE.has(r.status)) return undefined;
  const tol = Math.max(nlp.tol ?? 1e-8, nlp.acceptableTol ?? 1e-6);
  const relax = nlp.boundRelaxFactor ?? 1e-8;
  const slack = (b: number) => tol + Math.min(CONSTR_VIOL_TOL, relax * Math.max(1, Math.abs(b)));
  const feasible = withinBounds(oracle, r.x, slack);
  return {
    modelStatus: feasible ? ModelStat.FeasibleSolution : ModelStat.IntermediateInfeasible,
    solveStatus: nlpStatusMap[r.status].solveStatus,
  };
}

/** Ipopt's constr_viol_tol, the cap of bound_relax_factor's relaxation. */
const CONSTR_VIOL_TOL = 1e-4;

/** Whether every bound and row holds at x within slack(its bound). */
function withinBounds(oracle: NlpOracle, x: Float64Array, slack: (b: number) => number): boolean {
  const holds = (v: number, lo: number, up: number) =>
    Number.isFinite(v) && lo - v <= slack(lo) && v - up <= slack(up);
  for (let j = 0; j < oracle.n; j++) if (!holds(x[j], oracle.xl[j], oracle.xu[j])) return false;
  if (oracle.m === 0) return true;
  const g = new Float64Array(oracle.m);
  oracle.constraints(x, g);
  for (let i = 0; i < oracle.m; i++) if (!holds(g[i], oracle.gl[i], oracle.gu[i])) return false;
  return true;
}

/** A failure's message and issue (the same sentence). */
function failed(reason: string): Pick<SolverResult, 'message' | 'issue'> {
  return { message: reason, issue: { kind: 'failed', reason } };
}

/** The problem classes both NLP solvers take. */
export const nlpClasses: readonly ProblemClass[] = ['lp', 'qp', 'qcp', 'nlp', 'dnlp'];
