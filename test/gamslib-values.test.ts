// GAMS semantics behind wrong objectives of the Model Library (issue 14): each case is a small
// model of the construct, plus the library model it decided, with the value GAMS gets.
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

const values = (doc: any, sym: string) =>
  Object.fromEntries(doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r.value]));

describe('x**y is exp(y log x), as in GAMS', () => {
  it('floor(2**3/2) is 3; power() and negative bases stay exact', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/power-floor.gms');
    expect(code).toBe(0);
    expect(values(doc, 'f')).toEqual({ m2: 1, m3: 2, m4: 3 });
    expect(values(doc, 'p')).toEqual({ m1: 1, m2: 2, m3: 4, m4: 8 });
    expect(values(doc, 'n')).toEqual({ '': -8 });
  });

  it("imsl.gms: fuzzy floor places the weights as CONVERT's model; primal 0.598697, dual 1 more", async () => {
    const { doc } = await solveJson('test/gamslib/models/imsl/imsl.gms');
    expect(doc.solves.map((s: any) => s.rows)).toEqual([62, 12]);
    expect(doc.solves[0].objective).toBeCloseTo(0.59869746, 6);
    expect(doc.solves[1].objective).toBeCloseTo(1.59869746, 6);
  });

  it('pdi.gms solves to 294070, the optimum of its CONVERT model', async () => {
    const { doc } = await solveJson('test/gamslib/models/pdi/pdi.gms');
    expect(doc.solves[0].objective).toBeCloseTo(294070, 6);
  });
});

describe('a $ condition on a factor of a product of data and a variable', () => {
  it('w(g)*t(g)$f(g) leaves t(b) out of e(b): s(b) = 2, not 2 - 3 t(b)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/dollar-product.gms');
    expect(code).toBe(0);
    expect(doc.solves[0].objective).toBeCloseTo(4, 9);
    expect(doc.symbols.s.records.map((r: any) => r.level)).toEqual([2, 2]);
  });
});

describe('a row whose terms cancel holds no variable', () => {
  it('same(i,i): p(i) =e= p(i) is dropped, as GAMS does (dyncge: 116 rows, as CONVERT)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/cancelled-row.gms');
    expect(code).toBe(0);
    expect(doc.solves[0]).toMatchObject({ rows: 3, columns: 3, modelStatus: 1 });
  });
});

describe('model / all / holds the equations declared before it', () => {
  it('m (before late) reaches 2; n (after) reaches 5', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/model-all.gms');
    expect(code).toBe(0);
    expect(doc.solves.map((s: any) => s.objective)).toEqual([2, 5]);
  });
});

describe('a $ condition on the left that reads the target', () => {
  it('selects the tuples before assigning; the right-hand side reads the values before the statement', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/self-condition.gms');
    expect(code).toBe(0);
    expect(values(doc, 'w')).toEqual({
      'a0.d0': 0.25,
      'a0.d1': 0.5,
      'a0.d2': 0.75,
      'a1.d0': 0.75,
      'a1.d1': 0.5,
      'a1.d2': 0.25,
    });
    expect(values(doc, 'g')).toEqual({ a0: 1, a1: 2, a2: 2, a3: 2 });
    expect(values(doc, 'r')).toEqual({
      'k1.k2': 5,
      'k1.k3': 7,
      'k2.k1': 5,
      'k2.k3': 9,
      'k3.k1': 7,
      'k3.k2': 9,
    });
  });
});

describe('multi-solve models whose last solve a run reaches (test/gamslib/independent/)', () => {
  it('ibm1.gms ends at 287.13574061433434 after the rounding loop moves two bounds', async () => {
    const { doc } = await solveJson('test/gamslib/models/ibm1/ibm1.gms');
    expect(doc.solves.at(-1).objective).toBeCloseTo(287.13574061433434, 8);
  });

  it('decomp.gms converges to 60, the optimum of the undecomposed LP', async () => {
    const { doc } = await solveJson('test/gamslib/models/decomp/decomp.gms');
    expect(doc.solves.at(-1).objective).toBeCloseTo(60, 8);
  });
});

