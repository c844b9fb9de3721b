// The seed markets as equilibria (`solve … using mcp`): seed 001's one-hour market and seed 002's
// P2P market on the 4-bus feeder, each written as its agents' KKT conditions with market clearing
// complementary to the prices. Their prices equal the duals of the welfare optimization (1e-6 for
// seed 001, 1e-5 for seed 002 as the issue asks).
import { describe, expect, it } from 'vitest';
import { rec, solveJson } from './helpers.ts';

const values = (doc: any, sym: string, field: 'level' | 'value' | 'marginal') =>
  Object.fromEntries(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r[field]]));

describe('seed 001 as an equilibrium (models/microgrid/market_1h_mcp.emd)', () => {
  it('one MCP solve gives the published table, and its prices are the welfare problem’s balance marginals', async () => {
    const mcp = (await solveJson('models/microgrid/market_1h_mcp.emd')).doc;
    expect(mcp.diagnostics).toEqual([]);
    expect(mcp.solves[0]).toMatchObject({ type: 'MCP', modelStatus: 1, solveStatus: 1, rows: 18 });
    expect(mcp.solves[0].iterations).toBeLessThanOrEqual(10);
    const within4 = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(5e-5);
    const D = values(mcp, 'D', 'value');
    const G = values(mcp, 'G', 'level');
    const lambda = values(mcp, 'lambda', 'level');
    const published = {
      D: [2.6049, 0.1486, 0.1486],
      G: [0.1049, 0.1486, 0.1486],
      lambda: [3.098, 1.2972, 1.2972],
    };
    ['A', 'B', 'C'].forEach((mg, k) => {
      within4(D[mg], published.D[k]);
      within4(G[mg], published.G[k]);
      within4(lambda[mg], published.lambda[k]);
    });
    const P = values(mcp, 'P', 'level');
    within4(P.A2B, -1);
    within4(P.A2C, -1);
    within4(P.B2C, 0);
    within4(rec(mcp, 'TotalCost').value, -16.3544);
    // The centralized welfare problem (DNLP, ipm): the same prices as its balance marginals.
    const welfare = (await solveJson('models/microgrid/market_1h.emd', '--solver', 'ipm')).doc;
    const duals = values(welfare, 'balance', 'marginal');
    for (const mg of ['A', 'B', 'C']) expect(Math.abs(lambda[mg] - duals[mg]), mg).toBeLessThan(1e-6);
  });
});

describe('seed 002 as a variational equilibrium (models/p2p-dlmp/p2p_4bus_mcp.emd)', () => {
  it('the DLMPs, trade prices and welfare of the centralized clearing (p2p_4bus.emd)', async () => {
    const mcp = (await solveJson('models/p2p-dlmp/p2p_4bus_mcp.emd')).doc;
    expect(mcp.diagnostics).toEqual([]);
    expect(mcp.solves[0]).toMatchObject({ type: 'MCP', modelStatus: 1, solveStatus: 1, rows: 57 });
    const central = (await solveJson('models/p2p-dlmp/p2p_4bus.emd')).doc;
    const [dm, dc] = [values(mcp, 'dlmp', 'value'), values(central, 'dlmp', 'value')];
    // The tolerance for seed 002 (measured: 1.5e-6 cents per kWh at bus 3).
    for (const bus of ['2', '3', '4']) expect(Math.abs(dm[bus] - dc[bus]), bus).toBeLessThan(1e-5);
    expect(dm['4']).toBeCloseTo(-5.39, 6);
    const [pm, pc] = [values(mcp, 'price', 'value'), values(central, 'price', 'value')];
    for (const k of Object.keys(pc)) expect(Math.abs(pm[k] - pc[k]), k).toBeLessThan(1e-5);
    // Welfare 9710.0313 cents: the two agree to 1.1e-4 cents (1e-8 relative).
    expect(rec(mcp, 'welfare').value).toBeCloseTo(rec(central, 'welfare').value, 3);
    expect(rec(mcp, 'vmax').value).toBeCloseTo(1.05, 7);
  });
});

