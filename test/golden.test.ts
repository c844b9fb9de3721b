// Golden tests: every model under test/golden/<area>/ is run through the CLI (`emd solve`) and
// its exit code plus everything it printed on stderr (rendered diagnostics with code, position,
// caret and hint) must equal the `.out` file beside it. Regenerate with UPDATE_GOLDEN=1 and
// review the diff.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli } from './helpers.ts';

const root = join(import.meta.dirname, '..');
const goldenDir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const cases: { area: string; file: string }[] = [];
for (const area of readdirSync(goldenDir)) {
  const dir = join(goldenDir, area);
  for (const f of readdirSync(dir).sort())
    if (/\.(emd|gms)$/.test(f)) cases.push({ area, file: join(dir, f) });
}

describe('golden', () => {
  it('has at least 30 bad-input cases', () => {
    expect(cases.filter((c) => c.area === 'errors').length).toBeGreaterThanOrEqual(30);
  });
  for (const c of cases) {
    const rel = relative(root, c.file);
    it(rel, async () => {
      const prev = process.cwd();
      process.chdir(root);
      try {
        const r = await runCli(['solve', rel, '--quiet']);
        // Absolute paths (include search lists) differ between checkouts: print them from the root.
        const actual = `exit: ${r.code}\n${r.stderr}`.replaceAll(root + '/', '').replaceAll(root, '.');
        expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)|internal error/);
        const outFile = c.file.replace(/\.(emd|gms)$/, '.out');
        if (update || !existsSync(outFile)) writeFileSync(outFile, actual);
        expect(actual).toBe(readFileSync(outFile, 'utf8'));
      } finally {
        process.chdir(prev);
      }
    });
  }
});

describe('cli', () => {
  it('reports a missing file with code E0001 and exit 1', async () => {
    const r = await runCli(['solve', 'no/such/model.emd']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error E0001: File 'no/such/model.emd' not found.\n");
  });
  it('says that a folder is a folder (E0010)', async () => {
    const r = await runCli(['solve', 'models']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error E0010: 'models' is a folder, not a model file.\n  hint: give one model file (.gms or .emd) inside it.\n",
    );
  });
  it('exits 2 on usage errors', async () => {
    const r = await runCli(['solve']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'file'");
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });
  it('prints help and version', async () => {
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain(
      'Exit codes: 0 solved, 1 model errors, 2 usage, 3 a solve ended without a solution.',
    );
    const v = await runCli(['--version']);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
  it('--json keeps stdout to exactly one JSON document even for a missing file', async () => {
    const r = await runCli(['solve', 'missing.emd', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics[0]).toMatchObject({
      code: 'E0001',
      severity: 'error',
      file: null,
      line: null,
      column: null,
    });
  });
});
