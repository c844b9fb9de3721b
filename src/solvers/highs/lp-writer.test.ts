import { describe, expect, it } from 'vitest';
import { writeCplexLp, formatNumber } from './lp-writer.ts';
import { linearForm, type LinearForm } from '../linear-form.ts';
import {
  buildProblem,
  hs35Problem,
  knapsackProblem,
  testExtractQuadratic,
  transportProblem,
} from '../test-problems.ts';
import { loadHighsRuntime } from './adapter.ts';

function form(p: ReturnType<typeof buildProblem>, integer = false): LinearForm {
  const f = linearForm(p, { integer, extractQuadratic: testExtractQuadratic });
  if (!f.ok) throw new Error('test problem is not linear');
  return f.lp;
}

/** Reads the text with HiGHS's own LP reader, solves it, returns the model data and the optimum. */
async function readBack(text: string) {
  const h = (await loadHighsRuntime()) as unknown as {
    createModel(src: unknown): {
      options: { set(o: object): void };
      run(): unknown;
      getObjectiveValue(): number;
      getLp(): {
        colCost: Float64Array;
        colLower: Float64Array;
        colUpper: Float64Array;
        rowLower: Float64Array;
        rowUpper: Float64Array;
        offset: number;
      };
      dispose(): void;
    };
  };
  const m = h.createModel({ format: 'lp', data: text });
  try {
    m.options.set({ output_flag: false });
    m.run();
    return { objective: m.getObjectiveValue(), lp: m.getLp() };
  } finally {
    m.dispose();
  }
}

describe('CPLEX LP writer', () => {
  it('writes numbers that read back exactly', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(Number(formatNumber(0.1 + 0.2))).toBe(0.1 + 0.2);
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1e-300)).toBe('1e-300');
    expect(formatNumber(-Infinity)).toBe('-inf');
  });

  it('writes trnsport as expected', () => {
    const { text } = writeCplexLp(form(transportProblem()));
    expect(text).toBe(
      [
        '\\ Written by EMD (src/solvers/highs/lp-writer.ts)',
        'Minimize',
        ' obj: x6',
        'Subject To',
        ' r0: - 0.225 x0 - 0.153 x1 - 0.162 x2 - 0.225 x3 - 0.162 x4 - 0.12599999999999997 x5 + x6 = 0',
        ' r1: x0 + x1 + x2 <= 350',
        ' r2: x3 + x4 + x5 <= 600',
        ' r3: x0 + x3 >= 325',
        ' r4: x1 + x4 >= 300',
        ' r5: x2 + x5 >= 275',
        'Bounds',
        ' 0 <= x0 <= +inf',
        ' 0 <= x1 <= +inf',
        ' 0 <= x2 <= +inf',
        ' 0 <= x3 <= +inf',
        ' 0 <= x4 <= +inf',
        ' 0 <= x5 <= +inf',
        ' x6 free',
        'End',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through the HiGHS LP reader: LP, ranges, fixed and free columns, MIP, QP', async () => {
    const t = await readBack(writeCplexLp(form(transportProblem())).text);
    expect(t.objective).toBeCloseTo(153.675, 10);
    const odd = buildProblem({
      sense: 'max',
      vars: [
        { name: 'a', lo: -2.5, up: 0.1 + 0.2 },
        { name: 'b', lo: 3, up: 3 },
        { name: 'c', lo: -Infinity, up: 7 },
      ],
      obj: { idx: [0, 1, 2], coef: [1 / 3, -2, 1], const: -4.25 },
      rows: [
        {
          name: 'range',
          lo: -1,
          up: 1e-7,
          terms: [
            [0, 1],
            [2, 1],
          ],
        },
        { name: 'free', lo: -Infinity, up: Infinity, terms: [[1, 1]] },
      ],
    });
    const r = await readBack(writeCplexLp(form(odd)).text);
    // Columns: a, b, c and the slack s0 of the ranged row (r0: a + c - s0 = 0, -1 <= s0 <= 1e-7).
    expect(Array.from(r.lp.colCost)).toEqual([1 / 3, -2, 1, 0]);
    expect(r.lp.offset).toBe(-4.25);
    expect(Array.from(r.lp.colLower)).toEqual([-2.5, 3, -Infinity, -1]);
    expect(Array.from(r.lp.colUpper)).toEqual([0.1 + 0.2, 3, 7, 1e-7]);
    expect(Array.from(r.lp.rowLower)).toEqual([0, -Infinity]);
    expect(Array.from(r.lp.rowUpper)).toEqual([0, Infinity]);
    // max a/3 - 2b + c - 4.25 with b = 3, a + c <= 1e-7: c = 1e-7 - a, so a = -2.5 (slope 1/3 - 1 < 0).
    expect(r.objective).toBeCloseTo(-2.5 / 3 - 6 + (1e-7 + 2.5) - 4.25, 9);
    const k = await readBack(writeCplexLp(form(knapsackProblem(), true)).text);
    expect(k.objective).toBe(28);
    const q = await readBack(writeCplexLp(form(hs35Problem())).text);
    expect(q.objective).toBeCloseTo(1 / 9, 6);
  });
});
