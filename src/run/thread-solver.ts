// A solve on a thread of its own, awaited as a promise, so that the calling thread's event loop
// stays free while the solver runs (GLPK and HiGHS are synchronous inside WebAssembly):
//   - `emd worker` renews its BullMQ job locks during a solve (a solve on its main thread blocked
//     the renewal, and a long one lost its job to another worker);
//   - the CLI answers SIGINT in the middle of a large GLPK or HiGHS solve, and stops it by
//     terminating the thread (`stoppableSolves`).
// The thread is src/run/pool-worker.ts. Imports interp/ (the job types), solvers/ (statuses),
// job.ts, thread-entry.ts.
import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { JobOutcome, SolveJob as AnyJob } from '../interp/async-solves.ts';
import { ModelStat, SolveStat } from '../solvers/status.ts';
import type { SolverResult } from '../solvers/types.ts';
import { jobToMessage, type JobHooks, type SolveJob } from './job.ts';
import { startThread } from './thread-entry.ts';

type Report = JobOutcome<SolverResult> & { log?: string; progress?: string };

interface Waiting {
  readonly resolve: (o: JobOutcome<SolverResult>) => void;
  readonly hooks?: JobHooks;
}

export class ThreadSolver {
  private thread?: { worker: Worker; port: MessagePort };
  private readonly waiting = new Map<number, Waiting>();

  /** Solves `job` on the thread (started at the first job); the outcome, never a thrown error. */
  solve(job: SolveJob, hooks?: JobHooks): Promise<JobOutcome<SolverResult>> {
    const t = (this.thread ??= this.start());
    t.port.ref();
    return new Promise((resolve) => {
      this.waiting.set(job.id, { resolve, hooks });
      t.worker.postMessage({
        ...jobToMessage(job),
        report: hooks?.log || hooks?.progress ? true : undefined,
      });
    });
  }

  /** Ends the thread now, in the middle of its solve: the solves out resolve with `why` as error. */
  stop(why: string): void {
    const t = this.thread;
    this.thread = undefined;
    if (t) {
      t.port.close();
      void t.worker.terminate();
    }
    this.settle(why);
  }

  async close(): Promise<void> {
    const t = this.thread;
    this.thread = undefined;
    if (!t) return;
    t.port.close();
    await t.worker.terminate();
    this.settle('the solve thread was closed');
  }

  private settle(why: string): void {
    for (const [id, w] of this.waiting) w.resolve({ id, error: why });
    this.waiting.clear();
  }

  private start(): { worker: Worker; port: MessagePort } {
    const { port1, port2 } = new MessageChannel();
    const worker = startThread('pool-worker', {
      // The thread also wakes an Atomics waiter on this counter (the pool's); nobody waits here.
      workerData: { port: port2, signal: new Int32Array(new SharedArrayBuffer(4)) },
      transferList: [port2],
    });
    worker.unref();
    port1.on('message', (m: Report) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      if (m.log !== undefined) w.hooks?.log?.(m.log);
      else if (m.progress !== undefined) w.hooks?.progress?.(m.progress);
      else {
        this.waiting.delete(m.id);
        if (this.waiting.size === 0) port1.unref();
        w.resolve(m);
      }
    });
    const lost = (why: string) => {
      if (this.thread?.worker !== worker) return;
      this.thread = undefined;
      port1.close();
      this.settle(why);
    };
    worker.on('error', (e) => lost(`the solve thread failed: ${e.message}`));
    worker.on('exit', (code) => lost(`the solve thread exited with code ${code}`));
    return { worker, port: port1 };
  }
}

/** The solvers whose solve cannot be stopped from inside (synchronous WebAssembly). */
const STOPPABLE_ON_THREAD = new Set(['glpk', 'highs']);

/** Problems at least this large (rows + columns + nonzeros) go to the thread. */
const THREAD_SIZE = 20_000;

/**
 * For the CLI (ExecOptions.solveOnThread): a GLPK or HiGHS solve of a large LP or MIP, and every
 * GLPK MIP, runs on a ThreadSolver, and SIGINT (`interrupted`, polled every 50 ms) stops it by ending the thread:
 * the solve returns status 14 No Solution Returned / 8 User Interrupt. Small LPs stay on the main
 * thread (they end within a fraction of a second; the run then stops before the next statement),
 * and so do small HiGHS MIPs (HiGHS stops at its own checkpoints). `close` ends the thread at the end of the run.
 */
export function stoppableSolves(interrupted: () => boolean): {
  solveOnThread: (job: AnyJob, hooks: JobHooks) => Promise<SolverResult> | undefined;
  close: () => Promise<void>;
} {
  const solver = new ThreadSolver();
  const INTERRUPTED = 'interrupted';
  return {
    solveOnThread(any, hooks) {
      const job = any as SolveJob;
      const p = job.problem;
      // LPs and MIPs only: a QP's messages name its columns, and the thread has no names.
      if (!STOPPABLE_ON_THREAD.has(job.solver) || (job.cls !== 'lp' && job.cls !== 'mip')) return undefined;
      // A GLPK MIP of any size: branch and bound can run for minutes on 30 binaries, and GLPK
      // has no checkpoint to stop at (its log lines come every 5 s). The thread costs about
      // 0.15 s of CPU once per run.
      const mipSearch = job.solver === 'glpk' && job.cls === 'mip';
      if (!mipSearch && p.m + p.n + p.rowStart[p.m] < THREAD_SIZE) return undefined;
      const t0 = performance.now();
      const watch = setInterval(() => {
        if (interrupted()) solver.stop(INTERRUPTED);
      }, 50);
      return solver.solve(job, hooks).then((o) => {
        clearInterval(watch);
        if (o.result) return o.result;
        const stopped = o.error === INTERRUPTED;
        return {
          solver: job.solver,
          modelStatus: stopped ? ModelStat.NoSolutionReturned : ModelStat.ErrorNoSolution,
          solveStatus: stopped ? SolveStat.UserInterrupt : SolveStat.SystemFailure,
          iterations: 0,
          seconds: (performance.now() - t0) / 1000,
          message: stopped ? 'The solve was interrupted (SIGINT).' : `The solve failed: ${o.error}.`,
        };
      });
    },
    close: () => solver.close(),
  };
}
