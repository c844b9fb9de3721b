// Issue 15, items 2-5 and 11: limits on input give diagnostics with a code, never a throw or a hang.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { createSourceFile, lineAndColumn } from '../../src/text/source-file.ts';
import { compile, loadSource, run, type Host } from '../../src/api.ts';
import { analyze } from '../../src/lsp/analysis.ts';
import { semanticTokens } from '../../src/lsp/features.ts';
import { formatSource } from '../../src/prettier/format.ts';
import { maxOf, minOf, pushAll } from '../../src/text/arrays.ts';
import { nodeHost } from '../../src/cli/node-host.ts';
import { MAX_INCLUDE_DEPTH } from '../../src/syntax/parse.ts';
import { renderDiagnostics } from '../../src/diagnostics/render.ts';
import { memoryHost } from '../../web/src/host.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { breathe } from '../helpers.ts';

/** `code line:column message` of each diagnostic, for exact comparisons. */
const show = (ds: readonly Diagnostic[]) =>
  ds.map((d) => {
    if (!d.span) return `${d.code} ${d.message}`;
    const { line, column } = lineAndColumn(d.span.file, d.span.start);
    return `${d.code} ${d.span.file.name.split('/').pop()}:${line}:${column} ${d.message}`;
  });

/** In-memory files under /m. */
function memHost(files: Record<string, string>): Host {
  return {
    readFile: (p) => files[p],
    resolve: (from, rel) => posix.resolve(posix.dirname(from), rel),
  };
}

const aliases = (n: number) =>
  'set i0 /a/;\n' + Array.from({ length: n - 1 }, (_, k) => `alias(i0, i${k + 1});`).join('\n') + '\n';
const names = (n: number) => Array.from({ length: n }, (_, k) => `i${k}`);

describe('controlled indices', () => {
  it('65 indices of one sum are E2080 at the binding', () => {
    const src = aliases(65) + `scalar s; s = sum((${names(65).join(',')}), 1);\n`;
    const r = compile(createSourceFile('/m/idx.gms', src));
    expect(show(r.diagnostics)).toEqual([
      'E2080 idx.gms:66:20 65 indices are controlled at once here (by enclosing sums, loops and domains); at most 64 are allowed.',
    ]);
  });

  it('65 nested loops are E2080 at the innermost loop', () => {
    const src =
      aliases(65) +
      'scalar s;\n' +
      names(65)
        .map((x) => `loop(${x},`)
        .join('') +
      's = s + 1' +
      ')'.repeat(65) +
      ';\n';
    const r = compile(createSourceFile('/m/loops.gms', src));
    expect(show(r.diagnostics)).toEqual([
      'E2080 loops.gms:67:572 65 indices are controlled at once here (by enclosing sums, loops and domains); at most 64 are allowed.',
    ]);
  });

  it('64 indices are still fine', () => {
    const src = aliases(64) + `scalar s; s = sum((${names(64).join(',')}), 1);\n`;
    expect(compile(createSourceFile('/m/idx.gms', src)).diagnostics).toEqual([]);
  });
});

describe('includes', () => {
  it('a chain of 2,000 includes stops at the nesting limit with E1250', () => {
    const files: Record<string, string> = { '/m/main.gms': '$include f0.gms\nscalar z;\n' };
    for (let k = 0; k < 2000; k++) files[`/m/f${k}.gms`] = `$include f${k + 1}.gms\n`;
    files['/m/f2000.gms'] = 'scalar y;\n';
    const r = compile(createSourceFile('/m/main.gms', files['/m/main.gms']), memHost(files));
    expect(show(r.diagnostics)).toEqual([
      `E1250 f${MAX_INCLUDE_DEPTH - 1}.gms:1:10 $include is nested more than ${MAX_INCLUDE_DEPTH} levels deep; the rest of the includes are not read.`,
    ]);
  });

  it('diamond includes stop at the total count with E1251', () => {
    const files: Record<string, string> = { '/m/main.gms': '$include d0.gms\nscalar z;\n' };
    for (let k = 0; k < 40; k++) files[`/m/d${k}.gms`] = `$include d${k + 1}.gms\n$include d${k + 1}.gms\n`;
    files['/m/d40.gms'] = '* leaf\n';
    const r = compile(createSourceFile('/m/main.gms', files['/m/main.gms']), memHost(files));
    expect(show(r.diagnostics)).toEqual([
      'E1251 d38.gms:1:10 The included files exceed 10000 files or 200000000 characters in total; the rest of the includes are not read.',
    ]);
  });

  it('a symlink d -> . is a cycle on real paths, and a link out of the folder is E1102', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-inc-'));
    mkdirSync(join(dir, 'm'));
    symlinkSync('.', join(dir, 'm', 'd'));
    writeFileSync(join(dir, 'm', 'm.gms'), '$include d/m.gms\nscalar z;\n');
    writeFileSync(join(dir, 'secret.txt'), 'root:x:0:0\n');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'm', 'linkpw.inc'));
    writeFileSync(join(dir, 'm', 'pw.gms'), '$include linkpw.inc\n');
    const m = join(dir, 'm', 'm.gms');
    const r1 = compile(createSourceFile(m, '$include d/m.gms\nscalar z;\n'), nodeHost);
    expect(show(r1.diagnostics)).toEqual(['E1101 m.gms:1:10 Include cycle: m.gms -> m.gms.']);
    const pw = join(dir, 'm', 'pw.gms');
    const r2 = compile(createSourceFile(pw, '$include linkpw.inc\n'), nodeHost);
    expect(show(r2.diagnostics)).toEqual([
      "E1102 pw.gms:1:10 Include path 'linkpw.inc' leaves the folder of the main file.",
    ]);
    expect(JSON.stringify(r2.diagnostics.map((d) => [d.message, d.hint]))).not.toContain('root:x');
  });
});

