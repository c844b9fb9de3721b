// Asynchronous solves (GAMS's grid and multi-threading facility, UG_GridComputing): a `solve` of a
// model with solveLink 3 (AsyncGrid) or 6 (AsyncThreads) generates the problem and submits it as a
// job; `m.handle` holds its handle; handleCollect writes the results back into the symbols as a
// synchronous solve would. The jobs run on a backend (a pool of threads, or BullMQ queues on Redis:
// src/run/); this registry keeps the handles and gives the handle functions GAMS's codes.
// Everything here is synchronous (the handle functions are called from compiled expressions):
// backends deliver outcomes through `take`, which may block up to a given time. The problem and
// the result are opaque here (generation and solvers come later in the pipeline: src/run/ gives
// them their types). Imports bind/, check/, diagnostics/ and text/.
import { HandleDelete, HandleStatus, ReadyCollect, type HandleFunctions } from '../bind/async-handles.ts';
import { ExecError } from '../check/expressions.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import type { Span } from '../text/source-file.ts';
import { minOf } from '../text/arrays.ts';

/**
 * GAMS's solveLink values that make a solve asynchronous. AsyncSimulate and ThreadsSimulate solve
 * at the solve statement, one after another in this process, and load the results at
 * handleCollect as the other two do: the serial reference of a sweep written for the grid.
 */
export const SolveLink = { AsyncGrid: 3, AsyncSimulate: 4, AsyncThreads: 6, ThreadsSimulate: 7 } as const;

export function isAsyncLink(link: number | undefined): boolean {
  return (
    link === SolveLink.AsyncGrid ||
    link === SolveLink.AsyncSimulate ||
    link === SolveLink.AsyncThreads ||
    link === SolveLink.ThreadsSimulate
  );
}

const isSimulated = (link: number) => link === SolveLink.AsyncSimulate || link === SolveLink.ThreadsSimulate;

/**
 * One solve to run elsewhere: the generated problem (the arrays the solver needs) and how to solve
 * it. Never the model source, never a file.
 */
export interface SolveJob<Problem = unknown> {
  readonly id: number;
  readonly problem: Problem;
  /** The problem class (lp, mip, qp, nlp...). */
  readonly cls: string;
  readonly solver: string;
  /**
   * The solver to run when `solver` does not take the problem (a QP declared nonlinear that is not
   * convex): the same policy as a synchronous solve, applied wherever the job runs.
   */
  readonly fallback?: string;
  readonly options: Readonly<Record<string, number | string>>;
  readonly warmStart: boolean;
  /** Seconds (the model's reslim): the solver stops there with Resource Interrupt. */
  readonly timeLimit?: number;
  /** The model's iterlim: the solver stops there with Iteration Interrupt. */
  readonly iterLimit?: number;
  /** The model's optcr and optca (MIP gaps), when the solve has them. */
  readonly relativeGap?: number;
  readonly absoluteGap?: number;
}

/** Where a solve on another thread sends its solver's log lines and progress details. */
export interface SolveHooks {
  readonly log?: (line: string) => void;
  readonly progress?: (detail: string) => void;
}

/** What a backend returns for a job: the solver's result, or why there is none. */
export interface JobOutcome<Result = unknown> {
  readonly id: number;
  readonly result?: Result;
  readonly error?: string;
}

export interface AsyncBackend {
  /** For messages: 'threads', or the Redis URL. */
  readonly name: string;
  submit(job: SolveJob): void;
  /** The outcomes that arrived, waiting up to `ms` milliseconds for the first one (0: no wait). */
  take(ms: number): JobOutcome[];
  /** A fault that ends the run (the connection to Redis was lost), or undefined. */
  fault(): string | undefined;
  /** The job is no longer wanted (deleted, or past its time limit). */
  cancel(id: number): void;
  close(): Promise<void>;
}

/** A job's deadline: its time limit plus this much (the solver stops itself at the limit). */
const GRACE_SECONDS = 2;

