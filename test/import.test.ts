// Tests of `emd import`: golden diagnostics and .emd output of every file in test/golden-import/
// (the seed's energy-hub GAMS model first), no throw on every model and on mutated inputs, every
// .gms model of models/ imported without errors to the same optimum, re-import is stable, and the
// CLI contract. Regenerate the goldens with UPDATE_GOLDEN=1 and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createSourceFile, lineAndColumn } from '../src/text/source-file.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { run, type Host } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { breathe, runCli } from './helpers.ts';
import { importGams } from '../src/import/import-gams.ts';
import { formatSource } from '../src/prettier/format.ts';
import { defaultOutputPath } from '../src/import/command.ts';
import { listModels, mutate, rng } from './fuzz.ts';

const root = join(import.meta.dirname, '..');
const goldenDir = join(import.meta.dirname, 'golden-import');
const update = process.env.UPDATE_GOLDEN === '1';

/** One diagnostic per line: position, code, severity, message; the hint indented below. */
function listing(ds: readonly Diagnostic[]): string {
  return ds
    .map((d) => {
      const at = d.span
        ? `${lineAndColumn(d.span.file, d.span.start).line}:${lineAndColumn(d.span.file, d.span.start).column}`
        : '-';
      return `${at} ${d.code} ${d.severity}: ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ''}`;
    })
    .join('\n')
    .concat('\n');
}

function importFile(path: string, text = readFileSync(path, 'utf8'), host: Host = nodeHost) {
  return importGams(createSourceFile(relative(root, path), text), host);
}

/** A host that serves `text` for `path` and the real files around it. */
function hostWith(path: string, text: string): Host {
  return {
    ...nodeHost,
    readFile: (p) => (p === path ? text : nodeHost.readFile(p)),
    writeFile: () => undefined,
  };
}

/** The importer's own notes (header, per-statement notes) removed: what re-import must keep. */
const withoutNotes = (emd: string) =>
  emd
    .split('\n')
    .filter((l) => !/^\* (emd import [EW]\d{4} |Imported from |\d+ error\(s\))/.test(l))
    .join('\n');

/** Other sessions write scratch models into models/ and delete them: a file may vanish mid-test. */
function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** listModels, once more if a scratch file vanished between listing and stat. */
function modelsIn(dir: string): string[] {
  try {
    return listModels(dir);
  } catch {
    return listModels(dir);
  }
}

const quiet = { quiet: true, out: () => undefined, log: () => undefined, maxLoopIterations: 10_000 };

describe('golden imports (test/golden-import)', () => {
  const files = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.gms'))
    .sort();
  it('holds the seed energy-hub model', () => {
    expect(files).toContain('energy_hub_seed.gms');
  });
  for (const f of files) {
    it(f, () => {
      const path = join(goldenDir, f);
      const r = importFile(path);
      const outFile = path.replace(/\.gms$/, '.out');
      const emdFile = path.replace(/\.gms$/, '.emd');
      const text = listing(r.diagnostics);
      if (update || !existsSync(outFile)) writeFileSync(outFile, text);
      if (update || !existsSync(emdFile)) writeFileSync(emdFile, r.emd);
      expect(text).toBe(readFileSync(outFile, 'utf8'));
      expect(r.emd).toBe(readFileSync(emdFile, 'utf8'));
      expect(r.diagnostics.some((d) => d.code === 'E6999')).toBe(false);
      // The formatter laid the text out: formatting it again changes nothing.
      const again = formatSource(r.emd, { fileName: emdFile });
      expect(again.ok && again.text).toBe(r.emd);
    });
  }
  it('fills a long data list into lines at the formatter width', () => {
    const src = `Set n / ${Array.from({ length: 30 }, (_, k) => `node${k + 1}x`).join(', ')} /;\nDisplay n;\n`;
    const r = importGams(createSourceFile('long.gms', src));
    expect(r.emd.split('\n').slice(2, 9)).toEqual([
      'Set',
      '   n  / node1x, node2x, node3x, node4x, node5x, node6x, node7x, node8x,',
      '        node9x, node10x, node11x, node12x, node13x, node14x, node15x,',
      '        node16x, node17x, node18x, node19x, node20x, node21x, node22x,',
      '        node23x, node24x, node25x, node26x, node27x, node28x, node29x,',
      '        node30x /;',
      'Display n;',
    ]);
  });
});

