// Complementarity models end to end (`model m / e.x /`, `solve m using mcp`): transmcp from the
// GAMS Model Library gives the transport solution, a two-firm Cournot market its hand-computed
// equilibrium; bad pairings and non-square models get diagnostics, a problem without a solution a status.
import { describe, expect, it } from 'vitest';
import { rec, solveJson } from './helpers.ts';

describe('solve … using mcp', () => {
  it('transmcp (GAMS Model Library, SEQ=126): the transport solution, cost 153.675, prices 0.225/0.153/0.126', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/transmcp.gms');
    expect(doc.solves.map((s: any) => [s.type, s.modelStatus, s.solveStatus])).toEqual([
      ['MCP', 1, 1],
      ['MCP', 1, 1],
      ['MCP', 1, 1],
      ['MCP', 1, 1],
    ]);
    const fixed = (r: string, c: string) => rec(doc, 'report', r, c, 'fixed')?.value ?? 0;
    expect(fixed('price', 'new-york')).toBeCloseTo(0.225, 9);
    expect(fixed('price', 'chicago')).toBeCloseTo(0.153, 9);
    expect(fixed('price', 'topeka')).toBeCloseTo(0.126, 9);
    // Transport cost of the shipments (c = 90 d / 1000): 153.675 thousand dollars, as in trnsport.
    const d: Record<string, number> = {
      'seattle.new-york': 2.5,
      'seattle.chicago': 1.7,
      'seattle.topeka': 1.8,
      'san-diego.new-york': 2.5,
      'san-diego.chicago': 1.8,
      'san-diego.topeka': 1.4,
    };
    let cost = 0;
    for (const [k, dist] of Object.entries(d))
      cost += (90 * dist * fixed(...(k.split('.') as [string, string]))) / 1000;
    expect(cost).toBeCloseTo(153.675, 6);
    expect(fixed('seattle', 'chicago')).toBeCloseTo(300, 6);
    expect(fixed('san-diego', 'topeka')).toBeCloseTo(275, 6);
  });

  it('a two-firm symmetric Cournot market: q = (a − c)/(3b) = 30 each; foc.m reports q.l', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/cournot2.gms');
    expect(doc.solves[0]).toMatchObject({ type: 'MCP', modelStatus: 1, solveStatus: 1, objective: null });
    for (const f of ['f1', 'f2']) {
      expect(rec(doc, 'q', f).level).toBeCloseTo(30, 9);
      expect(rec(doc, 'foc', f).marginal).toBeCloseTo(30, 9);
      expect(rec(doc, 'q', f).marginal).toBeCloseTo(0, 9);
    }
  });

  it('bad pairings: different dimensions, an equation and a variable matched twice', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/bad-matches.gms');
    expect(doc.diagnostics.map((d: any) => `${d.code} ${d.line}:${d.column}`)).toEqual([
      'E2201 8:11',
      'E2202 8:21',
      'E2203 8:28',
    ]);
  });

  it('a non-square model is an error at the solve; no solution is a status, not an exception', async () => {
    const ns = await solveJson('test/fixtures/mcp/nonsquare.gms');
    expect(ns.doc.diagnostics.map((d: any) => d.code)).toEqual(['E5600']);
    const none = await solveJson('test/fixtures/mcp/nosolution.gms');
    expect(none.doc.solves[0]).toMatchObject({ modelStatus: 5, modelStatusText: 'Locally Infeasible' });
    expect(none.doc.diagnostics.map((d: any) => d.code)).toEqual(['W3001']);
  });
});
