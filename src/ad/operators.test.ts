// Checks every rule of the operator table against central finite differences at seeded random
// points, Hessian symmetry, and agreement with the classifier's non-smooth set.
import { describe, expect, it } from 'vitest';
import { Op, opNames } from '../model/expr-graph.ts';
import { isNonsmoothOp } from '../model/classify.ts';
import { operators, isNonsmooth, gamsRound, gamsMod, jsHelpers } from './operators.ts';

/** mulberry32: a small seeded PRNG, so failures reproduce. */
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

const H = 1e-5;
/** |a - b| <= tol * max(1, |a|, |b|). */
function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
function expectClose(a: number, b: number, tol: number, what: string): void {
  if (!close(a, b, tol)) throw new Error(`${what}: ${a} vs ${b}`);
}

/** Sample domain per op: [lo, hi], and points to avoid (kinks and jumps) for FD. */
const domain: Record<number, [number, number]> = {
  [Op.Sqrt]: [0.2, 4],
  [Op.Log]: [0.2, 4],
  [Op.Log10]: [0.2, 4],
  [Op.Log2]: [0.2, 4],
};
/** Distance from x to the nearest point where the op is not differentiable. */
function kinkDistance(op: number, x: number): number {
  switch (op) {
    case Op.Abs:
    case Op.Sign:
      return Math.abs(x);
    case Op.Floor:
    case Op.Ceil:
    case Op.Trunc:
    case Op.Frac:
      return Math.abs(x - Math.round(x));
    case Op.Round:
      return Math.abs(x - Math.floor(x) - 0.5);
    default:
      return Infinity;
  }
}