describe('the seed energy-hub model', () => {
  const r = importFile(join(goldenDir, 'energy_hub_seed.gms'));
  const at = (code: string, line: number) =>
    r.diagnostics.filter(
      (d) => d.code === code && d.span && lineAndColumn(d.span.file, d.span.start).line === line,
    );
  it('explains why co1..co16 and co18..co32 are undeclared', () => {
    const undeclared = r.diagnostics.filter((d) => d.code === 'E2001').map((d) => d.message);
    expect(undeclared).toHaveLength(30);
    expect(undeclared).not.toContain("'co17' is not declared.");
    expect(at('E2001', 167)[0].hint).toBe(
      "'co1' is part of the explanatory text of equation 'obj' on line 161: GAMS reads the text after a declared name to the end of the line, so 'co1' was never declared.",
    );
    expect(at('W6001', 161)).toHaveLength(1);
    expect(at('W6001', 162)[0].message).toContain("This line declares only 'co17'");
  });
  it('finds the declared-twice variables, the range header and the equations without variables', () => {
    expect(r.diagnostics.filter((d) => d.code === 'E2002').map((d) => d.message)).toEqual([
      "'pcc' is already declared as a variable.",
      "'pch' is already declared as a variable.",
    ]);
    expect(at('E6001', 35)[0].message).toBe(
      "A range ('1*24') cannot be a table column header: GAMS rejects it, and the 9 values under it are lost, so table 'soc' holds no data.",
    );
    expect(at('W6011', 183)[0].message).toContain('holds in all 12 rows');
    expect(at('W6011', 184)[0].message).toContain('holds in all 12 rows');
  });
  it('reduces co30 to ploss = 0 and reads EH as the declared Eh', () => {
    expect(at('W6012', 197)[0].message).toBe(
      "In 'co30', pim(n,m,j,t) on both sides cancels: each row reduces to ploss(n,m,j) =e= 0, and t no longer appears, so the 24 rows for each (j,n,m) are identical.",
    );
    expect(at('W6010', 164)[0].hint).toContain(
      "'EH' is the variable declared as 'Eh' on line 154 (names are case-insensitive)",
    );
    expect(r.diagnostics.some((d) => d.code === 'E2001' && d.message.startsWith("'EH'"))).toBe(false);
  });
  it('names the data declared as variables and no others', () => {
    const data = r.diagnostics.filter((d) => d.code === 'W6009').map((d) => /'([^']+)'/.exec(d.message)![1]);
    expect(data).toEqual(['cl', 'punitup', 'etach', 'pcup', 'Cc', 'Cs', 's', 'e', 'PLl']);
  });
  it('reports the parameters without data: unused ones, and soc used in co9', () => {
    expect(
      r.diagnostics.filter((d) => d.code === 'W6005').map((d) => /'([^']+)'/.exec(d.message)![1]),
    ).toEqual(['SOCmin', 'Pdisup', 'Pchup']);
    expect(at('W6007', 176)[0].message).toContain("'soc' has no data");
  });
  it('writes an .emd file that keeps the comments and the GAMS reading of the declarations', () => {
    expect(r.emd).toContain('* Networked energy hubs (EH) with ADMM');
    expect(r.emd).toContain('   obj   "co1 co2 co3 co4 co5 co6 co7 co8 co9 co10 co11 co12 co13 co15 co16"');
    expect(r.emd).toContain('Parameter soc(n,k,t)  "Maximum stored energy of ESS";');
    expect(r.ok).toBe(false);
  });
});

