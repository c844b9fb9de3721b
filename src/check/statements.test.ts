// The checker's statement IR: statements as data, and the read and write sets of each.
import { describe, expect, it } from 'vitest';
import { compile } from '../api.ts';
import { createSourceFile } from '../text/source-file.ts';
import { statementEffects, type CStmt } from './statements.ts';

function statements(src: string): CStmt[] {
  const r = compile(createSourceFile('t.gms', src));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.program!.statements;
}

const names = (s: Set<{ name: string }>) => [...s].map((x) => x.name).sort();

describe('statement IR', () => {
  const src = `Set i /a, b/, q(i) /a/, k(i); Alias (i,j);
Parameter p(i) /a 1/, r(i,j); Scalar n, s;
Variable x(i), z; Equation e; e.. z =e= sum(i, x(i)); Model m /all/;
p(i)$q(i) = p(i) + 1;
loop(j$p(j), r(i,j) = p(i) + x.l(i); x.fx(j) = 1);
option k < r;
for (n = 1 to card(i), s = s + n);
if (s > 1, solve m using lp minimizing z; else display p);
`;

  it('checks statements into data: targets, domains, conditions and values', () => {
    const [assign, loop] = statements(src);
    expect(assign.kind).toBe('assign');
    if (assign.kind !== 'assign') return;
    expect(assign.target.kind).toBe('param');
    if (assign.target.kind !== 'param') return;
    expect(assign.target.sym.name).toBe('p');
    expect([assign.target.selectFirst, assign.target.deferWrites]).toEqual([false, true]);
    expect(assign.domain.sets.map((x) => x.name)).toEqual(['i']);
    expect(assign.domain.cond?.kind).toBe('SetMember');
    expect(assign.domain.filter?.dom.name).toBe('i');
    expect(assign.value.kind).toBe('Binary');
    expect(loop.kind === 'loop' && loop.body.map((b) => b.kind)).toEqual(['assign', 'assign']);
  });

  it('gives each statement its read and write sets, bodies included', () => {
    const effects = statements(src).map((s) => {
      const e = statementEffects(s);
      return [s.kind, names(e.reads), names(e.writes)];
    });
    expect(effects).toEqual([
      ['assign', ['i', 'p', 'q'], ['p']],
      ['loop', ['i', 'p', 'x'], ['r', 'x']],
      ['option', ['r'], ['k']],
      ['for', ['i', 'n', 's'], ['n', 's']],
      ['if', ['m', 'p', 's'], ['m', 'z']],
    ]);
  });
});
