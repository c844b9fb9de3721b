// `emd worker --redis redis://HOST:PORT`: serves solve jobs from the BullMQ queue on any machine.
// A job holds the generated problem and the solver options, so a worker needs no model files.
// Each job is solved here, one at a time per core (BullMQ concurrency); a worker killed in the
// middle of a job leaves it locked until `lockSeconds` pass, then another worker takes it.
// Imports bullmq, redis.ts, job.ts.
import { Worker } from 'bullmq';
import { connect, DEFAULT_QUEUE } from './redis.ts';
import { decodeJob, encodeResult, solveJob } from './job.ts';

export interface WorkerOptions {
  readonly url: string;
  readonly queue?: string;
  readonly concurrency?: number;
  /**
   * Seconds a job stays locked by a worker that stopped answering (killed) before another takes
   * it. Solves run on this process's thread and block lock renewal: it must exceed the longest
   * solve (default 30).
   */
  readonly lockSeconds?: number;
  readonly log: (line: string) => void;
}

/** Serves jobs until SIGINT or SIGTERM; resolves with the exit code. */
export async function serveJobs(o: WorkerOptions): Promise<number> {
  const connection = connect(o.url);
  connection.on('error', () => {});
  const lock = (o.lockSeconds ?? 30) * 1000;
  let served = 0;
  const worker = new Worker(
    o.queue ?? DEFAULT_QUEUE,
    async (job) => {
      const t0 = performance.now();
      const j = decodeJob(job.data);
      const result = await solveJob(j);
      served++;
      o.log(
        `emd worker: solved job ${job.id} (${j.cls}, ${j.problem.m} rows, ${j.solver}) in ${(performance.now() - t0).toFixed(1)} ms`,
      );
      return encodeResult(result);
    },
    {
      connection,
      concurrency: o.concurrency ?? 1,
      lockDuration: lock,
      stalledInterval: Math.max(500, lock / 2),
      maxStalledCount: 3,
    },
  );
  worker.on('error', (e) => o.log(`emd worker: ${e.message}`));
  await worker.waitUntilReady();
  o.log(`emd worker: serving queue '${o.queue ?? DEFAULT_QUEUE}' at ${o.url} (pid ${process.pid})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.race([worker.close(), new Promise((r) => setTimeout(r, 3000))]);
  connection.disconnect();
  o.log(`emd worker: stopped after ${served} jobs`);
  return 0;
}
