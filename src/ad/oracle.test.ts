// The NLP oracle: exact values on HS71, every operator inside a row and the objective against
// central finite differences (both the tape and the compiled mode), random models, sense, parameters
// and evaluation errors.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Op, opNames } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { buildProblem } from '../model/build-problem.ts';
import { createNlpOracle, type ModelNlpOracle } from './oracle.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const modes = ['tape', 'compiled'] as const;

/** Dense symmetric matrix from the oracle's lower triangle. */
function denseHessian(o: ModelNlpOracle, vals: Float64Array): number[][] {
  const H = Array.from({ length: o.n }, () => new Array<number>(o.n).fill(0));
  for (let k = 0; k < vals.length; k++) {
    const r = o.hessRows[k];
    const c = o.hessCols[k];
    expect(r).toBeGreaterThanOrEqual(c);
    H[r][c] += vals[k];
    if (r !== c) H[c][r] += vals[k];
  }
  return H;
}
function denseJacobian(o: ModelNlpOracle, vals: Float64Array): number[][] {
  const J = Array.from({ length: o.m }, () => new Array<number>(o.n).fill(0));
  for (let k = 0; k < vals.length; k++) J[o.jacRows[k]][o.jacCols[k]] += vals[k];
  return J;
}

/** Gradient of the Lagrangian objFactor*f + lambda'g, from the oracle's gradient and Jacobian. */
function lagrangianGradient(
  o: ModelNlpOracle,
  x: Float64Array,
  sigma: number,
  lambda: Float64Array,
): Float64Array {
  const g = new Float64Array(o.n);
  o.gradient(x, g);
  const J = new Float64Array(o.jacRows.length);
  o.jacobian(x, J);
  const out = new Float64Array(o.n);
  for (let j = 0; j < o.n; j++) out[j] = sigma * g[j];
  for (let k = 0; k < J.length; k++) out[o.jacCols[k]] += lambda[o.jacRows[k]] * J[k];
  return out;
}

const close = (a: number, b: number, tol: number) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Checks gradient, Jacobian and Hessian of o at x against central differences of the oracle's own
 * values (first derivatives) and of its exact first derivatives (Hessian).
 */
function checkDerivatives(
  o: ModelNlpOracle,
  x: Float64Array,
  sigma: number,
  lambda: Float64Array,
  tol = 1e-6,
): void {
  const h = 1e-6;
  const n = o.n;
  const g = new Float64Array(n);
  o.gradient(x, g);
  const J = denseJacobian(
    o,
    (() => {
      const v = new Float64Array(o.jacRows.length);
      o.jacobian(x, v);
      return v;
    })(),
  );
  const Hv = new Float64Array(o.hessRows.length);
  o.hessian(x, sigma, lambda, Hv);
  const H = denseHessian(o, Hv);
  const cp = new Float64Array(o.m);
  const cm = new Float64Array(o.m);
  for (let j = 0; j < n; j++) {
    const xp = x.slice();
    const xm = x.slice();
    xp[j] += h;
    xm[j] -= h;
    const fd = (o.objective(xp) - o.objective(xm)) / (2 * h);
    if (!close(g[j], fd, tol)) throw new Error(`df/dx${j}: ${g[j]} vs ${fd}`);
    o.constraints(xp, cp);
    o.constraints(xm, cm);
    for (let i = 0; i < o.m; i++) {
      const d = (cp[i] - cm[i]) / (2 * h);
      if (!close(J[i][j], d, tol)) throw new Error(`dg${i}/dx${j}: ${J[i][j]} vs ${d}`);
    }
    const lp = lagrangianGradient(o, xp, sigma, lambda);
    const lm = lagrangianGradient(o, xm, sigma, lambda);
    for (let i = 0; i < n; i++) {
      const d = (lp[i] - lm[i]) / (2 * h);
      if (!close(H[i][j], d, tol)) throw new Error(`H[${i}][${j}]: ${H[i][j]} vs ${d}`);
    }
  }
  expect(o.lastEvalError()).toBeUndefined();
}

