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
});
