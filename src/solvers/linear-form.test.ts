import { describe, expect, it } from 'vitest';
import { hessianOfQuadratic, linearForm, objectiveValue, reducedCosts, rowActivity } from './linear-form.ts';
import { extractQuadratic } from '../model/classify.ts';
import { buildProblem, hs35Problem, knapsackProblem, transportProblem } from './test-problems.ts';
import { GraphBuilder, Op } from '../model/expr-graph.ts';

describe('linearForm', () => {
  it('takes sorted rows as they are and makes the columns on first use, kept by a spread copy', () => {
    const sorted = buildProblem({
      sense: 'min',
      vars: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
      obj: { idx: [0], coef: [1] },
      rows: [
        {
          name: 'r1',
          lo: 0,
          up: 1,
          terms: [
            [0, 1],
            [2, 3],
          ],
        },
        {
          name: 'r2',
          lo: 0,
          up: 1,
          terms: [
            [1, 2],
            [2, 4],
          ],
        },
      ],
    });
    const s = linearForm(sorted, { integer: false });
    if (!s.ok) throw new Error('expected a linear form');
    expect(s.lp.rowStart).toBe(sorted.rowStart);
    expect(s.lp.rowCol.buffer).toBe(sorted.col.buffer);
    expect(Array.from(s.lp.colStart)).toEqual([0, 1, 2, 4]);
    expect(Array.from(s.lp.colVal)).toEqual([1, 2, 3, 4]);
    // The cost row of trnsport is not sorted (z first): a sorted copy.
    const p = transportProblem();
    const f = linearForm(p, { integer: false });
    if (!f.ok) throw new Error('expected a linear form');
    const lp = f.lp;
    expect(lp.rowCol.buffer).not.toBe(p.col.buffer);
    const copy = { ...lp };
    expect(Array.from(copy.colStart)).toEqual(Array.from(lp.colStart));
    expect(lp.colStart).toBe(lp.colStart);
    // Column j holds rows ascending with the matrix's values.
    for (let j = 0; j < lp.n; j++)
      for (let k = lp.colStart[j]; k < lp.colStart[j + 1]; k++) {
        const i = lp.colRow[k];
        const t = Array.from(lp.rowCol.subarray(lp.rowStart[i], lp.rowStart[i + 1])).indexOf(j);
        expect(lp.colVal[k]).toBe(lp.rowVal[lp.rowStart[i] + t]);
        if (k > lp.colStart[j]) expect(lp.colRow[k - 1]).toBeLessThan(i);
      }
  });

  it('sorts the columns of short and long rows, with their values', () => {
    const n = 40;
    const vars = Array.from({ length: n }, (_, j) => ({ name: `x${j}` }));
    const desc = (len: number) => Array.from({ length: len }, (_, t) => [len - 1 - t, 100 + len - 1 - t]);
    const p = buildProblem({
      sense: 'min',
      vars,
      obj: { idx: [], coef: [], const: 0 },
      rows: [
        { name: 'short', lo: 0, up: 1, terms: desc(5) as [number, number][] },
        { name: 'long', lo: 0, up: 1, terms: desc(n) as [number, number][] },
      ],
    });
    const f = linearForm(p, { integer: false });
    if (!f.ok) throw new Error('expected a linear form');
    const cols = Array.from(f.lp.rowCol);
    expect(cols).toEqual([
      ...Array.from({ length: 5 }, (_, j) => j),
      ...Array.from({ length: n }, (_, j) => j),
    ]);
    expect(Array.from(f.lp.rowVal)).toEqual(cols.map((j) => 100 + j));
  });

  it('extracts c, A (CSR and CSC) and bounds, summing duplicate entries', () => {
    const p = buildProblem({
      sense: 'min',
      vars: [{ name: 'a' }, { name: 'b', lo: -1, up: 2 }],
      obj: { idx: [1, 0, 1], coef: [2, 3, 0.5], const: 7 },
      rows: [
        {
          name: 'r',
          lo: 1,
          up: Infinity,
          terms: [
            [1, 1],
            [0, 2],
            [1, 4],
          ],
        },
        { name: 's', lo: -Infinity, up: 5, terms: [[0, -1]] },
      ],
    });
    const f = linearForm(p, { integer: false });
    if (!f.ok) throw new Error('expected a linear form');
    const lp = f.lp;
    expect(Array.from(lp.c)).toEqual([3, 2.5]);
    expect(lp.c0).toBe(7);
    expect(Array.from(lp.rowStart)).toEqual([0, 2, 3]);
    expect(Array.from(lp.rowCol)).toEqual([0, 1, 0]);
    expect(Array.from(lp.rowVal)).toEqual([2, 5, -1]);
    expect(Array.from(lp.colStart)).toEqual([0, 2, 3]);
    expect(Array.from(lp.colRow)).toEqual([0, 1, 0]);
    expect(Array.from(lp.colVal)).toEqual([2, -1, 5]);
    expect(Array.from(rowActivity(lp, Float64Array.of(1, 1)))).toEqual([7, -1]);
    expect(objectiveValue(lp, Float64Array.of(1, 1))).toBe(12.5);
    // d = c - A'y with y = (1, 0): (3 - 2, 2.5 - 5)
    expect(Array.from(reducedCosts(lp, Float64Array.of(1, 0)))).toEqual([1, -2.5]);
  });

  it('keeps integrality only when asked', () => {
    const asMip = linearForm(knapsackProblem(), { integer: true });
    const asLp = linearForm(knapsackProblem(), { integer: false });
    expect(asMip.ok && Array.from(asMip.lp.integer)).toEqual([1, 1, 1, 1, 1]);
    expect(asLp.ok && Array.from(asLp.lp.integer)).toEqual([0, 0, 0, 0, 0]);
  });

  it('returns an error value for a nonlinear row', () => {
    const g = new GraphBuilder();
    const root = g.node(Op.Sqr, [g.variable(0)]);
    const p = buildProblem({
      sense: 'min',
      vars: [{ name: 'x' }],
      obj: { idx: [0], coef: [1] },
      rows: [
        { name: 'lin', lo: 0, up: 1, terms: [[0, 1]] },
        { name: 'curve(a)', lo: 1, up: Infinity, terms: [] },
      ],
      graph: g.build(),
      rowNl: [-1, root],
    });
    expect(linearForm(p, { integer: false })).toEqual({
      ok: false,
      error: { kind: 'nonlinear-row', row: 1, rowName: 'curve(a)' },
    });
  });

  it('refuses a nonlinear objective without an extractor, and a non-quadratic one with it', () => {
    expect(linearForm(hs35Problem(), { integer: false })).toEqual({
      ok: false,
      error: { kind: 'nonlinear-objective' },
    });
    const g = new GraphBuilder();
    const root = g.node(Op.Exp, [g.variable(0)]);
    const p = buildProblem({
      sense: 'min',
      vars: [{ name: 'x' }],
      obj: { idx: [], coef: [] },
      rows: [{ name: 'r', lo: 0, up: 1, terms: [[0, 1]] }],
      graph: g.build(),
      objNl: root,
    });
    expect(linearForm(p, { integer: false, extractQuadratic })).toEqual({
      ok: false,
      error: { kind: 'non-quadratic-objective' },
    });
  });

  it("builds Q of HS35 with the model classifier (1/2 x'Qx)", () => {
    const f = linearForm(hs35Problem(), { integer: false, extractQuadratic });
    if (!f.ok) throw new Error('expected a QP');
    const lp = f.lp;
    expect(lp.c0).toBe(9);
    expect(Array.from(lp.c)).toEqual([-8, -6, -4]);
    // f = 2x1^2 + 2x2^2 + x3^2 + 2x1x2 + 2x1x3 + ...: Q = [[4,2,2],[2,4,0],[2,0,2]], lower triangle by columns.
    expect(Array.from(lp.q!.start)).toEqual([0, 3, 4, 5]);
    expect(Array.from(lp.q!.rows)).toEqual([0, 1, 2, 1, 2]);
    expect(Array.from(lp.q!.vals)).toEqual([4, 2, 2, 4, 2]);
    expect(objectiveValue(lp, Float64Array.of(4 / 3, 7 / 9, 4 / 9))).toBeCloseTo(1 / 9, 14);
    // grad f(x*) = c + Qx* = (-2/9, -2/9, -4/9) = y a with a = (1, 1, 2) and y = -2/9, the row's
    // marginal: the reduced costs grad f - y a vanish.
    const d = reducedCosts(lp, Float64Array.of(-2 / 9), Float64Array.of(4 / 3, 7 / 9, 4 / 9));
    for (const v of d) expect(Math.abs(v)).toBeLessThan(1e-14);
  });

  it('reads monomial keys in either order', () => {
    const a = hessianOfQuadratic(
      2,
      new Map([
        ['0,1', 3],
        ['1,1', 1],
      ]),
    )!;
    const b = hessianOfQuadratic(
      2,
      new Map([
        ['1,0', 3],
        ['1,1', 1],
      ]),
    )!;
    expect([Array.from(a.start), Array.from(a.rows), Array.from(a.vals)]).toEqual([
      [0, 1, 2],
      [1, 1],
      [3, 2],
    ]);
    expect([Array.from(b.start), Array.from(b.rows), Array.from(b.vals)]).toEqual([
      [0, 1, 2],
      [1, 1],
      [3, 2],
    ]);
    expect(hessianOfQuadratic(2, new Map([['0,0', 0]]))).toBeUndefined();
  });

  it('leaves trnsport linear', () => {
    const f = linearForm(transportProblem(), { integer: false });
    expect(f.ok && f.lp.q).toBeUndefined();
  });
});
