// Seed 000 (../shared/SEEDS.md): the 24-hour three-microgrid market with batteries, solved as one
// welfare NLP (models/microgrid/market_24h_foresight.emd) and by the ADMM price loop
// (market_24h_decomposed.emd): same welfare, prices equal to the balance marginals, and the
// parameters the plotting code picks up.
import { beforeAll, describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';
import { plotSpecs } from '../src/report/plot.ts';

const MG = ['A', 'B', 'C'];
const HOURS = Array.from({ length: 24 }, (_, k) => `t${k + 1}`);
const byKey = (doc: any, sym: string) =>
  new Map<string, any>(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r]));
const scalar = (doc: any, sym: string) => doc.symbols[sym].records[0]?.value ?? 0;

let central: any;
let decomposed: any;

beforeAll(async () => {
  const c = await solveJson('models/microgrid/market_24h_foresight.emd');
  expect(c.code).toBe(0);
  central = c.doc;
  const d = await solveJson('models/microgrid/market_24h_decomposed.emd');
  expect(d.code).toBe(0);
  decomposed = d.doc;
}, 300_000);

describe('seed 000 market, centralized (models/microgrid/market_24h_foresight.emd)', () => {
  it('solves the welfare NLP with ipm; Ipopt finds the same optimum', async () => {
    expect(central.diagnostics).toEqual([]);
    expect(central.solves).toHaveLength(1);
    expect(central.solves[0]).toMatchObject({
      type: 'NLP',
      solver: 'ipm',
      modelStatus: 2,
      problemClass: 'nlp',
      problemClassReason: 'row 0 (welfare) contains log',
      rows: 145,
      columns: 1945,
    });
    const w = scalar(central, 'welfare_val');
    expect(w).toBeCloseTo(80969.645, 2);
    expect(scalar(central, 'TotalCost')).toBeCloseTo(-w, 9);
    const ipopt = await solveJson('models/microgrid/market_24h_foresight.emd', '--solver', 'ipopt');
    expect(ipopt.code).toBe(0);
    expect(Math.abs(scalar(ipopt.doc, 'welfare_val') - w)).toBeLessThan(1e-6 * w);
  }, 120_000);

  it('keeps the battery within its limits and the day energy-neutral, and every balance holds', () => {
    const soc = byKey(central, 'soc');
    for (const mg of MG) {
      for (const t of HOURS) {
        const s = soc.get(`${mg}.${t}`).value;
        expect(s).toBeGreaterThanOrEqual(0.15 - 1e-9);
        expect(s).toBeLessThanOrEqual(0.95 + 1e-9);
      }
      expect(soc.get(`${mg}.t24`).value).toBeGreaterThanOrEqual(0.5 - 1e-9);
    }
    // The stacked dispatch (grid + PV + battery + transfers) adds up to the energy served.
    const disp = byKey(central, 'dispatch');
    const demand = byKey(central, 'demand');
    for (const mg of MG) {
      for (const t of HOURS) {
        const supply = ['grid', 'pv', 'battery', 'transfer'].reduce(
          (s, src) => s + (disp.get(`${mg}.${src}.${t}`)?.value ?? 0),
          0,
        );
        expect(Math.abs(supply - demand.get(`${mg}.${t}`).value)).toBeLessThan(1e-6);
      }
    }
    // Prices are the balance marginals, positive and of the order of the grid's marginal cost.
    const price = byKey(central, 'price');
    const balance = byKey(central, 'balance');
    for (const [k, r] of price) {
      expect(r.value).toBe(balance.get(k).marginal);
      expect(r.value).toBeGreaterThan(2);
      expect(r.value).toBeLessThan(12);
    }
  });
});

