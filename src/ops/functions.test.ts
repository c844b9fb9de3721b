// The function library against known values (GAMS documentation, Abramowitz–Stegun), composites
// against their data evaluation, and the random stream's reproducibility.
import { describe, expect, it } from 'vitest';
import { functions, functionsMissingFromParser } from './functions.ts';
import { digamma, trigamma, erf } from './gams-math.ts';
import { evalOp, Op } from './table.ts';
import { RandomStream, DEFAULT_SEED } from './random.ts';

const call = (name: string, ...args: number[]) => functions.get(name)!.eval(args);

describe('function library', () => {
  it('every function is a function name for the parser', () => {
    expect(functionsMissingFromParser()).toEqual([]);
  });

  it.each([
    ['gamma', [5], 24],
    ['gamma', [0.5], Math.sqrt(Math.PI)],
    ['gamma', [-0.5], -2 * Math.sqrt(Math.PI)],
    ['loggamma', [100], 359.13420536957539878],
    ['loggamma', [0.5], 0.5 * Math.log(Math.PI)],
    ['beta', [2, 3], 1 / 12],
    ['logbeta', [2, 3], -Math.log(12)],
    ['fact', [5], 120],
    ['fact', [0], 1],
    ['binomial', [5, 2], 10],
    ['binomial', [10, 3], 120],
    ['errorf', [0], 0.5],
    ['errorf', [1.96], 0.97500210485177952],
    ['errorf', [-3], 0.0013498980316300946],
    ['errorf', [-10], 7.6198530241604696e-24],
    ['gammareg', [1, 1], 1 - Math.exp(-1)],
    ['gammareg', [2, 3], 0.32332358381693654],
    ['betareg', [0.5, 2, 3], 0.6875],
    ['betareg', [0.2, 1, 1], 0.2],
    ['sigmoid', [0], 0.5],
    ['sigmoid', [2], 1 / (1 + Math.exp(-2))],
    ['logit', [0.5], 0],
    ['entropy', [0.5], 0.5 * Math.LN2],
    ['entropy', [0], 0],
    ['centropy', [2, 1], 2 * Math.LN2],
    ['centropy', [2, 1, 1], 2 * Math.log(1.5)],
    ['edist', [3, 4], 5],
    ['edist', [1, 2, 2], 3],
    ['ncpf', [3, 0], 0],
    ['ncpf', [1, 1], 2 - Math.SQRT2],
    ['ncpcm', [1, 2, 1], 1 - Math.log(1 + Math.exp(-1))],
    ['sinh', [1], 1.1752011936438014],
    ['cosh', [1], 1.5430806348152437],
    ['tanh', [1], 0.7615941559557649],
    ['tan', [Math.PI / 4], Math.tan(Math.PI / 4)],
    ['arcsin', [0.5], Math.PI / 6],
    ['arccos', [0.5], Math.PI / 3],
    ['arctan', [1], Math.PI / 4],
    ['arctan2', [1, -1], (3 * Math.PI) / 4],
    ['round', [3.14159, 2], 3.14],
    ['round', [-2.5], -3],
    ['round', [1234.5, -2], 1200],
    ['trunc', [-2.7], -2],
    ['frac', [-2.5], -0.5],
    ['mod', [-7, 3], -1],
    ['div', [7, 2], 3.5],
    ['div0', [7, 0], 1e299],
    ['signpower', [-2, 2], -4],
    ['signpower', [3, 0.5], Math.sqrt(3)],
    ['vcpower', [2, 3], 8],
    ['cvpower', [2, 3], 8],
    ['rpower', [4, 0.5], 2],
    ['power', [-2, 3], -8],
    ['poly', [2, 1, 2, 3], 17],
    ['ifthen', [1, 2, 3], 2],
    ['ifthen', [0, 2, 3], 3],
    // Dates: day 1 is 1 January 1900; 2000 and 2024 are leap years, 1900 is not.
    ['jdate', [1900, 1, 1], 1],
    ['jdate', [1900, 3, 1], 60],
    ['jdate', [2000, 3, 1], 36585],
    ['jdate', [2024, 13, 1], 45657],
    ['jtime', [12, 30, 0], 0.5208333333333334],
    ['gyear', [36585.75], 2000],
    ['gmonth', [36585.75], 3],
    ['gday', [36585.75], 1],
    ['gdow', [36585], 3],
    ['ghour', [36585.75], 18],
    ['gminute', [36585 + 0.5208333333333334], 30],
    ['gleap', [36585], 1],
    ['gleap', [60], 0],
    ['mapval', [NaN], 5],
    ['mapval', [Infinity], 6],
    ['mapval', [-Infinity], 7],
    ['mapval', [1.5], 0],
    ['bool_and', [1, 0], 0],
    ['bool_or', [1, 0], 1],
    ['bool_xor', [1, 1], 0],
    ['bool_imp', [0, 0], 1],
    ['bool_eqv', [0, 0], 1],
    ['bool_not', [0], 1],
    ['rel_le', [1, 1], 1],
    ['rel_gt', [1, 1], 0],
    ['log2', [8], 3],
    ['pi', [], Math.PI],
  ] as [string, number[], number][])('%s(%j) = %d', (name, args, want) => {
    const got = call(name, ...args);
    if (Math.abs(want) < 1e-300) expect(got).toBe(want);
    else expect(Math.abs(got - want) / Math.abs(want)).toBeLessThan(2e-14);
  });

  it('jnow is the clock in jdate days: this day plus its fraction (UTC)', () => {
    const before = Date.now();
    const got = call('jnow');
    const d = new Date(before);
    const today = call('jdate', d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    expect(got).toBeGreaterThanOrEqual(today + (before % 86_400_000) / 86_400_000 - 1e-9);
    expect(got).toBeLessThan(today + 1 + 1e-6);
    expect(call('gyear', got)).toBe(d.getUTCFullYear());
    const t = call('timeelapsed');
    expect(t).toBeGreaterThan(0);
    expect(call('timeelapsed')).toBeGreaterThanOrEqual(t);
  });

  it('digamma, trigamma and erf at reference points', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 14);
    expect(trigamma(1)).toBeCloseTo((Math.PI * Math.PI) / 6, 14);
    expect(trigamma(0.5)).toBeCloseTo((Math.PI * Math.PI) / 2, 13);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
  });

  /** Evaluate a composite's graph with the operator table (variables are the arguments). */
  function evalComposite(name: string, args: number[]): number {
    const ops: number[] = [];
    const kids: number[][] = [];
    const vals: number[] = [];
    const b = {
      node: (op: number, ch: readonly number[]) => (
        ops.push(op),
        kids.push([...ch]),
        vals.push(NaN),
        ops.length - 1
      ),
      constant: (v: number) => (ops.push(Op.Const), kids.push([]), vals.push(v), ops.length - 1),
    };
    const leaves = args.map((v) => b.constant(v));
    const root = functions.get(name)!.expand!(b, leaves, args);
    if (typeof root === 'string') throw new Error(root);
    for (let i = 0; i < ops.length; i++)
      if (ops[i] !== Op.Const)
        vals[i] = evalOp(
          ops[i],
          kids[i].map((k) => vals[k]),
        );
    return vals[root];
  }
  it.each([
    ['beta', [2.5, 1.5]],
    ['logbeta', [2.5, 1.5]],
    ['sigmoid', [-1.3]],
    ['logit', [0.3]],
    ['entropy', [0.7]],
    ['centropy', [2, 0.5]],
    ['centropy', [2, 0.5, 0.1]],
    ['edist', [1, -2, 3]],
    ['betareg', [0.3, 2, 4]],
    ['betareg', [0.8, 3, 1]],
    ['poly', [1.5, 1, -2, 0.5]],
    ['ncpf', [0.3, 0.8]],
    ['ncpf', [0.3, 0.8, 0.01]],
    ['ncpcm', [0.3, 0.8]],
    ['ncpcm', [0.3, 0.8, 0.2]],
  ] as [string, number[]][])('composite %s(%j) on variables computes its data value', (name, args) => {
    expect(evalComposite(name, args)).toBeCloseTo(call(name, ...args), 13);
  });
});

