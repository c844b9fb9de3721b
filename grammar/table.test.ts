import { describe, expect, it } from 'vitest';
import { codes, parse, recs } from './test-util.ts';
import type { TableDecl } from '../src/syntax/ast.ts';
import type * as A from '../src/syntax/ast.ts';

function table(text: string) {
  const r = parse(text);
  const t = r.program.statements.find((s) => s.kind === 'TableDecl') as TableDecl | undefined;
  return {
    r,
    t,
    records: recs(t?.records),
    codes: codes(r),
    messages: r.diagnostics.map((d) => d.message),
    hints: r.diagnostics.map((d) => d.hint),
  };
}

describe('table layout', () => {
  it('reads the transport table: row labels with dashes, numbers under headers', () => {
    const { t, records, codes } = table(
      [
        'Table d(i,j)  distance in thousands of miles',
        '                  new-york       chicago      topeka',
        '    seattle          2.5           1.7          1.8',
        '    san-diego        2.5           1.8          1.4  ;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(t?.item.name.name).toBe('d');
    expect(t?.item.domain?.map((d) => d.name)).toEqual(['i', 'j']);
    expect(t?.item.text).toBe('distance in thousands of miles');
    expect(records).toEqual([
      'seattle.new-york=2.5',
      'seattle.chicago=1.7',
      'seattle.topeka=1.8',
      'san-diego.new-york=2.5',
      'san-diego.chicago=1.8',
      'san-diego.topeka=1.4',
    ]);
  });

  it('reads a header of label groups as every tuple it stands for (indus89)', () => {
    const { records, codes } = table(
      [
        'Table dep1(c,s,*)',
        '            1980.depth   (1988,1993).depth',
        '  01-ud        17.0          16',
        ' (03-ray,05-mr) 15.0         14 ;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      '01-ud.1980.depth=17',
      '01-ud.1988.depth=16',
      '01-ud.1993.depth=16',
      '03-ray.1980.depth=15',
      '05-mr.1980.depth=15',
      '03-ray.1988.depth=14',
      '03-ray.1993.depth=14',
      '05-mr.1988.depth=14',
      '05-mr.1993.depth=14',
    ]);
  });

  it('gives each record the span of its number', () => {
    const { t } = table('Table d(i,j)\n      a    b\n x    1    22 ;');
    const r = t!.records[1];
    expect(r.span.file.text.slice(r.span.start, r.span.end)).toBe('22');
    expect(r.valueSpan?.start).toBe(r.span.start);
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ value: 22, keys: [{ name: 'x' }, { name: 'b' }] });
  });

  it('reads dotted row labels and dotted headers (3- and 4-dimensional tables)', () => {
    const { records, codes } = table(
      [
        'Table t(n,i,j,k)',
        '         a.x    a.y    b.x',
        '  s.f    1      2',
        '  t.g           3      4',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['s.f.a.x=1', 's.f.a.y=2', 't.g.a.y=3', 't.g.b.x=4']);
  });

  it('reads continuation blocks opened by +', () => {
    const { records, codes } = table(
      [
        'Table t(i,j)',
        '        a     b',
        '  x     1     2',
        '  y     3',
        '+       c     d',
        '  x     5     6',
        '  y           8 ;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['x.a=1', 'x.b=2', 'y.a=3', 'x.c=5', 'x.d=6', 'y.d=8']);
  });

  it('accepts signs, exponents and special values; blanks are no record', () => {
    const { records } = table(
      [
        'Table t(i,j)',
        '     a      b      c      d',
        ' x   -1.5   +2e3          eps',
        ' y   inf    -inf   na ;',
      ].join('\n'),
    );
    expect(records).toEqual(['x.a=-1.5', 'x.b=2000', 'x.d=-0', 'y.a=Infinity', 'y.b=-Infinity', 'y.c=NaN']);
  });

  it('a number overlapping any character of a header belongs to it', () => {
    // 'abc' is in columns 7-9; '12345' (columns 4-8) overlaps it.
    const { records, codes } = table('Table t(i,j)\n      abc\n x  12345 ;');
    expect(codes).toEqual([]);
    expect(records).toEqual(['x.abc=12345']);
  });

  it('gives a number that overlaps no header to the nearer header, as the library models need', () => {
    // ganges: `7374` in columns 15-18 and its `1` in column 19; pool: `3` in column 21 just left
    // of `q2` (22-23); a number past the last header.
    const { codes, records } = table(
      [
        'Table t(i,j)',
        '         c1        c2',
        'r1       1         2',
        'r2            3',
        'r3                3',
        'r4          4          5',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['r1.c1=1', 'r1.c2=2', 'r2.c1=3', 'r3.c2=3', 'r4.c1=4', 'r4.c2=5']);
  });

  it('reports a number halfway between two headers, and numbers in a table without headers', () => {
    const { codes, messages, hints, records } = table(
      ['Table t(i,j)', '         c1       c2', 'r1       1        2', 'r2            3', ';'].join('\n'),
    );
    expect(codes).toEqual(['E1050 4:15']);
    expect(messages).toEqual(["Number '3' is not under any column header."]);
    expect(hints).toEqual([
      "a number that overlaps no header belongs to the nearer one; this one (column 15) is as far from 'c1' (columns 10-11) as from 'c2' (columns 19-20).",
    ]);
    expect(records).toEqual(['r1.c1=1', 'r1.c2=2']);
  });

  it('reads headers on the line after a lone + (tsp42)', () => {
    const { codes, records } = table(
      ['Table d(i,j)', '     c1  c2', 'c2    5', '+', '    c3  c4', 'c4   7   8', ';'].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['c2.c1=5', 'c4.c3=7', 'c4.c4=8']);
  });

  it('reports a number under two headers', () => {
    const { codes, messages } = table('Table t(i,j)\n     a b\n x   123 ;');
    expect(codes).toEqual(['E1051 3:6']);
    expect(messages).toEqual([
      "Number '123' is under more than one column header ('a' column 6, 'b' column 8).",
    ]);
  });

  it('reports a range as a column header once and skips the numbers under it', () => {
    const { codes, messages, records } = table(
      'Table soc(n,k,t)\n          1*24\n   s.h    5.5\n   t.h    5.5 ;',
    );
    expect(codes).toEqual(['E1052 2:11']);
    expect(messages).toEqual(["A range ('1*24') is not allowed as a table column header."]);
    expect(records).toEqual([]);
  });

  it('reads a range as a header of a + block (pool), and [expression] numbers (trnspwlx)', () => {
    const { codes, records } = table(
      'Table b(c,p)\n      p1   p2\nx     1    [2*sqrt(4)]\n  +   p3*p5\nx     7\ny     [ 1 / 2 ] ;',
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      'x.p1=1',
      'x.p2=4',
      'x.p3=7',
      'x.p4=7',
      'x.p5=7',
      'y.p3=0.5',
      'y.p4=0.5',
      'y.p5=0.5',
    ]);
  });

  it('reports an [expression] that cannot be evaluated', () => {
    const { codes } = table('Table b(c,p)\n      p1\nx     [2+] ;');
    expect(codes).toEqual(['E1202 3:7']);
  });

  it('reads a range inside the parentheses of a row label (sarf)', () => {
    const { codes, records } = table(
      'Table t(c,k,s,j)\n                             a\n alfalfa.(cut,spray).(s1*s2) 1 ;',
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      'alfalfa.cut.s1.a=1',
      'alfalfa.cut.s2.a=1',
      'alfalfa.spray.s1.a=1',
      'alfalfa.spray.s2.a=1',
    ]);
  });

  it('reads a range as a row label (pool: foulds2 .o1*o2), and reports a word that is not a number', () => {
    const { codes, records } = table('Table t(i,j)\n      a    b\nx1*x2 1    2\ny     1    two ;');
    expect(codes).toEqual(['E1023 4:12']);
    expect(records).toEqual(['x1.a=1', 'x2.a=1', 'x1.b=2', 'x2.b=2', 'y.a=1']);
  });

  it('expands tabs to stops of 8 columns before lining numbers up', () => {
    // Header 'a' in column 9 (after one tab), 'b' in column 17; row numbers after tabs sit under them.
    const { records, codes } = table('Table t(i,j)\n\ta\tb\nx\t1\t2\ny\t\t3 ;');
    expect(codes).toEqual([]);
    expect(records).toEqual(['x.a=1', 'x.b=2', 'y.b=3']);
  });

  it('skips comment lines and blank lines inside the body', () => {
    const { records, codes } = table(
      'Table t(i,j)\n\n* headers next\n     a    b\n\n x   1    2\n* a comment row\n y   3    4 ;',
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['x.a=1', 'x.b=2', 'y.a=3', 'y.b=4']);
  });

  it('reads $onDelim tables: header line, one row per line, empty cells skipped', () => {
    const { records, codes } = table(
      [
        'Table d(i,j)',
        '$ondelim',
        'dist,new-york,chicago',
        'seattle,2.5,1.7',
        'san-diego,,1.8',
        '$offdelim',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['seattle.new-york=2.5', 'seattle.chicago=1.7', 'san-diego.chicago=1.8']);
  });

  it('reads a $onDelim table declared after $onDelim, rows keyed by several cells (netgen)', () => {
    const { records, codes } = table(
      [
        '$ondelim',
        'Table a(n,n,*)',
        'n,n,cost,capacity',
        '1,43,61,2286',
        '  25    38     3     435',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['1.43.cost=61', '1.43.capacity=2286', '25.38.cost=3', '25.38.capacity=435']);
  });

  it('reads a $onDelim table whose rows are keyed by one dotted cell (brdata(i,j,*) of the 69-bus feeder)', () => {
    const { records, codes } = table(
      [
        'Table b(i,j,*)',
        '$ondelim',
        'line,r_ohm,x_ohm',
        '1.2,0.5,1.2',
        '2.3,0.25,0.75',
        '$offdelim',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual(['1.2.r_ohm=0.5', '1.2.x_ohm=1.2', '2.3.r_ohm=0.25', '2.3.x_ohm=0.75']);
  });

  it('reports a delimited row with the wrong number of cells at that line', () => {
    const { codes, messages } = table(
      ['Table d(i,j)', '$ondelim', ',a,b', 'x,1,2', '  y,3', 'z,1,2,3', '$offdelim', ';'].join('\n'),
    );
    expect(codes).toEqual(['E1031 5:3', 'E1031 6:1']);
    expect(messages).toEqual([
      'This row has 2 cells but the header line has 3.',
      'This row has 4 cells but the header line has 3.',
    ]);
  });

  it('ends a body without ; at the next statement keyword or at the end of the file', () => {
    const { r, codes } = table('Table t(i,j)\n    a b\n x  1 2\nParameter p / 5 /;');
    expect(codes).toEqual([]);
    expect(r.program.statements.map((s) => s.kind)).toEqual(['TableDecl', 'ParameterDecl']);
    expect(recs((r.program.statements[0] as A.TableDecl).records)).toEqual(['x.a=1', 'x.b=2']);
    const eof = table('Table t(i,j)\n    a b\n x  1 2\n\n');
    expect(eof.codes).toEqual([]);
    expect(eof.t!.records.length).toBe(2);
  });

  it('finds a table after a statement that ended without ;', () => {
    const r = parse('Set i / x /\n    j / a, b /\nTable t(i,j)\n    a b\n x  1 2\n;');
    expect(codes(r)).toEqual([]);
    const t = r.program.statements[1] as A.TableDecl;
    expect(recs(t.records)).toEqual(['x.a=1', 'x.b=2']);
  });

  it('reads a row label that ends with a dot on the next line (indus89)', () => {
    const { codes, records } = table(
      [
        'Table t(c,g,k)',
        '                       a     b',
        ' (x,y).(g1,g2).',
        '             (k1)      1     2',
        ' z.g1.   k2            3',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      'x.g1.k1.a=1',
      'x.g2.k1.a=1',
      'y.g1.k1.a=1',
      'y.g2.k1.a=1',
      'x.g1.k1.b=2',
      'x.g2.k1.b=2',
      'y.g1.k1.b=2',
      'y.g2.k1.b=2',
      'z.g1.k2.a=3',
    ]);
  });

  it('reads row labels with blanks around dots, over several lines, and signs apart from numbers', () => {
    const { codes, records } = table(
      [
        'Table t(r,s,c)',
        '                fixed       var',
        ' input .agric    3.50      0.10',
        ' nili.  x       - 0.5      + 2',
        ' (peru,chile',
        '  japan)         40        5.6',
        ';',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      'input.agric.fixed=3.5',
      'input.agric.var=0.1',
      'nili.x.fixed=-0.5',
      'nili.x.var=2',
      'peru.fixed=40',
      'chile.fixed=40',
      'japan.fixed=40',
      'peru.var=5.6',
      'chile.var=5.6',
      'japan.var=5.6',
    ]);
  });

  it('reports a row label whose ( is never closed, and a lone sign', () => {
    const a = table('Table t(r,c)\n     x\n (a,b   1\n c      2\n;');
    expect(a.codes).toEqual(['E1003 3:2']);
    expect(a.messages).toEqual(["Expected ')' but found the end of the table."]);
    expect(table('Table t(r,c)\n     x\n a    -\n;').codes).toEqual(['E1023 3:7']);
  });

  it('reports a table with no body', () => {
    expect(table('Table t(i,j) ;').codes).toEqual(['E1055 1:7']);
  });

  it('lays out a 300 x 300 table (every cell) with the right keys', () => {
    const n = 300;
    const lines = [
      'Table big(i,j)',
      '      ' + Array.from({ length: n }, (_, c) => `c${c + 1}`.padStart(6)).join(''),
    ];
    for (let r = 1; r <= n; r++)
      lines.push(
        `r${r}`.padEnd(6) + Array.from({ length: n }, (_, c) => String((r * c) % 10).padStart(6)).join(''),
      );
    const { t, codes } = table(lines.join('\n') + ' ;');
    expect(codes).toEqual([]);
    expect(t!.records.length).toBe(n * n);
    const last = t!.records[n * n - 1];
    expect(last.keys.map((k) => k.name)).toEqual(['r300', 'c300']);
    expect(last.value).toBe((300 * 299) % 10);
  });

  it('blanks in-line comments of a header line; a numeric label part after a blank joins the row label when the table needs it (railcirc)', () => {
    const { records, codes } = table(
      [
        '$inlinecom /* */',
        'Table tt(z,s,t,*)',
        '   /* departure */   First  Second',
        '   z1 .Rtd.0700         4      58',
        '   z2.Vl .0530          .5     12 ;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(records).toEqual([
      'z1.Rtd.0700.First=4',
      'z1.Rtd.0700.Second=58',
      'z2.Vl.0530.First=0.5',
      'z2.Vl.0530.Second=12',
    ]);
  });
});
