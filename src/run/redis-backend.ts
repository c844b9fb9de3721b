// The distributed backend of asynchronous solves: BullMQ queues on Redis. The run's jobs go to
// the queue `emd-solves` (any `emd worker --redis URL` serves them, on any machine); a thread
// (redis-bridge.ts) holds the connections and posts outcomes back. Faults: a lost connection ends
// the run with an error naming the handles not collected (never a hang); a worker killed in the
// middle of a job leaves it stalled, and BullMQ gives it to another worker. Imports interp/ (the
// backend interface), job.ts, inbox.ts.
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { AsyncBackend, JobOutcome } from '../interp/async-solves.ts';
import { Inbox } from './inbox.ts';
import { encodeJob } from './job.ts';
import { startThread } from './thread-entry.ts';
import { DEFAULT_QUEUE } from './redis.ts';

type BridgeMessage = JobOutcome & { ready?: true; fault?: string; closed?: true };

export interface RedisBackendOptions {
  readonly url: string;
  readonly queue?: string;
  /** Seconds without a connection before the run stops (default 3). */
  readonly lostSeconds?: number;
  /** Seconds to wait for the bridge's connections at the first submit (default 10). */
  readonly startSeconds?: number;
  /**
   * Seconds Redis keeps a finished job that no run collects (a run killed, or ended before its
   * jobs did): default KEEP_SECONDS. See redis-bridge.ts.
   */
  readonly keepSeconds?: number;
}

/** How long a finished job nobody collected stays in Redis by default: one hour. */
export const KEEP_SECONDS = 3600;

export function createRedisBackend(o: RedisBackendOptions): AsyncBackend {
  const inbox = new Inbox();
  let bridge: Worker | undefined;
  let fault: string | undefined;
  const held: JobOutcome[] = [];

  const read = (ms: number): void => {
    for (const m of inbox.take<BridgeMessage>(ms)) {
      if (m.fault) fault ??= m.fault;
      else if (m.ready || m.closed) continue;
      else held.push(m);
    }
  };
  const start = (): Worker => {
    const { remote } = inbox.channel();
    const w = startThread('redis-bridge', {
      workerData: {
        port: remote,
        signal: inbox.signal,
        url: o.url,
        queueName: o.queue ?? DEFAULT_QUEUE,
        runId: randomUUID(),
        lostSeconds: o.lostSeconds ?? 3,
        keepSeconds: o.keepSeconds ?? KEEP_SECONDS,
      },
      transferList: [remote],
    });
    w.unref();
    // Wait for the bridge to listen (a job that completes before would go unseen).
    const until = Date.now() + (o.startSeconds ?? 10) * 1000;
    for (;;) {
      const ms = until - Date.now();
      if (ms <= 0) {
        fault ??= `Redis at ${o.url} did not answer within ${o.startSeconds ?? 10} s`;
        break;
      }
      const got = inbox.take<BridgeMessage>(ms);
      if (got.some((m) => m.ready)) break;
      const f = got.find((m) => m.fault);
      if (f) {
        fault ??= f.fault;
        break;
      }
    }
    return w;
  };

  return {
    name: o.url,
    submit(job) {
      bridge ??= start();
      bridge.postMessage({ submit: { id: job.id, data: encodeJob(job) } });
    },
    take(ms) {
      read(held.length ? 0 : ms);
      return held.splice(0);
    },
    fault: () => fault,
    cancel(id) {
      bridge?.postMessage({ cancel: id });
    },
    async close() {
      const b = bridge;
      bridge = undefined;
      if (!b) return;
      b.postMessage({ close: true });
      // The bridge closes its connections (1 s at most), then the thread ends.
      const until = Date.now() + 2000;
      while (Date.now() < until)
        if (inbox.take<BridgeMessage>(until - Date.now()).some((m) => m.closed)) break;
      await b.terminate();
    },
  };
}
