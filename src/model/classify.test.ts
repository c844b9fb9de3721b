// Classification of instantiated models (each class with its reason) and quadratic extraction.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Op } from './expr-graph.ts';
import { buildProblem } from './build-problem.ts';
import { ClassificationCache, classifyProblem, extractQuadratic } from './classify.ts';

function setup() {
  const gb = new GraphBuilder();
  const x = [0, 1, 2, 3].map((j) => gb.variable(j));
  const c = (v: number) => gb.constant(v);
  return { gb, x, c };
}

describe('classifyProblem', () => {
  it('LP: no nonlinear part', () => {
    const p = buildProblem({
      n: 2,
      objective: { lin: [[0, 1]] },
      rows: [
        {
          lo: 1,
          up: Infinity,
          lin: [
            [0, 1],
            [1, 1],
          ],
        },
      ],
    });
    const r = classifyProblem(p);
    expect(r).toEqual({
      cls: 'lp',
      reason: 'all rows and the objective are linear',
      nonlinearRows: [],
      nonsmoothNodes: [],
    });
  });

  it('QP: quadratic objective, linear rows; gives Q, linear term and constant', () => {
    const { gb, x, c } = setup();
    // 3 + 2 x0 + (x0 - 1)^2 + 4 x0 x1 + 0.5 * x2^2 / 2  (the last divided by a constant)
    const obj = gb.node(Op.Add, [
      gb.node(Op.Sqr, [gb.node(Op.Sub, [x[0], c(1)])]),
      gb.node(Op.Mul, [c(4), x[0], x[1]]),
      gb.node(Op.Div, [gb.node(Op.Mul, [c(0.5), gb.node(Op.Power, [x[2], c(2)])]), c(2)]),
    ]);
    const p = buildProblem({
      n: 3,
      objective: { const: 3, lin: [[0, 2]], nl: obj },
      rows: [{ lo: 0, up: 1, lin: [[2, 1]] }],
      graph: gb,
    });
    const r = classifyProblem(p);
    expect(r.cls).toBe('qp');
    expect(r.reason).toBe('the objective is quadratic and all rows are linear');
    const q = r.objectiveQuadratic!;
    // 1/2 x'Qx: x0^2 -> Q00 = 2; 4 x0 x1 -> Q10 = 4; 0.25 x2^2 -> Q22 = 0.5
    expect([...q.rows]).toEqual([0, 1, 2]);
    expect([...q.cols]).toEqual([0, 0, 2]);
    expect([...q.vals]).toEqual([2, 4, 0.5]);
    // linear: 2 x0 from objCoef, -2 x0 from (x0 - 1)^2
    expect([...q.linear]).toEqual([0, 0, 0]);
    expect(q.constant).toBe(4);
  });

  it('QCP: a quadratic row', () => {
    const { gb, x } = setup();
    const p = buildProblem({
      n: 2,
      objective: { lin: [[0, 1]] },
      rows: [
        { lo: 0, up: 1, lin: [[0, 1]] },
        {
          lo: -Infinity,
          up: 4,
          nl: gb.node(Op.Add, [gb.node(Op.Sqr, [x[0]]), gb.node(Op.Mul, [x[0], x[1]])]),
          name: 'disk',
        },
      ],
      graph: gb,
    });
    const r = classifyProblem(p);
    expect([r.cls, r.reason, r.nonlinearRows]).toEqual(['qcp', 'row 1 (disk) is quadratic', [1]]);
    // The degree the solve pipeline uses to call the problem without its objective row a QP.
    expect(r.firstRowDegree).toBe(2);
  });

  it('NLP: names the first non-polynomial operator', () => {
    const { gb, x } = setup();
    const p = buildProblem({
      n: 4,
      rows: [
        { lo: 0, up: 0, nl: gb.node(Op.Sqr, [x[0]]), name: 'q' },
        { lo: 0, up: 0, nl: gb.node(Op.Exp, [gb.node(Op.Sqrt, [x[1]])]), name: 'e(a)' },
        { lo: 0, up: 0, nl: gb.node(Op.Log, [x[2]]) },
      ],
      graph: gb,
    });
    const r = classifyProblem(p);
    expect([r.cls, r.reason, r.nonlinearRows, r.nonsmoothNodes]).toEqual([
      'nlp',
      'row 1 (e(a)) contains sqrt',
      [0, 1, 2],
      [],
    ]);
  });

  it('NLP: degree above 2, variable denominators and exponents, fractional powers', () => {
    const cases: [string, (b: ReturnType<typeof setup>) => number][] = [
      ['a term of degree 3 (product)', ({ gb, x }) => gb.node(Op.Mul, [x[0], x[1], x[2]])],
      ['a term of degree 4 (sqr)', ({ gb, x }) => gb.node(Op.Sqr, [gb.node(Op.Mul, [x[0], x[1]])])],
      ['a term of degree 3 (power)', ({ gb, x, c }) => gb.node(Op.Power, [x[0], c(3)])],
      ['/ with a variable denominator', ({ gb, x, c }) => gb.node(Op.Div, [c(1), x[0]])],
      ['** with a variable exponent', ({ gb, x, c }) => gb.node(Op.Pow, [c(2), x[0]])],
      ['** with exponent 0.5', ({ gb, x, c }) => gb.node(Op.Pow, [x[0], c(0.5)])],
      ['power with exponent -1', ({ gb, x, c }) => gb.node(Op.Power, [x[0], c(-1)])],
    ];
    for (const [text, make] of cases) {
      const b = setup();
      const p = buildProblem({ n: 4, objective: { nl: make(b) }, rows: [], graph: b.gb });
      expect(classifyProblem(p)).toMatchObject({ cls: 'nlp', reason: `the objective contains ${text}` });
    }
  });

  it('DNLP: a non-smooth operator reaching a variable; on constants it is harmless', () => {
    const { gb, x, c } = setup();
    const harmless = gb.node(Op.Mul, [gb.node(Op.Abs, [c(-2)]), gb.node(Op.Sqr, [x[0]])]);
    const ab = gb.node(Op.Abs, [x[1]]);
    const mx = gb.node(Op.Max, [x[2], c(0)]);
    const p = buildProblem({
      n: 4,
      rows: [
        { lo: 0, up: 0, nl: harmless, name: 'h' },
        { lo: 0, up: 0, nl: gb.node(Op.Exp, [x[3]]), name: 'smooth' },
        { lo: 0, up: 1, nl: gb.node(Op.Add, [mx, ab]), name: 'kinks' },
      ],
      graph: gb,
    });
    const r = classifyProblem(p);
    expect([r.cls, r.reason, r.nonsmoothNodes]).toEqual(['dnlp', 'row 2 (kinks) contains abs', [ab, mx]]);
    expect(
      classifyProblem(buildProblem({ n: 4, rows: [{ lo: 0, up: 0, nl: harmless }], graph: gb })).cls,
    ).toBe('qcp');
  });

  it('treats parameters as their current values', () => {
    const { gb, x } = setup();
    const p = buildProblem({
      n: 1,
      objective: { nl: gb.node(Op.Power, [x[0], gb.param(0)]) },
      rows: [],
      graph: gb,
      params: [2],
    });
    expect(classifyProblem(p).cls).toBe('qp');
    p.params[0] = 3;
    expect(classifyProblem(p).reason).toBe('the objective contains a term of degree 3 (power)');
  });

  it('reuses a classification while the graph and parameter values stay the same (ClassificationCache)', () => {
    const { gb, x } = setup();
    const p = buildProblem({
      n: 1,
      rows: [{ lo: 0, up: 1, nl: gb.node(Op.Power, [x[0], gb.param(0)]), name: 'r' }],
      graph: gb,
      params: [3],
    });
    const cache = new ClassificationCache();
    const key = {};
    const first = cache.classify(key, p);
    expect([first.cls, first.reason]).toEqual(['nlp', 'row 0 (r) contains a term of degree 3 (power)']);
    expect(cache.classify(key, p)).toBe(first);
    expect(cache.classify({}, p)).not.toBe(first);
    p.params[0] = 2;
    expect([cache.classify(key, p).cls, cache.classify(key, p).reason]).toEqual([
      'qcp',
      'row 0 (r) is quadratic',
    ]);
    p.params[0] = 3;
    expect(cache.classify(key, p)).not.toBe(first);
    expect(cache.classify(key, p).reason).toBe(first.reason);
  });
});

