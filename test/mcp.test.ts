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

  it('NaN in the data is a diagnostic at the equation; F undefined at the start is a status', async () => {
    const nan = (await solveJson('test/fixtures/mcp/nan-data.gms')).doc;
    expect(nan.diagnostics.map((d: any) => `${d.code} ${d.line}`)).toEqual(['E3012 6']);
    const log = (await solveJson('test/fixtures/mcp/log-domain.gms')).doc;
    expect(log.solves[0]).toMatchObject({
      modelStatus: 5,
      solveStatus: 5,
      solveStatusText: 'Evaluation Interrupt',
    });
    expect(log.diagnostics.map((d: any) => d.code)).toEqual(['W3001']);
    expect(log.diagnostics[0].hint).toMatch(/cannot be evaluated at the start point/);
  });

  it('implicit matching: only free columns pair with =e= rows, in equal numbers', async () => {
    const codes = async (f: string) =>
      (await solveJson(`test/fixtures/mcp/${f}.gms`)).doc.diagnostics.map((d: any) => `${d.code} ${d.line}`);
    expect(await codes('implicit-positive')).toEqual(['E5602 8']);
    expect(await codes('implicit-count')).toEqual(['E5800 11']);
  });

  it('=n= rows are F = lhs − rhs, the bounds of their variables deciding the complementarity', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/n-row.gms');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves[0]).toMatchObject({ modelStatus: 1, solveStatus: 1 });
    const lm = (s: string) => [rec(doc, s).level, rec(doc, s).marginal].map((v) => +v.toFixed(9) + 0);
    expect([lm('z'), lm('y'), lm('w')]).toEqual([
      [3, 0],
      [0, 4],
      [1, -4],
    ]);
    // GAMS's row levels: the terms with variables, the constant on the right.
    expect([lm('f'), lm('g'), lm('h')]).toEqual([
      [6, 3],
      [0, 0],
      [1, 1],
    ]);
  });

  it('CNS systems of equalities go to the complementarity solver: status 16, or 5 when a bound binds', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/cns-bounds.gms');
    expect(doc.solves.map((s: any) => [s.type, s.solver, s.modelStatus])).toEqual([
      ['CNS', 'emd-mcp', 16],
      ['CNS', 'emd-mcp', 16],
      ['CNS', 'emd-mcp', 5],
      ['CNS', 'emd-mcp', 5],
    ]);
    const v = (s: string) => rec(doc, s).value;
    expect([v('ms1'), v('ms2'), v('ms3'), v('ms4')]).toEqual([16, 16, 5, 5]);
    expect(v('x1')).toBeCloseTo(2, 12);
    expect(v('x2')).toBeCloseTo(-2, 12);
    expect(v('x3')).toBe(1);
    expect(doc.diagnostics.map((d: any) => `${d.code} ${d.line}`)).toEqual(['W3001 16', 'W3001 19']);
    expect(doc.diagnostics[0].hint).toMatch(
      /equation f does not hold \(residual 3\.000e\+0\): a bound of a variable binds/,
    );
  });

  it('GAMS Test Library MCP07: =n= rows with positive variables, either matching, give the LP optimum and its duals', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/mcp07.gms');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves.map((s: any) => [s.type, s.modelStatus])).toEqual([
      ['LP', 1],
      ['MCP', 1],
      ['MCP', 1],
    ]);
    // scipy.optimize.linprog (HiGHS) on min sum(x) s.t. A x = 1, x >= 0: x = (1.2912107, 0, 0,
    // 0.22293422, 0), row duals (0.77466436, 0.73948055). lcpBad's u(i1) prices row i2 (u(I++1)).
    const x = ['j1', 'j2', 'j3', 'j4', 'j5'].map((j) => rec(doc, 'x', j).level);
    [1.2912107, 0, 0, 0.22293422, 0].forEach((v, k) => expect(x[k], `x(j${k + 1})`).toBeCloseTo(v, 7));
    expect(rec(doc, 'u', 'i1').level).toBeCloseTo(0.73948055, 7);
    expect(rec(doc, 'u', 'i2').level).toBeCloseTo(0.77466436, 7);
  });
});
