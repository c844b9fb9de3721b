// Library models that depend on how GAMS reads its syntax, solved end to end: PORT has
// `ydat(b,"rating  ")` (GAMS drops trailing blanks in quoted labels; reading the label with
// its blanks silently dropped the rating constraint: 0.374 instead of 0.2983636) and statements
// that end without ';' before a keyword.
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

describe('GAMS Model Library syntax', () => {
  it('port.gms solves to 0.2983636 (the rating constraint is kept)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gamslib/port.gms');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves).toHaveLength(1);
    expect(doc.solves[0]).toMatchObject({ model: 'port', type: 'LP', modelStatus: 1, rows: 5 });
    expect(doc.solves[0].objective).toBeCloseTo(0.2983636, 6);
  });
});