describe('ranges', () => {
  it('a range over 10^6 elements is E1021', () => {
    const r = compile(createSourceFile('/m/r.gms', 'set t /t1*t10000000/;\n'));
    expect(show(r.diagnostics)).toEqual([
      "E1021 r.gms:1:8 Range 't1*t10000000' has 10000000 elements; at most 1000000 are allowed.",
    ]);
  });
});

describe('many errors on one long line', () => {
  it('renders at most 100, clipped around the caret, then counts the rest', () => {
    const src = `display ${Array.from({ length: 10_000 }, (_, k) => `b${k}`).join(',')};\n`;
    const r = compile(createSourceFile('/m/d.gms', src));
    expect(r.diagnostics.length).toBe(10_000);
    const text = renderDiagnostics(r.diagnostics);
    const blocks = text.split('\n\n');
    expect(blocks.length).toBe(101);
    expect(blocks[100]).toBe('… and 9900 more diagnostics (9900 errors), not shown.');
    expect(blocks[99].split('\n')).toEqual([
      "/m/d.gms:1:395 - error E2001: 'b99' is not declared.",
      '  1 | …1,b92,b93,b94,b95,b96,b97,b98,b99,b100,b101,b102,b103,b104,b105,b106,b107,b108,b109,b110,b111,b112,b113,b114,b115,b116,b…',
      '    |                                ^~~',
    ]);
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(140);
  });
});

// `a.push(...b)` and `Math.max(...b)` pass every element as an argument: some 10^5 overflow the
// stack. Found by the fuzz run of 2026-12-05 (seed 5012630: a set with a range of 500,002 labels
// killed the language server's semantic tokens), then the same pattern in `display`.
describe('model-sized arrays', () => {
  it('display lists a parameter of 200,000 labels', async () => {
    const out: string[] = [];
    const src = 'set i /i1*i200000/;\nparameter p(i);\np(i) = ord(i);\ndisplay p;\n';
    const r = await run(createSourceFile('/m/big.gms', src), memHost({}), {
      quiet: true,
      out: (t) => void out.push(t),
      log: () => undefined,
    });
    expect(r.ok).toBe(true);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      'i199997 199997.000,    i199998 199998.000,    i199999 199999.000,    i200000 200000.000',
    );
  });

  it('semantic tokens of a range of 500,002 labels: one label token', () => {
    const file = createSourceFile('/m/r.gms', 'Set limit/k1*k500002/\n');
    const an = analyze(file, memHost({}));
    // Δline, Δstart, length, type, modifiers: `Set`, `limit`, then the range once.
    const t = semanticTokens(an, file);
    expect(t.length).toBe(15);
    expect(t.slice(10, 13)).toEqual([0, 6, 'k1*k500002'.length]);
  });

  it('the formatter and the array helpers take 10^6 elements', async () => {
    const big = Array.from({ length: 1_000_000 }, (_, k) => k % 1000);
    expect(pushAll([-1], big).length).toBe(1_000_001);
    expect([maxOf(big), minOf(big), maxOf([]), minOf([], 7), maxOf([1, NaN, 2])]).toEqual([
      999,
      0,
      -Infinity,
      7,
      NaN,
    ]);
    await breathe();
    const rows = Array.from({ length: 150_000 }, (_, k) => `r${k} ${k}`).join('\n');
    const r = formatSource(`parameter p(*) /\n${rows}\n/;\n`);
    if (!r.ok) throw new Error(r.diagnostics[0].message);
    expect(r.text.split('\n').slice(-3)).toEqual([
      '           r149998  149998',
      '           r149999  149999 /;',
      '',
    ]);
  });
});

describe('binary input', () => {
  it('E0004 points at the first NUL byte', () => {
    const r = loadSource('/m/nul.gms', memHost({ '/m/nul.gms': 'scalar x;\nx = 1;\u0000\u0001 junk\n' }));
    expect(show(r.diagnostics)).toEqual([
      "E0004 nul.gms:2:7 File '/m/nul.gms' is not a text file (it holds binary data).",
    ]);
    expect(renderDiagnostics(r.diagnostics).split('\n').slice(1)).toEqual([
      '  2 | x = 1;\ufffd\ufffd junk',
      '    |       ^',
    ]);
  });
});

describe('playground host', () => {
  it('a file including itself under another spelling is a cycle (E1101)', () => {
    const files = new Map([['models/a/Main.gms', '$include main.GMS\nscalar z;\n']]);
    const r = compile(
      createSourceFile('models/a/Main.gms', files.get('models/a/Main.gms')!),
      memoryHost(files),
    );
    expect(show(r.diagnostics)).toEqual(['E1101 Main.gms:1:10 Include cycle: Main.gms -> main.GMS.']);
  });

  it('a shared file with no folder can $include (no false E1102)', () => {
    const files = new Map([
      ['shared.gms', '$include inc.gms\ndisplay z;\n'],
      ['inc.gms', 'scalar z / 2 /;\n'],
    ]);
    const r = compile(createSourceFile('shared.gms', files.get('shared.gms')!), memoryHost(files));
    expect(r.diagnostics).toEqual([]);
  });
});
