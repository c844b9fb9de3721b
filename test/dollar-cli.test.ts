// The command line and compile-time variables: `--name=value` defines %name% for solve and check,
// and check reports the same preprocessing diagnostics as solve.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { splitDoubleDash } from '../src/cli/main.ts';
import { runCli } from './helpers.ts';

const dir = join(import.meta.dirname, 'golden', 'dollar');

describe('double-dash parameters', () => {
  it('splits --name=value from the options of EMD', () => {
    const known = new Set(['json', 'solver', 'option', 'quiet']);
    expect(
      splitDoubleDash(['solve', 'm.gms', '--n=10', '--solver=ipm', '--json', '--Title=a b'], known),
    ).toEqual({
      argv: ['solve', 'm.gms', '--solver=ipm', '--json'],
      defines: { n: '10', Title: 'a b' },
    });
  });

  it('emd solve m.gms --n=4 changes the model (objective 10*n*price + 25*price)', async () => {
    const f = join(dir, 'compile-time.gms');
    const three = await runCli(['solve', f, '--json']);
    const four = await runCli(['solve', f, '--json', '--n=4']);
    expect(three.code).toBe(0);
    expect(four.code).toBe(0);
    expect(JSON.parse(three.stdout).solves[0].objective).toBe(110);
    // n = 4: 8 periods, price 3 ($elseIf %n2% > 6): 4*10*3 + 25*3.
    expect(JSON.parse(four.stdout).solves[0].objective).toBe(195);
  });

  it('emd check reports what emd solve reports before running', async () => {
    for (const name of ['unsupported-options.gms', 'undefined-variable.gms', 'unbalanced-if.gms']) {
      const f = join(dir, name);
      const s = await runCli(['solve', f, '--quiet']);
      const c = await runCli(['check', f]);
      expect(c.code).toBe(1);
      expect(s.code).toBe(1);
      expect(c.stderr).toBe(s.stderr);
    }
    const ok = await runCli(['check', join(dir, 'compile-time.gms'), '--n=4']);
    expect(ok.code).toBe(0);
  });
});
