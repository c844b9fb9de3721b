// `emd worker --redis URL`: serves asynchronous solve jobs from a BullMQ queue until SIGINT or
// SIGTERM. Imports the diagnostics renderer and, when it runs, run/redis-worker.ts.
import { renderDiagnostics } from '../diagnostics/render.ts';
import { EXIT, type CliIO } from './io.ts';
import { redisUnusable } from './solve-command.ts';

export async function workerCommand(
  o: { redis: string; queue?: string; lockSeconds?: string },
  io: CliIO,
): Promise<number> {
  const bad = await redisUnusable(o.redis);
  if (bad) {
    io.stderr(renderDiagnostics([bad], { color: io.color }) + '\n');
    return EXIT.usage;
  }
  const lock = o.lockSeconds === undefined ? undefined : Number(o.lockSeconds);
  if (lock !== undefined && !(lock > 0)) {
    io.stderr(`error: --lock-seconds expects a positive number, got '${o.lockSeconds}'.\n`);
    return EXIT.usage;
  }
  const { serveJobs } = await import('../run/redis-worker.ts');
  return serveJobs({
    url: o.redis,
    queue: o.queue,
    lockSeconds: lock,
    log: (line) => io.stderr(line + '\n'),
  });
}
