// A redis-server of its own on a free loopback port, and `emd worker` processes, for the tests
// and bench/parallel.ts of asynchronous solves. Stop them with stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Resolves when the process prints `text` (stdout or stderr); rejects if it exits first. */
export const printed = (p: ChildProcess, text: string) =>
  new Promise<void>((resolve, reject) => {
    let out = '';
    const on = (b: Buffer) => {
      out += b.toString();
      if (out.includes(text)) resolve();
    };
    p.stdout?.on('data', on);
    p.stderr?.on('data', on);
    p.once('exit', (c) => reject(new Error(`exited with ${c}: ${out}`)));
  });

/** redis-server on a free port, ready; its URL. */
export async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const p = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await printed(p, 'Ready to accept connections');
  return { url: `redis://127.0.0.1:${port}`, process: p };
}

/** `emd worker --redis url`, serving. */
export async function startWorker(url: string, ...args: string[]): Promise<ChildProcess> {
  const w = spawn(process.execPath, [join(root, 'bin/emd.js'), 'worker', '--redis', url, ...args]);
  await printed(w, 'serving queue');
  return w;
}
