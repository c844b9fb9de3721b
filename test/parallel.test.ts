// Asynchronous solves (issue 20): the handle functions' GAMS codes, a failed job collected as a
// solve without a solution, a sweep of 20 LPs on the thread pool and through Redis (a real
// redis-server on a free loopback port, two `emd worker` processes, the CLI in a child process
// with a time limit) with the objectives of the serial run, and a worker killed with SIGKILL in
// the middle of the sweep losing nothing. A sweep of NLPs (and of QPs declared NLP that HiGHS
// refuses) on the pool and through Redis gives every scenario's levels and marginals bit for bit
// (Object.is) as the same sweep solved one after another in one process (--link=7, ThreadsSimulate);
// so does a sweep of MCPs on the pool. Jobs never collected do not stay in Redis.
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { solveJson, root } from './helpers.ts';
import { freePort, startRedis, startWorker } from './redis-server.ts';
import { killChildren, solveJsonInChild, startCli } from './child-cli.ts';
import { Queue } from 'bullmq';
import { connect } from '../src/run/redis.ts';
import { loadSource, run, resultToJson } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import type { AsyncBackend, JobOutcome } from '../src/interp/async-solves.ts';
import { createThreadPool, type ThreadPool } from '../src/run/pool.ts';

const sweep = 'test/fixtures/parallel/sweep.gms';
const values = (doc: any, sym: string) =>
  Object.fromEntries(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r.value]));

let serial: Record<string, number>;
beforeAll(async () => {
  const r = await solveJson(sweep, '--link=2');
  expect(r.code).toBe(0);
  serial = values(r.doc, 'obj');
});

const nlpSweep = 'test/fixtures/parallel/nlp-sweep.gms';
const mcpSweep = 'test/fixtures/parallel/mcp-sweep.gms';
/** A sweep in process: its --json document (backend absent: solved where submitted). */
async function sweepRun(file: string, link: string, asyncBackend?: () => AsyncBackend): Promise<any> {
  const f = loadSource(join(root, file), nodeHost).file!;
  const r = await run(f, nodeHost, {
    out: () => {},
    log: () => {},
    asyncBackend,
    compile: { defines: { link } },
  });
  return resultToJson(r);
}
const nlpRun = (link: string, asyncBackend?: () => AsyncBackend) => sweepRun(nlpSweep, link, asyncBackend);
/** Every scenario's results (objectives, levels, marginals; the NLP sweep's by default), by name and keys. */
const scenarioResults = (doc: any, names = ['obj', 'lev', 'mar', 'price', 'qobj', 'qlev', 'qmar']) =>
  new Map<string, number>(
    names.flatMap((name) =>
      doc.symbols[name].records.map((r: any): [string, number] => [`${name}(${r.keys.join(',')})`, r.value]),
    ),
  );
