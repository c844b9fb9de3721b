import { describe, expect, it } from 'vitest';
import { codes, parse, recs } from './test-util.ts';
import { expandRange, parseValue } from './labels.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import type { ParameterDecl, SetDecl } from '../src/syntax/ast.ts';

function setItems(text: string) {
  const r = parse(text);
  const s = r.program.statements.find((x) => x.kind === 'SetDecl') as SetDecl | undefined;
  return {
    codes: codes(r),
    r,
    items: s?.items.map((i) => ({ name: i.name.name, text: i.text, elements: recs(i.elements) })),
  };
}
function params(text: string) {
  const r = parse(text);
  const p = r.program.statements.find((x) => x.kind === 'ParameterDecl') as ParameterDecl | undefined;
  return { codes: codes(r), r, items: p?.items.map((i) => ({ name: i.name.name, data: recs(i.data) })) };
}

describe('ranges', () => {
  const f = createSourceFile('t', '');
  const range = (lo: string, hi: string) => {
    const d: Diagnostic[] = [];
    const r = expandRange(lo, hi, f, 0, 0, d);
    return r ?? d.map((x) => x.message);
  };
  it('expands 1*24, h1*h24 and keeps the zero padding of t01*t24', () => {
    expect(range('1', '5')).toEqual(['1', '2', '3', '4', '5']);
    expect(range('h8', 'h11')).toEqual(['h8', 'h9', 'h10', 'h11']);
    expect(range('t01', 't12')).toEqual([
      't01',
      't02',
      't03',
      't04',
      't05',
      't06',
      't07',
      't08',
      't09',
      't10',
      't11',
      't12',
    ]);
    expect(range('t001', 't003')).toEqual(['t001', 't002', 't003']);
    expect(range('1', '24')).toHaveLength(24);
  });
  it('counts down, moves the number anywhere in the label, and steps letters, as GAMS does', () => {
    expect(range('t5', 't3')).toEqual(['t5', 't4', 't3']);
    expect(range('1jan01', '3jan01')).toEqual(['1jan01', '2jan01', '3jan01']);
    expect(range('1u', '3u')).toEqual(['1u', '2u', '3u']);
    expect(range('A', 'D')).toEqual(['A', 'B', 'C', 'D']);
    expect(range('x1a', 'x1c')).toEqual(['x1a', 'x1b', 'x1c']);
  });
  it('rejects bounds that differ in more than one place, and unevenly padded ranges', () => {
    expect(range('h1', 'g5')).toEqual([
      "Invalid range 'h1*g5': the bounds must differ in one number (or one letter) and be equal elsewhere.",
    ]);
    expect(range('ab', 'cd')).toEqual([
      "Invalid range 'ab*cd': the bounds must differ in one number (or one letter) and be equal elsewhere.",
    ]);
    expect(range('t01', 't100')).toEqual([
      "Invalid range 't01*t100': zero-padded bounds must have the same number of digits.",
    ]);
    expect(range('1', '99999999')).toEqual([
      "Range '1*99999999' has 99999999 elements; at most 1000000 are allowed.",
    ]);
  });
});

