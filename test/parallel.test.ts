// Asynchronous solves (issue 20): the handle functions' GAMS codes, a sweep of 20 LPs on the thread
// pool and through Redis (a real redis-server on a free loopback port, two `emd worker`
// processes) with the objectives of the serial run, and a worker killed with SIGKILL in the
// middle of the sweep losing nothing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root, solveJson } from './helpers.ts';

const sweep = 'test/fixtures/parallel/sweep.gms';
const values = (doc: any, sym: string) =>
  Object.fromEntries(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r.value]));

let serial: Record<string, number>;
beforeAll(async () => {
  const r = await solveJson(sweep, '--link=2');
  expect(r.code).toBe(0);
  serial = values(r.doc, 'obj');
});

describe('asynchronous solves on the thread pool', () => {
  it('the handle functions return GAMS codes', async () => {
    const { code, doc } = await solveJson('test/fixtures/parallel/handles.gms');
    expect(code).toBe(0);
    expect(values(doc, 'r')).toEqual({
      'delete illegal': 1,
      'delete unknown': 2,
      'ready no handle': 2,
      'status ready': 2,
      collect: 1,
      z: 6,
      modelstat: 1,
      'ready not a handle': 3,
    });
  });

  it('a sweep of 20 LPs gives the objectives of the serial run', async () => {
    const { code, doc } = await solveJson(sweep);
    expect(code).toBe(0);
    expect(Object.keys(serial)).toHaveLength(20);
    expect(serial.s20).toBeCloseTo(153.675, 9);
    expect(values(doc, 'obj')).toEqual(serial);
    expect(doc.solves).toHaveLength(20);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const started = (p: ChildProcess, text: string) =>
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

describe('asynchronous solves through Redis', () => {
  let redis: ChildProcess;
  let url: string;
  const workers: ChildProcess[] = [];
  const worker = () => {
    const w = spawn(process.execPath, [
      join(root, 'bin/emd.js'),
      'worker',
      '--redis',
      url,
      '--lock-seconds',
      '1',
    ]);
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    await started(redis, 'Ready to accept connections');
    const ws = [worker(), worker()];
    await Promise.all(ws.map((w) => started(w, 'serving queue')));
  }, 60_000);

  afterAll(() => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  it('a sweep of 20 LPs on two workers gives the objectives of the serial run', async () => {
    const { code, doc } = await solveJson(sweep, '--redis', url);
    expect(code).toBe(0);
    expect(values(doc, 'obj')).toEqual(serial);
  }, 60_000);

  it('a worker killed with SIGKILL in the middle of the sweep loses nothing', async () => {
    const victim = workers[0];
    let killed = false;
    victim.stderr!.on('data', (b: Buffer) => {
      // Killed right after its first job: it has taken the next one (or is taking it).
      if (!killed && b.toString().includes('solved job')) {
        killed = true;
        victim.kill('SIGKILL');
      }
    });
    const { code, doc } = await solveJson(sweep, '--redis', url);
    expect(killed).toBe(true);
    expect(code).toBe(0);
    expect(values(doc, 'obj')).toEqual(serial);
  }, 60_000);

  it('a job past its time limit: handleStatus 3 (failure), and W3101', async () => {
    // No worker serves the queue 'nobody': the job never comes back.
    const { code, doc } = await solveJson(
      'test/fixtures/parallel/timeout.gms',
      '--redis',
      url,
      '--queue',
      'nobody',
    );
    expect(code).toBe(0);
    expect(values(doc, 'r')).toEqual({ running: 1, ready: 1, status: 3 });
    expect(doc.diagnostics.map((d: any) => d.code)).toEqual(['W3101', 'W3102']);
  }, 30_000);

  it('Redis unreachable at start: exit code 2 and the URL in the error', async () => {
    const port = await freePort();
    const { code, doc } = await solveJson(sweep, '--redis', `redis://127.0.0.1:${port}`);
    expect(code).toBe(2);
    expect(doc.diagnostics[0].code).toBe('E0100');
    expect(doc.diagnostics[0].message).toContain(`redis://127.0.0.1:${port}`);
  });
});
