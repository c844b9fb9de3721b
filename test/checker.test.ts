// Checker behaviours that are not errors: names that GAMS lets users reuse.
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

describe('checker', () => {
  it('a declared symbol wins over an intrinsic function of the same name (a table named beta)', async () => {
    const { code, doc } = await solveJson('test/fixtures/shadow-function.emd');
    expect(code).toBe(0);
    expect(doc.symbols.tot.records.map((r: any) => [r.keys[0], r.value])).toEqual([
      ['s', 0.30000000000000004],
      ['t', 0.7],
    ]);
  });

  it('reads restricting references as indices; an index a domain controls stays fixed in sum(arc(i,j), ...)', async () => {
    const { code, doc } = await solveJson('test/fixtures/restricted-indices.gms');
    expect(code).toBe(0);
    const recs = (n: string) => doc.symbols[n].records.map((r: any) => [r.keys.join('.'), r.value]);
    expect(recs('aip')).toEqual([
      ['2.2', 1],
      ['3.3', 1],
    ]);
    expect(recs('d')).toEqual([
      ['1.2', 3],
      ['2.3', 5],
      ['3.4', 7],
    ]);
    expect(recs('q')).toEqual([
      ['1', 11],
      ['2', 11],
      ['3', 11],
      ['4', 100],
    ]);
  });

  it('solves an equation over kk(t+1) as GAMS does: rows kk(2..4), k(t+1) = k(t) + ord(t)', async () => {
    const { code, doc } = await solveJson('test/fixtures/lagged-domain.gms');
    expect(code).toBe(0);
    expect(doc.solves[0]).toMatchObject({ modelStatus: 1, rows: 7 });
    expect(doc.solves[0].objective).toBeCloseTo(14, 9);
    expect(doc.symbols.kk.records.map((r: any) => r.keys[0])).toEqual(['2', '3', '4']);
    expect(doc.symbols.k.records.map((r: any) => r.level)).toEqual([1, 2, 4, 7]);
  });
});
