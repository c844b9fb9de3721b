// The checker's IR of an equation: node kinds, resolved references, index slots and the facts table.
import { describe, expect, it } from 'vitest';
import { compile } from '../api.ts';
import { createSourceFile } from '../text/source-file.ts';
import type { EquationSymbol } from '../bind/symbols.ts';
import { Cls, forEachChild, type IExpr } from './ir.ts';

function equation(src: string, name: string) {
  const r = compile(createSourceFile('t.emd', src));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const prog = r.program!;
  return prog.equations.get(prog.table.get(name) as EquationSymbol)!;
}

/** The kinds of a tree in pre-order, through forEachChild. */
function kinds(e: IExpr): string[] {
  const out: string[] = [e.kind];
  forEachChild(e, (c) => out.push(...kinds(c)));
  return out;
}

describe('IR of an equation', () => {
  const src = `Set i / a, b /; Parameter p(i) / a 1, b 2 /;
Variable x(i), y, z; Equation e;
e.. z =e= sum(i, p(i)*x(i)) + sqr(y) + abs(y) + 2*3;`;

  it('resolves references to symbols and index slots', () => {
    const eq = equation(src, 'e');
    expect(kinds(eq.rhs)).toEqual([
      'Binary',
      'Binary',
      'Binary',
      'Indexed',
      'Binary',
      'Param',
      'Var',
      'Call',
      'Var',
      'Call',
      'Var',
      'Binary',
      'Number',
      'Number',
    ]);
    let sum: IExpr = eq.rhs;
    while (sum.kind === 'Binary') sum = sum.left;
    expect(sum.kind).toBe('Indexed');
    if (sum.kind !== 'Indexed' || sum.body.kind !== 'Binary') throw new Error('shape');
    const [p, x] = [sum.body.left, sum.body.right];
    expect(p.kind === 'Param' && p.sym.name).toBe('p');
    expect(p.kind === 'Param' && p.indices).toEqual([{ kind: 'Slot', slot: sum.slots[0] }]);
    expect(x.kind === 'Var' && x.sym.name).toBe('x');
  });

  it('keeps what the checker found in the facts table', () => {
    const eq = equation(src, 'e');
    const f = eq.facts.of(eq.rhs);
    expect(f.cls).toBe(Cls.Nonlinear);
    expect(f.nl?.what).toBe('sqr(...)');
    expect(f.nonsmooth?.fn).toBe('abs');
    expect(eq.facts.of(eq.lhs)).toEqual({ cls: Cls.Linear, data: false });
    if (eq.rhs.kind !== 'Binary') throw new Error('shape');
    // 2*3: two literals, folded by the evaluator; not data (no Param leaf in the graph).
    expect(eq.facts.of(eq.rhs.right)).toEqual({ cls: Cls.Const, data: false });
  });
});
