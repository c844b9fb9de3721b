// An end-of-line comment on a table row: the comment is dropped, the row's numbers are kept.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/syntax/parse.ts';
import { createSourceFile } from '../src/text/source-file.ts';

describe('end-of-line comments in table rows', () => {
  it('keeps the numbers of a row that ends in a comment', () => {
    const src =
      '$eolCom #\nSet i / seattle, boston /, j / a, b / ;\nTable d(i,j)\n          a    b\nseattle   1    2  # c\nboston    3    4\n;\n';
    const r = parseSource(createSourceFile('t.emd', src));
    expect(r.diagnostics).toEqual([]);
    const table = r.program.statements.find((s) => s.kind === 'TableDecl');
    if (table?.kind !== 'TableDecl') throw new Error('no table');
    expect(table.records.map((rec) => [rec.keys.map((k) => k.name).join('.'), rec.value])).toEqual([
      ['seattle.a', 1],
      ['seattle.b', 2],
      ['boston.a', 3],
      ['boston.b', 4],
    ]);
  });
});
