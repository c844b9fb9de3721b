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