/** Longest single wait inside readyCollect and sleep (ms): SIGINT is looked at between waits. */
const WAIT_SLICE_MS = 100;

/**
 * Why a job has no result: the backend reported it failed (a worker's error, a job stalled
 * more often than allowed), or it did not come back within its time limit. The handle's status
 * is then 3 (failure), and collecting it loads a solve without a solution.
 */
export interface AsyncFailure {
  readonly kind: 'error' | 'time-limit';
  readonly message: string;
}

interface Entry {
  readonly handle: number;
  readonly model: string;
  readonly span: Span;
  readonly link: number;
  state: 'running' | 'ready' | 'failed';
  result?: unknown;
  failure?: AsyncFailure;
  deadline: number;
  collected: boolean;
  /**
   * Writes the result back into the symbols (as a synchronous solve does), or the failure (a
   * solve without a solution); returns its summary.
   */
  readonly complete: Complete;
  /** The result came from solveHere (no backend), already mapped back by the solve. */
  local: boolean;
}

/**
 * Loads a job's result (or, with `failure`, its lack of one) into the symbols; its summary. `handle`
 * is the job's handle (submit returns it after the callback was made).
 */
export type Complete = (r: unknown, local: boolean, handle: number, failure?: AsyncFailure) => unknown;

export interface AsyncSolvesOptions {
  /** The backend, created at the first submit; absent: each solve runs at once (GAMS's AsyncSimulate). */
  readonly backend?: () => AsyncBackend;
  /** Summaries of collected solves, in collection order. */
  readonly collected: (summary: unknown) => void;
  readonly diagnostics: Diagnostic[];
  /**
   * Throws when the run was interrupted (SIGINT): called between the slices of every blocking
   * wait (readyCollect, sleep), so that Ctrl-C is answered within WAIT_SLICE_MS.
   */
  readonly stopIfInterrupted?: () => void;
}

export class AsyncSolves implements HandleFunctions {
  private readonly jobs = new Map<number, Entry>();
  private backend?: AsyncBackend;
  private next = 1;

  constructor(private readonly opts: AsyncSolvesOptions) {}

  /**
   * Submits a job and returns its handle. Without a backend, or with a simulated link (4, 7), the
   * solve runs now (`solveHere`) and the handle is ready at once.
   */
  async submit(
    job: Omit<SolveJob, 'id'>,
    at: { model: string; span: Span; link: number },
    solveHere: () => Promise<unknown>,
    complete: Complete,
  ): Promise<number> {
    const handle = this.next++;
    const limit = job.timeLimit !== undefined && job.timeLimit < 1e9 ? job.timeLimit : undefined;
    const e: Entry = {
      handle,
      ...at,
      state: 'running',
      deadline: limit === undefined ? Infinity : performance.now() + (limit + GRACE_SECONDS) * 1000,
      collected: false,
      complete,
      local: !this.opts.backend || isSimulated(at.link),
    };
    this.jobs.set(handle, e);
    const backend = this.opts.backend;
    if (!backend || e.local) {
      e.result = await solveHere();
      e.state = 'ready';
      return handle;
    }
    this.backend ??= backend();
    this.backend.submit({ ...job, id: handle, timeLimit: limit });
    // Counted from here: the first submit may wait for the backend to start.
    if (limit !== undefined) e.deadline = performance.now() + (limit + GRACE_SECONDS) * 1000;
    return handle;
  }

  /** 1 when the job's results were loaded: a ready job, or a failed one (loaded as a solve without a solution). */
  collect(h: number): number {
    this.pump(0);
    const e = this.jobs.get(h);
    if (!e || e.state === 'running') return 0;
    const summary = e.complete(e.result, e.local, e.handle, e.failure);
    if (!e.collected) this.opts.collected(summary);
    e.collected = true;
    return 1;
  }

