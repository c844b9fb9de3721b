// `$call` and `execute` in the CLI: `emd solve` runs them in the model's folder as GAMS does
// (`gams FILE gdx=OUT` runs EMD itself), `--no-call` refuses them, and `emd check` and the language
// server never run them.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers.ts';
import { analyze } from '../src/lsp/analysis.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import { commandWords, gamsArguments } from '../src/cli/commands.ts';

const MAIN = [
  '$onEcho > gen.sh',
  'echo "Set i / a, b, c /;"',
  '$offEcho',
  '$call sh gen.sh > d.inc',
  '$include d.inc',
  '$call gams sub lo=3 gdx=sub',
  '$if errorLevel 1 $abort sub failed',
  'Parameter p(i);',
  '$gdxIn sub',
  '$load p',
  'Scalar n; n = sum(i, p(i));',
  "execute 'echo done > done.txt';",
  'Scalar e0; e0 = errorLevel;',
  "execute 'exit 3';",
  // No `;` before execute_unload: a statement word that starts a line ends the abort (maxcut).
  "abort$(errorLevel <> 3) 'errorLevel is not 3'",
  "execute_unload 'res', n;",
  'display n, e0;',
  '',
].join('\n');

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emd-call-'));
  writeFileSync(join(dir, 'main.gms'), MAIN);
  writeFileSync(join(dir, 'sub.gms'), 'Set i / a, b, c /;\nParameter p(i) / a 1, b 2, c 4 /;\n');
  return dir;
}

describe('$call in emd solve', () => {
  it('runs the shell and gams commands in the model folder; execute runs at execution time', async () => {
    const dir = fixture();
    const r = await runCli(['solve', join(dir, 'main.gms')]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'd.inc'), 'utf8')).toBe('Set i / a, b, c /;\n');
    expect(existsSync(join(dir, 'sub.gdx'))).toBe(true);
    expect(r.stdout).toMatch(/PARAMETER n\s+=\s+7\.000/);
    expect(readFileSync(join(dir, 'done.txt'), 'utf8')).toBe('done\n');
    // errorLevel: 0 after the echo, 3 after `exit 3` (the abort did not fire), reported as W5751.
    expect(r.stdout).toMatch(/PARAMETER e0\s+=\s+0\.000/);
    expect(r.stderr).toContain("warning W5751: The command 'exit 3' failed (exit code 3)");
    expect(existsSync(join(dir, 'res.gdx'))).toBe(true);
  }, 30_000);

  it('--no-call refuses them; check and the language server do not run them', async () => {
    const dir = fixture();
    const refused = await runCli(['solve', join(dir, 'main.gms'), '--no-call']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("error E1600: '$call' is not run: 'emd solve --no-call' refuses");
    const checked = await runCli(['check', join(dir, 'main.gms')]);
    expect(checked.stderr).toContain("warning W1600: '$call' is not run here");
    const file = createSourceFile(join(dir, 'main.gms'), MAIN);
    expect(analyze(file, nodeHost).diagnostics.map((d) => d.code)).toContain('W1600');
    expect(existsSync(join(dir, 'd.inc'))).toBe(false);
    expect(existsSync(join(dir, 'gen.sh'))).toBe(false);
  });

  it('maps gams command lines onto emd solve', () => {
    expect(commandWords('gams "%dir%data prep" lo=2 o="a b.lst"')).toEqual([
      'gams',
      '%dir%data prep',
      'lo=2',
      'o=a b.lst',
    ]);
    expect(gamsArguments(commandWords('gams qpdata.inc lo=0 a=c gdx=qpdata --n=3'))).toEqual([
      'solve',
      'qpdata.inc',
      '--quiet',
      '--gdx',
      'qpdata',
      '--n=3',
    ]);
    expect(gamsArguments(['/opt/gams/gams', 'ngfile'])).toEqual(['solve', 'ngfile.gms', '--quiet']);
    expect(gamsArguments(['awk', '-f', 'x'])).toBeUndefined();
  });
});
