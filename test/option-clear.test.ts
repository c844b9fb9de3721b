// `option clear = x` (pool): sets, parameters, variables and equations back to their state after
// declaration, in program order; a name that holds no data is refused.
import { describe, expect, it } from 'vitest';
import { solveText } from './helpers.ts';

const value = (doc: any, name: string) => doc.symbols[name].records[0]?.value ?? 0;

describe('option clear', () => {
  it('resets data, levels and bounds when it runs', async () => {
    const { code, doc, stderr } = await solveText(`Set i / a, b /, s(i);
Parameter p(i) / a 1, b 2 /, np, ns, before, xl, xu;
Positive Variable x(i);
s(i) = yes; x.l(i) = 3; x.up('a') = 5;
before = sum(i, p(i));
option clear = p, clear = s;
option kill = x;
np = sum(i, p(i)); ns = card(s); xl = sum(i, x.l(i)); xu = 1$(x.up('a') = inf);
`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(value(doc, 'before')).toBe(3);
    expect([value(doc, 'np'), value(doc, 'ns'), value(doc, 'xl')]).toEqual([0, 0, 0]);
    // A positive variable's default upper bound.
    expect(value(doc, 'xu')).toBe(1);
  });

  it('refuses a name without data', async () => {
    const { code, doc } = await solveText(`Set i / a /;
Variable z; Equation e; e.. z =e= 1; Model m / e /;
option clear = m;
`);
    expect(code).not.toBe(0);
    expect(doc.diagnostics.map((d: any) => `${d.code} ${d.line}:${d.column}`)).toEqual(['E2033 3:16']);
  });
});
