// An infeasible transport variant (demand 1100 above supply 950) is explained through the CLI:
// the shortfall, the rows that must give way, and the irreducible infeasible subset with lines.
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

describe('--explain-infeasible on models/classic/transport_infeasible.gms', () => {
  for (const solver of ['glpk', 'highs']) {
    it(`names the supply and demand rows and the shortfall of 150 (${solver})`, async () => {
      const { code, doc, stderr } = await solveJson(
        'models/classic/transport_infeasible.gms',
        '--explain-infeasible',
        '--solver',
        solver,
      );
      expect(code).toBe(3);
      const s = doc.solves[0];
      expect(s).toMatchObject({ modelStatus: 4, modelStatusText: 'Infeasible', objective: null });
      const r = s.infeasibility;
      expect(r.status).toBe('infeasible');
      expect(r.totalViolation).toBeCloseTo(150, 9);
      expect(r.repair.reduce((t: number, e: any) => t + e.amount, 0)).toBeCloseTo(150, 9);
      expect(r.iis.proven).toBe(true);
      expect(r.iis.constraints.map((c: any) => c.name).sort()).toEqual(
        [
          'demand(chicago)',
          'demand(new-york)',
          'demand(topeka)',
          'supply(san-diego)',
          'supply(seattle)',
        ].sort(),
      );
      expect(stderr).toContain('The smallest total violation is 150');
      expect(stderr).toMatch(/supply\(seattle\) =l= 350 +at .*transport_infeasible\.gms:52:1/);
    });
  }
  it('is off by default: the solve just reports Infeasible', async () => {
    const { code, doc } = await solveJson('models/classic/transport_infeasible.gms');
    expect(code).toBe(3);
    expect(doc.solves[0].infeasibility).toBeUndefined();
    expect(doc.diagnostics.map((d: any) => d.code)).toEqual(['W3001']);
  });
});
