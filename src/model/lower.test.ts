// The straight-line emitters (Lowering.straightLine) against the closures they replace: the same
// terms, constants and nonlinear parts, in the same order, row by row.
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../text/source-file.ts';
import { parseSource } from '../syntax/parse.ts';
import { checkProgram } from '../check/checker.ts';
import { equationIterator } from '../interp/evaluate.ts';
import { lowerStatements } from '../interp/lower-statements.ts';
import { MAX_SLOTS } from '../check/expressions.ts';
import { GraphBuilder } from './expr-graph.ts';
import { Lowering, RowAccumulator, type CExpr, type GenContext } from './lower.ts';
import type { EquationSymbol, VariableSymbol, TupleKey } from '../bind/symbols.ts';

const source = `Set i / a, b, c /, j / x, y /, ij(i,j) / a.x, b.y, c.x / ;
Alias (i, k) ;
Parameter p(i) / a 1, b 0, c 3 /, q(i,j) / a.x 2, c.y 5 / ;
Variables v(i), w(i,j), z ;
Equations e1(i), e2, e3(i) ;
e1(i) .. sum(j$q(i,j), q(i,j)*w(i,j)) - v(i-1) + 2*v(i)$p(i) =e= p(i) + sum(k$(ord(k) > 1), -v(k)/4) ;
e2 .. z =e= sum((i,j)$ij(i,j), w(i,j)) + sum(i, p(i)*sqr(v(i))) - 3 ;
e3(i) .. sum(j, q(i,j)*w(i,j) + exp(v(i))) =l= sum(ij(i,j), w(i,j)) ;
Model m / all / ;
`;

/** What an emitter writes for one row: its linear terms in order, constant and nonlinear terms. */
function emitRow(emit: CExpr['emit'], env: Int32Array, gb: GraphBuilder) {
  const acc = new RowAccumulator();
  const cols = new Map<string, number>();
  const params: number[] = [];
  const g: GenContext = {
    gb,
    acc,
    col: (v: VariableSymbol, k: TupleKey) => {
      const id = `${v.name}:${k}`;
      if (!cols.has(id)) cols.set(id, cols.size);
      return cols.get(id)!;
    },
    param: (value) => {
      params.push(value);
      return gb.param(params.length - 1);
    },
    dataMult: 0,
  };
  emit(env, 1, g);
  return {
    terms: acc.touched.map((j) => [[...cols].find(([, c]) => c === j)![0], acc.coef[j]]),
    constant: acc.constant,
    nl: [...acc.nl],
    nlMult: [...acc.nlMult],
    nlData: [...acc.nlData],
    params,
  };
}

describe('straight-line emitters', () => {
  it('emit what the closures emit, row by row (sums with conditions, lags, filters, nonlinear terms)', () => {
    const parsed = parseSource(createSourceFile('t.emd', source));
    const checked = checkProgram(parsed.program);
    expect(parsed.diagnostics).toEqual([]);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const env = new Int32Array(MAX_SLOTS);
    for (const s of lowerStatements(checked)) if (s.kind === 'run') s.run(env);
    let rows = 0;
    let terms = 0;
    let nl = 0;
    for (const name of ['e1', 'e2', 'e3']) {
      const eq = checked.equations.get(checked.table.get(name) as EquationSymbol)!;
      const lw = new Lowering(eq.table, eq.facts);
      for (const side of [eq.lhs, eq.rhs]) {
        const closure = lw.expr(side).emit;
        const straight = lw.straightLine(side);
        equationIterator(eq)(env, () => {
          // One graph builder for both: hash-consing gives equal nodes equal numbers.
          const gb = new GraphBuilder();
          const r = emitRow(straight, env, gb);
          expect(r).toEqual(emitRow(closure, env, gb));
          rows++;
          terms += r.terms.length;
          nl += r.nl.length;
        });
      }
    }
    expect(rows).toBe(2 * (3 + 1 + 3));
    expect([terms, nl]).toEqual([21, 8]);
  });
});
