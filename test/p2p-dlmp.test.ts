// The network-constrained P2P market of seed 002 (models/p2p-dlmp/): the centralized clearing's
// DLMPs and trade prices satisfy the market's optimality conditions, the DLMP-parametrized ADMM
// reaches the centralized DLMPs and welfare on the 4-bus toy and the 69-bus feeder, and trades
// that would break a voltage limit are priced by the DLMPs instead of being dropped.
import { afterAll, describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

const scalar = (doc: any, name: string): number => doc.symbols[name].records[0]?.value ?? 0;
/** A parameter's values by joined key; absent records are 0, as in GAMS. */
const param = (doc: any, name: string) => {
  const m = new Map<string, number>(doc.symbols[name].records.map((r: any) => [r.keys.join('.'), r.value]));
  return (...keys: string[]) => m.get(keys.join('.')) ?? 0;
};
const field = (doc: any, name: string, f: 'level' | 'marginal') => {
  const m = new Map<string, number>(doc.symbols[name].records.map((r: any) => [r.keys.join('.'), r[f]]));
  return (...keys: string[]) => m.get(keys.join('.')) ?? 0;
};

const iterations: Record<string, { iters: number; seconds: number }> = {};
afterAll(() => {
  const rows = Object.entries(iterations).map(
    ([c, r]) => `${c}: ${r.iters} ADMM iterations (${r.seconds.toFixed(1)} s)`,
  );
  console.log(
    `DLMP-parametrized ADMM, same settings (rho0 0.1, alpha 1.6, tol 1e-4 kW):\n  ${rows.join('\n  ')}`,
  );
});

/**
 * The ADMM's point against the centralized clearing run in the same file (dlmp_c, trade_c,
 * price_c): every trade and net injection within 1e-3 kW, every price within 1e-4 relative (DLMPs
 * relative to the largest one, since most are 0).
 */
function expectCentralized(doc: any, prosumers: string[], buses: string[]) {
  const [dlmp, dlmpC] = [param(doc, 'dlmp'), param(doc, 'dlmp_c')];
  const [trade, tradeC] = [param(doc, 'trade'), param(doc, 'trade_c')];
  const [price, priceC] = [param(doc, 'price'), param(doc, 'price_c')];
  const scale = Math.max(...buses.map((b) => Math.abs(dlmpC(b))));
  expect(scale).toBeGreaterThan(1);
  for (const b of buses) expect(Math.abs(dlmp(b) - dlmpC(b)), `dlmp ${b}`).toBeLessThan(1e-4 * scale);
  for (const n of prosumers)
    for (const m of prosumers) {
      if (n === m) continue;
      expect(Math.abs(trade(n, m) - tradeC(n, m)), `trade ${n} ${m}`).toBeLessThan(1e-3);
      expect(Math.abs(price(n, m) - priceC(n, m)) / Math.abs(priceC(n, m)), `price ${n} ${m}`).toBeLessThan(
        1e-4,
      );
    }
  const [p, pC] = [param(doc, 'netinj'), param(doc, 'netinj_c')];
  for (const n of prosumers) expect(Math.abs(p(n) - pC(n)), `injection ${n}`).toBeLessThan(1e-3);
}

/** The checks every centralized clearing must pass: reciprocity and the stationarity of trades and loads. */
function checkMarketOptimality(doc: any, prosumers: string[], busOf: Record<string, string>, gamma: number) {
  const t = field(doc, 't', 'level');
  const own = field(doc, 'own', 'marginal');
  const d = field(doc, 'd', 'level');
  const dlmp = param(doc, 'dlmp');
  const price = param(doc, 'price');
  const ua = param(doc, 'ua');
  const ub = param(doc, 'ub');
  const dmin = param(doc, 'dmin');
  const dmax = param(doc, 'dmax');
  for (const n of prosumers) {
    for (const m of prosumers) {
      if (n === m) continue;
      expect(t(n, m) + t(m, n)).toBeCloseTo(0, 6);
      // The pair's price is the mean of the two prosumers' marginal values of energy ...
      expect(price(n, m)).toBeCloseTo((own(n) + own(m)) / 2, 5);
      // ... and each side trades until the price minus its own value equals its trading cost.
      expect(gamma * t(n, m)).toBeCloseTo(price(n, m) - own(n), 5);
    }
    // A load strictly inside its range: marginal utility = P2P value + DLMP at its bus.
    if (d(n) > dmin(n) + 1e-3 && d(n) < dmax(n) - 1e-3)
      expect(ua(n) - ub(n) * d(n)).toBeCloseTo(own(n) + dlmp(busOf[n]), 5);
  }
}

describe('P2P market on the 4-bus toy feeder', () => {
  it('centralized clearing: the far-end export holds bus 4 at 1.05 pu and the DLMPs fall along the feeder', async () => {
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_4bus.emd');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves).toHaveLength(1);
    expect(doc.solves[0]).toMatchObject({ model: 'central', type: 'QCP', solver: 'ipm', problemClass: 'qp' });
    expect([1, 2]).toContain(doc.solves[0].modelStatus);
    const v = param(doc, 'v_pu');
    expect(v('4')).toBeCloseTo(1.05, 7);
    expect(scalar(doc, 'vmax')).toBeCloseTo(1.05, 7);
    const dlmp = param(doc, 'dlmp');
    // Injecting at a bus that is at its upper voltage limit costs: negative DLMPs, lowest at the end.
    expect(dlmp('1')).toBe(0);
    expect(dlmp('2')).toBeLessThan(-0.5);
    expect(dlmp('3')).toBeLessThan(dlmp('2') - 0.5);
    expect(dlmp('4')).toBeLessThan(dlmp('3') - 0.5);
    checkMarketOptimality(doc, ['A', 'B', 'C'], { A: '2', B: '3', C: '4' }, 0.02);
    // C's PV is curtailed where its market value plus the DLMP reaches zero.
    const g = field(doc, 'g', 'level');
    expect(g('C')).toBeLessThan(450 - 1);
    expect(field(doc, 'own', 'marginal')('C') + dlmp('4')).toBeCloseTo(0, 5);
    // A buys from both sellers; everything is balanced peer to peer.
    const trade = param(doc, 'trade');
    expect(trade('B', 'A')).toBeGreaterThan(100);
    expect(trade('C', 'A')).toBeGreaterThan(100);
    expect(scalar(doc, 'traded_kw')).toBeGreaterThan(400);
    expect(doc.symbols.trade.text).toMatch(/^plot:heatmap /);
    expect(scalar(doc, 'welfare')).toBeCloseTo(9710.0314, 3);
  });

  it('ADMM reaches the centralized DLMPs, trade prices and welfare', async () => {
    const t0 = performance.now();
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_4bus_admm.emd');
    const seconds = (performance.now() - t0) / 1000;
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    const iters = scalar(doc, 'iters');
    iterations['4-bus (3 prosumers)'] = { iters, seconds };
    expect(scalar(doc, 'converged')).toBe(1);
    expect(iters).toBeGreaterThan(5);
    expect(iters).toBeLessThan(200);
    // One central solve, then per iteration one solve per prosumer and one operator solve.
    expect(doc.solves).toHaveLength(1 + 4 * iters);
    expect(doc.solves.map((s: any) => s.model).slice(1, 5)).toEqual([
      'prosumer',
      'prosumer',
      'prosumer',
      'operator',
    ]);
    expect(doc.symbols.res_primal.records).toHaveLength(iters);
    expect(doc.symbols.res_dual.records.length).toBeLessThanOrEqual(iters);
    const last = `k${iters}`;
    expect(param(doc, 'res_primal')(last)).toBeLessThan(1e-4);
    expect(param(doc, 'res_dual')(last)).toBeLessThan(1e-4);
    expect(scalar(doc, 'welfare_gap')).toBeLessThan(1e-4);
    expectCentralized(doc, ['A', 'B', 'C'], ['1', '2', '3', '4']);
  });

  it('the same market split into 9 prosumers clears to the same welfare in no more ADMM iterations', async () => {
    // --split=3 --samemarket=1: every prosumer as three identical copies, with the trading and
    // battery costs scaled so that the aggregate market is unchanged (case_4bus.inc). The penalty
    // per coupling (admm.inc) makes the ADMM's count independent of the number of prosumers.
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_4bus_admm.emd', '--split=3', '--samemarket=1');
    expect(code).toBe(0);
    expect(scalar(doc, 'welfare_c')).toBeCloseTo(9710.031361, 5);
    expect(scalar(doc, 'converged')).toBe(1);
    expect(scalar(doc, 'welfare_gap')).toBeLessThan(1e-4);
    // 55 iterations with 3 prosumers (the test above); 53 with 9.
    expect(scalar(doc, 'iters')).toBe(53);
    const dlmp = param(doc, 'dlmp');
    expect(dlmp('4')).toBeCloseTo(-5.39, 2);
  });

  it('a split that keeps the cost per trade is the unsplit market with gamma/k^2 and cbat/k (--costsof=k)', async () => {
    // The aggregate of the 9-prosumer split (bench/p2p.ts compares their ADMM iterations).
    const split = await solveJson('models/p2p-dlmp/p2p_4bus.emd', '--split=3');
    const costs = await solveJson('models/p2p-dlmp/p2p_4bus.emd', '--costsof=3');
    expect([split.code, costs.code]).toEqual([0, 0]);
    expect(scalar(split.doc, 'welfare')).toBeCloseTo(11141.327132, 5);
    expect(scalar(costs.doc, 'welfare')).toBeCloseTo(11141.327132, 5);
    expect(scalar(costs.doc, 'traded_kw')).toBeCloseTo(scalar(split.doc, 'traded_kw'), 3);
  });
});

describe('P2P market on the modified IEEE 69-bus feeder', () => {
  let central: any;
  it('centralized clearing: the 0.95 pu limit binds at bus 61 and the DLMPs rise along the 53-65 lateral', async () => {
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_69bus.emd');
    central = doc;
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves[0]).toMatchObject({
      model: 'central',
      solver: 'ipm',
      problemClass: 'qp',
      rows: 307,
      columns: 422,
    });
    expect(scalar(doc, 'vmin')).toBeCloseTo(0.95, 7);
    expect(param(doc, 'v_pu')('61')).toBeCloseTo(0.95, 7);
    const dlmp = param(doc, 'dlmp');
    const lateral = ['9', '53', '54', '55', '56', '57', '58', '59', '60', '61'];
    for (let k = 1; k < lateral.length; k++) expect(dlmp(lateral[k])).toBeGreaterThan(dlmp(lateral[k - 1]));
    expect(dlmp('61')).toBeGreaterThan(1);
    // Loads beyond bus 61 see its price; a lateral off the path from the substation to 61 sees the
    // price of the bus where it leaves that path (laterals leaving near the substation: ~0).
    for (const b of ['62', '63', '64', '65']) expect(dlmp(b)).toBeCloseTo(dlmp('61'), 6);
    const junction: Record<string, string> = {
      '28': '3',
      '35': '3',
      '36': '3',
      '46': '3',
      '47': '4',
      '50': '4',
      '27': '9',
      '69': '9',
    };
    for (const [b, j] of Object.entries(junction)) expect(dlmp(b)).toBeCloseTo(dlmp(j), 6);
    expect(Math.abs(dlmp('3'))).toBeLessThan(1e-3);
    const bus: Record<string, string> = {};
    for (const n of doc.symbols.n.records.map((r: any) => r.keys[0])) bus[n] = n.slice(1);
    expect(Object.keys(bus)).toHaveLength(12);
    checkMarketOptimality(doc, Object.keys(bus), bus, 0.02);
    expect(scalar(doc, 'traded_kw')).toBeGreaterThan(1000);
  });

  it('the market split into 24 prosumers (--split=2) clears in 21 ipm iterations, as Ipopt', async () => {
    // 553 rows, 926 columns (bench/p2p.ts --scaling clears it before its ADMM). From μ = 2e-6
    // on, a voltage-drop row ↔ branch flow 2x2 pivot had its row diagonal lost in cancellation
    // (b² carries the determinant); the LDLᵀ's singularity test called it a zero pivot, and the
    // inertia correction's δw = 100 in every iteration stalled ipm (200 iterations, Restoration
    // Failed). Ipopt: 21 iterations, objective -49512.72917793435.
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_69bus.emd', '--split=2');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves[0]).toMatchObject({
      solver: 'ipm',
      modelStatus: 2,
      rows: 553,
      columns: 926,
      iterations: 21,
    });
    expect(Math.abs(doc.solves[0].objective / -49512.72917793435 - 1)).toBeLessThan(1e-9);
    expect(scalar(doc, 'vmin')).toBeCloseTo(0.95, 7);
  });

  it('ADMM reaches the centralized trades and injections within 1e-3 kW, the prices within 1e-4 relative', async () => {
    const t0 = performance.now();
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_69bus_admm.emd');
    const seconds = (performance.now() - t0) / 1000;
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    const iters = scalar(doc, 'iters');
    iterations['69-bus (12 prosumers)'] = { iters, seconds };
    central ??= (await solveJson('models/p2p-dlmp/p2p_69bus.emd')).doc;
    expect(scalar(doc, 'converged')).toBe(1);
    expect(iters).toBeLessThan(200);
    expect(doc.solves).toHaveLength(1 + 13 * iters);
    expect(doc.symbols.res_primal.records).toHaveLength(iters);
    // Against the separate centralized run, bus by bus.
    const dlmp = param(doc, 'dlmp');
    const dlmpC = param(central, 'dlmp');
    let worst = 0;
    for (let b = 1; b <= 69; b++) worst = Math.max(worst, Math.abs(dlmp(String(b)) - dlmpC(String(b))));
    expect(worst).toBeLessThan(
      1e-4 * Math.max(...central.symbols.dlmp.records.map((r: any) => Math.abs(r.value))),
    );
    expect(dlmp('61')).toBeGreaterThan(1);
    const prosumers = doc.symbols.n.records.map((r: any) => r.keys[0]);
    expectCentralized(
      doc,
      prosumers,
      Array.from({ length: 69 }, (_, b) => String(b + 1)),
    );
    const wc = scalar(central, 'welfare');
    expect(Math.abs(scalar(doc, 'welfare_admm') - wc) / Math.abs(wc)).toBeLessThan(1e-4);
    expect(scalar(doc, 'welfare_gap')).toBeLessThan(1e-4);
    // The operator's voltages hold the limit too.
    expect(scalar(doc, 'vmin')).toBeGreaterThan(0.95 - 1e-6);
  });

  it('trades that would take the far end below 0.95 pu are priced by the DLMPs, not dropped', async () => {
    const { code, doc } = await solveJson('models/p2p-dlmp/p2p_69bus_voltage.emd');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves).toHaveLength(2);
    // Plain Newton steps, as Ipopt (19 and 13 iterations): the reactive balance rows hold only
    // flows without curvature and are pivoted with them as 2x2 blocks. With 1x1 pivots ipm
    // regularized every iteration and stopped at 'acceptable' after 36.
    expect(doc.solves.map((s: any) => [s.solver, s.modelStatus, s.iterations])).toEqual([
      ['ipm', 2, 19],
      ['ipm', 2, 14],
    ]);
    // Without the network the market would take the voltage well below the limit ...
    expect(scalar(doc, 'vmin_blind')).toBeLessThan(0.94);
    // ... with it, the limit holds,
    expect(scalar(doc, 'vmin')).toBeGreaterThanOrEqual(0.95 - 1e-6);
    for (const r of doc.symbols.v_pu.records) expect(r.value).toBeGreaterThanOrEqual(0.95 - 1e-6);
    // the DLMPs differ between buses (highest at the far end of the loaded lateral),
    const dlmp = param(doc, 'dlmp');
    expect(scalar(doc, 'dlmp_spread')).toBeGreaterThan(5);
    expect(dlmp('65')).toBeGreaterThan(dlmp('61'));
    expect(dlmp('65')).toBeGreaterThan(dlmp('35') + 5);
    // and the hub at bus 65 still buys peer to peer, less than it would without the network.
    expect(scalar(doc, 'bought_far')).toBeGreaterThan(50);
    expect(scalar(doc, 'bought_far')).toBeLessThan(scalar(doc, 'bought_blind') - 50);
    expect(scalar(doc, 'traded_kw')).toBeGreaterThan(1000);
    // Pricing the network costs welfare, never gains it.
    expect(scalar(doc, 'welfare')).toBeLessThan(scalar(doc, 'welfare_blind'));
  });
});
