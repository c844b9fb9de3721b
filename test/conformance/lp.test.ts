// Every LP and MIP model in the repository gives the same objective with glpk and highs
// (1e-9 relative), and the same duals where they are unique (non-degenerate optima).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listModels } from '../fuzz.ts';
import { root, solveJson } from '../helpers.ts';

/** Models whose every solve is LP/MIP/RMIP (found from the source, so new models join the table). */
const linearModels = listModels(`${root}/models`).filter((p) => {
  const text = readFileSync(p, 'utf8');
  const types = [...text.matchAll(/\busing\s+(\w+)/gi)].map((m) => m[1].toLowerCase());
  return (
    types.length > 0 &&
    types.every((t) => t === 'lp' || t === 'mip' || t === 'rmip') &&
    !/transport_infeasible/.test(p)
  );
});

/** Equations whose marginals are unique at the optimum (checked by hand: non-degenerate bases). */
const uniqueDuals: Record<string, string[]> = {
  'models/classic/transport.gms': ['demand', 'supply', 'cost'],
};

describe('LP/MIP conformance: glpk and highs agree', () => {
  it('finds the repository LP/MIP models', () => {
    expect(linearModels.map((p) => relative(root, p))).toEqual(
      expect.arrayContaining([
        'models/classic/transport.gms',
        'models/classic/unit_commitment.emd',
        'models/classic/storage_dispatch.emd',
      ]),
    );
  });
  for (const path of linearModels) {
    const rel = relative(root, path);
    it(rel, async () => {
      const [g, h] = await Promise.all([
        solveJson(rel, '--solver', 'glpk'),
        solveJson(rel, '--solver', 'highs'),
      ]);
      expect(g.code).toBe(0);
      expect(h.code).toBe(0);
      expect(g.doc.solves.length).toBe(h.doc.solves.length);
      g.doc.solves.forEach((s: any, k: number) => {
        const o = h.doc.solves[k].objective;
        expect(Math.abs(s.objective - o)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(o)));
      });
      for (const eq of uniqueDuals[rel] ?? []) {
        const gm = g.doc.symbols[eq].records.map((r: any) => r.marginal);
        const hm = h.doc.symbols[eq].records.map((r: any) => r.marginal);
        gm.forEach((m: number, k: number) => expect(m).toBeCloseTo(hm[k], 9));
      }
    });
  }
});
