// QP conformance: HS35, HS76 and a 1,000-asset mean-variance portfolio give the same optimum
// with highs (active set) and ipm (interior point), and with native Ipopt.
import { describe, expect, it } from 'vitest';
import { solveJson } from '../helpers.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('QP conformance', () => {
  for (const [model, published] of [
    ['models/nlp/hs/hs035.emd', 1 / 9],
    ['models/nlp/hs/hs076.emd', -4.681818181818182],
  ] as const) {
    it(`${model}: highs and ipm reach the published optimum ${published.toPrecision(8)}`, async () => {
      const h = await solveJson(model, '--solver', 'highs');
      const i = await solveJson(model, '--solver', 'ipm');
      expect(h.doc.solves[0].problemClass).toBe('qp');
      expect(rel(h.doc.solves[0].objective, published)).toBeLessThan(1e-6);
      expect(rel(i.doc.solves[0].objective, published)).toBeLessThan(1e-6);
    });
  }
  it('portfolio of 1,000 assets: highs, ipm and Ipopt agree', async () => {
    const h = await solveJson('models/qp/portfolio.emd');
    expect(h.doc.solves[0]).toMatchObject({ solver: 'highs', problemClass: 'qp', modelStatus: 1 });
    const ref = h.doc.solves[0].objective;
    expect(ref).toBeCloseTo(-0.0596979567, 9);
    // Interior-point solvers relax every bound by 1e-8 (Ipopt's bound_relax_factor): with 1,000
    // weights at 0 that shifts the budget by up to 1e-5, so compare with the relaxation off.
    const o = await solveJson(
      'models/qp/portfolio.emd',
      '--solver',
      'ipopt',
      '--option',
      'bound_relax_factor=0',
      '--option',
      'tol=1e-12',
    );
    expect(rel(o.doc.solves[0].objective, ref)).toBeLessThan(1e-6);
    const i = await solveJson('models/qp/portfolio.emd', '--solver', 'ipm', '--option', 'bound_relax_factor=0', '--option', 'tol=1e-12');
    expect(rel(i.doc.solves[0].objective, ref)).toBeLessThan(1e-6);
    // With the default relaxation the budget moves by up to 1e-5 and the optimum by about 5e-7.
    const d = await solveJson('models/qp/portfolio.emd', '--solver', 'ipm', '--option', 'tol=1e-12');
    expect(Math.abs(d.doc.solves[0].objective - ref)).toBeGreaterThan(1e-7);
    expect(Math.abs(d.doc.solves[0].objective - ref)).toBeLessThan(1e-6);
  });
});
