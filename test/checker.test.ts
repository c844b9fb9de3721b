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

  it('reads a multi-dimensional set written as one index as all its indices (controlled whole or restricting)', async () => {
    const { code, doc } = await solveJson('test/fixtures/tuple-indices.gms');
    expect(code).toBe(0);
    const recs = (n: string) => doc.symbols[n].records.map((r: any) => [r.keys.join('.'), r.value]);
    expect(recs('q')).toEqual([
      ['a', 11],
      ['b', 22],
      ['c', 31],
    ]);
    expect(recs('tot')).toEqual([['', 64]]);
    expect(recs('r')).toEqual([
      ['a.x', 22],
      ['b.y', 44],
      ['c.x', 62],
    ]);
    expect(recs('dis')).toEqual([
      ['a.x.k1', 11.1],
      ['a.x.k2', 11.2],
      ['b.y.k1', 22.1],
      ['b.y.k2', 22.2],
      ['c.x.k1', 31.1],
      ['c.x.k2', 31.2],
    ]);
    expect(recs('cnt')).toEqual([
      ['a', 14],
      ['b', 22],
      ['c', 31],
    ]);
    expect(recs('nest')).toEqual([['k1', 64]]);
    // A label in a restricting reference of a target keeps its position (thaix).
    expect(recs('lab')).toEqual([
      ['a.x', 5],
      ['c.x', 5],
    ]);
    // cap(ij) has a row per member of ij; dem(j) sums x over the i that ij pairs with j.
    expect(doc.solves[0]).toMatchObject({ modelStatus: 1, rows: 6, columns: 4 });
    expect(doc.solves[0].objective).toBeCloseTo(33, 9);
    expect(doc.symbols.x.records.map((r: any) => [r.keys.join('.'), r.level])).toEqual([
      ['a.x', 1],
      ['b.y', 1],
      ['c.x', 0],
    ]);
  });

  it('evaluates set attributes of controlled indices; set assignments see the set as it was', async () => {
    const { code, doc } = await solveJson('test/fixtures/set-attributes.gms');
    expect(code).toBe(0);
    const recs = (n: string) => doc.symbols[n].records.map((r: any) => [r.keys.join('.'), r.value]);
    expect(recs('p')).toEqual([
      ['a', 102],
      ['b', 211],
      ['c', 320],
    ]);
    expect(recs('q')).toEqual([
      ['b.a', 1],
      ['c.a', 1],
      ['c.b', 1],
    ]);
    expect(recs('v')).toEqual([
      ['10', 10],
      ['2.5', 2.5],
      ['7', 7],
    ]);
    expect(recs('w')).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 3],
    ]);
    // s(t+1)$s(t) = yes; s(t-1)$s(t) = no; moves {t2} to {t3}; tt(t) = tt(t-1) moves {t3} to {t4}.
    expect(doc.symbols.s.records.map((r: any) => r.keys[0])).toEqual(['t3']);
    expect(doc.symbols.tt.records.map((r: any) => r.keys[0])).toEqual(['t4']);
    // A right-hand side that reads the assigned parameter reads it as it was before the
    // statement (fertd's CONVERT model): c(t) = c(t-1) + 1 does not accumulate.
    expect(recs('c')).toEqual([
      ['t2', 1],
      ['t3', 1],
      ['t4', 1],
      ['t5', 1],
    ]);
  });

  it('reads nested restrictions and labels in equation domains; shifts a lagged domain into ln(t+1)', async () => {
    const { code, doc } = await solveJson('test/fixtures/equation-domains.gms');
    expect(code).toBe(0);
    const recs = (n: string, f = 'value') => doc.symbols[n].records.map((r: any) => [r.keys.join('.'), r[f]]);
    expect(recs('w')).toEqual([
      ['a.2', 2],
      ['a.3', 3],
      ['a.4', 4],
      ['b.2', 2],
      ['b.4', 4],
    ]);
    expect(recs('s')).toEqual([['', 5]]);
    // pdef: 5 rows (zpos with t in tp), fixa: 4 rows (i = "a"), lbal: 3 rows, obj: 1.
    expect(doc.solves[0]).toMatchObject({ modelStatus: 1, rows: 13 });
    expect(doc.solves[0].objective).toBeCloseTo(215, 9);
    expect(doc.symbols.fixa.records.map((r: any) => r.keys.join('.'))).toEqual(['a.1', 'a.2', 'a.3', 'a.4']);
    expect(recs('ln', 'level')).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 3],
      ['4', 6],
    ]);
  });

  it('reads aliases in any order, sameas as a set, .stage and computed attributes, models of models', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-forms.gms');
    expect(code).toBe(0);
    const recs = (n: string) => doc.symbols[n].records.map((r: any) => [r.keys.join('.'), r.value]);
    // sum(sameas(ii,i), 1) = 1; sum(sameas(ii,'b'), 10) = 10.
    expect(recs('cnt')).toEqual([
      ['a', 11],
      ['b', 11],
      ['c', 11],
    ]);
    // Model both = base (all: cap, obj) + extra: x(a) <= 0.5, x(b) <= 2, x(c) <= 3.
    expect(doc.solves[0]).toMatchObject({ modelStatus: 1, rows: 5 });
    expect(doc.solves[0].objective).toBeCloseTo(5.5, 9);
    // x.stage + 10 cap.stage + 100 cap.slack + 1000 x.slacklo.
    expect(recs('p')).toEqual([
      ['a', 571],
      ['b', 2022],
      ['c', 3023],
    ]);
    expect(recs('r')).toEqual([['', 10]]);
    expect(recs('h2')).toEqual([
      ['a.b', 12],
      ['c.a', 31],
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