describe("HiGHS's QP points are checked", () => {
  it('qdemo7.gms: an "optimal" QP point with a P-D objective error of 5.6e-2 goes to ipm (1589042.39)', async () => {
    const { doc, stderr } = await solveJson('test/gamslib/models/qdemo7/qdemo7.gms');
    expect(doc.solves[0]).toMatchObject({ solver: 'ipm', modelStatus: 2 });
    expect(doc.solves[0].objective).toBeCloseTo(1589042.3906984227, 0);
    expect(stderr).toMatch(/primal-dual objective error of 5\.6e-2.*Solving it as an NLP with ipm/);
  });
});

describe('NA in comparisons', () => {
  it('tb(i) = na holds for the NA record only', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/na-equal.gms');
    expect(code).toBe(0);
    expect(values(doc, 'tw')).toEqual({ a: 1, c: 1 });
    expect(values(doc, 'tn')).toEqual({ a: 1, c: 1 });
  });

  it('qsambal.gms leaves the NA cells out and solves to 3.96822', async () => {
    const { doc } = await solveJson('test/gamslib/models/qsambal/qsambal.gms');
    expect(doc.solves[0].objective).toBeCloseTo(3.968220361762973, 5);
  });
});

describe('.prior = inf relaxes a discrete variable', () => {
  it('x(b) is continuous: the MIP reaches 1.5', async () => {
    const { doc } = await solveJson('test/fixtures/gams-semantics/prior-inf.gms');
    expect(doc.solves[0].objective).toBeCloseTo(1.5, 9);
    expect(values(doc, 'x')).toBeDefined();
  });
});

describe('acronyms', () => {
  it('are values to assign, compare with eq/ne and test (mathopt4, mathopt5)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/acronyms.gms');
    expect(code).toBe(0);
    // The k-th acronym holds k * 1e301, as in GAMS and GDX.
    expect(values(doc, 'status')).toEqual({ a: 1e301, b: 2e301, c: 1e301 });
    expect(values(doc, 'n')).toEqual({ '': 12 });
    expect(values(doc, 'same')).toEqual({ '': 2 });
    expect(values(doc, 'goodnom')).toEqual({ '': 10 });
  });

  it('mathopt4.gms marks the global rows with an acronym and ends at its reference optimum 0', async () => {
    const { doc } = await solveJson('test/gamslib/models/mathopt4/mathopt4.gms');
    expect(doc.solves).toHaveLength(4);
    expect(Math.abs(doc.solves.at(-1).objective)).toBeLessThan(1e-9);
    expect(values(doc, 'report')['global.status']).toBe(1e301);
  });
});

describe('model algebra', () => {
  it("'all - c' leaves equation c out and 'm + c' adds it back (partssupply)", async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/model-algebra.gms');
    expect(code).toBe(0);
    expect(values(doc, 'zm')).toEqual({ '': 1 });
    expect(values(doc, 'zm2')).toEqual({ '': 3 });
  });
});

describe('a restricting reference as an index', () => {
  it('loop(p(pp), r(p) = ...) takes the elements of pp that are in p, within the domain p (meanvar)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/restricting-domain.gms');
    expect(code).toBe(0);
    expect(values(doc, 'r')).toEqual({ b: 1, c: 2 });
  });
});

describe('singleton sets', () => {
  it('an assignment replaces the element; uncontrolled, the set is its element (tsp1)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/singleton.gms');
    expect(code).toBe(0);
    expect(values(doc, 'path')).toEqual({ a: 1, b: 2, c: 3, d: 4 });
    expect(values(doc, 'cost')).toEqual({ '': 10 });
    expect(values(doc, 'last')).toEqual({ '': 1 });
  });
});

describe('option a < b', () => {
  it('projects a set by domain and a parameter by its nonzero records (pwlfunc.inc)', async () => {
    const { code, doc } = await solveJson('test/fixtures/gams-semantics/projection.gms');
    expect(code).toBe(0);
    expect(values(doc, 'nki')).toEqual({ '': 2 });
    expect(values(doc, 'nii')).toEqual({ '': 2 });
    expect(values(doc, 'has3')).toEqual({ '': 1 });
  });
});
