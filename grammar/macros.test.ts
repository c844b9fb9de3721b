// `$macro`: definitions (with arguments, over lines ending with `\`, from a `$batInclude`d file),
// calls expanded in code lines, and the diagnostics of bad calls, at their positions.
import { describe, expect, it } from 'vitest';
import { initialDollarState, preprocess } from './preprocess.ts';
import { createSourceFile, lineAndColumn } from '../src/text/source-file.ts';

/** What the lexer sees: the non-blank lines, trimmed, and the diagnostics as `code line:col`. */
function pre(text: string): { lines: string[]; diags: string[] } {
  const file = createSourceFile('t.gms', text);
  const r = preprocess(file, initialDollarState());
  return {
    lines: r.lexText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l),
    diags: r.diagnostics.map((d) => {
      const { line, column } = lineAndColumn(d.span!.file, d.span!.start);
      return `${d.code} ${line}:${column}`;
    }),
  };
}

describe('$macro', () => {
  it('expands calls with arguments, nested calls, & separators and bodies over several lines', () => {
    const r = pre(
      [
        '$macro sq(x) ((x)*(x))',
        '$macro twice(a, B) sq(a) + &\\',
        '   2*b',
        '$macro pre(i) p&i',
        '$macro one 1',
        "v = twice(2, sq(y(i,'a'))) + one;",
        '* twice(1,2) in a comment',
        "w = pre(a) + 'sq(1)' + sq( v - 1 );",
      ].join('\n'),
    );
    expect(r.diags).toEqual([]);
    expect(r.lines).toEqual([
      "v = ((2)*(2)) +     2*((y(i,'a'))*(y(i,'a'))) + 1;",
      "w = pa + 'sq(1)' + ((v - 1)*(v - 1));",
    ]);
  });

  it('takes a body that goes on after a $if line (pwlfunc.inc)', () => {
    const r = pre(['$if 1==1 $macro f \\', '$if 1==2 $macro f(k) \\', '  sum(s, x(s))', 'z = f;'].join('\n'));
    expect(r.diags).toEqual([]);
    expect(r.lines).toEqual(['z = sum(s, x(s));']);
  });

  it('reports calls with the wrong number of arguments, unclosed calls and recursion', () => {
    const r = pre(
      ['$macro f(a,b) a+b', '$macro g g+1', '$macro 1bad', 'x = f(1) + f(1,', '2);', 'y = g;'].join('\n'),
    );
    expect(r.diags).toEqual(['E1550 3:1', 'E1551 4:5', 'E1552 4:12', 'E1553 6:5']);
  });
});
