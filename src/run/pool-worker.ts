// Entry of a solve thread (src/run/pool.ts, src/run/thread-solver.ts): solves the jobs it is
// given, one at a time, and posts each outcome on its port, waking the main thread. A job sent
// with `report` also posts the solver's log lines and progress details as they happen (the
// thread's caller prints them). Built as dist/pool-worker.js. Imports job.ts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Inbox } from './inbox.ts';
import { runJob, type SolveJob } from './job.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: SolveJob & { report?: true }) => {
  const post = (m: unknown) => Inbox.post(port, signal, m);
  const hooks = job.report
    ? {
        log: (log: string) => post({ id: job.id, log }),
        progress: (progress: string) => post({ id: job.id, progress }),
      }
    : undefined;
  chain = chain.then(async () => post(await runJob(job, hooks)));
});
