// equationReads from the IR: which symbols shape an equation's rows and which only move constants.
import { describe, expect, it } from 'vitest';
import { compile } from '../api.ts';
import { createSourceFile } from '../text/source-file.ts';
import type { EquationSymbol } from '../bind/symbols.ts';
import { equationReads } from './reads.ts';

function reads(src: string, eq: string) {
  const r = compile(createSourceFile('t.emd', src));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const prog = r.program!;
  const e = prog.equations.get(prog.table.get(eq) as EquationSymbol)!;
  const { structural, constantOnly } = equationReads(e);
  const names = (s: ReadonlySet<{ name: string }>) => [...s].map((x) => x.name).sort();
  return { structural: names(structural), constantOnly: names(constantOnly) };
}

describe('equationReads', () => {
  it('splits coefficients, conditions and domains from right-hand sides', () => {
    const src = `Set i / a, b /, j / c /; Alias (j, jj);
Parameter p(i), q(i), c(i), d(jj), w(i), t(i,j);
Variable x(i), y(jj), z;
Equation e(i);
e(i)$c(i).. p(i)*x(i) + sum(jj$d(jj), t(i,jj)*y(jj)) + x(i)/w(i) =l= q(i) + 2;`;
    expect(reads(src, 'e')).toEqual({ structural: ['c', 'd', 'i', 'j', 'p', 't', 'w'], constantOnly: ['q'] });
  });

  it('reads a lag amount and a nonlinear term as structural, a variable level not at all', () => {
    const src = `Set t / t1*t3 /; Scalar k / 1 /, r / 2 /; Parameter a(t);
Variable x(t), z; Equation e(t);
e(t).. x(t) - x(t-k) + sqr(x(t))*r + x.l(t) =e= a(t);`;
    expect(reads(src, 'e')).toEqual({ structural: ['k', 'r', 't'], constantOnly: ['a'] });
  });
});
