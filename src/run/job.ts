// Solve jobs as they travel to a worker thread or through Redis: the generated problem's arrays
// and the solver's options (never the model's source or a file), and the solver's result back.
// `solveJob` is what every worker runs. Imports interp/ (the job types), model/ and solvers/.
import type { JobOutcome, SolveHooks, SolveJob as AnyJob } from '../interp/async-solves.ts';
import type { ModelProblem } from '../model/problem.ts';
import { solveMcpModel } from '../solvers/mcp/adapter.ts';
import { getSolver } from '../solvers/registry.ts';
import { ModelStat, SolveStat } from '../solvers/status.ts';
import type { ProblemClass, SolverResult } from '../solvers/types.ts';

/** A job of the solve pipeline: a generated problem. */
export type SolveJob = AnyJob<ModelProblem>;

/**
 * The job without the problem's row and column names (lazy, built from the symbols, which a
 * worker does not have); a worker names them x1..xn and r1..rm.
 */
export function jobToMessage(job: AnyJob): SolveJob {
  const p = job.problem as ModelProblem;
  const { varNames: _v, rowNames: _r, ...rest } = p;
  return { ...job, problem: rest as unknown as ModelProblem };
}

function withNames(p: ModelProblem): ModelProblem {
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`);
  return { ...p, varNames: names('x', p.n), rowNames: names('r', p.m) };
}

/** Where a job's solver log and progress details go (absent: the solve is quiet). */
export type JobHooks = SolveHooks;

/** The solver of MCP jobs (EMD's complementarity solver, src/solvers/mcp/): not in the registry. */
export const MCP_SOLVER = 'emd-mcp';

/** An MCP job's problem: the generated problem and its rows' columns (solve.ts's matching). */
interface McpProblem extends ModelProblem {
  readonly mcp: {
    readonly colOfRow: Int32Array;
    readonly implicit: Uint8Array;
    /** The right-hand sides of `=n=` rows (GeneratedModel.nRowRhs), when there are any. */
    readonly nRowRhs?: Float64Array;
  };
}

/** The job of `solve m using mcp` (class 'mcp'): the problem and its matching, no options. */
export function mcpJob(
  p: ModelProblem,
  colOfRow: Int32Array,
  implicit: Uint8Array,
  nRowRhs?: Float64Array,
): Omit<SolveJob, 'id'> {
  const problem: McpProblem = { ...p, mcp: { colOfRow, implicit, ...(nRowRhs ? { nRowRhs } : {}) } };
  return { problem, cls: 'mcp', solver: MCP_SOLVER, options: {}, warmStart: false };
}

/**
 * Whether a QP's answer sends it to the job's fallback (the NLP default, for a model declared
 * nonlinear whose solver nobody chose): the QP solver does not take it (not convex), or its point
 * failed HiGHS's duality check (feasible, not proven optimal). The synchronous solve
 * (solve.ts's callSolver) and every worker decide with this one test, so that a sweep gives the
 * same results wherever its jobs run.
 */
export function wantsFallback(r: SolverResult): boolean {
  const qpUnproven =
    r.solver === 'highs' &&
    r.modelStatus === ModelStat.FeasibleSolution &&
    r.solveStatus === SolveStat.TerminatedBySolver;
  return r.issue?.kind === 'capability' || qpUnproven;
}

/**
 * Runs a job with its solver (quietly unless `hooks.log`: the log stays on the worker), then with
 * its fallback when the first answer asks for it (wantsFallback). The problem keeps its names when
 * it has them (a job run in the process that generated it).
 */
export async function solveJob(job: SolveJob, hooks: JobHooks = {}): Promise<SolverResult> {
  const problem = job.problem.varNames ? job.problem : withNames(job.problem);
  if (job.cls === 'mcp') {
    const { mcp } = problem as McpProblem;
    return solveMcpModel(problem, mcp.colOfRow, mcp.implicit, mcp.nRowRhs);
  }
  const run = (name: string) => {
    const adapter = getSolver(name);
    if (!adapter) throw new Error(`unknown solver '${name}'`);
    return adapter.solve(problem, job.cls as ProblemClass, {
      quiet: !hooks.log,
      log: hooks.log,
      progress: hooks.progress,
      options: job.options,
      warmStart: job.warmStart,
      timeLimit: job.timeLimit,
      iterLimit: job.iterLimit,
      relativeGap: job.relativeGap,
      absoluteGap: job.absoluteGap,
    });
  };
  const first = await run(job.solver);
  if (!job.fallback || job.fallback === job.solver || !wantsFallback(first)) return first;
  hooks.log?.(`${job.solver}: ${first.issue?.reason ?? first.message}. Solving it with ${job.fallback}.`);
  return run(job.fallback);
}

/** The outcome of a job, never a thrown error. */
export async function runJob(job: SolveJob, hooks?: JobHooks): Promise<JobOutcome<SolverResult>> {
  try {
    return { id: job.id, result: await solveJob(job, hooks) };
  } catch (e) {
    return { id: job.id, error: e instanceof Error ? e.message : String(e) };
  }
}

// ---- JSON for Redis (typed arrays as base64) and bytes for Web Workers (typed arrays as number
// lists: no Buffer in browsers); non-finite numbers tagged in both. ----

const typed = { f64: Float64Array, i32: Int32Array, u8: Uint8Array } as const;
type TypedName = keyof typeof typed;

/** How typed arrays travel: base64 of their bytes (Node's Buffer) or a list of their numbers. */
type ArrayCodec = 'base64' | 'numbers';

// JSON has no -0 (it prints 0): tagged like the non-finite numbers, so that results through
// Redis are the solver's bit for bit.
const encodeNumber = (v: number): unknown =>
  Number.isFinite(v) && !Object.is(v, -0) ? v : { $n: Object.is(v, -0) ? '-0' : String(v) };

function encode(v: unknown, arrays: ArrayCodec): unknown {
  if (typeof v === 'number') return encodeNumber(v);
  if (ArrayBuffer.isView(v)) {
    const kind: TypedName = v instanceof Float64Array ? 'f64' : v instanceof Int32Array ? 'i32' : 'u8';
    if (arrays === 'numbers') return { $t: kind, v: Array.from(v as Float64Array, encodeNumber) };
    return { $t: kind, b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  }
  if (Array.isArray(v)) return v.map((x) => encode(x, arrays));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x, arrays);
    return out;
  }
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$n === 'string') return Number(o.$n);
    if (typeof o.$t === 'string') {
      const T = typed[o.$t as TypedName];
      if (Array.isArray(o.v)) return new T(o.v.map((x) => decode(x) as number));
      const buf = Buffer.from(o.b as string, 'base64');
      // Copied into a fresh, aligned buffer.
      return new T(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = decode(x);
    return out;
  }
  return v;
}

export const encodeJob = (job: AnyJob): unknown => encode(jobToMessage(job), 'base64');
export const decodeJob = (data: unknown): SolveJob => decode(data) as SolveJob;
export const encodeResult = (r: SolverResult): unknown => encode(r, 'base64');
export const decodeResult = (data: unknown): SolverResult => decode(data) as SolverResult;

/**
 * A job's outcome as UTF-8 bytes, and back: what a Web Worker writes into shared memory for a
 * waiting thread (which cannot receive messages while it waits), bit for bit the solver's numbers.
 */
export const outcomeToBytes = (o: JobOutcome<SolverResult>): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(encode(o, 'numbers')));
export const outcomeFromBytes = (b: Uint8Array): JobOutcome<SolverResult> =>
  decode(JSON.parse(new TextDecoder().decode(b))) as JobOutcome<SolverResult>;
