// Ctrl-C for `emd solve`: the first SIGINT stops the run (the results so far are written, exit
// 3), a second one exits at once. The count lives in shared memory, bumped by a watcher thread
// that has a SIGINT handle of its own: it sees the signal even while the main thread is blocked
// (readyCollect's Atomics.wait, a long statement), when the main thread's own handler cannot run.
// The run reads the count between statements, between the slices of its waits, and every 50 ms
// during a solve on a thread. Imports node: only.
import { Worker } from 'node:worker_threads';

export const SIGINT_MESSAGE =
  'Interrupted: stopping the run and writing the results so far (Ctrl-C again exits at once).\n';

// The watcher thread. Node delivers no signal to a worker's `process`; libuv does deliver it to
// every loop with a signal handle, which the signal_wrap binding opens (deprecated for users,
// DEP0111, and silenced here; without it the main thread's handler counts, later). state[3]
// becomes 1 once it listens, 2 if it cannot.
const WATCHER = `
const { workerData: { state, message } } = require('node:worker_threads');
const { writeSync } = require('node:fs');
let listening = 2;
try {
  process.noDeprecation = true;
  const { Signal } = process.binding('signal_wrap');
  const s = new Signal();
  s.onsignal = () => {
    Atomics.add(state, 0, 1);
    if (Atomics.compareExchange(state, 2, 0, 1) === 0) writeSync(2, message);
  };
  if (s.start(2) === 0) listening = 1;
} finally {
  Atomics.store(state, 3, listening);
  Atomics.notify(state, 3);
}
`;

export interface SigintWatch {
  /** SIGINTs received so far. */
  count(): number;
  /**
   * Starts the watcher thread (if it is not running): before the main thread may block (the first
   * asynchronous solve). Not at the start of every run: a thread costs ~35 ms of CPU.
   */
  arm(): void;
  close(): void;
}

/**
 * Starts counting SIGINTs (Node's default exit on SIGINT is off until close). Both threads count
 * each signal they see; the count is the larger of the two (the watcher misses the signals
 * before it started, the main thread's handler those it has not run yet). The message is printed
 * once, by whichever sees the first signal first.
 */
export function watchSigint(stderr: (text: string) => void, exitCode: number): SigintWatch {
  // [seen by the watcher, seen by the main thread, message printed, watcher listening]
  const state = new Int32Array(new SharedArrayBuffer(16));
  const count = () => Math.max(Atomics.load(state, 0), Atomics.load(state, 1));
  let watcher: Worker | undefined;
  // Without a handler on the main thread Node would exit on the signal. The second SIGINT exits here.
  const onSigint = () => {
    Atomics.add(state, 1, 1);
    if (Atomics.compareExchange(state, 2, 0, 1) === 0) stderr(SIGINT_MESSAGE);
    if (count() > 1) process.exit(exitCode);
  };
  process.on('SIGINT', onSigint);
  return {
    count,
    arm() {
      if (watcher) return;
      try {
        watcher = new Worker(WATCHER, { eval: true, workerData: { state, message: SIGINT_MESSAGE } });
        watcher.unref();
        // Without the binding the main thread's handler still counts, once it runs.
        watcher.on('error', () => undefined);
        // Until it listens, a signal would reach only the main thread's handler, which cannot run
        // while the main thread waits: wait for it (a fraction of a second, once per run; the
        // limit only matters on a machine so loaded that a thread takes seconds to start).
        Atomics.wait(state, 3, 0, 30_000);
      } catch {
        // likewise
      }
    },
    close() {
      process.off('SIGINT', onSigint);
      void watcher?.terminate();
    },
  };
}
