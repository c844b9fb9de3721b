// The MCP models of the GAMS Model Library, run unchanged (test/fixtures/mcp/lib/, each citing its
// source), with their values checked against an independent source where one exists: a published
// table, the NLP version of the same model in the library (its reference objective), another
// solver, or a solve by SciPy. Also GAMS's level and marginal conventions for MCPs.
import { describe, expect, it } from 'vitest';
import { rec, solveJson } from './helpers.ts';

const lib = (m: string) => `test/fixtures/mcp/lib/${m}.gms`;
const level = (doc: any, sym: string, ...keys: string[]): number => rec(doc, sym, ...keys).level;
/** Every MCP solve of the run ended Optimal / Normal Completion. */
const allSolved = (doc: any) => {
  const mcp = doc.solves.filter((s: any) => s.type === 'MCP');
  expect(mcp.map((s: any) => [s.modelStatus, s.solveStatus])).toEqual(mcp.map(() => [1, 1]));
};

describe('GAMS Model Library MCPs, unchanged', () => {
  it('wallmcp (SEQ=127): `model / all /` with free variables and =e= rows is matched implicitly; the equilibrium SciPy fsolve finds', async () => {
    const { doc } = await solveJson(lib('wallmcp'));
    expect(doc.diagnostics).toEqual([]);
    allSolved(doc);
    // scipy.optimize.fsolve from (2, .5, 3, 2, .5, .5), xtol 1e-14.
    const want = {
      ba: 1.00000466,
      so4: 0.99999534,
      baoh: 4.80225853,
      oh: 1.00046587,
      hso4: 0.9795391,
      h: 0.99953435,
    };
    for (const [v, x] of Object.entries(want)) expect(level(doc, v), v).toBeCloseTo(x, 7);
    // Implicit pairs are arbitrary: the rows report no marginal.
    expect(rec(doc, 'r1').marginal).toBe(0);
  });

  it('kormcp (SEQ=130): implicit matching of 78 rows; omega equals korcge’s NLP optimum 339.2130280009917', async () => {
    const { doc } = await solveJson(lib('kormcp'));
    allSolved(doc);
    expect(doc.solves[0].rows).toBe(78);
    expect(level(doc, 'omega')).toBeCloseTo(339.2130280009917, 8);
  });

  it('cammcp (SEQ=129): the welfare index prod(cd**cles) equals camcge’s NLP optimum 191.73462423686', async () => {
    const { doc } = await solveJson(lib('cammcp'));
    allSolved(doc);
    let omega = 1;
    for (const r of doc.symbols.cles.records) if (r.value) omega *= level(doc, 'cd', r.keys[0]) ** r.value;
    expect(omega).toBeCloseTo(191.73462423686, 8);
  });

  it('qp6 (SEQ=184): the KKT system of qp4 gives the variance HiGHS finds for qp4 as a QP, 8.0931505e-4', async () => {
    const { doc } = await solveJson(lib('qp6'));
    allSolved(doc);
    // `emd solve --solver highs qp4.gms`: 0.0008093150503883 (Ipopt's reference, 8.09402e-4, stops early).
    expect(rec(doc, 'z').value).toBeCloseTo(0.00080931505039, 13);
  });

  it('spatequ: the MCP (explicit and implicit pairs together) reproduces the welfare optimum of P2R3_NonLinear', async () => {
    const { doc } = await solveJson(lib('spatequ'));
    allSolved(doc);
    expect(doc.solves.map((s: any) => s.type)).toEqual(['LP', 'NLP', 'NLP', 'MCP']);
    // The NLP's prices and quantities (the run without its MCP solve), to 6 decimals.
    const p = {
      'Reg1.Com1': 11,
      'Reg1.Com2': 11.636364,
      'Reg2.Com1': 9,
      'Reg2.Com2': 8.636364,
      'Reg3.Com1': 10,
    };
    for (const [k, x] of Object.entries(p)) expect(level(doc, 'P', ...k.split('.'))).toBeCloseTo(x, 5);
    expect(level(doc, 'Qd', 'Reg1', 'Com2')).toBeCloseTo(195.272727, 5);
    expect(level(doc, 'Qs', 'Reg2', 'Com2')).toBeCloseTo(160.227273, 5);
  });

  it('oligomcp (SEQ=133): the five-firm Cournot equilibrium of Murphy, Sherali and Soyster (1982)', async () => {
    const { doc } = await solveJson(lib('oligomcp'));
    allSolved(doc);
    const q = [36.933, 41.818, 43.707, 42.659, 39.179];
    q.forEach((x, k) => expect(level(doc, 'q', `f${k + 1}`)).toBeCloseTo(x, 3));
  });

  it('two3mcp (SEQ=131): Shoven and Whalley’s 2x2x2 economy with a 50% capital tax in manufacturing', async () => {
    const { doc } = await solveJson(lib('two3mcp'));
    allSolved(doc);
    // The reference case (the model without its tax solve) gives the published 1.373 / 1.399 / 1.093;
    // the symbols hold the tax case.
    expect(level(doc, 'W', 'capital')).toBeCloseTo(1.127644, 5);
    expect(level(doc, 'P', 'mfrs')).toBeCloseTo(1.466515, 5);
    expect(level(doc, 'P', 'nonmfrs')).toBeCloseTo(1.005773, 5);
  });

  it('cesam (SEQ=228): the KKT system of the entropy NLP, from a shocked start, gives back the NLP’s optimum', async () => {
    const { doc } = await solveJson(lib('cesam'));
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves.map((s: any) => [s.type, s.modelStatus])).toEqual([
      ['NLP', 2],
      ['MCP', 1],
    ]);
    expect(doc.solves[1].rows).toBe(325);
    // savedent: the NLP's objective (ipm), against native Ipopt's at tol 1e-12 (0.009585578233);
    // DENTROPY.l: the entropy recomputed at the MCP's point.
    const nlp = rec(doc, 'savedent').value;
    expect(nlp).toBeCloseTo(0.009585578233, 10);
    expect(level(doc, 'DENTROPY')).toBeCloseTo(nlp, 8);
  });

  // No published solutions: the values below are EMD's solution of CONVERT's scalar copy of each
  // model, whose every condition scripts/mcp-check-convert.py checks outside EMD (Python floats on
  // GAMS's own transcription): worst violation 3.0e-11 (vonthmcp), 5.7e-14 (mr5mcp).
  it('vonthmcp (SEQ=136): the first attempt stalls; the monotone restart finds the von Thünen rings', async () => {
    const { doc } = await solveJson(lib('vonthmcp'));
    allSolved(doc);
    expect(doc.solves[0].iterations).toBe(78);
    expect(level(doc, 'y', 'r1', 'barley')).toBeCloseTo(63.60661259, 7);
    expect(level(doc, 'y', 'r2', 'wheat')).toBeCloseTo(20.64921141, 7);
    expect(level(doc, 'wp')).toBeCloseTo(1.22630067166, 9);
    expect(level(doc, 'p', 'wheat')).toBeCloseTo(1.27658517321, 9);
    expect(level(doc, 'p', 'barley')).toBeCloseTo(0.23147768699, 9);
  });

  it('mr5mcp (SEQ=134): the 361-column growth model with its fixed base year and numeraire', async () => {
    const { doc } = await solveJson(lib('mr5mcp'));
    allSolved(doc);
    expect(doc.solves[0].rows).toBe(351);
    expect(level(doc, 'p', 't1')).toBeCloseTo(0.96694914791, 9);
    // CONVERT's copy is scaled: i(ooecd) / income(ooecd) = 1.0103764636219 there.
    expect(level(doc, 'i', 'ooecd') / rec(doc, 'income', 'ooecd').value).toBeCloseTo(1.0103764636219, 10);
  });

  // scripts/mcp-root-convert.py solves CONVERT's scalar copy (written by GAMS, with GAMS's draws)
  // outside EMD as a square system with SciPy: worst |F| 9.1e-13, every positive variable >= 0.
  // Each of its 260 values is a level of EMD's run of the model itself, to 2.1e-13 (relative).
  it('ers82mcp (SEQ=138): the USDA/ERS CGE model, import prices drawn by uniform(0.2, 2.0) from seed 1203', async () => {
    const { doc } = await solveJson(lib('ers82mcp'));
    allSolved(doc);
    expect(doc.solves[0].rows).toBe(232);
    const pm = {
      lvstk: 0.8947744763479919,
      expcrp: 0.7216031276360777,
      othcrp: 1.1680950030983643,
      agproc: 0.4611278320977455,
      aginp: 1.6331212503078933,
      intmnf: 1.017546734501181,
      fdmnf: 1.3033555014038956,
      trdtrn: 1.2738025116066054,
      service: 1.6227963911533,
    };
    for (const [i, x] of Object.entries(pm)) expect(level(doc, 'pm', i), i).toBeCloseTo(x, 10);
    expect(level(doc, 'exr')).toBeCloseTo(1.0565285323073634, 10);
    expect(level(doc, 'wf', 'labor')).toBeCloseTo(19.545753081754945, 9);
    expect(level(doc, 'e', 'fdmnf')).toBeCloseTo(120.95090549560216, 8);
    expect(level(doc, 'govsav')).toBeCloseTo(-127.74069967327767, 8);
    expect(level(doc, 'rgnp')).toBeCloseTo(3143.3790379627835, 8);
  });

  // Below, EMD's own values (complementarity residual under 1e-9): no published solution at hand.
  it('scarfmcp (SEQ=132) and hansmcp (SEQ=135): Scarf’s and Hansen’s activity analysis examples', async () => {
    const scarf = (await solveJson(lib('scarfmcp'))).doc;
    allSolved(scarf);
    expect(level(scarf, 'p', 'capeop')).toBeCloseTo(1.132499, 5);
    expect(level(scarf, 'y', 'n1')).toBeCloseTo(3.939195, 5);
    expect(level(scarf, 'i', 'agent5')).toBeCloseTo(10.090942, 5);
    const hans = (await solveJson(lib('hansmcp'))).doc;
    allSolved(hans);
    expect(level(hans, 'p', 'housbop')).toBeCloseTo(5.505525, 5);
    expect(level(hans, 'y', 'imp2')).toBeCloseTo(7.303233, 5);
    expect(level(hans, 'i', 'agent1')).toBeCloseTo(11.140212, 5);
  });

  it('harkmcp (SEQ=128): four spatial market models, each Optimal; the oligopoly’s prices', async () => {
    const { doc } = await solveJson(lib('harkmcp'));
    allSolved(doc);
    expect(doc.solves).toHaveLength(4);
    const price = (l: string, m: string) => rec(doc, 'rep2', 'price', l, m).value;
    expect(price('one', 'cspe2')).toBeCloseTo(16.580174, 5);
    expect(price('three', 'oligop')).toBeCloseTo(22.881545, 5);
  });
});