function hs71(sense: 'min' | 'max' = 'min'): ModelProblem {
  const gb = new GraphBuilder();
  const x = [0, 1, 2, 3].map((j) => gb.variable(j));
  const obj = gb.node(Op.Mul, [x[0], x[3], gb.node(Op.Add, [x[0], x[1], x[2]])]);
  const g1 = gb.node(Op.Mul, x);
  const g2 = gb.node(
    Op.Add,
    x.map((v) => gb.node(Op.Sqr, [v])),
  );
  return buildProblem({
    n: 4,
    sense,
    xl: [1, 1, 1, 1],
    xu: [5, 5, 5, 5],
    x0: [1, 5, 5, 1],
    objective: { lin: [[2, 1]], nl: obj },
    rows: [
      { lo: 25, up: Infinity, nl: g1, name: 'prod' },
      { lo: 40, up: 40, nl: g2, name: 'sumsq' },
    ],
    graph: gb,
  });
}

describe('createNlpOracle on HS71', () => {
  // f = x1 x4 (x1 + x2 + x3) + x3; g1 = x1 x2 x3 x4 >= 25; g2 = sum xi^2 = 40; at x = (1, 5, 5, 1).
  const x = Float64Array.from([1, 5, 5, 1]);
  for (const mode of modes) {
    it(`gives exact f, grad f, g, J and H (${mode})`, () => {
      const o = createNlpOracle(hs71(), { mode });
      expect(o.mode).toBe(mode);
      expect([...o.gl]).toEqual([25, 40]);
      expect([...o.gu]).toEqual([Infinity, 40]);
      expect(o.objective(x)).toBe(16);
      const g = new Float64Array(4);
      o.gradient(x, g);
      // df/dx1 = x4(x1+x2+x3) + x1 x4, df/dx2 = x1 x4, df/dx3 = x1 x4 + 1, df/dx4 = x1(x1+x2+x3)
      expect([...g]).toEqual([12, 1, 2, 11]);
      const c = new Float64Array(2);
      o.constraints(x, c);
      expect([...c]).toEqual([25, 52]);
      expect([...o.jacRows]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
      expect([...o.jacCols]).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
      const J = new Float64Array(8);
      o.jacobian(x, J);
      expect([...J]).toEqual([25, 5, 5, 25, 2, 10, 10, 2]);
      // Lower triangle, row-major order of (row, col).
      expect([...o.hessRows]).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
      expect([...o.hessCols]).toEqual([0, 0, 1, 0, 1, 2, 0, 1, 2, 3]);
      const H = new Float64Array(10);
      const s = 1.5;
      const [l1, l2] = [0.5, -2];
      o.hessian(x, s, Float64Array.from([l1, l2]), H);
      // f: f11 = 2 x4, f21 = x4, f31 = x4, f41 = 2 x1 + x2 + x3, f42 = x1, f43 = x1 (others 0)
      // g1: off-diagonal (i,j) = product of the two other variables; g2: 2 I
      const expected = [
        s * 2 + l2 * 2, // (0,0)
        s * 1 + l1 * 5, // (1,0): x3 x4
        l2 * 2, // (1,1)
        s * 1 + l1 * 5, // (2,0): x2 x4
        l1 * 1, // (2,1): x1 x4
        l2 * 2, // (2,2)
        s * 12 + l1 * 25, // (3,0): x2 x3
        s * 1 + l1 * 5, // (3,1): x1 x3
        s * 1 + l1 * 5, // (3,2): x1 x2
        l2 * 2, // (3,3)
      ];
      expect([...H]).toEqual(expected);
      expect(o.lastEvalError()).toBeUndefined();
    });
  }

  it('minimizes the negated objective of a max problem', () => {
    const o = createNlpOracle(hs71('max'));
    expect(o.objSign).toBe(-1);
    expect(o.objective(x)).toBe(-16);
    const g = new Float64Array(4);
    o.gradient(x, g);
    expect([...g]).toEqual([-12, -1, -2, -11]);
    const H = new Float64Array(10);
    o.hessian(x, 1, Float64Array.from([0, 0]), H);
    expect([...H]).toEqual([-2, -1, 0, -1, 0, 0, -12, -1, -1, 0]);
  });

  it('matches finite differences away from the solution', () => {
    for (const mode of modes)
      checkDerivatives(
        createNlpOracle(hs71(), { mode }),
        Float64Array.from([1.3, 4.1, 3.7, 1.9]),
        0.8,
        Float64Array.from([1.7, -0.6]),
      );
  });

  it('caches per x by value: a changed buffer is re-evaluated', () => {
    const o = createNlpOracle(hs71());
    const y = Float64Array.from([1, 5, 5, 1]);
    expect(o.objective(y)).toBe(16);
    y[2] = 4;
    expect(o.objective(y)).toBe(1 * 1 * 10 + 4);
  });
});

/** A row op(args) for each operator, with arguments that keep the operator inside its domain and away from kinks. */
function operatorCase(op: number): { p: ModelProblem; x: Float64Array } | undefined {
  const gb = new GraphBuilder();
  const x = [0, 1, 2].map((j) => gb.variable(j));
  const c = (v: number) => gb.constant(v);
  // A: a general nonlinear argument; P: positive; B: a second argument.
  const A = gb.node(Op.Add, [gb.node(Op.Mul, [x[0], x[1]]), gb.node(Op.Mul, [c(0.5), x[2]])]);
  const P = gb.node(Op.Add, [
    gb.node(Op.Exp, [gb.node(Op.Mul, [c(0.2), x[0]])]),
    gb.node(Op.Sqr, [gb.node(Op.Sub, [x[1], x[2]])]),
  ]);
  const B = gb.node(Op.Sub, [gb.node(Op.Mul, [c(0.3), x[2]]), gb.node(Op.Mul, [x[0], x[0]])]);
  let root: number;
  switch (op) {
    case Op.Const:
    case Op.Param:
      return undefined;
    case Op.Var:
      root = x[1];
      break;
    case Op.Add:
      root = gb.node(Op.Add, [A, B, P]);
      break;
    case Op.Mul:
      root = gb.node(Op.Mul, [A, B, P, x[1]]);
      break;
    case Op.Sub:
      root = gb.node(Op.Sub, [A, P]);
      break;
    case Op.Div:
      root = gb.node(Op.Div, [A, P]);
      break;
    case Op.Pow:
      root = gb.node(Op.Pow, [P, B]);
      break;
    case Op.Power:
      root = gb.node(Op.Power, [A, c(3)]);
      break;
    case Op.Mod:
      root = gb.node(Op.Mod, [A, P]);
      break;
    case Op.Round:
      root = gb.node(Op.Round, [A]);
      break;
    case Op.Min:
    case Op.Max:
      root = gb.node(op, [A, B, P]);
      break;
    case Op.Sqrt:
    case Op.Log:
    case Op.Log10:
    case Op.Log2:
    case Op.LogGamma:
    case Op.Gamma:
      root = gb.node(op, [P]);
      break;
    case Op.Asin:
    case Op.Acos:
      root = gb.node(op, [gb.node(Op.Mul, [c(0.5), A])]);
      break;
    case Op.SignPower:
      root = gb.node(Op.SignPower, [A, c(2.5)]);
      break;
    default:
      root = gb.node(op, [A]);
  }
  // The operator once in the objective (times a variable, so the linear top has a product) and
  // once in each of two rows (a shared term with two weights).
  const p = buildProblem({
    n: 3,
    objective: {
      lin: [[0, 2]],
      nl: gb.node(Op.Add, [gb.node(Op.Mul, [x[2], root]), gb.node(Op.Sqr, [x[0]])]),
    },
    rows: [
      { lo: -Infinity, up: 1, lin: [[1, 3]], nl: root },
      { lo: 0, up: 0, nl: gb.node(Op.Mul, [c(-2.5), root]) },
    ],
    graph: gb,
  });
  return { p, x: Float64Array.from([0.7, -1.1, 0.4]) };
}

describe('every operator inside the oracle', () => {
  const rnd = prng(7);
  for (let op = 0; op < opNames.length; op++) {
    const cs = operatorCase(op);
    if (!cs) continue;
    for (const mode of modes) {
      it(`${opNames[op]} (${mode}): gradient, Jacobian and Hessian match central differences`, () => {
        const o = createNlpOracle(cs.p, { mode });
        if (mode === 'compiled')
          expect([o.mode, o.stats.tapedFunctions, o.stats.tapedTerms]).toEqual(['compiled', 0, 0]);
        for (let s = 0; s < 5; s++) {
          const x = Float64Array.from(cs.x, (v) => v + 0.3 * (rnd() - 0.5));
          checkDerivatives(o, x, 0.5 + rnd(), Float64Array.from([rnd() - 0.5, 2 * rnd()]));
        }
      });
    }
  }
});

/** Random smooth expressions over n variables, domains kept safe (log and sqrt of positive expressions). */
function randomModel(seed: number, n: number, m: number): ModelProblem {
  const rnd = prng(seed);
  const gb = new GraphBuilder();
  const v = (j: number) => gb.variable(j);
  const pick = () => Math.floor(rnd() * n);
  const positive = (e: number) => gb.node(Op.Add, [gb.constant(1), gb.node(Op.Sqr, [e])]);
  const expr = (depth: number): number => {
    if (depth === 0 || rnd() < 0.2) return rnd() < 0.8 ? v(pick()) : gb.param(Math.floor(rnd() * 2));
    const a = expr(depth - 1);
    switch (Math.floor(rnd() * 12)) {
      case 0:
        return gb.node(Op.Add, [a, expr(depth - 1), expr(depth - 1)]);
      case 1:
        return gb.node(Op.Mul, [a, expr(depth - 1)]);
      case 2:
        return gb.node(Op.Mul, [a, expr(depth - 1), expr(depth - 1)]);
      case 3:
        return gb.node(Op.Div, [a, positive(expr(depth - 1))]);
      case 4:
        return gb.node(Op.Log, [positive(a)]);
      case 5:
        return gb.node(Op.Sqrt, [positive(a)]);
      case 6:
        return gb.node(Op.Sin, [a]);
      case 7:
        return gb.node(Op.Tanh, [a]);
      case 8:
        return gb.node(Op.Power, [a, gb.constant(3)]);
      case 9:
        return gb.node(Op.Pow, [positive(a), gb.node(Op.Mul, [gb.constant(0.3), expr(depth - 1)])]);
      case 10:
        return gb.node(Op.Neg, [a]);
      default:
        return gb.node(Op.Sub, [a, gb.node(Op.Mul, [gb.param(0), expr(depth - 1)])]);
    }
  };
  const rows = Array.from({ length: m }, (_, i) => ({
    lo: -1,
    up: 1,
    lin: [[i % n, 1] as const, [(i * 7) % n, -0.5] as const],
    nl: expr(3),
  }));
  return buildProblem({
    n,
    objective: { nl: gb.node(Op.Add, [expr(3), expr(2)]) },
    rows,
    graph: gb,
    params: [0.7, -1.3],
  });
}

describe('random models', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}: tape and compiled agree, derivatives match central differences`, () => {
      const p = randomModel(seed, 6, 8);
      const rnd = prng(100 + seed);
      const x = Float64Array.from({ length: 6 }, () => rnd() - 0.5);
      const lambda = Float64Array.from({ length: 8 }, () => rnd() - 0.5);
      const t = createNlpOracle(p, { mode: 'tape' });
      const c = createNlpOracle(p, { mode: 'compiled' });
      checkDerivatives(t, x, 0.9, lambda, 2e-6);
      const jt = new Float64Array(t.jacRows.length);
      const jc = new Float64Array(c.jacRows.length);
      t.jacobian(x, jt);
      c.jacobian(x, jc);
      for (let k = 0; k < jt.length; k++) expect(close(jt[k], jc[k], 1e-13)).toBe(true);
      expect(close(t.objective(x), c.objective(x), 1e-14)).toBe(true);
    });
  }

  it('evaluates large functions term by term, and terms too large to compile on the tape, in compiled mode', () => {
    const p = randomModel(9, 6, 8);
    const x = Float64Array.from([0.1, -0.2, 0.3, 0.4, -0.5, 0.25]);
    const lambda = new Float64Array(8).fill(0.3);
    const t = createNlpOracle(p, { mode: 'tape' });
    const full = createNlpOracle(p, { mode: 'compiled' });
    expect([full.stats.termwiseFunctions, full.stats.tapedFunctions, full.stats.tapedTerms]).toEqual([
      0, 0, 0,
    ]);
    const small = createNlpOracle(p, { mode: 'compiled', maxCompiledNodes: 8, maxCompiledTermWork: 30 });
    expect(small.stats.termwiseFunctions).toBeGreaterThan(0);
    expect(small.stats.tapedFunctions).toBeGreaterThan(0);
    expect(small.stats.tapedTerms).toBeGreaterThan(0);
    expect(small.stats.tapedTerms).toBeLessThan(small.stats.terms);
    for (const o of [full, small]) {
      checkDerivatives(o, x, 1, lambda, 2e-6);
      const [ct, cc] = [new Float64Array(8), new Float64Array(8)];
      t.constraints(x, ct);
      o.constraints(x, cc);
      for (let i = 0; i < 8; i++) expect(close(ct[i], cc[i], 1e-13)).toBe(true);
      const [gt, gc] = [new Float64Array(6), new Float64Array(6)];
      t.gradient(x, gt);
      o.gradient(x, gc);
      for (let j = 0; j < 6; j++) expect(close(gt[j], gc[j], 1e-13)).toBe(true);
      const [ht, hc] = [new Float64Array(t.hessRows.length), new Float64Array(o.hessRows.length)];
      t.hessian(x, 0.7, lambda, ht);
      o.hessian(x, 0.7, lambda, hc);
      for (let k = 0; k < ht.length; k++) expect(close(ht[k], hc[k], 1e-12)).toBe(true);
    }
  });

  it('stops compiling new shapes past maxCompiledShapes and stays exact', () => {
    const p = randomModel(11, 6, 8);
    const o = createNlpOracle(p, { mode: 'compiled', maxCompiledShapes: 2 });
    expect(o.stats.shapes).toBe(2);
    expect(o.stats.termShapes).toBe(2);
    expect(o.stats.termwiseFunctions + o.stats.tapedFunctions).toBe(o.stats.functions - 2);
    expect(o.stats.tapedTerms).toBeGreaterThan(0);
    checkDerivatives(
      o,
      Float64Array.from([0.2, -0.1, 0.35, 0.4, -0.45, 0.15]),
      1.2,
      new Float64Array(8).fill(-0.4),
      2e-6,
    );
  });

  it('evaluates the affine part of a function split into terms: constants, direct variables, scaled terms', () => {
    const gb = new GraphBuilder();
    const [x0, x1, x2] = [0, 1, 2].map((j) => gb.variable(j));
    const T = gb.node(Op.Exp, [gb.node(Op.Mul, [x0, x2])]);
    // 2 * (T - 5) + 3 x1 - x0 / 4 + param0 * sqr(x2) - (7 - x1)
    const nl = gb.node(Op.Add, [
      gb.node(Op.Mul, [gb.constant(2), gb.node(Op.Sub, [T, gb.constant(5)])]),
      gb.node(Op.Mul, [gb.constant(3), x1]),
      gb.node(Op.Neg, [gb.node(Op.Div, [x0, gb.constant(4)])]),
      gb.node(Op.Mul, [gb.param(0), gb.node(Op.Sqr, [x2])]),
      gb.node(Op.Neg, [gb.node(Op.Sub, [gb.constant(7), x1])]),
    ]);
    const p = buildProblem({
      n: 3,
      objective: { nl },
      rows: [{ lo: 0, up: 0, nl }],
      graph: gb,
      params: [1.5],
    });
    const o = createNlpOracle(p, { mode: 'compiled', maxCompiledNodes: 4 });
    expect(o.stats.termwiseFunctions).toBe(2);
    const x = Float64Array.from([0.3, -1.2, 0.8]);
    const want = 2 * (Math.exp(0.24) - 5) + 3 * -1.2 - 0.3 / 4 + 1.5 * 0.64 - (7 + 1.2);
    expect(o.objective(x)).toBeCloseTo(want, 14);
    const g = new Float64Array(3);
    o.gradient(x, g);
    const e = Math.exp(0.24);
    expect(g[0]).toBeCloseTo(2 * e * 0.8 - 0.25, 14);
    expect(g[1]).toBeCloseTo(4, 14);
    expect(g[2]).toBeCloseTo(2 * e * 0.3 + 3 * 0.8, 14);
    checkDerivatives(o, x, 0.5, Float64Array.from([2]));
    // Maximizing: the oracle's objective and gradient are negated.
    const om = createNlpOracle({ ...p, sense: 'max' }, { mode: 'compiled', maxCompiledNodes: 4 });
    const gm = new Float64Array(3);
    om.gradient(x, gm);
    expect(om.objective(x)).toBeCloseTo(-want, 14);
    expect([...gm]).toEqual([...g].map((v) => -v));
  });
});

describe('structure', () => {
  it('merges linear and nonlinear columns of a row, summing duplicate linear entries', () => {
    const gb = new GraphBuilder();
    const p = buildProblem({
      n: 4,
      rows: [
        {
          lo: 0,
          up: 0,
          lin: [
            [3, 1],
            [1, 2],
            [3, 4],
          ],
          nl: gb.node(Op.Exp, [gb.variable(2)]),
        },
      ],
      graph: gb,
    });
    const o = createNlpOracle(p);
    expect([...o.jacCols]).toEqual([1, 2, 3]);
    const J = new Float64Array(3);
    o.jacobian(Float64Array.from([0, 0, 0, 0]), J);
    expect([...J]).toEqual([2, 1, 5]);
    expect([...o.hessRows]).toEqual([2]);
    expect([...o.hessCols]).toEqual([2]);
  });

  it('splits a sum into terms: the Hessian of sum sqr(x_i) is diagonal', () => {
    const gb = new GraphBuilder();
    const n = 50;
    const terms = Array.from({ length: n }, (_, j) =>
      gb.node(Op.Mul, [gb.constant(j + 1), gb.node(Op.Sqr, [gb.variable(j)])]),
    );
    const o = createNlpOracle(
      buildProblem({ n, objective: { nl: gb.node(Op.Add, terms) }, rows: [], graph: gb }),
    );
    expect(o.hessRows.length).toBe(n);
    const H = new Float64Array(n);
    o.hessian(new Float64Array(n), 1, new Float64Array(0), H);
    expect([...H]).toEqual(Array.from({ length: n }, (_, j) => 2 * (j + 1)));
  });

  it('does not count a term twice when it also appears inside another term: T + exp(T)', () => {
    const gb = new GraphBuilder();
    const T = gb.node(Op.Mul, [gb.variable(0), gb.variable(1)]);
    const p = buildProblem({
      n: 2,
      objective: { nl: gb.node(Op.Add, [T, gb.node(Op.Exp, [T])]) },
      rows: [],
      graph: gb,
    });
    const o = createNlpOracle(p);
    const x = Float64Array.from([0.5, 2]);
    const H = denseHessian(
      o,
      (() => {
        const v = new Float64Array(o.hessRows.length);
        o.hessian(x, 1, new Float64Array(0), v);
        return v;
      })(),
    );
    // f = T + e^T, T = x0 x1: H = (1 + e^T) [[0,1],[1,0]] + e^T [x1; x0][x1 x0]
    const e = Math.exp(1);
    expect(H[0][0]).toBeCloseTo(e * 4, 12);
    expect(H[1][0]).toBeCloseTo(1 + e + e * 1, 12);
    expect(H[1][1]).toBeCloseTo(e * 0.25, 12);
  });

  it('reads parameters, and re-reads them on refreshParams', () => {
    const gb = new GraphBuilder();
    const nl = gb.node(Op.Mul, [gb.param(0), gb.node(Op.Power, [gb.variable(0), gb.param(1)])]);
    const p = buildProblem({ n: 1, rows: [{ lo: 0, up: 0, nl }], graph: gb, params: [2, 3] });
    for (const mode of modes) {
      const o = createNlpOracle(p, { mode });
      const c = new Float64Array(1);
      const J = new Float64Array(1);
      o.constraints(Float64Array.from([2]), c);
      o.jacobian(Float64Array.from([2]), J);
      expect([c[0], J[0]]).toEqual([16, 24]);
      p.params[0] = 1;
      p.params[1] = 2;
      o.refreshParams();
      o.constraints(Float64Array.from([2]), c);
      o.jacobian(Float64Array.from([2]), J);
      expect([c[0], J[0]]).toEqual([4, 4]);
      p.params[0] = 2;
      p.params[1] = 3;
    }
  });

  it('handles a constant nonlinear root and a bare variable root', () => {
    const gb = new GraphBuilder();
    const k = gb.node(Op.Exp, [gb.constant(0)]);
    const p = buildProblem({
      n: 2,
      rows: [
        { lo: 0, up: 0, lin: [[0, 1]], nl: k },
        { lo: 0, up: 0, nl: gb.variable(1) },
      ],
      graph: gb,
    });
    for (const mode of modes) {
      const o = createNlpOracle(p, { mode });
      const c = new Float64Array(2);
      o.constraints(Float64Array.from([3, 4]), c);
      expect([...c]).toEqual([4, 4]);
      const J = new Float64Array(o.jacRows.length);
      o.jacobian(Float64Array.from([3, 4]), J);
      expect([...o.jacRows, ...o.jacCols, ...J]).toEqual([0, 1, 0, 1, 1, 1]);
      expect(o.hessRows.length).toBe(0);
    }
  });
});

describe('evaluation errors', () => {
  const logCase = () => {
    const gb = new GraphBuilder();
    const x0 = gb.variable(0);
    const arg = gb.node(Op.Sub, [x0, gb.constant(2)]);
    const lg = gb.node(Op.Log, [arg]);
    const sq = gb.node(Op.Sqrt, [gb.variable(1)]);
    return buildProblem({
      n: 2,
      objective: { nl: sq },
      rows: [
        { lo: 0, up: 0, lin: [[1, 1]] },
        { lo: 0, up: 0, nl: lg, name: 'c(a)' },
      ],
      graph: gb,
    });
  };
  for (const mode of modes) {
    it(`log of a negative gives NaN and names the operator (${mode})`, () => {
      const o = createNlpOracle(logCase(), { mode });
      const c = new Float64Array(2);
      expect(() => o.constraints(Float64Array.from([1, 4]), c)).not.toThrow();
      expect(c[0]).toBe(4);
      expect(c[1]).toBeNaN();
      expect(o.lastEvalError()).toBe('log(-1) = NaN at node 3 in row 1 (c(a))');
      o.constraints(Float64Array.from([3, 4]), c);
      expect(o.lastEvalError()).toBeUndefined();
      expect(c[1]).toBe(0);
      const J = new Float64Array(o.jacRows.length);
      o.jacobian(Float64Array.from([2, 4]), J);
      expect(o.lastEvalError()).toBe('log(0) = -Infinity at node 3 in row 1 (c(a))');
    });

    it(`an infinite derivative names the operator (${mode})`, () => {
      const o = createNlpOracle(logCase(), { mode });
      const x = Float64Array.from([3, 0]);
      expect(o.objective(x)).toBe(0);
      expect(o.lastEvalError()).toBeUndefined();
      const g = new Float64Array(2);
      o.gradient(x, g);
      expect(g[1]).toBe(Infinity);
      expect(o.lastEvalError()).toBe('derivative of sqrt(0) = Infinity at node 5 in the objective');
      const H = new Float64Array(o.hessRows.length);
      o.hessian(x, 1, Float64Array.from([0, 0]), H);
      expect(o.lastEvalError()).toBe('derivative of sqrt(0) = Infinity at node 5 in the objective');
    });
  }

  it('an infinite second derivative names the operator', () => {
    const gb = new GraphBuilder();
    const nl = gb.node(Op.Pow, [gb.variable(0), gb.constant(1.5)]);
    const p = buildProblem({ n: 1, rows: [{ lo: 0, up: 0, nl, name: 'e' }], graph: gb });
    for (const mode of modes) {
      const o = createNlpOracle(p, { mode });
      const J = new Float64Array(1);
      o.jacobian(Float64Array.from([0]), J);
      expect([J[0], o.lastEvalError()]).toEqual([0, undefined]);
      const H = new Float64Array(1);
      o.hessian(Float64Array.from([0]), 1, Float64Array.from([2]), H);
      expect(H[0]).toBe(Infinity);
      expect(o.lastEvalError()).toBe('second derivative of 0 ** 1.5 = Infinity at node 2 in row 0 (e)');
    }
  });

  it('takes 0 for an inactive branch of max whose derivative is infinite', () => {
    const gb = new GraphBuilder();
    const nl = gb.node(Op.Max, [gb.node(Op.Sqrt, [gb.variable(0)]), gb.constant(1)]);
    const p = buildProblem({ n: 1, rows: [{ lo: 0, up: 0, nl }], graph: gb });
    for (const mode of modes) {
      const o = createNlpOracle(p, { mode });
      const J = new Float64Array(1);
      o.jacobian(Float64Array.from([0]), J);
      expect(J[0]).toBe(0);
      expect(o.lastEvalError()).toBeUndefined();
    }
  });
});

describe('compiled shapes shared across problems', () => {
  // Two problems of one shape (sqr(x0 - c) + exp(c*x1), row c*x0*x1) with other constants: the
  // second compiles nothing new (the code reads its constants from V), so its derivatives must
  // be its own, not the first problem's.
  const problem = (c: number) => {
    const gb = new GraphBuilder();
    const x0 = gb.variable(0);
    const x1 = gb.variable(1);
    const k = gb.constant(c);
    return buildProblem({
      n: 2,
      objective: {
        nl: gb.node(Op.Add, [
          gb.node(Op.Sqr, [gb.node(Op.Sub, [x0, k])]),
          gb.node(Op.Exp, [gb.node(Op.Mul, [k, x1])]),
        ]),
      },
      rows: [{ lo: 0, up: 10, nl: gb.node(Op.Mul, [k, x0, x1]) }],
      graph: gb,
    });
  };
  it('gives each problem its own gradient, Jacobian and Hessian', () => {
    const x = Float64Array.from([0.5, 0.25]);
    for (const c of [1, 2, 3]) {
      const o = createNlpOracle(problem(c), { mode: 'compiled' });
      expect(o.mode).toBe('compiled');
      const g = new Float64Array(2);
      o.gradient(x, g);
      expect(Array.from(g)).toEqual([2 * (0.5 - c), c * Math.exp(c * 0.25)]);
      const J = new Float64Array(o.jacRows.length);
      o.jacobian(x, J);
      expect(denseJacobian(o, J)).toEqual([[c * 0.25, c * 0.5]]);
      const H = new Float64Array(o.hessRows.length);
      o.hessian(x, 1, Float64Array.from([2]), H);
      expect(denseHessian(o, H)).toEqual([
        [2, 2 * c],
        [2 * c, c * c * Math.exp(c * 0.25)],
      ]);
    }
  });
});

describe('structures kept across problems', () => {
  // The solves of a sweep share the plan and code of the last problems of the same structure;
  // the linear coefficients (the plan's jacBase), constants and bounds are each problem's own,
  // and a problem that differs in a column or a variable of the graph gets its own plan.
  const problem = (a: number, c: number, linCol = 0, v0 = 0) => {
    const gb = new GraphBuilder();
    const x0 = gb.variable(v0);
    const x1 = gb.variable(1 - v0);
    const k = gb.constant(c);
    return buildProblem({
      n: 2,
      xl: [-c, -c],
      objective: { nl: gb.node(Op.Sqr, [gb.node(Op.Sub, [x0, k])]) },
      rows: [{ lo: 0, up: 10, lin: [[linCol, a]], nl: gb.node(Op.Mul, [k, x0, x1]) }],
      graph: gb,
    });
  };
  it('gives each problem its own coefficients, constants and bounds', () => {
    const x = Float64Array.from([0.5, 0.25]);
    for (const mode of modes)
      for (const [a, c, linCol, v0] of [
        [1, 2, 0, 0],
        [5, 2, 0, 0],
        [5, 3, 0, 0],
        [5, 3, 1, 0],
        [5, 3, 1, 1],
      ]) {
        const o = createNlpOracle(problem(a, c, linCol, v0), { mode });
        expect(Array.from(o.xl)).toEqual([-c, -c]);
        const J = new Float64Array(o.jacRows.length);
        o.jacobian(x, J);
        const dRow = [c * 0.25, c * 0.5];
        dRow[linCol] += a;
        expect(denseJacobian(o, J)).toEqual([dRow]);
        const g = new Float64Array(2);
        o.gradient(x, g);
        expect(Array.from(g)).toEqual(v0 === 0 ? [2 * (0.5 - c), 0] : [0, 2 * (0.25 - c)]);
      }
  });
});

describe('functions too long for V8 to optimize', () => {
  // sum_k (exp(-x_k) * c_k + sqr(x_k)) over 120 variables: 721 active nodes, whose code as
  // one function is longer than MAX_CODE_CHARS; it is evaluated term by term instead, on both
  // problems (the second finds the shape marked too long), with the tape's values.
  const n = 120;
  const problem = () => {
    const gb = new GraphBuilder();
    const terms = Array.from({ length: n }, (_, k) => {
      const x = gb.variable(k);
      return gb.node(Op.Add, [
        gb.node(Op.Mul, [gb.node(Op.Exp, [gb.node(Op.Neg, [x])]), gb.constant(1 + k / n)]),
        gb.node(Op.Sqr, [x]),
      ]);
    });
    return buildProblem({ n, objective: { nl: gb.node(Op.Add, terms) }, rows: [], graph: gb });
  };
  it('evaluates them term by term, with the values and gradient of the tape', () => {
    const x = Float64Array.from({ length: n }, (_, k) => 0.1 + k / (2 * n));
    const tape = createNlpOracle(problem(), { mode: 'tape' });
    const gt = new Float64Array(n);
    tape.gradient(x, gt);
    for (let pass = 0; pass < 2; pass++) {
      const o = createNlpOracle(problem(), { mode: 'compiled' });
      expect([o.stats.functions, o.stats.shapes, o.stats.termwiseFunctions, o.stats.tapedFunctions]).toEqual([
        1, 0, 1, 0,
      ]);
      expect(o.objective(x)).toBeCloseTo(tape.objective(x), 11);
      const g = new Float64Array(n);
      o.gradient(x, g);
      for (let k = 0; k < n; k++) expect(g[k]).toBeCloseTo(gt[k], 13);
    }
  });
});
