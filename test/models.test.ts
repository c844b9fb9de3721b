// End-to-end runs of the classic models against their known optima, through the CLI's --json.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

import { root, solveJson, rec } from './helpers.ts';

describe('transport (GAMS trnsport, unchanged)', () => {
  for (const solver of ['glpk', 'highs']) {
    it(`z = 153.675 and demand marginals 0.225 / 0.153 / 0.126 with ${solver}`, async () => {
      const { code, doc } = await solveJson('models/classic/transport.gms', '--solver', solver);
      expect(code).toBe(0);
      expect(doc.ok).toBe(true);
      expect(doc.solves).toHaveLength(1);
      expect(doc.solves[0]).toMatchObject({
        model: 'transport',
        type: 'LP',
        solver,
        modelStatus: 1,
        solveStatus: 1,
        rows: 6,
        columns: 7,
        nonzeros: 19,
      });
      expect(doc.solves[0].objective).toBeCloseTo(153.675, 9);
      expect(rec(doc, 'demand', 'new-york').marginal).toBeCloseTo(0.225, 9);
      expect(rec(doc, 'demand', 'chicago').marginal).toBeCloseTo(0.153, 9);
      expect(rec(doc, 'demand', 'topeka').marginal).toBeCloseTo(0.126, 9);
      expect(rec(doc, 'supply', 'seattle')).toMatchObject({ lower: null, upper: 350 });
      expect(rec(doc, 'x', 'seattle', 'topeka').marginal).toBeCloseTo(0.036, 9);
      if (solver === 'glpk') {
        // The primal optimum is not unique (HiGHS ships 300 from Seattle); GLPK returns GAMS's vertex.
        expect(rec(doc, 'supply', 'seattle').level).toBeCloseTo(350, 9);
        expect(rec(doc, 'x', 'seattle', 'chicago').level).toBeCloseTo(300, 9);
        expect(rec(doc, 'x', 'san-diego', 'topeka').level).toBeCloseTo(275, 9);
      }
      expect(rec(doc, 'c', 'seattle', 'new-york').value).toBeCloseTo(0.225, 12);
      expect(doc.diagnostics).toEqual([]);
    });
  }
  it('prints the GAMS-layout display and the summary line', async () => {
    let out = '';
    const code = await main(['solve', join(root, 'models/classic/transport.gms')], {
      stdout: (t) => void (out += t),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(out).toContain(
      [
        '             new-york     chicago      topeka',
        '',
        'seattle        50.000     300.000',
        'san-diego     275.000                 275.000',
      ].join('\n'),
    );
    expect(out).toMatch(
      /Solve transport using LP minimizing z \[glpk\]: Optimal \(Normal Completion\), objective 153\.675;/,
    );
  });
});

/** Independent optimum of the unit-commitment model: enumerate all 2^12 commitments, dispatch by merit order. */
function ucByEnumeration(): number {
  const units = [
    { cap: 60, mc: 10, fixed: 100, startup: 300 },
    { cap: 40, mc: 20, fixed: 40, startup: 50 },
    { cap: 30, mc: 45, fixed: 5, startup: 0 },
  ];
  const demand = [50, 90, 110, 60];
  let best = Infinity;
  for (let bits = 0; bits < 1 << 12; bits++) {
    const on = (g: number, t: number) => (bits >> (g * 4 + t)) & 1;
    let total = 0;
    let ok = true;
    for (let t = 0; t < 4 && ok; t++) {
      const running = [0, 1, 2].filter((g) => on(g, t)).sort((a, b) => units[a].mc - units[b].mc);
      let rest = demand[t];
      for (const g of running) {
        const q = Math.min(rest, units[g].cap);
        total += q * units[g].mc + units[g].fixed + (t === 0 || !on(g, t - 1) ? units[g].startup : 0);
        rest -= q;
      }
      ok = rest <= 0;
    }
    if (ok) best = Math.min(best, total);
  }
  return best;
}

describe('unit commitment (MIP with lags)', () => {
  const expected = ucByEnumeration();
  it('enumeration gives 4985', () => expect(expected).toBe(4985));
  for (const solver of ['glpk', 'highs']) {
    it(`${solver} finds the enumerated optimum`, async () => {
      const { code, doc } = await solveJson('models/classic/unit_commitment.emd', '--solver', solver);
      expect(code).toBe(0);
      expect(doc.solves[0]).toMatchObject({ type: 'MIP', modelStatus: 1, problemClass: 'mip' });
      expect(doc.solves[0].objective).toBeCloseTo(expected, 6);
      expect(rec(doc, 'u', 'peaker', 't3').level).toBe(1);
      expect(rec(doc, 'u', 'peaker', 't4').level).toBe(0);
      expect(rec(doc, 's', 'ccgt', 't2').level).toBe(1);
    });
  }
});

describe('storage dispatch (multi-period LP with lags)', () => {
  it('optimum 300 buying at t1 and t3', async () => {
    const { code, doc } = await solveJson('models/classic/storage_dispatch.emd');
    expect(code).toBe(0);
    expect(doc.solves[0].objective).toBeCloseTo(300, 9);
    expect(doc.symbols.buy.records.map((r: any) => [r.keys[0], r.level])).toEqual([
      ['t1', 10],
      ['t2', 0],
      ['t3', 10],
      ['t4', 0],
    ]);
    expect(rec(doc, 'soc', 't4').level).toBeCloseTo(0, 12);
  });
});
