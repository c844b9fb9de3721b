// The queue of a pool of solve workers, shared by the thread pool (pool.ts) and the playground's
// Web Workers (web/src/solve-pool.ts): jobs waiting, jobs on a worker (at most `inFlight` each,
// so that none idles while the caller generates the next problem), outcomes that came back, and
// cancellation. No threads and no I/O here. Imports interp/ (the job types) only.
import type { AsyncBackend, JobOutcome, SolveJob } from '../interp/async-solves.ts';

/** A worker as the queue sees it. */
export interface QueueSlot {
  readonly worker: { postMessage(job: unknown): void };
  /** Its jobs now, and how many it was given in all. */
  readonly jobs: Set<number>;
  given: number;
}

export class JobQueue<S extends QueueSlot> {
  readonly pending: SolveJob[] = [];
  private readonly running = new Map<number, { job: SolveJob; slot: S }>();
  private readonly cancelled = new Set<number>();
  /** Outcomes that came back and were not taken yet. */
  readonly arrived: JobOutcome[] = [];

  constructor(private readonly inFlight: number) {}

  /** Posts waiting jobs to the least busy workers; of equals, to the one given fewest (so every worker gets work). */
  dispatch(slots: readonly S[]): void {
    while (this.pending.length && slots.length) {
      const slot = slots.reduce((a, b) =>
        b.jobs.size < a.jobs.size || (b.jobs.size === a.jobs.size && b.given < a.given) ? b : a,
      );
      if (slot.jobs.size >= this.inFlight) return;
      const job = this.pending.shift()!;
      slot.jobs.add(job.id);
      slot.given++;
      this.running.set(job.id, { job, slot });
      slot.worker.postMessage(job);
    }
  }

  /** An outcome came back: its worker's place is free; kept for `take` unless the job was cancelled. */
  settle(o: JobOutcome): void {
    this.running.get(o.id)?.slot.jobs.delete(o.id);
    this.running.delete(o.id);
    if (!this.cancelled.delete(o.id)) this.arrived.push(o);
  }

  /**
   * The job is no longer wanted. A job on a worker cannot be interrupted: the worker is returned,
   * for the caller to end, and its other jobs wait again (first in line).
   */
  cancel(id: number): S | undefined {
    const k = this.pending.findIndex((j) => j.id === id);
    if (k >= 0) {
      this.pending.splice(k, 1);
      return undefined;
    }
    const r = this.running.get(id);
    if (!r) return undefined;
    this.running.delete(id);
    for (const other of r.slot.jobs) {
      const o = this.running.get(other);
      this.running.delete(other);
      if (o && other !== id) this.pending.unshift(o.job);
    }
    return r.slot;
  }
}

/**
 * A pool's submit and take over its queue: `receive(ms)` settles the outcomes that came back
 * (waiting up to ms for the first), `dispatch` posts waiting jobs. A submit reads its workers'
 * finished jobs too: a loop of submits would otherwise see each worker solve its first jobs and
 * then idle until the loop's end (the first take). `message` strips what a worker does not need.
 */
export function queueMethods(
  queue: JobQueue<QueueSlot>,
  receive: (ms: number) => void,
  dispatch: () => void,
  message: (job: SolveJob) => SolveJob,
): Pick<AsyncBackend, 'submit' | 'take'> {
  return {
    submit(job) {
      queue.pending.push(message(job));
      receive(0);
      dispatch();
    },
    take(ms) {
      receive(queue.arrived.length ? 0 : ms);
      dispatch();
      return queue.arrived.splice(0);
    },
  };
}