  status(h: number): number {
    this.pump(0);
    const e = this.jobs.get(h);
    if (!e) return HandleStatus.Unknown;
    return e.state === 'running'
      ? HandleStatus.Running
      : e.state === 'ready'
        ? HandleStatus.Ready
        : HandleStatus.Failure;
  }

  remove(h: number): number {
    if (!(Number.isInteger(h) && h > 0)) return HandleDelete.Illegal;
    const e = this.jobs.get(h);
    if (!e) return HandleDelete.Unknown;
    if (e.state === 'running') this.backend?.cancel(h);
    this.jobs.delete(h);
    return HandleDelete.Removed;
  }

  ready(handles: readonly number[], maxWait: number): number {
    const hs = handles.filter((h) => h !== 0);
    if (hs.length === 0) return ReadyCollect.NoHandle;
    const es = hs.map((h) => this.jobs.get(h));
    if (es.some((e) => !e)) return ReadyCollect.NotAHandle;
    const until = performance.now() + Math.max(0, maxWait) * 1000;
    for (;;) {
      this.pump(0);
      // A failed job is collectable too (its status is 3; collecting it loads no solution).
      if (es.some((e) => e!.state !== 'running' && !e!.collected)) return ReadyCollect.Ready;
      const running = es.filter((e): e is Entry => e!.state === 'running');
      if (running.length === 0) return ReadyCollect.NoActiveJob;
      const left = until - performance.now();
      if (left <= 0) return running[0].link === 3 ? ReadyCollect.TimeoutGrid : ReadyCollect.TimeoutThreads;
      // Wake up for the nearest deadline too (a job past its time limit fails).
      const deadline = minOf(running.map((e) => e.deadline)) - performance.now();
      this.pump(Math.max(1, Math.min(left, deadline, WAIT_SLICE_MS)));
      this.opts.stopIfInterrupted?.();
    }
  }

  sleep(seconds: number): number {
    const until = performance.now() + Math.max(0, seconds) * 1000;
    for (let left = until - performance.now(); left > 0; left = until - performance.now()) {
      const slice = Math.min(left, WAIT_SLICE_MS);
      if (this.backend) this.pump(slice);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, slice);
      this.opts.stopIfInterrupted?.();
    }
    return 0;
  }

  /** Handles submitted and never collected (for the end of the run, and for faults). */
  uncollected(): number[] {
    return [...this.jobs.values()].filter((e) => !e.collected).map((e) => e.handle);
  }

  /** Stops the backend (its threads or its connections); the run's end. */
  async close(): Promise<void> {
    const b = this.backend;
    this.backend = undefined;
    if (b) await b.close();
  }

  /** Takes the outcomes that arrived (waiting up to `ms`), fails jobs past their deadline. */
  private pump(ms: number): void {
    const b = this.backend;
    if (!b) return;
    for (const o of b.take(ms)) {
      const e = this.jobs.get(o.id);
      if (!e || e.state !== 'running') continue;
      if (o.result) {
        e.result = o.result;
        e.state = 'ready';
      } else {
        const message = o.error ?? 'unknown error';
        e.failure = { kind: 'error', message };
        e.state = 'failed';
        this.opts.diagnostics.push(diag(X.Async_solve_0_failed_1, e.span, [e.model, e.handle, message]));
      }
    }
    const now = performance.now();
    for (const e of this.jobs.values()) {
      if (e.state !== 'running' || e.deadline > now) continue;
      e.state = 'failed';
      e.failure = { kind: 'time-limit', message: 'the job did not return within its time limit (reslim)' };
      b.cancel(e.handle);
      this.opts.diagnostics.push(diag(X.Async_solve_0_past_time_limit, e.span, [e.model, e.handle]));
    }
    const fault = b.fault();
    if (fault) {
      const lost = [...this.jobs.values()].filter((e) => !e.collected);
      throw new ExecError(X.Async_backend_lost_0_handles_1, lost[0]?.span, [
        fault,
        lost.length ? lost.map((e) => e.handle).join(', ') : 'none',
      ]);
    }
  }
}
