// Start-up (issue 17): what each `emd` command loads before it runs, read from the static imports
// of the sources (`import type` and dynamic `import()` load nothing up front). `emd --version`
// loads main.ts and commander only; `emd check` loads the compile half of the pipeline, never the
// executor, a solver, the model generator, plots or the GDX writer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Files (relative to the repository) and packages loaded by importing `entry`. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (abs: string) => {
    const rel = relative(root, abs);
    if (files.has(rel)) return;
    files.add(rel);
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(join(dirname(abs), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(join(root, entry));
  return { files, packages };
}

describe('start-up: static imports of the CLI', () => {
  it('emd --version loads main.ts, io.ts and commander', () => {
    const c = staticClosure('src/cli/main.ts');
    expect([...c.files].sort()).toEqual(['src/cli/io.ts', 'src/cli/main.ts']);
    expect([...c.packages]).toEqual(['commander']);
  });

  it('emd check loads no executor, solver, model generator, plot or GDX writer', () => {
    const c = staticClosure('src/cli/check-command.ts');
    // interp/evaluate.ts is the exception: the checker builds its statements from the IR's
    // evaluators (CheckOptions.evaluate) until statements are IR too (issue 16); what it imports
    // is still checked here.
    const heavy = [...c.files].filter(
      (f) =>
        f !== 'src/interp/evaluate.ts' &&
        /^src\/(interp|ad|reform|solvers|run)\/|^src\/model\/(build-problem|generate|classify)|^src\/report\/(plot|csv)\.ts|^src\/cli\/gdx-out\.ts/.test(
          f,
        ),
    );
    expect(heavy).toEqual([]);
    expect([...c.packages].filter((p) => !['chevrotain'].includes(p))).toEqual([]);
    // Sanity: the walk does follow the pipeline it is meant to see.
    expect(c.files.has('src/check/checker.ts')).toBe(true);
    expect(c.files.has('grammar/parser.ts')).toBe(true);
  });

  it('emd solve loads solvers and plots only when a run needs them', () => {
    const c = staticClosure('src/cli/solve-command.ts');
    expect(c.files.has('src/report/plot.ts')).toBe(false);
    expect(c.files.has('src/solvers/ipm/solver.ts')).toBe(false);
    expect([...c.packages].filter((p) => /highs|glpk|koffi|vega|resvg/.test(p))).toEqual([]);
  });
});