describe('seed 000 market, ADMM price loop (models/microgrid/market_24h_decomposed.emd)', () => {
  it('reaches the centralized welfare to 1e-4 (relative) within 200 passes', () => {
    expect(decomposed.diagnostics).toEqual([]);
    const iters = scalar(decomposed, 'iters');
    expect(iters).toBeGreaterThan(20);
    expect(iters).toBeLessThan(200);
    // One block-diagonal operator NLP per pass, all solved.
    expect(decomposed.solves).toHaveLength(iters);
    expect(decomposed.solves.every((s: any) => s.model === 'operator' && s.modelStatus === 2)).toBe(true);
    const wc = scalar(central, 'welfare_val');
    const wd = scalar(decomposed, 'welfare_val');
    expect(Math.abs(wd - wc)).toBeLessThan(1e-4 * Math.abs(wc));
  });

  it('ends with flows within 1e-3 kW and prices within 1e-4 relative of the centralized solution', () => {
    const price = byKey(decomposed, 'price');
    const balance = byKey(central, 'balance');
    expect(price.size).toBe(72);
    let worst = 0;
    for (const mg of MG)
      for (const t of HOURS) {
        const ref = balance.get(`${mg}.${t}`).marginal;
        worst = Math.max(worst, Math.abs(price.get(`${mg}.${t}`).value - ref) / Math.abs(ref));
      }
    expect(worst).toBeLessThan(1e-4);
    // Every flow: grid purchases, battery charge and discharge, transfers and energy served.
    const gap = (a: Map<string, any>, b: Map<string, any>, fa: string, fb: string) =>
      Math.max(...[...a].map(([k, r]) => Math.abs(r[fa] - (b.get(k)?.[fb] ?? 0))));
    for (const v of ['G', 'bch', 'bdis', 'pvu'])
      expect(gap(byKey(central, v), byKey(decomposed, v), 'level', 'level'), v).toBeLessThan(1e-3);
    expect(gap(byKey(central, 'tr'), byKey(decomposed, 'transfer'), 'level', 'value')).toBeLessThan(1e-3);
    expect(gap(byKey(central, 'demand'), byKey(decomposed, 'demand'), 'value', 'value')).toBeLessThan(1e-3);
    // The same battery schedule, to the ADMM's accuracy.
    const sc = byKey(central, 'soc');
    const sd = byKey(decomposed, 'soc');
    for (const [k, r] of sc) expect(Math.abs(sd.get(k).value - r.value)).toBeLessThan(1e-4);
  });

  it('records residual histories that end below the tolerance', () => {
    const iters = scalar(decomposed, 'iters');
    const rp = byKey(decomposed, 'res_primal');
    const rd = byKey(decomposed, 'res_dual');
    expect(rp.size).toBe(iters);
    expect(rd.size).toBe(iters);
    expect(rp.get(`i${iters}`).value).toBeLessThan(1e-5);
    expect(rd.get(`i${iters}`).value).toBeLessThan(1e-5);
    expect(rp.get('i1').value).toBeGreaterThan(1);
    // rho starts at 0.8 and only changes by factors of 1.5.
    const rho = [...byKey(decomposed, 'rho_hist').values()].map((r: any) => r.value);
    expect(rho[0]).toBe(0.8);
    for (const r of rho)
      expect(
        Math.abs(Math.log(r / 0.8) / Math.log(1.5) - Math.round(Math.log(r / 0.8) / Math.log(1.5))),
      ).toBeLessThan(1e-9);
  });

  it('offers prices, SOC, stacked dispatch and residuals to the plotting code', () => {
    const specs = new Map(plotSpecs(decomposed).map((p) => [p.name, p]));
    expect(specs.get('price')?.kind).toBe('multiline');
    expect(specs.get('soc')?.kind).toBe('multiline');
    for (const mg of MG) expect(specs.get(`dispatch_${mg}`)?.kind).toBe('stack');
    for (const r of ['res_primal', 'res_dual']) {
      expect(specs.get(r)?.kind).toBe('line');
      expect((specs.get(r)?.spec as any).encoding.y.scale).toEqual({ type: 'log' });
    }
    // Work parameters of the algorithm stay out of the plots.
    for (const work of ['xd', 'p', 'pc', 'lambda', 'loadW', 'dem']) expect(specs.has(work)).toBe(false);
    const central_ = new Set(plotSpecs(central).map((p) => p.name));
    for (const name of ['price', 'soc', 'dispatch_A', 'dispatch_B', 'dispatch_C'])
      expect(central_.has(name)).toBe(true);
  });
});

describe('seed 000 market as the seed clears it, hour by hour (models/microgrid/market_24h_seed.emd)', () => {
  // Three noon hours: PV, transfers in both directions, a coupled limit and curtailment at a price
  // of 0 all occur; the whole day is the same loop 24 times.
  let seed: any;
  beforeAll(async () => {
    const r = await solveJson('models/microgrid/market_24h_seed.emd', '--hours=t11*t13');
    expect(r.code).toBe(0);
    seed = r.doc;
  }, 300_000);

  it('reaches the prices of an hour-by-hour centralized clearing within 1e-5', () => {
    expect(seed.diagnostics.filter((d: any) => d.severity === 'error')).toEqual([]);
    // One centralized welfare NLP per hour (the check); the seed's algorithm itself solves nothing.
    expect(seed.solves.map((s: any) => [s.model, s.modelStatus])).toEqual([
      ['hourly', 2],
      ['hourly', 2],
      ['hourly', 2],
    ]);
    const price = byKey(seed, 'price');
    const central = byKey(seed, 'price_c');
    let worst = 0;
    for (const mg of MG)
      for (const t of ['t11', 't12', 't13'])
        worst = Math.max(
          worst,
          Math.abs((price.get(`${mg}.${t}`)?.value ?? 0) - (central.get(`${mg}.${t}`)?.value ?? 0)),
        );
    expect(worst).toBeLessThan(1e-5);
    expect(scalar(seed, 'price_gap')).toBeLessThan(1e-5);
    // A's price at 11:00 is its grid's marginal cost region, C's near 0 (its PV surplus).
    expect(price.get('A.t11').value).toBeCloseTo(2.0097, 3);
    expect(price.get('C.t11').value).toBeCloseTo(0.0292, 3);
  });

  it('trades over the transfers, updates the state of charge between hours, and counts its iterations', () => {
    const tr = byKey(seed, 'transfer');
    expect(tr.get('BC.t11').value).toBeLessThan(-5);
    expect(tr.get('AB.t13').value).toBeGreaterThan(4);
    const soc = byKey(seed, 'soc');
    const battery = byKey(seed, 'battery');
    for (const mg of MG) {
      let prev = 0.5;
      for (const t of ['t11', 't12', 't13']) {
        const s = soc.get(`${mg}.${t}`).value;
        expect(s).toBeCloseTo(prev - (battery.get(`${mg}.${t}`)?.value ?? 0) / 1000, 12);
        prev = s;
      }
    }
    expect(scalar(seed, 'total_o')).toBeGreaterThan(100);
    expect(scalar(seed, 'total_i')).toBeGreaterThan(scalar(seed, 'total_o'));
  });
});
