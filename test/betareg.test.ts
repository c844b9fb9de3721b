// betareg(x, a, b) of a variable x (procmean): a polynomial in x for positive integer a and b, so
// NLP solvers get exact derivatives; other shape parameters are refused with their values.
import { describe, expect, it } from 'vitest';
import { solveText } from './helpers.ts';

const value = (doc: any, name: string) => doc.symbols[name].records[0]?.value ?? 0;
const codes = (doc: any) => doc.diagnostics.map((d: any) => `${d.code} ${d.line}:${d.column}`);

describe('betareg of a variable', () => {
  it('solves for the median of Beta(2,3) and matches betareg on data', async () => {
    const { code, doc } = await solveText(`Scalar a / 2 /, b / 3 /, at, med;
Variable x, z;
x.lo = 0.01; x.up = 0.99; x.l = 0.2;
Equation e;
e.. z =e= sqr(betareg(x, a, b) - 0.5);
Model m / e /;
solve m using nlp minimizing z;
at = betareg(x.l, a, b); med = x.l;
`);
    expect(code).toBe(0);
    expect(value(doc, 'at')).toBeCloseTo(0.5, 7);
    // I_x(2,3) = 6x^2 - 8x^3 + 3x^4 = 0.5 at x = 0.385727...
    expect(value(doc, 'med')).toBeCloseTo(0.3857275681323, 6);
  });

  it('refuses a variable shape parameter (E2041) and a non-integer one (E2351)', async () => {
    const bad = await solveText(`Variable x, z, s; Equation e; e.. z =e= betareg(x, s, 2);
Model m / e /; solve m using nlp minimizing z;
`);
    expect(codes(bad.doc)).toEqual(['E2041 1:52']);
    const frac = await solveText(`Scalar a / 2.5 /; Variable x, z; x.lo = 0.1; x.up = 0.9;
Equation e; e.. z =e= betareg(x, a, 2);
Model m / e /; solve m using nlp minimizing z;
`);
    expect(frac.doc.diagnostics.map((d: any) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "E2351 2:23 Function 'betareg' of a variable argument needs positive integer shape parameters a and b with a variable x (here a = 2.5, b = 2).",
    ]);
  });
});
