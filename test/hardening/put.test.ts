// Issue 15, items 9 and 10 and the put confinement: put fields out of range, put files that cannot
// be written or that leave the model's folder are diagnostics, never exceptions.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSourceFile, lineAndColumn } from '../../src/text/source-file.ts';
import { run, type RunOptions } from '../../src/api.ts';
import { nodeHost } from '../../src/cli/node-host.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';

const show = (ds: readonly Diagnostic[]) =>
  ds.map((d) => {
    if (!d.span) return `${d.code} ${d.message}`;
    const { line, column } = lineAndColumn(d.span.file, d.span.start);
    return `${d.code} ${line}:${column} ${d.message}`;
  });

async function runIn(dir: string, src: string, extra: Partial<RunOptions> = {}) {
  const path = join(dir, 'm.gms');
  writeFileSync(path, src);
  const out: string[] = [];
  const r = await run(createSourceFile(path, src), nodeHost, {
    quiet: true,
    out: (t) => out.push(t),
    log: () => undefined,
    ...extra,
  });
  return { r, out: out.join('') };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'emd-put-'));

describe('put fields', () => {
  it('a width of 1e9 is E3070 at the item', async () => {
    const { r } = await runIn(fresh(), "scalar v / 1 /;\nfile f / 'o.txt' /;\nput f v:1e9:2;\n");
    expect(show(r.diagnostics)).toEqual([
      'E3070 3:7 The put width 1000000000 is out of range: it must be a whole number from 0 to 32767.',
    ]);
  });

  it('500 decimals is E3070 at the item', async () => {
    const { r } = await runIn(fresh(), "scalar v / 1 /;\nfile f / 'o.txt' /;\nput f v:12:500;\n");
    expect(show(r.diagnostics)).toEqual([
      'E3070 3:7 The put decimals 500 is out of range: it must be a whole number from 0 to 20.',
    ]);
  });

  it('widths and decimals in range still write the file beside the model', async () => {
    const dir = fresh();
    const { r } = await runIn(dir, "scalar v / 1.5 /;\nfile f / 'o.txt' /;\nput f v:8:3 /;\n");
    expect(r.diagnostics).toEqual([]);
    expect(readFileSync(join(dir, 'o.txt'), 'utf8')).toBe('   1.500\n');
  });
});

describe('put files', () => {
  it('a missing folder is E3071 at the file declaration', async () => {
    const { r } = await runIn(fresh(), "file f / 'no-such-folder/out.txt' /;\nput f 'x';\n");
    expect(show(r.diagnostics)).toEqual([
      "E3071 1:6 Put file 'no-such-folder/out.txt' cannot be written: its folder does not exist.",
    ]);
  });

  it('a path under a regular file is E3071', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), '');
    const { r } = await runIn(dir, "file f / 'plain/out.txt' /;\nput f 'x';\n");
    expect(show(r.diagnostics)).toEqual([
      "E3071 1:6 Put file 'plain/out.txt' cannot be written: a part of its path is a file, not a folder.",
    ]);
  });

  it('absolute paths, ../ and symlinks out of the folder are E3072, and nothing is written', async () => {
    const top = fresh();
    const dir = join(top, 'model');
    mkdirSync(dir);
    mkdirSync(join(top, 'elsewhere'));
    symlinkSync(join(top, 'elsewhere'), join(dir, 'link'));
    for (const p of [join(top, 'abs.txt'), '../up.txt', 'link/x.txt']) {
      const { r } = await runIn(dir, `file f / '${p}' /;\nput f 'x';\n`);
      expect(show(r.diagnostics)).toEqual([
        `E3072 1:6 Put file '${p}' is outside the folder ${dir}: put files are written in the model's folder (or in --output-dir).`,
      ]);
    }
    expect(existsSync(join(top, 'abs.txt')) || existsSync(join(top, 'up.txt'))).toBe(false);
    expect(existsSync(join(top, 'elsewhere', 'x.txt'))).toBe(false);
  });

  it('--output-dir is the folder put files go to', async () => {
    const dir = fresh();
    const outDir = fresh();
    const { r } = await runIn(dir, "file f / 'o.txt' /;\nput f 'x';\n", { outputDir: outDir });
    expect(r.diagnostics).toEqual([]);
    expect(readFileSync(join(outDir, 'o.txt'), 'utf8')).toBe('x');
    expect(existsSync(join(dir, 'o.txt'))).toBe(false);
  });

  it('a solver option file linked out of the folder is not read', async () => {
    const top = fresh();
    const dir = join(top, 'model');
    mkdirSync(dir);
    writeFileSync(join(top, 'secret'), 'root:x:0:0:root\n');
    symlinkSync(join(top, 'secret'), join(dir, 'highs.opt'));
    const src =
      'variable z; positive variable x; equation e; e.. z =e= x; x.lo = 1;\nmodel m /all/; m.optfile = 1;\noption lp = highs;\nsolve m using lp minimizing z;\n';
    const { r } = await runIn(dir, src);
    expect(JSON.stringify(r.diagnostics)).not.toContain('root:x');
    expect(show(r.diagnostics)).toEqual([
      "W3003 4:1 Solver options file 'highs.opt' not found; the solver runs with its defaults.",
    ]);
  });
});
