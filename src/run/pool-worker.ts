// Entry of a pool thread (src/run/pool.ts): solves the jobs it is given, one at a time, and posts
// each outcome on its port, waking the main thread. Built as dist/pool-worker.js. Imports job.ts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Inbox } from './inbox.ts';
import { runJob, type SolveJob } from './job.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: SolveJob) => {
  chain = chain.then(async () => Inbox.post(port, signal, await runJob(job)));
});
