// The embedded backend of asynchronous solves: a pool of worker threads on this machine, one per
// core. node:worker_threads directly rather than a pool library (piscina): the main thread must
// wait for outcomes synchronously inside the handle functions (Atomics.wait on a shared counter,
// receiveMessageOnPort), which a promise-based pool does not offer, and the pool itself is a
// queue and a few threads. Each thread has at most two jobs at a time, so that it never idles
// while the main thread generates the next problem.
//
// The threads outlive their run: a closed pool with no job left on its threads is parked, and the
// next pool of this process takes its threads over. A new thread pays for loading the solvers and
// for V8 compiling their hot code again (measured on the 50-scenario market sweep: about 1.5 s of
// CPU per thread, more than the thread's share of the sweep's solves); a parked thread has done
// both. The main thread keeps its own solvers warm from one run to the next in the same way, so
// that a serial run and a pool run of a long-lived process (the language server, a benchmark,
// an embedding application) compare like with like. Parked threads are unref'd (they never keep
// the process alive) and end after PARK_SECONDS without a run. Imports interp/ (the backend
// interface).
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { AsyncBackend, JobOutcome } from '../interp/async-solves.ts';
import { Inbox } from './inbox.ts';
import { jobToMessage } from './job.ts';
import { JobQueue, queueMethods, type QueueSlot } from './job-queue.ts';
import { startThread } from './thread-entry.ts';

const IN_FLIGHT = 2;

/** How long the threads of a closed pool wait for the next pool of the process. */
const PARK_SECONDS = 120;

interface Slot extends QueueSlot {
  readonly worker: Worker;
  /** This side of the thread's channel (in the inbox). */
  readonly port: MessagePort;
}

/** Threads and the inbox they post to: owned by one pool at a time, parked in between. */
interface Threads {
  readonly inbox: Inbox;
  readonly slots: Slot[];
}

/** The threads of closed pools, newest last (at most one set is kept; see the file header). */
const parked: { threads: Threads; timer: ReturnType<typeof setTimeout> }[] = [];

/** Ends threads (their ports leave the inbox); resolves when they have. */
function end(threads: Threads, slots: readonly Slot[]): Promise<unknown> {
  for (const s of slots) threads.inbox.drop(s.port);
  return Promise.all(slots.map((s) => s.worker.terminate()));
}

function unpark(): Threads | undefined {
  const p = parked.pop();
  if (!p) return undefined;
  clearTimeout(p.timer);
  return p.threads;
}

function park(threads: Threads): void {
  while (parked.length) {
    const old = parked.shift()!;
    clearTimeout(old.timer);
    void end(old.threads, old.threads.slots);
  }
  const timer = setTimeout(() => {
    const k = parked.findIndex((p) => p.threads === threads);
    if (k >= 0) parked.splice(k, 1);
    void end(threads, threads.slots);
  }, PARK_SECONDS * 1000);
  timer.unref();
  parked.push({ threads, timer });
}

/** The pool's backend; `threadIds`: its threads' ids (a parked set keeps them for the next pool). */
export type ThreadPool = AsyncBackend & { readonly threadIds: () => number[] };

export function createThreadPool(size = availableParallelism()): ThreadPool {
  const threads: Threads = unpark() ?? { inbox: new Inbox(), slots: [] };
  const { inbox } = threads;
  // A parked set may be larger than this pool: its extra threads stay with it, idle.
  const want = Math.max(1, size);
  const queue = new JobQueue<Slot>(IN_FLIGHT);

  const spawn = (): Slot => {
    const { local, remote } = inbox.channel();
    const worker = startThread('pool-worker', {
      workerData: { port: remote, signal: inbox.signal },
      transferList: [remote],
    });
    worker.unref();
    return { worker, port: local, jobs: new Set(), given: 0 };
  };
  const slots = () => threads.slots.slice(0, want);
  const dispatch = () => {
    while (threads.slots.length < want) threads.slots.push(spawn());
    queue.dispatch(slots());
  };
  const replace = (slot: Slot) => {
    void end(threads, [slot]);
    threads.slots.splice(threads.slots.indexOf(slot), 1, spawn());
  };

  const receive = (ms: number) => {
    for (const o of inbox.take<JobOutcome>(ms)) queue.settle(o);
  };

  return {
    name: 'threads',
    ...queueMethods(queue, receive, dispatch, jobToMessage),
    fault: () => undefined,
    threadIds: () => slots().map((s) => s.worker.threadId),
    cancel(id) {
      // A thread inside a solve cannot be interrupted: it is replaced (its other job waits again).
      const slot = queue.cancel(id);
      if (slot) replace(slot);
      dispatch();
    },
    async close() {
      queue.pending.length = 0;
      // Outcomes that arrived and were never taken: read now, so that the next pool starts empty.
      receive(0);
      // A thread still inside a job (a handle never collected) ends; the idle ones are parked.
      const busy = threads.slots.filter((s) => s.jobs.size > 0);
      threads.slots.splice(0, threads.slots.length, ...threads.slots.filter((s) => s.jobs.size === 0));
      await end(threads, busy);
      if (threads.slots.length) park(threads);
    },
  };
}
