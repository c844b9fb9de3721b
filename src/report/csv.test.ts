// The CSV export's exact text: headers, RFC 4180 quoting, full-precision numbers, empty cells
// for infinite values, scalars, sets, variables and equations; writeCsv's files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, set, param } from './plot.fixture.ts';
import { csvField, csvFiles, csvHeader, symbolCsv, writeCsv } from './csv.ts';
import type { SymbolJson } from './json.ts';

const x: SymbolJson = {
  kind: 'variable',
  domain: ['i', 'j'],
  records: [
    { keys: ['seattle', 'new york'], level: 50, marginal: 0, lower: 0, upper: null },
    { keys: ['san-diego', 'say "hi"'], level: 1e-7, marginal: -0.036, lower: null, upper: 1e21 },
  ],
};

describe('CSV export', () => {
  it('writes keys, values, quoting and empty cells for infinite values', () => {
    const r = run({
      i: set(['a', 'b,c']),
      p: param(
        ['i'],
        [
          [['a'], 1.5],
          [['b,c'], null],
        ],
      ),
      s: param([], [[[], 0.1 + 0.2]]),
    });
    expect(symbolCsv(r.symbols.p)).toBe('i,value\r\na,1.5\r\n"b,c",\r\n');
    expect(symbolCsv(r.symbols.s)).toBe('value\r\n0.30000000000000004\r\n');
    expect(csvFiles(r).map((f) => f.name)).toEqual(['i.csv', 'p.csv', 's.csv']);
    expect(symbolCsv(r.symbols.i)).toBe('label,text\r\na,\r\n"b,c",\r\n');
  });

  it('writes level, marginal and bounds of variables with quotes, spaces and exponents', () => {
    expect(symbolCsv(x)).toBe(
      'i,j,level,marginal,lower,upper\r\n' +
        'seattle,new york,50,0,0,\r\n' +
        'san-diego,"say ""hi""",1e-7,-0.036,,1e+21\r\n',
    );
  });

  it('writes set texts, scalar equations and empty parameters', () => {
    const texts: SymbolJson = {
      kind: 'set',
      domain: ['*'],
      records: [
        { keys: ['n1'], text: 'north, upper' },
        { keys: ['n2'], text: 'line1\nline2' },
      ],
    };
    expect(symbolCsv(texts)).toBe('label,text\r\nn1,"north, upper"\r\nn2,"line1\nline2"\r\n');
    const obj: SymbolJson = {
      kind: 'equation',
      domain: [],
      records: [{ keys: [], level: 0, marginal: 1, lower: 0, upper: 0 }],
    };
    expect(symbolCsv(obj)).toBe('level,marginal,lower,upper\r\n0,1,0,0\r\n');
    expect(symbolCsv({ kind: 'parameter', domain: ['i'], records: [] })).toBe('i,value\r\n');
  });

  it('makes repeated and clashing header names unique', () => {
    expect(csvHeader({ kind: 'parameter', domain: ['r', 'r', '*', '*'], records: [] })).toEqual([
      'r',
      'r_2',
      'label',
      'label_2',
      'value',
    ]);
    expect(csvHeader({ kind: 'variable', domain: ['level'], records: [] })).toEqual([
      'level_2',
      'level',
      'marginal',
      'lower',
      'upper',
    ]);
  });

  it('quotes only where RFC 4180 (or a leading or trailing space) needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('"q"')).toBe('"""q"""');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField(null)).toBe('');
    expect(csvField(-0)).toBe('0');
    expect(csvField(123456789.12345679)).toBe('123456789.12345679');
  });

  it('writeCsv creates the directory and one file per symbol', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'emd-csv-')), 'nested', 'out');
    const r = run({ i: set(['a']), x: { ...x, domain: ['i', 'j'] } });
    const files = await writeCsv(r, dir);
    expect(files).toEqual([join(dir, 'i.csv'), join(dir, 'x.csv')]);
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe(symbolCsv(x));
  });
});
