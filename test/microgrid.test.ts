// Seed 001 (../shared/SEEDS.md): the centralized welfare problem reproduces the published table
// to 4 decimals with both NLP solvers: D, G, lambda (balance marginals), transfers, TotalCost.
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

const published = {
  D: { A: 2.6049, B: 0.1486, C: 0.1486 },
  G: { A: 0.1049, B: 0.1486, C: 0.1486 },
  lambda: { A: 3.098, B: 1.2972, C: 1.2972 },
  P_A2B: -1,
  P_A2C: -1,
  P_B2C: 0,
  TotalCost: -16.3544,
};

const within4 = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(5e-5);

describe('seed 001 market, centralized (models/microgrid/market_1h.emd)', () => {
  for (const solver of ['ipm', 'ipopt']) {
    it(`reproduces the published table with ${solver}`, async () => {
      const { code, doc } = await solveJson('models/microgrid/market_1h.emd', '--solver', solver);
      expect(code).toBe(0);
      expect(doc.solves[0]).toMatchObject({ type: 'DNLP', solver, modelStatus: 2, problemClass: 'dnlp' });
      const recs = (name: string) => Object.fromEntries(doc.symbols[name].records.map((r: any) => [r.keys.join('.'), r]));
      for (const mg of ['A', 'B', 'C'] as const) {
        within4(recs('D')[mg].level, published.D[mg]);
        within4(recs('G')[mg].level, published.G[mg]);
        within4(recs('lambda')[mg].value, published.lambda[mg]);
        within4(recs('balance')[mg].marginal, published.lambda[mg]);
      }
      within4(doc.symbols.P_A2B.records[0].level, published.P_A2B);
      within4(doc.symbols.P_A2C.records[0].level, published.P_A2C);
      within4(doc.symbols.P_B2C.records[0].level, published.P_B2C);
      within4(doc.symbols.TotalCost.records[0].value, published.TotalCost);
      // The min() utility is reformulated as a hypograph, once per microgrid, and reported.
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({ code: 'W4002', severity: 'info', line: 43, message: "3 min(...) term(s) of equation 'welfare' are reformulated as smooth hypograph constraints (one extra variable each)." }),
      ]);
    });
  }
});