/** The keys whose values are not the same bits (Object.is), with both values. */
function differing(a: Map<string, number>, b: Map<string, number>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .filter((k) => !Object.is(a.get(k), b.get(k)))
    .map((k) => `${k}: ${a.get(k)} / ${b.get(k)}`);
}
let nlpSerial: any;
const nlpSerialRun = async () => (nlpSerial ??= await nlpRun('7'));

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

  it('a sweep of 16 NLPs on two threads: every level and marginal bit for bit as one after another (link 7)', async () => {
    const ref = await nlpSerialRun();
    const doc = await nlpRun('6', () => createThreadPool(2));
    expect(doc.diagnostics).toEqual([]);
    const a = scenarioResults(ref);
    // The dispatch: 8 objectives, 27 levels (p.l = 0 is no record), 32 marginals and 8 prices; the
    // QPs: 8 objectives, 32 levels and 8 marginals.
    expect(a.size).toBe(8 + 27 + 32 + 8 + 8 + 32 + 8);
    expect(a.get('obj(s8)')).toBeCloseTo(36.618484117283, 9);
    expect(a.get('qobj(s1)')).toBeCloseTo(-3.680555548, 8);
    expect(differing(a, scenarioResults(doc))).toEqual([]);
    // The QPs declared NLP are not convex: HiGHS refuses them on the threads too, and ipm solves them.
    expect(new Set(doc.solves.map((x: any) => `${x.solver} ${x.modelStatus}`))).toEqual(new Set(['ipm 2']));
    expect(doc.solves).toHaveLength(16);
  });

  it("a second run takes over the first run's threads, parked warm when it closed", async () => {
    const pools: ThreadPool[] = [];
    const pool = () => {
      pools.push(createThreadPool(2));
      return pools[pools.length - 1];
    };
    const first = await sweepRun(sweep, '6', pool);
    const ids = pools[0].threadIds();
    const second = await sweepRun(sweep, '6', pool);
    expect(ids).toHaveLength(2);
    expect(pools[1].threadIds()).toEqual(ids);
    expect(values(second, 'obj')).toEqual(serial);
    expect(values(first, 'obj')).toEqual(serial);
  });

  it('a sweep of 8 MCPs on two threads: every level and marginal bit for bit as one after another (link 7)', async () => {
    const ref = await sweepRun(mcpSweep, '7');
    const doc = await sweepRun(mcpSweep, '6', () => createThreadPool(2));
    expect(doc.diagnostics).toEqual([]);
    const names = ['q0', 'm0', 'price'];
    const a = scenarioResults(ref, names);
    expect(a.size).toBe(24 + 24 + 8);
    // s1: the price 15 - Q, and firm 1's first-order condition 1.5 sqrt(q + 1) = P - q holds.
    const q1 = a.get('q0(s1,f1)')!;
    expect(a.get('price(s1)')).toBeCloseTo(7.8197524638, 9);
    expect(1.5 * Math.sqrt(q1 + 1)).toBeCloseTo(a.get('price(s1)')! - q1, 7);
    expect(differing(a, scenarioResults(doc, names))).toEqual([]);
    expect(doc.solves.map((x: any) => `${x.type} ${x.solver} ${x.modelStatus}`)).toEqual(
      Array(8).fill('MCP emd-mcp 1'),
    );
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

    it('a sweep of 16 NLPs on two workers: every level and marginal bit for bit as one after another (link 7)', async () => {
      const { code, doc } = await solveJsonInChild(nlpSweep, ['--redis', url], 50_000);
      expect(code).toBe(0);
      expect(differing(scenarioResults(await nlpSerialRun()), scenarioResults(doc))).toEqual([]);
      expect(new Set(doc.solves.map((x: any) => x.solver))).toEqual(new Set(['ipm']));
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

    /** The ids of a queue's jobs in each state (the queue's own connection, closed after). */
    async function jobIds(queue: string): Promise<Record<'waiting' | 'completed' | 'failed', string[]>> {
      const connection = connect(url);
      const q = new Queue(queue, { connection });
      try {
        const ids = async (t: 'waiting' | 'completed' | 'failed') => (await q.getJobs([t])).map((j) => j.id!);
        return {
          waiting: await ids('waiting'),
          completed: await ids('completed'),
          failed: await ids('failed'),
        };
      } finally {
        await q.close();
        connection.disconnect();
      }
    }
    const orphans = 'test/fixtures/parallel/orphans.gms';

    it('a run that ends before collecting its jobs leaves none waiting in Redis (W3102)', async () => {
      // No worker serves the queue: the three jobs wait until the run ends, which removes them.
      const { code, doc } = await solveJsonInChild(orphans, ['--redis', url, '--queue', 'ended'], 20_000);
      expect(code).toBe(0);
      expect(doc.diagnostics.map((d: any) => d.code)).toContain('W3102');
      expect(await jobIds('ended')).toEqual({ waiting: [], completed: [], failed: [] });
    }, 30_000);

    it('finished jobs of a killed run go after --keep-seconds', async () => {
      // A run killed after submitting: its three jobs wait, a worker then solves them, and nobody
      // collects them.
      const killed = startCli(
        ['solve', join(root, orphans), '--redis', url, '--queue', 'killed', '--mode=hold', '--json'],
        20_000,
      );
      /** The queue's jobs once `ready` holds of them (polled every 50 ms, 10 s at most). */
      const once = async (ready: (ids: Awaited<ReturnType<typeof jobIds>>) => boolean) => {
        let ids = await jobIds('killed');
        for (let k = 0; k < 200 && !ready(ids); k++) {
          await new Promise((r) => setTimeout(r, 50));
          ids = await jobIds('killed');
        }
        return ids;
      };
      await killed.printed('submitted');
      expect((await once((ids) => ids.waiting.length === 3)).waiting).toHaveLength(3);
      killed.process.kill('SIGKILL');
      await killed.done;
      const worker = await startWorker(url, '--queue', 'killed');
      try {
        const left = await once((ids) => ids.completed.length === 3);
        expect(left.completed).toHaveLength(3);
        // Older than --keep-seconds 1 when the next run starts: that run removes them.
        await new Promise((r) => setTimeout(r, 1100));
        const next = await solveJsonInChild(
          orphans,
          ['--redis', url, '--queue', 'killed', '--mode=collect', '--keep-seconds', '1'],
          20_000,
        );
        expect(next.code).toBe(0);
        expect(values(next.doc, 'obj')).toEqual({ s1: 2, s2: 4, s3: 6 });
        const after = await jobIds('killed');
        expect(after.completed.filter((id) => left.completed.includes(id))).toEqual([]);
        expect(after.waiting).toEqual([]);
      } finally {
        worker.kill('SIGKILL');
      }
    }, 40_000);

    it('Redis unreachable at start: exit code 2 and the URL in the error', async () => {
      const port = await freePort();
      const { code, doc } = await solveJsonInChild(sweep, ['--redis', `redis://127.0.0.1:${port}`], 20_000);
      expect(code).toBe(2);
      expect(doc.diagnostics[0].code).toBe('E0100');
      expect(doc.diagnostics[0].message).toContain(`redis://127.0.0.1:${port}`);
    }, 30_000);
  },
);
