// What the Redis backend's pieces share: the queue's name, connections to a redis:// URL (ioredis,
// which BullMQ drives), and the check that Redis answers before a run or a worker starts.
// Imports node: and ioredis only.
import { Redis } from 'ioredis';

/** The BullMQ queue of solve jobs (the CLI's --queue can name another). */
export const DEFAULT_QUEUE = 'emd-solves';

/**
 * A connection for BullMQ (blocking commands never time out: maxRetriesPerRequest null). A lost
 * connection is retried every 200 ms; the caller decides when the loss is fatal.
 */
export function connect(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    retryStrategy: () => 200,
    lazyConnect: false,
  });
}

/** Whether Redis at `url` answers a PING within `seconds`: undefined, or why not. */
export async function checkRedis(url: string, seconds = 3): Promise<string | undefined> {
  let client: Redis | undefined;
  let first: { code?: string; message?: string } | undefined;
  try {
    client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: seconds * 1000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
    });
    client.on('error', (e: { code?: string; message?: string }) => void (first ??= e));
    await client.connect();
    await client.ping();
    return undefined;
  } catch (e) {
    const err = first ?? (e as { code?: string; message?: string });
    return err.code ?? err.message ?? String(e);
  } finally {
    client?.disconnect();
  }
}
