// A solve worker of the playground's asynchronous solves (solveLink 3 or 6; solve-pool.ts starts
// them from the compiler worker): solves the jobs it is posted, one at a time, and writes each
// outcome into its shared mailbox, where the compiler worker, blocked inside readyCollect or
// handleCollect (Atomics.wait), reads it: a blocked worker receives no messages, so the outcome
// cannot come back by postMessage. Imports run/job.ts and mailbox.ts.
import { outcomeToBytes, runJob, type SolveJob } from '../../src/run/job.ts';
import { MAILBOX, type SolveWorkerInit } from './mailbox.ts';

let box: SolveWorkerInit | undefined;
let chain: Promise<void> = Promise.resolve();

/** Writes an outcome once the previous one was read, then wakes the compiler worker. */
function deliver(bytes: Uint8Array): void {
  const { header, data, signal } = box!;
  while (Atomics.load(header, MAILBOX.full) === 1) Atomics.wait(header, MAILBOX.full, 1);
  if (data.byteLength < bytes.length) data.grow(bytes.length);
  new Uint8Array(data).set(bytes);
  Atomics.store(header, MAILBOX.length, bytes.length);
  Atomics.store(header, MAILBOX.full, 1);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

self.onmessage = (e: MessageEvent<SolveWorkerInit | SolveJob>) => {
  if ('header' in e.data) {
    box = e.data;
    // Started: the pool waits for this before its run (solve-pool.ts says why).
    self.postMessage('ready');
    return;
  }
  const job = e.data;
  chain = chain.then(async () => {
    const outcome = await runJob(job);
    // Which worker solved it: the run reports how many took part (the playground's proof).
    deliver(outcomeToBytes({ ...outcome, worker: self.name } as typeof outcome));
  });
};