describe('random stream', () => {
  it("is GAMS's: circpack's starting points are seed 3141's first twelve draws", () => {
    // circpack-scalar.gms: x.l = lo + (up - lo)·u, so u = (x.l - lo)/(up - lo) to all 9 digits.
    const r = new RandomStream();
    const us = Array.from({ length: 12 }, () => r.next());
    expect(us.map((u) => Math.round(u * 1e9))).toEqual([
      171747132, 843266708, 550375356, 301137904, 292212117, 224052867, 349830504, 856270347, 67113723,
      500210669, 998117627, 578733378,
    ]);
  });
  it("draws normal pairs by the polar method (prodsp's first right-hand sides)", () => {
    // prodsp: 2,400 uniforms, then h('work-1', s) = normal(6000, 100); CONVERT wrote 6012.22272109137
    // and 6228.24944477841 for s1 and s2 (both values of the first polar pair).
    const r = new RandomStream();
    for (let k = 0; k < 2400; k++) r.next();
    expect(r.normal(6000, 100)).toBeCloseTo(6012.22272109137, 9);
    expect(r.normal(6000, 100)).toBeCloseTo(6228.24944477841, 9);
    expect(r.normal(6000, 100)).toBeCloseTo(6174.6922509025, 9);
  });
  it('is reproducible from a seed and draws in [0, 1)', () => {
    const a = new RandomStream();
    const b = new RandomStream(DEFAULT_SEED);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    b.reset(7);
    expect(b.next()).not.toBe(xs[0]);
    a.reset(DEFAULT_SEED);
    expect(a.next()).toBe(xs[0]);
  });
  it('uniform, uniformInt and normal have their distributions', () => {
    const r = new RandomStream(12345);
    const n = 20000;
    let su = 0;
    let sn = 0;
    let sn2 = 0;
    const counts = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const u = r.uniform(2, 4);
      expect(u >= 2 && u < 4).toBe(true);
      su += u;
      const i = r.uniformInt(1, 6);
      counts.set(i, (counts.get(i) ?? 0) + 1);
      const z = r.normal(10, 2);
      sn += z;
      sn2 += z * z;
    }
    expect(su / n).toBeCloseTo(3, 1);
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const c of counts.values()) expect(Math.abs(c / n - 1 / 6)).toBeLessThan(0.015);
    const mean = sn / n;
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(sn2 / n - mean * mean)).toBeCloseTo(2, 1);
  });
});