describe('extractQuadratic', () => {
  it('expands products of affine factors', () => {
    const { gb, x, c } = setup();
    // (x0 + 2 x1 - 1) * (3 - x1) + p0 * x2 - x3/4, p0 = 5
    const a = gb.node(Op.Add, [x[0], gb.node(Op.Mul, [c(2), x[1]]), c(-1)]);
    const b = gb.node(Op.Sub, [c(3), x[1]]);
    const root = gb.node(Op.Add, [
      gb.node(Op.Mul, [a, b]),
      gb.node(Op.Mul, [gb.param(0), x[2]]),
      gb.node(Op.Neg, [gb.node(Op.Div, [x[3], c(4)])]),
    ]);
    const q = extractQuadratic(gb.build(), root, Float64Array.from([5]))!;
    expect(q.const).toBe(-3);
    expect([...q.linear].sort((u, v) => u[0] - v[0])).toEqual([
      [0, 3],
      [1, 7],
      [2, 5],
      [3, -0.25],
    ]);
    expect([...q.quad].sort()).toEqual([
      ['1,0', -1],
      ['1,1', -2],
    ]);
  });

  it('drops cancelled terms and handles a sum written as a long chain', () => {
    const { gb, x } = setup();
    let e = gb.node(Op.Sqr, [x[0]]);
    for (let k = 0; k < 3000; k++)
      e = gb.node(Op.Add, [e, gb.node(Op.Mul, [gb.constant(k % 2 ? 1 : -1), x[1], x[2]])]);
    e = gb.node(Op.Sub, [e, gb.node(Op.Sqr, [x[0]])]);
    const q = extractQuadratic(gb.build(), e, new Float64Array(0))!;
    expect([q.const, [...q.linear], [...q.quad]]).toEqual([0, [], []]);
  });

  it('is undefined for anything beyond degree 2', () => {
    const { gb, x, c } = setup();
    const ex = (root: number) => extractQuadratic(gb.build(), root, new Float64Array(0));
    expect(ex(gb.node(Op.Exp, [x[0]]))).toBeUndefined();
    expect(ex(gb.node(Op.Mul, [x[0], x[0], x[1]]))).toBeUndefined();
    expect(ex(gb.node(Op.Div, [x[0], gb.node(Op.Add, [x[1], c(1)])]))).toBeUndefined();
    // Transcendental functions of constants are constants.
    expect(ex(gb.node(Op.Mul, [gb.node(Op.Exp, [c(0)]), x[0]]))).toEqual({
      const: 0,
      linear: new Map([[0, 1]]),
      quad: new Map(),
    });
  });
});