// One test per model and per 25 mutations: each stays well under the test timeout on a loaded
// machine (every import also runs the formatter over its output).
describe('never throws', () => {
  const models = modelsIn(join(root, 'models'));
  for (const m of models) {
    it(`on ${relative(root, m)}`, () => {
      const text = readIfThere(m);
      if (text === undefined) return;
      const r = importFile(m, text);
      expect(r.diagnostics.filter((d) => d.code === 'E6999').map((d) => d.message)).toEqual([]);
    });
  }
  const sources = [join(goldenDir, 'energy_hub_seed.gms'), join(goldenDir, 'checks.gms'), ...models]
    .map((path) => ({ path, text: readIfThere(path) }))
    .filter((x): x is { path: string; text: string } => x.text !== undefined && x.text.length < 6000);
  for (let first = 1; first <= 100; first += 25) {
    it(`on mutated inputs ${first}-${first + 24} of 100, and its output imports again`, async () => {
      const failures: string[] = [];
      for (let seed = first; seed < first + 25; seed++) {
        await breathe();
        const { path, text: original } = sources[seed % sources.length];
        const text = mutate(original, rng(seed));
        try {
          const r = importFile(path, text, hostWith(path, text));
          if (r.diagnostics.some((d) => d.code === 'E6999'))
            failures.push(`${path} seed ${seed}: ${r.diagnostics.find((d) => d.code === 'E6999')!.message}`);
          const again = importGams(createSourceFile('again.emd', r.emd), hostWith('again.emd', r.emd));
          if (again.diagnostics.some((d) => d.code === 'E6999'))
            failures.push(`${path} seed ${seed}: re-import failed`);
        } catch (e) {
          failures.push(`${path} seed ${seed}: ${e instanceof Error ? e.stack : String(e)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('GAMS models of models/ import to the same optimum', () => {
  const gms = modelsIn(join(root, 'models')).filter((p) => p.endsWith('.gms'));
  it('there is at least one', () => {
    expect(gms.length).toBeGreaterThan(0);
  });
  for (const m of gms) {
    it(relative(root, m), async () => {
      const r = importFile(m);
      expect(
        r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`),
      ).toEqual([]);
      const emdPath = m.replace(/\.gms$/, '.imported.emd');
      const original = await run(createSourceFile(m, readFileSync(m, 'utf8')), nodeHost, quiet);
      const imported = await run(createSourceFile(emdPath, r.emd), hostWith(emdPath, r.emd), quiet);
      expect(imported.ok).toBe(original.ok);
      expect(imported.solves.length).toBe(original.solves.length);
      expect(imported.solves.length).toBeGreaterThan(0);
      imported.solves.forEach((s, k) => {
        const o = original.solves[k];
        expect(s.modelStatus).toBe(o.modelStatus);
        if (o.objective === null) expect(s.objective).toBeNull();
        else expect(s.objective).toBeCloseTo(o.objective, 6);
        expect([s.rows, s.columns, s.nonzeros]).toEqual([o.rows, o.columns, o.nonzeros]);
      });
    });
  }
});

describe('golden imports without errors solve as the original', () => {
  const files = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.gms'))
    .sort();
  for (const f of files) {
    const path = join(goldenDir, f);
    const r = importFile(path);
    if (!r.ok) continue;
    it(f, async () => {
      const emdPath = path.replace(/\.gms$/, '.emd');
      const original = await run(
        createSourceFile(path, readFileSync(path, 'utf8')),
        hostWith(path, readFileSync(path, 'utf8')),
        quiet,
      );
      const imported = await run(createSourceFile(emdPath, r.emd), hostWith(emdPath, r.emd), quiet);
      expect(original.ok).toBe(true);
      expect(imported.diagnostics.map((d) => d.code)).toEqual(original.diagnostics.map((d) => d.code));
      expect(imported.solves.map((s) => [s.modelStatus, s.objective, s.rows, s.columns])).toEqual(
        original.solves.map((s) => [s.modelStatus, s.objective, s.rows, s.columns]),
      );
    });
  }
});

describe('re-import of the output of every classic, microgrid, qp and procedural model', () => {
  const models = modelsIn(join(root, 'models')).filter((p) =>
    /models\/(classic|microgrid|qp|procedural)\//.test(p),
  );
  for (const m of models) {
    it(`gives the same text and no new error: ${relative(root, m)}`, () => {
      const text = readIfThere(m);
      if (text === undefined) return;
      const r = importFile(m, text);
      const p2 = m.replace(/\.(gms|emd)$/, '.again.emd');
      const again = importGams(createSourceFile(relative(root, p2), r.emd), hostWith(p2, r.emd));
      expect(withoutNotes(again.emd), m).toBe(withoutNotes(r.emd));
      expect(again.diagnostics.filter((d) => d.severity === 'error').length, m).toBe(
        r.diagnostics.filter((d) => d.severity === 'error').length,
      );
    });
  }
});

describe('emd import (CLI)', () => {
  const cli = runCli;
  it('writes FILE.emd, exits 0 on a clean model and 1 on the seed, 2 on usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-import-'));
    try {
      const gms = join(dir, 'transport.gms');
      writeFileSync(gms, readFileSync(join(root, 'models/classic/transport.gms'), 'utf8'));
      const ok = await cli(['import', gms]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe(
        `${gms}: imported to ${join(dir, 'transport.emd')} (0 error(s), 0 warning(s)).\n`,
      );
      expect(readFileSync(join(dir, 'transport.emd'), 'utf8')).toContain(
        'Solve transport using lp minimizing z;',
      );

      const seed = join(dir, 'seed.gms');
      writeFileSync(seed, readFileSync(join(goldenDir, 'energy_hub_seed.gms'), 'utf8'));
      const bad = await cli(['import', seed, '-o', join(dir, 'out.emd'), '--json']);
      expect(bad.code).toBe(1);
      const doc = JSON.parse(bad.stdout);
      expect(doc.ok).toBe(false);
      expect(doc.output).toBe(join(dir, 'out.emd'));
      expect(doc.diagnostics.find((d: { code: string }) => d.code === 'E6001')).toMatchObject({
        severity: 'error',
        line: 35,
        column: 11,
      });
      expect(existsSync(join(dir, 'out.emd'))).toBe(true);

      expect((await cli(['import'])).code).toBe(2);
      expect((await cli(['import', gms, '-o', gms])).code).toBe(2);
      const missing = await cli(['import', join(dir, 'none.gms'), '--json']);
      expect(missing.code).toBe(1);
      expect(JSON.parse(missing.stdout)).toMatchObject({
        ok: false,
        output: null,
        diagnostics: [{ code: 'E0001' }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('derives the output path', () => {
    expect(defaultOutputPath('a/model.gms')).toBe('a/model.emd');
    expect(defaultOutputPath('model.GMS')).toBe('model.emd');
    expect(defaultOutputPath('model')).toBe('model.emd');
    expect(defaultOutputPath('dir.v2/model.emd')).toBe('dir.v2/model.imported.emd');
  });
});
