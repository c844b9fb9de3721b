// A table's cells stored from the parser's typed arrays (checker.ts storeCells) give the records,
// label ids and diagnostics of the record-by-record path (the same table without its `cells`).
import { describe, expect, it } from 'vitest';
import type * as A from '../syntax/ast.ts';
import { parseSource } from '../syntax/parse.ts';
import { createSourceFile } from '../text/source-file.ts';
import { checkProgram } from './checker.ts';

function check(src: string, withCells: boolean) {
  const parsed = parseSource(createSourceFile('t.gms', src));
  expect(parsed.diagnostics).toEqual([]);
  const tables = parsed.program.statements.filter((s): s is A.TableDecl => s.kind === 'TableDecl');
  expect(tables.every((t) => t.cells)).toBe(true);
  // A copy keeps the records (an enumerable getter) and drops the non-enumerable cells.
  const statements = withCells
    ? parsed.program.statements
    : parsed.program.statements.map((s) => (s.kind === 'TableDecl' ? { ...s } : s));
  const r = checkProgram({ ...parsed.program, statements });
  const u = r.table.universe;
  const data: Record<string, string[]> = {};
  for (const name of ['t', 'g', 'u']) {
    const s = r.table.get(name);
    if (s?.kind === 'parameter')
      data[s.name] = [...s.records.values()].map(
        (x) => `${x.keys.map((k) => u.name(k)).join('.')}=${x.value}`,
      );
  }
  return {
    data,
    labels: [...u.names],
    diagnostics: r.diagnostics.map((d) => `${d.code} ${d.span?.start} ${d.message}`),
  };
}

const both = (src: string) => {
  const cells = check(src, true);
  expect(cells).toEqual(check(src, false));
  return cells;
};

describe('table cells in the checker', () => {
  it('stores dotted row labels, label groups, zeros, eps and duplicates as record by record', () => {
    const r = both(`Set i / a, b /, j / x, y /, k / p, q /;
Table t(i,j,k)
        p     q
a.x     1     0
(a,b).y 2   eps
b.x     0     4
a.y     7     8 ;
Table g(i,j)
   (x,y)
a  3
b  0 ;
`);
    expect(r.data.t).toEqual(['a.x.p=1', 'a.y.p=2', 'b.y.p=2', 'a.y.q=0', 'b.y.q=0', 'b.x.q=4']);
    expect(r.data.g).toEqual(['a.x=3', 'a.y=3']);
    expect(r.diagnostics).toEqual([
      'E2020 127 Duplicate data for t(a.y.p).',
      'E2020 133 Duplicate data for t(a.y.q).',
    ]);
  });

  it('falls back to record by record for labels outside their domain and wrong dimensions', () => {
    const r = both(`Set i / a, b /, j / x, y /;
Table t(i,j)
    x   y   z
a   1   2   3
c   4   5   6
b   7   8   9 ;
Table u(i,j)
     x
a.x  1 ;
`);
    expect(r.data.t).toEqual(['a.x=1', 'a.y=2', 'b.x=7', 'b.y=8']);
    expect(r.diagnostics.map((d) => d.split(' ')[0])).toEqual([
      'E2007',
      'E2007',
      'E2007',
      'E2007',
      'E2007',
      'E2019',
    ]);
  });
});