describe('seed 002 on the 69-bus feeder (models/p2p-dlmp/p2p_69bus_mcp.emd)', () => {
  it('the monotone restart finds the equilibrium: DLMPs and trade prices of the centralized QP (p2p_69bus.emd)', async () => {
    const mcp = (await solveJson('models/p2p-dlmp/p2p_69bus_mcp.emd')).doc;
    expect(mcp.diagnostics).toEqual([]);
    expect(mcp.solves[0]).toMatchObject({
      type: 'MCP',
      modelStatus: 1,
      solveStatus: 1,
      rows: 726,
      iterations: 85,
    });
    const central = (await solveJson('models/p2p-dlmp/p2p_69bus.emd')).doc;
    const [dm, dc] = [values(mcp, 'dlmp', 'value'), values(central, 'dlmp', 'value')];
    expect(Object.keys(dc)).toHaveLength(68);
    // Measured: 2.2e-6 cents per kWh at bus 61 at most (the QP's interior-point duals stop at 1e-8).
    for (const bus of Object.keys(dc)) expect(Math.abs(dm[bus] - dc[bus]), bus).toBeLessThan(1e-5);
    const [pm, pc] = [values(mcp, 'price', 'value'), values(central, 'price', 'value')];
    expect(Object.keys(pc)).toHaveLength(132);
    for (const k of Object.keys(pc)) expect(Math.abs(pm[k] - pc[k]), k).toBeLessThan(1e-5);
    // Welfare 48105.985 cents: the two agree to 5e-4 cents (1e-8 relative).
    expect(rec(mcp, 'welfare').value).toBeCloseTo(rec(central, 'welfare').value, 2);
  });
});

describe('Nash–Cournot competition on a network (models/equilibrium/)', () => {
  const table = (doc: any, sym: string) => values(doc, sym, 'value');

  it('two symmetric firms on an uncongested line: the hand-computed duopoly, 30 MW per node at a price of 40', async () => {
    const { doc } = await solveJson('models/equilibrium/cournot_network_2firms.emd');
    expect(doc.solves.map((s: any) => [s.type, s.modelStatus])).toEqual([
      ['MCP', 1],
      ['MCP', 1],
    ]);
    const price = table(doc, 'price');
    const sales = table(doc, 'sales');
    for (const n of ['n1', 'n2']) {
      expect(price[`${n}.cournot`]).toBeCloseTo(40, 8); // (a + 2c)/3
      expect(price[`${n}.competitive`]).toBeCloseTo(10, 8); // marginal cost
      for (const f of ['A', 'B']) expect(sales[`${f}.${n}.cournot`]).toBeCloseTo(30, 8); // (a − c)/(3b)
    }
    expect(table(doc, 'gen')['A.cournot']).toBeCloseTo(60, 8);
    expect(table(doc, 'welfare')['cournot']).toBeCloseTo(7200, 6);
    expect(table(doc, 'welfare')['competitive']).toBeCloseTo(8100, 6);
  });

  it('three firms, a congested line: the Cournot equilibrium differs from the welfare optimum, whose prices the QP confirms', async () => {
    const { doc } = await solveJson('models/equilibrium/cournot_network.emd');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves.map((s: any) => [s.type, s.modelStatus])).toEqual([
      ['MCP', 1],
      ['MCP', 1],
      ['QCP', 2], // ipm reports a convex QP's optimum as Locally Optimal
    ]);
    const price = table(doc, 'price');
    // By hand, node by node: with the n2–n3 line at its 20 MW limit, its transmission price is 4;
    // firm f sells p − w(i) − (c_f − w at its node) at node i: A 29/29/28, B 19/19/18, C 13/13/12.
    const cournot = { n1: 39, n2: 39, n3: 42 };
    for (const [n, p] of Object.entries(cournot)) expect(price[`${n}.cournot`], n).toBeCloseTo(p, 7);
    const gen = table(doc, 'gen');
    expect([gen['A.cournot'], gen['B.cournot'], gen['C.cournot']].map((v) => +v.toFixed(7))).toEqual([
      86, 56, 38,
    ]);
    expect(table(doc, 'flow')['l23.cournot']).toBeCloseTo(20, 7);
    // Price takers reach the welfare optimum: the QP's nodal marginals are their prices.
    const nodal = table(doc, 'nodal');
    for (const n of ['n1', 'n2', 'n3'])
      expect(Math.abs(price[`${n}.competitive`] - nodal[n]), n).toBeLessThan(1e-6);
    expect(table(doc, 'welfare')['competitive']).toBeCloseTo(10550, 5);
    expect(table(doc, 'welfare')['cournot']).toBeCloseTo(9477, 5);
  });
});
