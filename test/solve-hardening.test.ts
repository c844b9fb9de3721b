// Solve-time hardening (issue 15): command-line validation, output folders, atomic writes,
// unbounded NLPs, progress lines and interruption. In-process through main(), except the SIGINT
// test, which needs a real child process.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  statSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli as cli, root } from './helpers.ts';
import { writeFileAtomic } from '../src/report/output-files.ts';
import { spawn } from 'node:child_process';
import { loadSource, run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { solveNlp, solveNlpAsync } from '../src/solvers/ipm/solver.ts';
import { HS, denseOracle } from '../src/solvers/ipm/hs-problems.fixture.ts';

const transport = join(root, 'models/classic/transport.gms');

describe('--max-loop-iterations', () => {
  for (const bad of ['abc', '0', '-5', '1.5', '']) {
    it(`refuses '${bad}' with exit 2`, async () => {
      const r = await cli(['solve', transport, '--max-loop-iterations', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: --max-loop-iterations expects a positive whole number, got '${bad}'.\n`);
    });
  }
});

describe('output folders are checked before the model runs (E0040, exit 2)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'emd-out-'));
  const file = join(tmp, 'a-file');
  writeFileSync(file, 'x');
  const cases: [string, string, string][] = [
    ['an empty name', '', 'the folder name is empty'],
    ['a path under a regular file', join(file, 'out'), `'${file}' is a file, not a folder`],
    ['a regular file', file, `'${file}' is a file, not a folder`],
    // fs.mkdir(recursive) loops for ever under /proc; the folders are created one by one.
    ['a folder under /proc', '/proc/emd-x/y', 'no such file or directory'],
  ];
  for (const [what, dir, why] of cases) {
    for (const flag of ['--csv', '--plot']) {
      it(`${flag} into ${what}`, async () => {
        const r = await cli(['solve', transport, flag, dir, '--quiet']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`error E0040: The ${flag} folder '${dir}' cannot be used: ${why}.\n`);
        expect(r.stdout).toBe('');
      });
    }
  }
  it('creates missing folders and writes every CSV file, no temporary file left', async () => {
    const dir = join(tmp, 'new', 'deep');
    const r = await cli(['solve', transport, '--csv', dir, '--quiet']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ['a', 'b', 'c', 'cost', 'd', 'demand', 'f', 'i', 'j', 'supply', 'x', 'z'].map((n) => `${n}.csv`),
    );
  });
});

describe('writeFileAtomic', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'emd-atomic-'));
  it('replaces the file whole, keeps its mode, and leaves no temporary file', () => {
    const f = join(tmp, 'out.txt');
    writeFileSync(f, 'old');
    chmodSync(f, 0o640);
    writeFileAtomic(f, 'new text');
    expect(readFileSync(f, 'utf8')).toBe('new text');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(readdirSync(tmp)).toEqual(['out.txt']);
  });
  it('writes through a symbolic link to its target', () => {
    const target = join(tmp, 'target.txt');
    writeFileSync(target, 'a');
    symlinkSync(target, join(tmp, 'link.txt'));
    writeFileAtomic(join(tmp, 'link.txt'), 'b');
    expect(readFileSync(target, 'utf8')).toBe('b');
  });
  it('rethrows a failed write and removes its temporary file', () => {
    expect(() => writeFileAtomic(join(tmp, 'no-such-folder', 'x.txt'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

const hs071 = HS.find((p) => p.name === 'hs071')!;

describe('ipm between iterations', () => {
  it("solveNlpAsync gives solveNlp's result, letting the event loop run during the solve", async () => {
    const sync = solveNlp(denseOracle(hs071));
    const r = await solveNlpAsync(denseOracle(hs071));
    expect(r.status).toBe('optimal');
    expect(r.iterations).toBe(sync.iterations);
    expect(r.objective).toBe(sync.objective);
  });
  it('stops with status interrupted when shouldStop answers true', async () => {
    let asked = 0;
    const r = await solveNlpAsync(denseOracle(hs071), { shouldStop: () => ++asked >= 3 });
    expect(r.status).toBe('interrupted');
    expect(r.message).toBe('The solve was interrupted (SIGINT).');
    expect(r.iterations).toBe(2);
  });
});

async function runModel(rel: string, progressSeconds: number, quiet = false) {
  const lines: string[] = [];
  const f = loadSource(join(root, rel), nodeHost).file!;
  const r = await run(f, nodeHost, { out: () => {}, log: (l) => void lines.push(l), progressSeconds, quiet });
  return { r, lines };
}

describe("progress lines during a solve (from the solver's own callback)", () => {
  it('ipm: one per iteration when the log is silent for progressSeconds', async () => {
    const { r, lines } = await runModel('test/fixtures/nlp-bad/unbounded-log.emd', 0);
    expect(r.solves[0].modelStatus).toBe(3);
    const progress = lines.filter((l) => l.startsWith('[solve m]'));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[1]).toMatch(
      /^\[solve m\] ipm: \d+\.\d s, iteration 1, objective -4\.595171e\+0, inf_pr 0\.00e\+0$/,
    );
  });
  it('glpk: from its log sink', async () => {
    const { lines } = await runModel('models/classic/transport.gms', 0);
    expect(lines.filter((l) => l.startsWith('[solve transport] glpk: '))[0]).toMatch(
      /^\[solve transport\] glpk: \d+\.\d s, \*?\s?\d+: obj = /,
    );
  });
  it('none with quiet', async () => {
    const { lines } = await runModel('models/classic/transport.gms', 0, true);
    expect(lines.filter((l) => l.startsWith('[solve'))).toEqual([]);
  });
});

describe('SIGINT', () => {
  it('the first stops the run, writes the JSON (status interrupted) and the CSV files, exit 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-sigint-'));
    const child = spawn(
      process.execPath,
      [join(root, 'bin/emd.js'), 'solve', 'test/fixtures/interrupt/long-loop.emd', '--json', '--csv', dir],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/\[loop\] iteration/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(3);
    expect(stderr).toContain('Interrupted: stopping the run and writing the results so far');
    const doc = JSON.parse(stdout);
    expect(doc.status).toBe('interrupted');
    expect(doc.diagnostics.map((d: any) => d.code)).toContain('W3020');
    const solved = doc.solves.length;
    expect(solved).toBeGreaterThan(0);
    // total = sum of 2*ord(k) over the solves done: the CSV holds the value when the run stopped.
    const total = Number(readFileSync(join(dir, 'total.csv'), 'utf8').split('\r\n')[1]);
    expect([solved * (solved + 1), (solved - 1) * solved]).toContain(total);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 30_000);
});