describe('values', () => {
  it('reads numbers and the special values', () => {
    expect(
      [
        '12',
        '-1.5',
        '+2',
        '.5',
        '1e-3',
        '2.5E+6',
        'inf',
        '-INF',
        'eps',
        'na',
        'yes',
        'No',
        'abc',
        '1-2',
        '1e',
      ].map(parseValue),
    ).toEqual([
      12,
      -1.5,
      2,
      0.5,
      0.001,
      2.5e6,
      Infinity,
      -Infinity,
      -0,
      NaN,
      1,
      0,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('set data', () => {
  it('reads labels, quoted labels, dashed labels, element text and ranges', () => {
    const { codes, items } = setItems(
      `Set i "plants" / seattle, 'san diego', new-york "big apple", t01*t03, 1*2 /;`,
    );
    expect(codes).toEqual([]);
    expect(items).toEqual([
      {
        name: 'i',
        text: 'plants',
        elements: [
          'seattle=1',
          'san diego=1',
          'new-york=1:big apple',
          't01=1',
          't02=1',
          't03=1',
          '1=1',
          '2=1',
        ],
      },
    ]);
  });
  it('separates elements by commas or line breaks; unquoted element text runs to the comma', () => {
    const { items } = setItems('Set k /\n  a  first element\n  b\n  c, d second /;');
    expect(items![0].elements).toEqual(['a=1:first element', 'b=1', 'c=1', 'd=1:second']);
  });
  it('reads dotted tuples and (a,b).c products for multi-dimensional sets', () => {
    const { codes, items } = setItems('Set arc(i,j) / s.a, (s,t).b, u.(c , d) /;');
    expect(codes).toEqual([]);
    expect(items![0].elements).toEqual(['s.a=1', 's.b=1', 't.b=1', 'u.c=1', 'u.d=1']);
  });
  it('reads blanks around the dots and the * of labels, and (a.b, c.d) groups', () => {
    const { codes, items } = setItems(
      [
        'Set q / q-1 * q-3, 1* 2 /',
        '    a(i,j) / boston  .chicago, nili.  (x, y), 1. (6.B,  8.R) /',
        '    b(i,j,k) / (v.8, i.7).z, 1.(2.2,6.3) /',
        '    c / (peru,chile',
        '         japan) /;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(items!.map((i) => i.elements)).toEqual([
      ['q-1=1', 'q-2=1', 'q-3=1', '1=1', '2=1'],
      ['boston.chicago=1', 'nili.x=1', 'nili.y=1', '1.6.B=1', '1.8.R=1'],
      ['v.8.z=1', 'i.7.z=1', '1.2.2=1', '1.6.3=1'],
      ['peru=1', 'chile=1', 'japan=1'],
    ]);
  });
  it('reads groups nested in groups, over several lines (egypt, rdata)', () => {
    const { codes, items } = setItems(
      [
        'Set cnc(c,c) /(maize.     (n-maize, s-maize),',
        '                potato    .(s-potato,n-potato))/',
        '    own(c,p) / (alcoa     .(comfort,rockdale)',
        '                gm        .lansing ) /',
        '    sic(s,i,c) / p-metals.(steel.(iron-ore,pig-iron)',
        '                           aluminum.bauxite) /;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(items!.map((i) => i.elements)).toEqual([
      ['maize.n-maize=1', 'maize.s-maize=1', 'potato.s-potato=1', 'potato.n-potato=1'],
      ['alcoa.comfort=1', 'alcoa.rockdale=1', 'gm.lansing=1'],
      ['p-metals.steel.iron-ore=1', 'p-metals.steel.pig-iron=1', 'p-metals.aluminum.bauxite=1'],
    ]);
  });
  it('reports labels of different widths in one parenthesised group', () => {
    const { codes, r } = setItems('Set b(i,j) / (v.8, i).z /;');
    expect(codes).toEqual(['E1150 1:14']);
    expect(r.diagnostics[0].message).toBe(
      "The labels in '(v.8, i' have different numbers of parts (2 and 1).",
    );
  });
  it('drops the trailing blanks of quoted labels, as GAMS does', () => {
    const { items } = setItems(`Set c / 'rating  ', "a b " /;`);
    expect(items![0].elements).toEqual(['rating=1', 'a b=1']);
  });
  it('gives expanded range elements the span of the range', () => {
    const { r } = setItems('Set t / h1*h3 /;');
    const el = (r.program.statements[0] as SetDecl).items[0].elements!;
    expect(el.map((e) => e.keys[0].span.start)).toEqual([8, 8, 8]);
    expect(el.map((e) => e.keys[0].span.end)).toEqual([13, 13, 13]);
  });
  it('reports a bad range at its position and keeps the other elements', () => {
    const { codes, items } = setItems('Set t / a, h1*g5, b /;');
    expect(codes).toEqual(['E1020 1:12']);
    expect(items![0].elements).toEqual(['a=1', 'b=1']);
  });
  it('reports characters that cannot be in a label', () => {
    const { codes, r } = setItems('Set t / a#b /;');
    expect(codes).toEqual(['E1025 1:10']);
    expect(r.diagnostics[0].message).toBe("Invalid character '#' in label 'a#b'.");
  });
  it('reports a missing closing slash', () => {
    const { codes, r } = setItems('Set t / a, b ;');
    expect(codes).toEqual(['E1003 1:14']);
    expect(r.diagnostics[0].message).toBe("Expected '/' but found ';'.");
  });
});

describe('parameter and scalar data', () => {
  it('reads records separated by commas or line breaks, signed values and special values', () => {
    const { codes, items } = params(
      'Parameter a(i) / seattle 350, san-diego -600\n  x inf\n  y - 5, z eps, w na, v yes, u no /;',
    );
    expect(codes).toEqual([]);
    expect(items![0].data).toEqual([
      'seattle=350',
      'san-diego=-600',
      'x=Infinity',
      'y=-5',
      'z=-0',
      'w=NaN',
      'v=1',
      'u=0',
    ]);
  });
  it('reads dotted keys, numeric labels and ranges in keys', () => {
    const { codes, items } = params('Parameter p(t,k) / 1.5 2.5, t1*t2.a 7, (x,y).b 1 /;');
    expect(codes).toEqual([]);
    expect(items![0].data).toEqual(['1.5=2.5', 't1.a=7', 't2.a=7', 'x.b=1', 'y.b=1']);
  });
  it('reads name = value records and blanks around the dots of keys', () => {
    const { codes, items } = params(
      [
        'Parameters k(j) / non-traded = 3.0, traded = 4.5 /, h(j) /h=2/',
        '  li(k) / (se,sw)  = 1 /, eta(tg) / 1979-81 = .60',
        '                                    1982-84 = -.75 /',
        '  c(i,j) / GAB  .951127  9.25, boston  .chicago 58, b .c = 1 /',
        '  d(i) / a .5, b .25 /;',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(items!.map((i) => i.data)).toEqual([
      ['non-traded=3', 'traded=4.5'],
      ['h=2'],
      ['se=1', 'sw=1'],
      ['1979-81=0.6', '1982-84=-0.75'],
      ['GAB.951127=9.25', 'boston.chicago=58', 'b.c=1'],
      ['a=0.5', 'b=0.25'],
    ]);
  });
  it('reads a scalar value and a parameter without domain as one value', () => {
    const { codes, items } = params('Scalars f freight / 90 /, g / -1.5e2 /;');
    expect(codes).toEqual([]);
    expect(items).toEqual([
      { name: 'f', data: ['=90'] },
      { name: 'g', data: ['=-150'] },
    ]);
    expect(params('Parameter p / 5 /;').items).toEqual([{ name: 'p', data: ['=5'] }]);
    expect(params('Parameter p / - 5 /;').items).toEqual([{ name: 'p', data: ['=-5'] }]);
  });
  it('reads #s labels (all elements of set s) for the checker to expand (food)', () => {
    const r = parse('Parameter stock(p) / #p 500 /;');
    const p = r.program.statements[0] as ParameterDecl;
    expect(codes(r)).toEqual([]);
    expect(p.items[0].data![0].keys).toMatchObject([{ name: 'p', setRef: true }]);
    expect(p.items[0].data![0].value).toBe(500);
  });
  it('reads keyed data of a parameter declared without a domain (hydro)', () => {
    const { codes, items } = params('parameter load mw load / 1  1200, 2 1500\n  3 1100, a.x -2 /;');
    expect(codes).toEqual([]);
    expect(items![0].data).toEqual(['1=1200', '2=1500', '3=1100', 'a.x=-2']);
  });
  it('reports a missing separator at the next record (GAMS needs , or a line break)', () => {
    const { codes, r, items } = params('Parameter p(i) / a 1 b 2, c 3 /;');
    expect(codes).toEqual(['E1024 1:22']);
    expect(r.diagnostics[0].message).toBe("Expected ',' or a line break before 'b'.");
    expect(items![0].data).toEqual(['a=1', 'c=3']);
  });
  it('reports a missing value, a value that is not a number, and more than one scalar value', () => {
    expect(params('Parameter p(i) / a, b x /;').codes).toEqual(['E1022 1:18', 'E1023 1:23']);
    expect(params('Scalar s / 1 2 /;').codes).toEqual(['E1027 1:14']);
  });
  it('reads $onDelim data lists as one record per line', () => {
    const { codes, items } = params('Parameter p(i,j) /\n$ondelim\na,x,1\nb,y,2.5\n$offdelim\n/;');
    expect(codes).toEqual([]);
    expect(items![0].data).toEqual(['a.x=1', 'b.y=2.5']);
  });
  it('reads $onDelim lines without commas as blank-separated cells (maxcut)', () => {
    const { codes, items } = params('Parameter w(i,j) /\n$ondelim\n1 2 88052\n2 3 -84033\n$offdelim\n/;');
    expect(codes).toEqual([]);
    expect(items![0].data).toEqual(['1.2=88052', '2.3=-84033']);
  });
  it('gives a record the span from its key to its value', () => {
    const { r } = params('Parameter a(i) / seattle   350 /;');
    const rec = (r.program.statements[0] as ParameterDecl).items[0].data![0];
    expect(r.files[0].text.slice(rec.span.start, rec.span.end)).toBe('seattle   350');
    expect(r.files[0].text.slice(rec.valueSpan!.start, rec.valueSpan!.end)).toBe('350');
  });
});
