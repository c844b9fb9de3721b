// Entry of the thread that talks to Redis for a run (src/run/redis-backend.ts): adds the run's
// jobs to the BullMQ queue, listens to the queue's events and posts each outcome to the main
// thread, waking it (the main thread waits synchronously inside the handle functions, so the
// connection's event loop lives here). A connection lost for longer than `lostSeconds` is posted
// as a fault. Jobs nobody collects do not stay in Redis: each is added with BullMQ's
// removeOnComplete/removeOnFail by age (`keepSeconds`: a job finished longer ago is removed when
// another job finishes), the bridge cleans the finished jobs older than that when it starts, and
// removes its own jobs still waiting when the run ends. Built as dist/redis-bridge.js. Imports
// bullmq, redis.ts, inbox.ts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Queue, QueueEvents } from 'bullmq';
import { connect } from './redis.ts';
import { Inbox } from './inbox.ts';
import { decodeResult } from './job.ts';

const { port, signal, url, queueName, runId, lostSeconds, keepSeconds } = workerData as {
  port: MessagePort;
  signal: Int32Array;
  url: string;
  queueName: string;
  runId: string;
  lostSeconds: number;
  keepSeconds: number;
};
const keep = { age: keepSeconds };
const post = (m: unknown) => Inbox.post(port, signal, m);
const jobId = (id: number) => `${runId}-${id}`;
const idOf = (jobId: string) => (jobId.startsWith(runId + '-') ? Number(jobId.slice(runId.length + 1)) : -1);

const queueConn = connect(url);
const eventsConn = connect(url);
const queue = new Queue(queueName, { connection: queueConn });
const events = new QueueEvents(queueName, { connection: eventsConn, autorun: true });

// Loss of the connection: a fault after lostSeconds without it.
let lostSince: number | undefined;
for (const c of [queueConn, eventsConn]) {
  c.on('error', () => {});
  c.on('close', () => (lostSince ??= Date.now()));
  c.on('ready', () => {
    if (queueConn.status === 'ready' && eventsConn.status === 'ready') lostSince = undefined;
  });
}
queue.on('error', () => {});
events.on('error', () => {});
const watch = setInterval(() => {
  if (lostSince !== undefined && Date.now() - lostSince > lostSeconds * 1000) {
    post({ fault: `the connection to Redis at ${url} was lost` });
    clearInterval(watch);
  }
}, 100);

// Each outcome is posted once, from its event or, when the event never came (seen in the tests:
// a worker SIGKILLed right after finishing a job, and the 'completed' event of that job never
// reached QueueEvents), from the job itself: finished jobs stay in Redis until their outcome is
// posted, and the jobs out are looked at every POLL_MS.
const POLL_MS = 2000;
const out = new Set<number>();
const settle = (id: number, outcome: { result?: unknown; error?: string }) => {
  if (!out.delete(id)) return;
  post({ id, ...outcome });
  queue.remove(jobId(id)).catch(() => 0);
};
events.on('completed', ({ jobId: j, returnvalue }) => {
  const id = idOf(j);
  if (id >= 0) settle(id, { result: decodeResult(returnvalue) });
});
events.on('failed', ({ jobId: j, failedReason }) => {
  const id = idOf(j);
  if (id >= 0) settle(id, { error: failedReason });
});
let polling = false;
const poll = setInterval(async () => {
  if (polling || out.size === 0) return;
  polling = true;
  try {
    for (const id of [...out]) {
      const job = await queue.getJob(jobId(id));
      if (!job?.finishedOn) continue;
      if (job.failedReason !== undefined && job.failedReason !== null && (await job.isFailed()))
        settle(id, { error: job.failedReason });
      else if (await job.isCompleted()) settle(id, { result: decodeResult(job.returnvalue) });
    }
  } catch {
    // the connection's loss is the watch's business
  } finally {
    polling = false;
  }
}, POLL_MS);

parentPort!.on(
  'message',
  async (m: { submit?: { id: number; data: unknown }; cancel?: number; close?: true }) => {
    if (m.submit) {
      out.add(m.submit.id);
      await queue.add('solve', m.submit.data, {
        jobId: jobId(m.submit.id),
        removeOnComplete: keep,
        removeOnFail: keep,
      });
    } else if (m.cancel !== undefined) {
      out.delete(m.cancel);
      await queue.remove(jobId(m.cancel)).catch(() => 0);
    } else if (m.close) {
      clearInterval(watch);
      clearInterval(poll);
      // The jobs out will never be collected: those still waiting go (a job a worker holds cannot
      // be removed; it finishes and is kept for keepSeconds).
      const left = [...out].map((id) => queue.remove(jobId(id)).catch(() => 0));
      out.clear();
      await Promise.race([
        Promise.all([...left, events.close(), queue.close()]),
        new Promise((r) => setTimeout(r, 1000)),
      ]);
      queueConn.disconnect();
      eventsConn.disconnect();
      post({ closed: true });
    }
  },
);
// Ready when QueueEvents listens: a job completed before that would not be seen.
events.waitUntilReady().then(
  () => {
    post({ ready: true });
    // Finished jobs older than keepSeconds (of runs that never collected them) go now, not only
    // when the next job finishes. At most 1,000 of each per run start.
    for (const type of ['completed', 'failed'] as const)
      queue.clean(keepSeconds * 1000, 1000, type).catch(() => 0);
  },
  (e: Error) => post({ fault: `Redis at ${url}: ${e.message}` }),
);
