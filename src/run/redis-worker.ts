// `emd worker --redis redis://HOST:PORT`: serves solve jobs from the BullMQ queue on any machine.
// A job holds the generated problem and the solver options, so a worker needs no model files.
// Each job is solved on a thread of its own (one per unit of BullMQ concurrency), so that this
// process's event loop keeps renewing the job's lock during the solve; a worker killed in the
// middle of a job stops renewing it, and after `lockSeconds` another worker takes the job.
// Imports bullmq, redis.ts, job.ts, thread-solver.ts.
import { Worker } from 'bullmq';
import { connect, DEFAULT_QUEUE } from './redis.ts';
import { decodeJob, encodeResult } from './job.ts';
import { ThreadSolver } from './thread-solver.ts';

export interface WorkerOptions {
  readonly url: string;
  readonly queue?: string;
  readonly concurrency?: number;
  /**
   * Seconds a job stays locked by a worker that stopped answering (killed) before another takes
   * it (default 30). The lock is renewed during a solve (it runs on another thread).
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
  const idle = Array.from({ length: o.concurrency ?? 1 }, () => new ThreadSolver());
  const worker = new Worker(
    o.queue ?? DEFAULT_QUEUE,
    async (job) => {
      const t0 = performance.now();
      const j = decodeJob(job.data);
      const solver = idle.pop()!;
      const outcome = await solver.solve(j).finally(() => idle.push(solver));
      // A job that fails is a BullMQ failure: the run's handle reports status 3.
      if (!outcome.result) throw new Error(outcome.error ?? 'the solve returned no result');
      const result = outcome.result;
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
  await Promise.all(idle.map((t) => t.close()));
  connection.disconnect();
  o.log(`emd worker: stopped after ${served} jobs`);
  return 0;
}
