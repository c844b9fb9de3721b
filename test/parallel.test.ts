// Asynchronous solves (issue 20): the handle functions' GAMS codes, a failed job collected as a
// solve without a solution, a sweep of 20 LPs on the thread pool and through Redis (a real
// redis-server on a free loopback port, two `emd worker` processes, the CLI in a child process
// with a time limit) with the objectives of the serial run, and a worker killed with SIGKILL in
// the middle of the sweep losing nothing.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { solveJson, root } from './helpers.ts';
import { freePort, startRedis, startWorker } from './redis-server.ts';
import { killChildren, solveJsonInChild } from './child-cli.ts';
import { loadSource, run, resultToJson } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import type { AsyncBackend, JobOutcome } from '../src/interp/async-solves.ts';

const sweep = 'test/fixtures/parallel/sweep.gms';
const values = (doc: any, sym: string) =>
  Object.fromEntries(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r.value]));

let serial: Record<string, number>;
beforeAll(async () => {
  const r = await solveJson(sweep, '--link=2');
  expect(r.code).toBe(0);
  serial = values(r.doc, 'obj');
});

// A job past its time limit, collected: status 3 before and after, modelstat 14, solvestat 3.
const timedOut = { running: 1, status: 3, collect: 1, modelstat: 14, solvestat: 3, 'status collected': 3 };

/** A backend whose every job fails (as BullMQ reports a worker's error). */
function failingBackend(): AsyncBackend {
  const out: JobOutcome[] = [];
  return {
    name: 'failing',
    submit: (job) => void out.push({ id: job.id, error: 'the worker crashed' }),
    take: () => out.splice(0),
    fault: () => undefined,
    cancel: () => undefined,
    close: async () => undefined,
  };
}

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

  it('a failed job: readyCollect 0, handleStatus 3, collected as no solution (13/13), levels kept', async () => {
    const f = loadSource(join(root, 'test/fixtures/parallel/failed.gms'), nodeHost).file!;
    const r = await run(f, nodeHost, { out: () => {}, log: () => {}, asyncBackend: failingBackend });
    const doc = resultToJson(r);
    expect(values(doc, 'r')).toEqual({
      ready: 10,
      status: 3,
      collect: 1,
      modelstat: 13,
      solvestat: 13,
      x: 7,
    });
    expect(doc.diagnostics.map((d: any) => [d.code, d.message])).toEqual([
      [
        'W3100',
        "The asynchronous solve of 'm' (handle 1) failed: the worker crashed. Its handle status is 3 (failure).",
      ],
      ['W3001', "Solve of 'm' ended without a solution: Error No Solution / System Failure."],
    ]);
    expect(doc.solves).toHaveLength(1);
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

// Through Redis: the CLI runs in a child process (it blocks its thread in readyCollect, where no
// vitest timeout can fire; in a child a hang is a failure at its time limit), with a real
// redis-server of its own on a free port and two `emd worker` processes.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
describe.skipIf(!hasRedis)(
  hasRedis
    ? 'asynchronous solves through Redis'
    : 'asynchronous solves through Redis (skipped: redis-server is not installed)',
  () => {
    let redis: ChildProcess;
    let url: string;
    let workers: ChildProcess[] = [];

    beforeAll(async () => {
      ({ url, process: redis } = await startRedis());
      workers = await Promise.all([
        startWorker(url, '--lock-seconds', '1'),
        startWorker(url, '--lock-seconds', '1'),
      ]);
    }, 60_000);

    afterEach(killChildren);
    afterAll(() => {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      redis?.kill('SIGKILL');
    });

    it('a sweep of 20 LPs on two workers gives the objectives of the serial run', async () => {
      const { code, doc } = await solveJsonInChild(sweep, ['--redis', url], 50_000);
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
      const { code, doc } = await solveJsonInChild(sweep, ['--redis', url], 50_000);
      expect(killed).toBe(true);
      expect(code).toBe(0);
      expect(values(doc, 'obj')).toEqual(serial);
    }, 60_000);

    it('a job past its time limit: handleStatus 3 (failure), collected as no solution, W3101', async () => {
      // No worker serves the queue 'nobody': the job never comes back.
      const { code, doc } = await solveJsonInChild(
        'test/fixtures/parallel/timeout.gms',
        ['--redis', url, '--queue', 'nobody'],
        25_000,
      );
      expect(code).toBe(3);
      expect(values(doc, 'r')).toEqual(timedOut);
      expect(doc.diagnostics.map((d: any) => d.code)).toEqual(['W3101', 'W3001']);
    }, 30_000);

    it('Redis unreachable at start: exit code 2 and the URL in the error', async () => {
      const port = await freePort();
      const { code, doc } = await solveJsonInChild(sweep, ['--redis', `redis://127.0.0.1:${port}`], 20_000);
      expect(code).toBe(2);
      expect(doc.diagnostics[0].code).toBe('E0100');
      expect(doc.diagnostics[0].message).toContain(`redis://127.0.0.1:${port}`);
    }, 30_000);
  },
);
