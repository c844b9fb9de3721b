// The printer: what it prints parses back to the same tree (tables split into `+` blocks, data
// ranges, precedence and signs), checked by printing the re-parsed program again.
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../text/source-file.ts';
import { parseSource } from '../syntax/parse.ts';
import { printStatement } from './print.ts';

function roundTrip(src: string): { first: string; second: string; errors: string[] } {
  const p1 = parseSource(createSourceFile('a.gms', src));
  const first = p1.program.statements.flatMap((s) => printStatement(s)).join('\n');
  const p2 = parseSource(createSourceFile('b.gms', first));
  const second = p2.program.statements.flatMap((s) => printStatement(s)).join('\n');
  return {
    first,
    second,
    errors: [...p1.diagnostics, ...p2.diagnostics]
      .filter((d) => d.severity === 'error')
      .map((d) => d.message),
  };
}

describe('printStatement', () => {
  it('splits a wide table into + blocks that read back to the same records', () => {
    const cols = Array.from({ length: 30 }, (_, k) => `c${k + 1}`);
    const src = `Set r / r1, r2 /, c / c1*c30 /;\nTable w(r,c)\n     ${cols.map((c) => c.padStart(9)).join('')}\n  r1 ${cols.map((_, k) => String(k + 0.125).padStart(9)).join('')}\n  r2 ${cols.map((_, k) => String(-k).padStart(9)).join('')} ;`;
    const r = roundTrip(src);
    expect(r.errors).toEqual([]);
    expect(r.first).toBe(r.second);
    expect(r.first.split('\n').filter((l) => l.trimStart().startsWith('+')).length).toBeGreaterThan(0);
    const p = parseSource(createSourceFile('x', r.first));
    const t = p.program.statements.find((s) => s.kind === 'TableDecl');
    expect(t?.kind === 'TableDecl' && t.records.length).toBe(60);
    expect(
      t?.kind === 'TableDecl' &&
        t.records.find((x) => x.keys.map((l) => l.name).join('.') === 'r1.c30')?.value,
    ).toBe(29.125);
  });
  it('keeps precedence, signs, lags and conditions', () => {
    const src = [
      'Set t / t1*t3 /;',
      'Parameter a(t), b;',
      'b = -(2 - 3) - -4 + 2**-1 - (-2)**2 + -2**2 + (1 + 2)*3 / (4*5) - 1/(2/3);',
      'a(t)$(ord(t) > 1 and not (b = 2) or b <> 3) = a(t-1) + a(t++1)$(b >= 1) + sum(t$(ord(t) < 3), 1);',
      "b$(not b) = smax(t, a(t)) + prod(t, 2) + min(1, b, 3) + sameas(t, 't1')$0;",
    ].join('\n');
    const r = roundTrip(src);
    expect(r.errors).toEqual([]);
    expect(r.first).toBe(r.second);
    expect(r.first).toContain('b = -(2 - 3) - -4 + 2**-1 - (-2)**2 + -2**2 + (1 + 2)*3/(4*5) - 1/(2/3) ;');
    // `not` binds looser than a comparison, as in GAMS: no parentheses needed.
    expect(r.first).toContain(
      'a(t)$(ord(t) > 1 and not b = 2 or b <> 3) = a(t-1) + a(t++1)$(b >= 1) + sum(t$(ord(t) < 3), 1) ;',
    );
    expect(r.first).toContain('b$not b = smax(t, a(t)) + prod(t, 2) + min(1, b, 3) + sameas(t, "t1")$0 ;');
  });
  it('writes runs of equal values as ranges and special values by name', () => {
    const r = roundTrip(
      'Set h / h01*h06 /;\nParameter d(h) / h01 1, h02 1, h03 1, h04 eps, h05 inf, h06 na /, e / 2.5 /;',
    );
    expect(r.errors).toEqual([]);
    expect(r.first).toContain('d(h) / h01*h03 1, h04 eps, h05 inf, h06 na /');
  });
});