describe('GAMS’s MCP conventions (GAMS Test Library MCP06 and its scaled example)', () => {
  it('x.l is the solution, x.m = f.l − its finite bound, e.m = x.l', async () => {
    const { doc } = await solveJson('test/fixtures/mcp/conventions.gms');
    expect(doc.diagnostics).toEqual([]);
    const want: Record<string, [number, number]> = { j1: [-1, 0], j2: [1, 0], j3: [1, 2], j4: [-1, -2] };
    for (const [j, [l, m]] of Object.entries(want)) {
      expect(rec(doc, 'ex', j).level, j).toBeCloseTo(l, 9);
      expect(rec(doc, 'ex', j).marginal, j).toBeCloseTo(m, 9);
      expect(rec(doc, 'ef', j).marginal, j).toBeCloseTo(l, 9);
    }
    const r = (c: string, v: string) => rec(doc, 'rep', c, v)?.value ?? 0;
    for (const v of ['fl', 'fm', 'xl']) expect(r('cpos', v)).toBeCloseTo(2, 9);
    expect(r('cpos', 'xm')).toBeCloseTo(0, 9);
    for (const v of ['fl', 'fm', 'xl']) expect(r('cneg', v)).toBeCloseTo(0, 9);
    expect(r('cneg', 'xm')).toBeCloseTo(4, 9);
    // A positive variable never comes back below its bound.
    expect(r('cneg', 'xl')).toBeGreaterThanOrEqual(0);
  });
});
