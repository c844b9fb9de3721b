// The playground's backend of asynchronous solves (solveLink 3 or 6): a pool of Web Workers, one
// per core, owned by the compiler worker (worker.ts), as src/run/pool.ts's threads in Node. The
// handle functions wait synchronously, so an outcome comes back through shared memory: each solve
// worker has a mailbox (mailbox.ts: a header of two Int32 and a growable SharedArrayBuffer of
// bytes), and all of them bump one shared counter that the compiler worker waits on
// (Atomics.wait). Shared memory needs a cross-origin isolated page (COOP and COEP headers:
// vite.config.ts, public/_headers); without it (crossOriginIsolated false) the run has no backend
// and each solve runs at its statement, one after another.
// A worker created by a thread that then blocks in Atomics.wait never starts (the browser starts
// it from its creator's event loop), so the workers are started before the run (`ready`), kept
// for the next runs, and never replaced during one: a cancelled job's worker ends, and the
// others take its other job. Imports the backend types of interp/ and run/job.ts; no DOM.
import type { AsyncBackend, JobOutcome } from '../../src/interp/async-solves.ts';
import { jobToMessage, outcomeFromBytes } from '../../src/run/job.ts';
import { JobQueue, queueMethods, type QueueSlot } from '../../src/run/job-queue.ts';
import { growableBuffer, MAILBOX, type SolveWorkerInit } from './mailbox.ts';

/** Outcomes of up to 1 GiB (a growable buffer: the size of a result is known only at its end). */
const MAX_BYTES = 1 << 30;
const IN_FLIGHT = 2;

interface Slot extends QueueSlot {
  readonly worker: Worker;
  readonly box: SolveWorkerInit;
}

/** A run's backend, and the names of the workers that returned its outcomes. */
export type WebPoolBackend = AsyncBackend & { readonly workersUsed: () => string[] };

/** Whether this page can share memory with its workers (the pool's condition). */
export const canSharePool = (): boolean => globalThis.crossOriginIsolated === true;

/** Whether a model's files ask for asynchronous solves (then the pool is started before the run). */
export const asksForAsyncSolves = (texts: Iterable<string>): boolean =>
  [...texts].some((t) => /solvelink|asyncthreads|asyncgrid/i.test(t));

export class WebPool {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly slots: Slot[] = [];
  private named = 0;

  constructor(private readonly size = navigator.hardwareConcurrency || 2) {}

  /** Starts workers up to the pool's size; resolves when every one has started. */
  async ready(): Promise<void> {
    const starting: Promise<void>[] = [];
    while (this.slots.length < Math.max(1, this.size)) {
      const worker = new Worker(new URL('./solve-worker.ts', import.meta.url), {
        type: 'module',
        name: `emd-solve-${++this.named}`,
      });
      const box: SolveWorkerInit = {
        header: new Int32Array(new SharedArrayBuffer(8)),
        data: growableBuffer(1 << 16, MAX_BYTES),
        signal: this.signal,
      };
      starting.push(
        new Promise((resolve, reject) => {
          worker.onmessage = () => resolve();
          worker.onerror = (e) => reject(new Error(`a solve worker did not start: ${e.message}`));
        }),
      );
      worker.postMessage(box);
      this.slots.push({ worker, box, jobs: new Set(), given: 0 });
    }
    await Promise.all(starting);
  }

  /** The backend of one run, on the started workers (call `ready` first). */
  backend(): WebPoolBackend {
    const { slots, signal } = this;
    const queue = new JobQueue<Slot>(IN_FLIGHT);
    const used = new Set<string>();
    const dispatch = () => {
      if (slots.length === 0)
        for (const job of queue.pending.splice(0))
          queue.arrived.push({ id: job.id, error: 'no solve worker is left' });
      queue.dispatch(slots);
    };
    /** Reads the mailboxes that are full, and frees them. */
    const poll = () => {
      for (const slot of slots) {
        const { header, data } = slot.box;
        if (Atomics.load(header, MAILBOX.full) !== 1) continue;
        // Copied out of shared memory (TextDecoder does not read shared buffers).
        const bytes = new Uint8Array(new Uint8Array(data, 0, Atomics.load(header, MAILBOX.length)));
        Atomics.store(header, MAILBOX.full, 0);
        Atomics.notify(header, MAILBOX.full);
        const o = outcomeFromBytes(bytes) as JobOutcome & { worker?: string };
        if (o.worker) used.add(o.worker);
        queue.settle({ id: o.id, result: o.result, error: o.error });
      }
    };
    const receive = (ms: number) => {
      const seen = Atomics.load(signal, 0);
      poll();
      if (queue.arrived.length || ms <= 0) return;
      Atomics.wait(signal, 0, seen, ms);
      poll();
    };

    return {
      name: 'web workers',
      workersUsed: () => [...used].sort(),
      ...queueMethods(queue, receive, dispatch, jobToMessage),
      fault: () => undefined,
      cancel(id) {
        // A worker inside a solve cannot be interrupted: it ends (its other job goes to the others).
        const slot = queue.cancel(id);
        if (slot) {
          slot.worker.terminate();
          slots.splice(slots.indexOf(slot), 1);
        }
        dispatch();
      },
      async close() {
        queue.pending.length = 0;
        // A worker still inside a job (a handle never collected) ends; the idle ones stay for the next run.
        poll();
        for (const s of slots.filter((x) => x.jobs.size > 0)) {
          s.worker.terminate();
          slots.splice(slots.indexOf(s), 1);
        }
      },
    };
  }
}
