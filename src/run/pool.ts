// The embedded backend of asynchronous solves: a pool of worker threads on this machine, one per
// core. node:worker_threads directly rather than a pool library (piscina): the main thread must
// wait for outcomes synchronously inside the handle functions (Atomics.wait on a shared counter,
// receiveMessageOnPort), which a promise-based pool does not offer, and the pool itself is a
// queue and a few threads. Each thread has at most two jobs at a time, so that it never idles
// while the main thread generates the next problem. Imports interp/ (the backend interface).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AsyncBackend, JobOutcome } from '../interp/async-solves.ts';
import { Inbox } from './inbox.ts';
import { jobToMessage, type SolveJob } from './job.ts';
import { startThread } from './thread-entry.ts';

const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  jobs: Set<number>;
}

export function createThreadPool(size = availableParallelism()): AsyncBackend {
  const inbox = new Inbox();
  const slots: Slot[] = [];
  const pending: SolveJob[] = [];
  const running = new Map<number, { job: SolveJob; slot: Slot }>();
  const cancelled = new Set<number>();

  const spawn = (): Slot => {
    const { remote } = inbox.channel();
    const worker = startThread('pool-worker', {
      workerData: { port: remote, signal: inbox.signal },
      transferList: [remote],
    });
    worker.unref();
    return { worker, jobs: new Set() };
  };
  const dispatch = () => {
    if (slots.length === 0) for (let k = 0; k < Math.max(1, size); k++) slots.push(spawn());
    while (pending.length) {
      const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      if (slot.jobs.size >= IN_FLIGHT) return;
      const job = pending.shift()!;
      slot.jobs.add(job.id);
      running.set(job.id, { job, slot });
      slot.worker.postMessage(job);
    }
  };

  return {
    name: 'threads',
    submit(job) {
      pending.push(jobToMessage(job));
      dispatch();
    },
    take(ms) {
      const out = inbox.take<JobOutcome>(ms).filter((o) => {
        const r = running.get(o.id);
        r?.slot.jobs.delete(o.id);
        running.delete(o.id);
        return !cancelled.delete(o.id);
      });
      dispatch();
      return out;
    },
    fault: () => undefined,
    cancel(id) {
      const k = pending.findIndex((j) => j.id === id);
      if (k >= 0) {
        pending.splice(k, 1);
        return;
      }
      const r = running.get(id);
      if (!r) return;
      // A thread inside a solve cannot be interrupted: it is replaced, and its other job resubmitted.
      running.delete(id);
      const slot = r.slot;
      void slot.worker.terminate();
      slots.splice(slots.indexOf(slot), 1, spawn());
      for (const other of slot.jobs) {
        if (other === id) continue;
        const o = running.get(other);
        running.delete(other);
        if (o) pending.unshift(o.job);
      }
      dispatch();
    },
    async close() {
      pending.length = 0;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