describe('operator table', () => {
  it('has one entry per Op code, with rules of the right arity', () => {
    expect(operators.length).toBe(opNames.length);
    for (let op = 0; op < opNames.length; op++) {
      const d = operators[op];
      expect(d.op).toBe(op);
      const leaf = op === Op.Const || op === Op.Var || op === Op.Param;
      expect(leaf || Boolean(d.unary || d.binary || d.nary)).toBe(true);
    }
  });

  it('flags the same non-smooth operators as the classifier', () => {
    for (let op = 0; op < opNames.length; op++)
      expect([opNames[op], isNonsmooth(op)]).toEqual([opNames[op], isNonsmoothOp(op)]);
  });

  it('rounds and takes mod as GAMS does', () => {
    expect(gamsRound(-2.5, 0)).toBe(-3);
    expect(gamsRound(2.5, 0)).toBe(3);
    expect(gamsRound(1.2345, 2)).toBe(1.23);
    expect(gamsMod(-7, 3)).toBe(-1);
    expect(gamsMod(7, -3)).toBe(1);
  });

  it('floors and ceils one ulp from an integer to it, as GAMS does (imsl: floor(0.3/0.1) = 3; pdi: floor(2**3/2) = 3)', () => {
    const floor = operators[Op.Floor].unary!.f;
    const ceil = operators[Op.Ceil].unary!.f;
    expect(jsHelpers.gamsFloor(0.3 / 0.1)).toBe(3);
    expect(0.3 / 0.1).toBe(2.9999999999999996);
    expect(floor(0.3 / 0.1)).toBe(3);
    expect(floor(0.7 / 0.1)).toBe(7);
    expect(floor(2.9999)).toBe(2);
    expect(floor(-0.5)).toBe(-1);
    expect(floor(Math.exp(3 * Math.log(2)) / 2)).toBe(3);
    expect(ceil(1 + Number.EPSILON)).toBe(1);
    expect(ceil(1 + 4 * Number.EPSILON)).toBe(2);
    expect(floor(1e300)).toBe(1e300);
    expect(floor(-Infinity)).toBe(-Infinity);
    expect(gamsMod(0.3, 0.1)).toBe(0.09999999999999998);
  });

  const rnd = prng(20240611);
  for (let op = 0; op < opNames.length; op++) {
    const u = operators[op].unary;
    if (!u) continue;
    it(`unary ${opNames[op]}: d1 and d2 match central differences`, () => {
      const [lo, hi] = domain[op] ?? operators[op].domain ?? [-3, 3];
      for (let s = 0; s < 40; s++) {
        let x = lo + (hi - lo) * rnd();
        while (kinkDistance(op, x) < 1e-3) x = lo + (hi - lo) * rnd();
        const fx = u.f(x);
        const d1 = u.d1(x, fx);
        const d2 = u.d2(x, fx);
        expectClose(d1, (u.f(x + H) - u.f(x - H)) / (2 * H), 1e-7, `${opNames[op]}' at ${x}`);
        expectClose(
          d2,
          (u.d1(x + H, u.f(x + H)) - u.d1(x - H, u.f(x - H))) / (2 * H),
          1e-7,
          `${opNames[op]}'' at ${x}`,
        );
      }
    });
  }

  /** Argument sampler per binary op: [a, b]. */
  const binArgs: Record<number, () => [number, number]> = {
    [Op.Pow]: () => [0.2 + 3 * rnd(), -2 + 4 * rnd()],
    [Op.Power]: () => [-3 + 6 * rnd(), Math.floor(5 * rnd()) - 1],
    [Op.Div]: () => [-3 + 6 * rnd(), (rnd() < 0.5 ? -1 : 1) * (0.3 + 3 * rnd())],
    [Op.Mod]: () => [-5 + 10 * rnd(), (rnd() < 0.5 ? -1 : 1) * (0.7 + 2 * rnd())],
    [Op.Round]: () => [-3 + 6 * rnd(), Math.floor(3 * rnd())],
    // signpower(x, c): either sign of x, exponents above 1 (twice differentiable at 0 too).
    [Op.SignPower]: () => [(rnd() < 0.5 ? -1 : 1) * (0.2 + 2.5 * rnd()), 1.2 + 2 * rnd()],
  };
  const binOk = (op: number, a: number, b: number): boolean => {
    if (op === Op.Mod) {
      const q = a / b;
      return Math.abs(q - Math.round(q)) > 1e-3;
    }
    if (op === Op.Round) {
      const p = Math.pow(10, b) * a;
      return Math.abs(p - Math.floor(p) - 0.5) > 1e-3;
    }
    return true;
  };
  for (let op = 0; op < opNames.length; op++) {
    const r = operators[op].binary;
    if (!r) continue;
    it(`binary ${opNames[op]}: gradient and Hessian match central differences, Hessian symmetric`, () => {
      const g = new Float64Array(2);
      const gp = new Float64Array(2);
      const gm = new Float64Array(2);
      const h = new Float64Array(3);
      for (let s = 0; s < 40; s++) {
        let [a, b] = (binArgs[op] ?? (() => [-3 + 6 * rnd(), -3 + 6 * rnd()]))();
        while (!binOk(op, a, b)) [a, b] = binArgs[op]!();
        const fx = r.f(a, b);
        r.grad(a, b, fx, g);
        r.hess(a, b, fx, h);
        expectClose(g[0], (r.f(a + H, b) - r.f(a - H, b)) / (2 * H), 1e-7, `d${opNames[op]}/da at ${a},${b}`);
        // The exponent of power and the digits of round are integer constants: no derivative in b is used.
        const bDiff = op !== Op.Power && op !== Op.Round;
        if (bDiff)
          expectClose(
            g[1],
            (r.f(a, b + H) - r.f(a, b - H)) / (2 * H),
            1e-7,
            `d${opNames[op]}/db at ${a},${b}`,
          );
        // Column a of the Hessian from the gradient at a +- H, column b from b +- H: both must give h[1].
        r.grad(a + H, b, r.f(a + H, b), gp);
        r.grad(a - H, b, r.f(a - H, b), gm);
        expectClose(h[0], (gp[0] - gm[0]) / (2 * H), 1e-6, `${opNames[op]} faa`);
        if (bDiff) expectClose(h[1], (gp[1] - gm[1]) / (2 * H), 1e-6, `${opNames[op]} fba`);
        if (bDiff) {
          r.grad(a, b + H, r.f(a, b + H), gp);
          r.grad(a, b - H, r.f(a, b - H), gm);
          expectClose(h[1], (gp[0] - gm[0]) / (2 * H), 1e-6, `${opNames[op]} fab`);
          expectClose(h[2], (gp[1] - gm[1]) / (2 * H), 1e-6, `${opNames[op]} fbb`);
        }
      }
    });
  }

  for (let op = 0; op < opNames.length; op++) {
    const r = operators[op].nary;
    if (!r) continue;
    it(`n-ary ${opNames[op]}: gradient and Hessian match central differences, Hessian symmetric`, () => {
      for (let s = 0; s < 30; s++) {
        const n = 1 + Math.floor(5 * rnd());
        const a = Float64Array.from({ length: n }, () => -2 + 4 * rnd());
        if (s === 0 && n > 1) a[n - 1] = 0; // a zero factor: the prefix/suffix products stay exact
        const g = new Float64Array(n);
        const hm = new Float64Array(n * n);
        r.grad(a, g);
        r.hess(a, hm);
        const gp = new Float64Array(n);
        const gm = new Float64Array(n);
        for (let j = 0; j < n; j++) {
          const ap = a.slice();
          const am = a.slice();
          ap[j] += H;
          am[j] -= H;
          expectClose(g[j], (r.f(ap) - r.f(am)) / (2 * H), 1e-7, `${opNames[op]} d/d${j}`);
          r.grad(ap, gp);
          r.grad(am, gm);
          for (let i = 0; i < n; i++) {
            expectClose(hm[i * n + j], (gp[i] - gm[i]) / (2 * H), 1e-6, `${opNames[op]} H${i}${j}`);
            expect(hm[i * n + j]).toBe(hm[j * n + i]);
          }
        }
      }
    });
  }

  it('has JavaScript templates that compute exactly what the rules compute', () => {
    const names = Object.keys(jsHelpers);
    const compile = (body: string) =>
      new Function('H', `const {${names.join(',')}}=H;return (a,b,r)=>${body};`)(jsHelpers) as (
        a: number,
        b: number,
        r: number,
      ) => number;
    const same = (a: number, b: number, what: string) => {
      if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b)))
        throw new Error(`${what}: rule ${a}, template ${b}`);
    };
    const pts = [-2.5, -1, -0.3, 0, 0.4, 1, 1.7, 3];
    const out = new Float64Array(3);
    for (let op = 0; op < opNames.length; op++) {
      const { unary: u, binary: b } = operators[op];
      if (u) {
        const [f, d1, d2] = [u.js.f('a'), u.js.d1('a', 'r'), u.js.d2('a', 'r')].map(compile);
        for (const x of pts) {
          const fx = u.f(x);
          same(u.f(x), f(x, 0, 0), `${opNames[op]} f(${x})`);
          same(u.d1(x, fx), d1(x, 0, fx), `${opNames[op]} d1(${x})`);
          same(u.d2(x, fx), d2(x, 0, fx), `${opNames[op]} d2(${x})`);
        }
      }
      if (b) {
        const t = ['f', 'da', 'db', 'haa', 'hab', 'hbb'] as const;
        const fns = t.map((k) => compile(k === 'f' ? b.js.f('a', 'b') : b.js[k]('a', 'b', 'r')));
        for (const x of pts) {
          for (const y of pts) {
            const fx = b.f(x, y);
            same(fx, fns[0](x, y, 0), `${opNames[op]} f(${x},${y})`);
            b.grad(x, y, fx, out);
            same(out[0], fns[1](x, y, fx), `${opNames[op]} da(${x},${y})`);
            same(out[1], fns[2](x, y, fx), `${opNames[op]} db(${x},${y})`);
            b.hess(x, y, fx, out);
            for (let k = 0; k < 3; k++)
              same(out[k], fns[3 + k](x, y, fx), `${opNames[op]} ${t[3 + k]}(${x},${y})`);
          }
        }
      }
    }
  });

  it('min and max give the derivative to the first of tied arguments', () => {
    const g = new Float64Array(3);
    operators[Op.Min].nary!.grad([2, 1, 1], g);
    expect([...g]).toEqual([0, 1, 0]);
    operators[Op.Max].nary!.grad([3, 1, 3], g);
    expect([...g]).toEqual([1, 0, 0]);
  });

  it('yields NaN or Infinity outside the domain, without throwing', () => {
    expect(operators[Op.Log].unary!.f(-1)).toBeNaN();
    expect(operators[Op.Sqrt].unary!.d1(0, 0)).toBe(Infinity);
    expect(operators[Op.Pow].binary!.f(-8, 1 / 3)).toBeNaN();
    expect(operators[Op.Pow].binary!.f(-2, 3)).toBe(-8);
    const g = new Float64Array(2);
    operators[Op.Pow].binary!.grad(0, 2, 0, g);
    expect([...g]).toEqual([0, 0]);
  });
});
