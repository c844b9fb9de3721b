// The operator table of the expression graph, one entry per Op code: GAMS name, value, first and
// second derivatives (in the style of MathOptInterface's univariate table), smoothness, and
// JavaScript templates for the compiled evaluator. Every stage reads it: the checker's function
// library (functions.ts), the evaluators (model/generate.ts), the classifier (model/classify.ts),
// the AD (src/ad) and the non-smooth reformulation. Adding an operator means adding its code to Op
// and its entry to `defs` below. Imports gams-math.ts and text/arrays.ts only.
//
// Conventions. Unary rules get the argument x and the value fx = f(x) (so exp' = fx, sqrt' = 0.5/fx).
// Binary rules fill caller buffers: grad -> out[0] = df/da, out[1] = df/db; hess -> out[0] = d2f/da2,
// out[1] = d2f/dadb, out[2] = d2f/db2. N-ary rules (Add, Mul, Min, Max) take the argument list;
// the tape (ad/tape.ts) inlines their kernels and the tests check them against these reference rules.
// Non-smooth operators return a derivative valid almost everywhere (abs: sign(x); min/max: 1 for
// the first active argument; floor/ceil/round/sign: 0; mod(a,b) = a - b*trunc(a/b): 1 and
// -trunc(a/b)). Domain errors (log of a negative, sqrt'(0), x**y with x < 0 and non-integer y)
// give NaN or +-Infinity, never an exception; the oracle reports them (oracle.ts lastEvalError).
import {
  gamsRound,
  gamsMod,
  gamsFrac,
  gamsFloor,
  gamsCeil,
  gamma,
  logGamma,
  digamma,
  trigamma,
  errorf,
  normalDensity,
} from './gams-math.ts';
import { maxOf, minOf } from '../text/arrays.ts';

export { gamsRound, gamsMod } from './gams-math.ts';

/**
 * Operator codes of the expression graph (model/expr-graph.ts stores them in a Uint8Array). Each
 * code has one entry in `defs` below; the table check at load time says which one is missing.
 */
export const Op = {
  Const: 0,
  Var: 1,
  Param: 2,
  Add: 3, // n-ary sum
  Mul: 4, // n-ary product
  Neg: 5,
  Sub: 6, // binary a - b
  Div: 7, // binary a / b
  Pow: 8, // binary a ** b (a > 0 when b is not an integer constant, as in GAMS)
  Sqr: 9,
  Sqrt: 10,
  Exp: 11,
  Log: 12,
  Log10: 13,
  Abs: 14, // non-smooth
  Min: 15, // n-ary, non-smooth
  Max: 16, // n-ary, non-smooth
  Sign: 17, // non-smooth (derivative 0 almost everywhere)
  Sin: 18,
  Cos: 19,
  Power: 20, // binary power(x, n): n integer constant, any sign of x
  Floor: 21, // discontinuous
  Ceil: 22, // discontinuous
  Round: 23, // discontinuous
  Mod: 24, // binary, discontinuous
  Tanh: 25,
  Log2: 26,
  Atan: 27,
  Sinh: 28,
  Cosh: 29,
  Tan: 30,
  Asin: 31,
  Acos: 32,
  Errorf: 33, // standard normal CDF
  LogGamma: 34,
  Gamma: 35,
  SignPower: 36, // binary signpower(x, c) = sign(x) |x|^c, c > 0 constant
  Trunc: 37, // discontinuous
  Frac: 38, // discontinuous
} as const;
export type OpCode = (typeof Op)[keyof typeof Op];

/** Names of the Op codes, indexed by code (for tests and messages). */
export const opNames: readonly string[] = Object.entries(Op)
  .sort((a, b) => a[1] - b[1])
  .map(([k]) => k);

export type Smoothness = 'smooth' | 'nonsmooth' | 'discontinuous';

export interface UnaryRule {
  f(x: number): number;
  d1(x: number, fx: number): number;
  d2(x: number, fx: number): number;
  /** Code templates for compiled evaluation: A = argument expression, R = name of the value. */
  js: { f(A: string): string; d1(A: string, R: string): string; d2(A: string, R: string): string };
}

export interface BinaryRule {
  f(a: number, b: number): number;
  grad(a: number, b: number, fx: number, out: Float64Array): void;
  hess(a: number, b: number, fx: number, out: Float64Array): void;
  js: {
    f(A: string, B: string): string;
    da(A: string, B: string, R: string): string;
    db(A: string, B: string, R: string): string;
    haa(A: string, B: string, R: string): string;
    hab(A: string, B: string, R: string): string;
    hbb(A: string, B: string, R: string): string;
  };
}

export interface NaryRule {
  f(args: ArrayLike<number>): number;
  grad(args: ArrayLike<number>, out: Float64Array): void;
  /** Dense n x n Hessian, row-major. */
  hess(args: ArrayLike<number>, out: Float64Array): void;
}

export interface OpDef {
  readonly op: OpCode;
  /** GAMS spelling, used in messages ("log", "**", "/"). */
  readonly name: string;
  readonly smooth: Smoothness;
  /** Where the function is defined and differentiable, when not everywhere (tests sample it). */
  readonly domain?: readonly [number, number];
  readonly unary?: UnaryRule;
  readonly binary?: BinaryRule;
  readonly nary?: NaryRule;
}

// ---- scalar helpers shared by the rules and by compiled code (passed to new Function by name) ----

/** d(a**b)/da; b = 0 gives 0 (not 0 * a**-1, which is NaN at a = 0). */
export function powDa(a: number, b: number): number {
  return b === 0 ? 0 : b * Math.pow(a, b - 1);
}
/** d(a**b)/db = a**b log a; at a = 0 the limit (b > 0) is 0. */
export function powDb(a: number, fx: number): number {
  return a === 0 ? 0 : fx * Math.log(a);
}
/** d2(a**b)/da2; b = 0 or 1 gives 0 exactly. */
export function powHaa(a: number, b: number): number {
  return b === 0 || b === 1 ? 0 : b * (b - 1) * Math.pow(a, b - 2);
}
/** d2(a**b)/dadb = a**(b-1) (1 + b log a); at a = 0 the limit is 0 for b > 1. */
export function powHab(a: number, b: number): number {
  return a === 0 ? (b > 1 ? 0 : NaN) : Math.pow(a, b - 1) * (1 + b * Math.log(a));
}
/** d2(a**b)/db2 = a**b (log a)^2. */
export function powHbb(a: number, fx: number): number {
  if (a === 0) return 0;
  const la = Math.log(a);
  return fx * la * la;
}
function powHess(a: number, b: number, fx: number, out: Float64Array): void {
  out[0] = powHaa(a, b);
  out[1] = powHab(a, b);
  out[2] = powHbb(a, fx);
}

const helpers: Record<string, (...args: number[]) => number> = {
  gamsRound,
  gamsMod,
  gamsFrac,
  gamsFloor,
  gamsCeil,
  powDa,
  powDb,
  powHaa,
  powHab,
  powHbb,
};

/**
 * A unary rule whose compiled code calls the rule's own functions, registered as helpers named
 * `<key>F`, `<key>D1`, `<key>D2` (for functions without a short JavaScript expression).
 */
function unaryViaHelpers(
  key: string,
  f: (x: number) => number,
  d1: (x: number, fx: number) => number,
  d2: (x: number, fx: number) => number,
): UnaryRule {
  helpers[`${key}F`] = f;
  helpers[`${key}D1`] = d1;
  helpers[`${key}D2`] = d2;
  return un(f, d1, d2, {
    f: (A) => `${key}F(${A})`,
    d1: (A, R) => `${key}D1(${A},${R})`,
    d2: (A, R) => `${key}D2(${A},${R})`,
  });
}
const POW_JS: BinaryRule['js'] = {
  f: (A, B) => `Math.pow(${A},${B})`,
  da: (A, B) => `powDa(${A},${B})`,
  db: (A, _B, R) => `powDb(${A},${R})`,
  haa: (A, B) => `powHaa(${A},${B})`,
  hab: (A, B) => `powHab(${A},${B})`,
  hbb: (A, _B, R) => `powHbb(${A},${R})`,
};
/** Templates of an operator with zero second derivatives. */
const Z2 = { haa: () => '0', hab: () => '0', hbb: () => '0' };

const ZERO = () => 0;

/** log10 and log2: (log_b x)' = 1/(x ln b), (log_b x)'' = -1/(x² ln b). */
function logBase(
  op: OpCode,
  name: string,
  f: (x: number) => number,
  fJs: string,
  lnJs: string,
  ln: number,
): OpDef {
  return {
    op,
    name,
    smooth: 'smooth',
    unary: un(
      f,
      (x) => 1 / (x * ln),
      (x) => -1 / (x * x * ln),
      {
        f: (A) => `${fJs}(${A})`,
        d1: (A) => `(1/(${A}*${lnJs}))`,
        d2: (A) => `(-1/(${A}*${A}*${lnJs}))`,
      },
    ),
  };
}
const un = (
  f: (x: number) => number,
  d1: (x: number, fx: number) => number,
  d2: (x: number, fx: number) => number,
  js: UnaryRule['js'],
): UnaryRule => ({ f, d1, d2, js });

// ---- the table, indexed by op code ----

/** `x**y` and `power(x,y)`: the same function, its derivatives and compiled form. */
const POW_BINARY = {
  f: (a: number, b: number) => Math.pow(a, b),
  grad: (a: number, b: number, fx: number, out: Float64Array) => {
    out[0] = powDa(a, b);
    out[1] = powDb(a, fx);
  },
  hess: powHess,
  js: POW_JS,
};

const defs: OpDef[] = [
  { op: Op.Const, name: 'constant', smooth: 'smooth' },
  { op: Op.Var, name: 'variable', smooth: 'smooth' },
  { op: Op.Param, name: 'parameter', smooth: 'smooth' },
  {
    op: Op.Add,
    name: 'sum',
    smooth: 'smooth',
    nary: {
      f: (a) => {
        let s = 0;
        for (let k = 0; k < a.length; k++) s += a[k];
        return s;
      },
      grad: (a, out) => out.fill(1, 0, a.length),
      hess: (a, out) => out.fill(0, 0, a.length * a.length),
    },
  },
  {
    op: Op.Mul,
    name: 'product',
    smooth: 'smooth',
    binary: {
      f: (a, b) => a * b,
      grad: (a, b, _fx, out) => {
        out[0] = b;
        out[1] = a;
      },
      hess: (_a, _b, _fx, out) => {
        out[0] = 0;
        out[1] = 1;
        out[2] = 0;
      },
      js: {
        f: (A, B) => `(${A}*${B})`,
        da: (_A, B) => B,
        db: (A) => A,
        haa: () => '0',
        hab: () => '1',
        hbb: () => '0',
      },
    },
    nary: {
      f: (a) => {
        let s = 1;
        for (let k = 0; k < a.length; k++) s *= a[k];
        return s;
      },
      // Products of the other factors by prefix and suffix products (exact when a factor is 0).
      grad: (a, out) => {
        let pre = 1;
        for (let k = 0; k < a.length; k++) {
          out[k] = pre;
          pre *= a[k];
        }
        let suf = 1;
        for (let k = a.length - 1; k >= 0; k--) {
          out[k] *= suf;
          suf *= a[k];
        }
      },
      hess: (a, out) => {
        const n = a.length;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let s = 0;
            if (i !== j) {
              s = 1;
              for (let k = 0; k < n; k++) if (k !== i && k !== j) s *= a[k];
            }
            out[i * n + j] = s;
          }
        }
      },
    },
  },
  {
    op: Op.Neg,
    name: '-',
    smooth: 'smooth',
    unary: un(
      (x) => -x,
      () => -1,
      ZERO,
      { f: (A) => `(-${A})`, d1: () => '-1', d2: () => '0' },
    ),
  },
  {
    op: Op.Sub,
    name: '-',
    smooth: 'smooth',
    binary: {
      f: (a, b) => a - b,
      grad: (_a, _b, _fx, out) => {
        out[0] = 1;
        out[1] = -1;
      },
      hess: (_a, _b, _fx, out) => out.fill(0, 0, 3),
      js: { f: (A, B) => `(${A}-${B})`, da: () => '1', db: () => '-1', ...Z2 },
    },
  },
  {
    op: Op.Div,
    name: '/',
    smooth: 'smooth',
    binary: {
      f: (a, b) => a / b,
      grad: (_a, b, fx, out) => {
        out[0] = 1 / b;
        out[1] = -fx / b;
      },
      hess: (_a, b, fx, out) => {
        out[0] = 0;
        out[1] = -1 / (b * b);
        out[2] = (2 * fx) / (b * b);
      },
      js: {
        f: (A, B) => `(${A}/${B})`,
        da: (_A, B) => `(1/${B})`,
        db: (_A, B, R) => `(-${R}/${B})`,
        haa: () => '0',
        hab: (_A, B) => `(-1/(${B}*${B}))`,
        hbb: (_A, B, R) => `((2*${R})/(${B}*${B}))`,
      },
    },
  },
  {
    op: Op.Pow,
    name: '**',
    smooth: 'smooth',
    binary: POW_BINARY,
  },
  {
    op: Op.Sqr,
    name: 'sqr',
    smooth: 'smooth',
    unary: un(
      (x) => x * x,
      (x) => 2 * x,
      () => 2,
      { f: (A) => `(${A}*${A})`, d1: (A) => `(2*${A})`, d2: () => '2' },
    ),
  },
  {
    op: Op.Sqrt,
    name: 'sqrt',
    smooth: 'smooth',
    unary: un(
      (x) => Math.sqrt(x),
      (_x, fx) => 0.5 / fx,
      (x, fx) => -0.25 / (x * fx),
      { f: (A) => `Math.sqrt(${A})`, d1: (_A, R) => `(0.5/${R})`, d2: (A, R) => `(-0.25/(${A}*${R}))` },
    ),
  },
  {
    op: Op.Exp,
    name: 'exp',
    smooth: 'smooth',
    unary: un(
      (x) => Math.exp(x),
      (_x, fx) => fx,
      (_x, fx) => fx,
      { f: (A) => `Math.exp(${A})`, d1: (_A, R) => R, d2: (_A, R) => R },
    ),
  },
  {
    op: Op.Log,
    name: 'log',
    smooth: 'smooth',
    unary: un(
      (x) => Math.log(x),
      (x) => 1 / x,
      (x) => -1 / (x * x),
      {
        f: (A) => `Math.log(${A})`,
        d1: (A) => `(1/${A})`,
        d2: (A) => `(-1/(${A}*${A}))`,
      },
    ),
  },
  logBase(Op.Log10, 'log10', Math.log10, 'Math.log10', 'Math.LN10', Math.LN10),
  {
    op: Op.Abs,
    name: 'abs',
    smooth: 'nonsmooth',
    unary: un(
      (x) => Math.abs(x),
      (x) => Math.sign(x),
      ZERO,
      { f: (A) => `Math.abs(${A})`, d1: (A) => `Math.sign(${A})`, d2: () => '0' },
    ),
  },
  { op: Op.Min, name: 'min', smooth: 'nonsmooth', nary: minMaxRule(-1) },
  { op: Op.Max, name: 'max', smooth: 'nonsmooth', nary: minMaxRule(1) },
  {
    op: Op.Sign,
    name: 'sign',
    smooth: 'discontinuous',
    unary: un((x) => Math.sign(x), ZERO, ZERO, { f: (A) => `Math.sign(${A})`, d1: () => '0', d2: () => '0' }),
  },
  {
    op: Op.Sin,
    name: 'sin',
    smooth: 'smooth',
    unary: un(
      (x) => Math.sin(x),
      (x) => Math.cos(x),
      (_x, fx) => -fx,
      {
        f: (A) => `Math.sin(${A})`,
        d1: (A) => `Math.cos(${A})`,
        d2: (_A, R) => `(-${R})`,
      },
    ),
  },
  {
    op: Op.Cos,
    name: 'cos',
    smooth: 'smooth',
    unary: un(
      (x) => Math.cos(x),
      (x) => -Math.sin(x),
      (_x, fx) => -fx,
      {
        f: (A) => `Math.cos(${A})`,
        d1: (A) => `(-Math.sin(${A}))`,
        d2: (_A, R) => `(-${R})`,
      },
    ),
  },
  {
    op: Op.Power,
    name: 'power',
    smooth: 'smooth',
    binary: POW_BINARY,
  },
  {
    op: Op.Floor,
    name: 'floor',
    smooth: 'discontinuous',
    unary: un(gamsFloor, ZERO, ZERO, {
      f: (A) => `gamsFloor(${A})`,
      d1: () => '0',
      d2: () => '0',
    }),
  },
  {
    op: Op.Ceil,
    name: 'ceil',
    smooth: 'discontinuous',
    unary: un(gamsCeil, ZERO, ZERO, { f: (A) => `gamsCeil(${A})`, d1: () => '0', d2: () => '0' }),
  },
  {
    op: Op.Round,
    name: 'round',
    smooth: 'discontinuous',
    unary: un((x) => gamsRound(x, 0), ZERO, ZERO, {
      f: (A) => `gamsRound(${A},0)`,
      d1: () => '0',
      d2: () => '0',
    }),
    // round(x, d): d decimals.
    binary: {
      f: gamsRound,
      grad: (_a, _b, _fx, out) => out.fill(0, 0, 2),
      hess: (_a, _b, _fx, out) => out.fill(0, 0, 3),
      js: { f: (A, B) => `gamsRound(${A},${B})`, da: () => '0', db: () => '0', ...Z2 },
    },
  },
  {
    op: Op.Mod,
    name: 'mod',
    smooth: 'discontinuous',
    binary: {
      f: gamsMod,
      grad: (a, b, _fx, out) => {
        out[0] = 1;
        out[1] = -Math.trunc(a / b);
      },
      hess: (_a, _b, _fx, out) => out.fill(0, 0, 3),
      js: {
        f: (A, B) => `gamsMod(${A},${B})`,
        da: () => '1',
        db: (A, B) => `(-Math.trunc(${A}/${B}))`,
        ...Z2,
      },
    },
  },
  {
    op: Op.Tanh,
    name: 'tanh',
    smooth: 'smooth',
    unary: un(
      (x) => Math.tanh(x),
      (_x, fx) => 1 - fx * fx,
      (_x, fx) => -2 * fx * (1 - fx * fx),
      {
        f: (A) => `Math.tanh(${A})`,
        d1: (_A, R) => `(1-${R}*${R})`,
        d2: (_A, R) => `(-2*${R}*(1-${R}*${R}))`,
      },
    ),
  },
  logBase(Op.Log2, 'log2', Math.log2, 'Math.log2', 'Math.LN2', Math.LN2),
  {
    op: Op.Atan,
    name: 'arctan',
    smooth: 'smooth',
    unary: un(
      (x) => Math.atan(x),
      (x) => 1 / (1 + x * x),
      (x) => (-2 * x) / ((1 + x * x) * (1 + x * x)),
      {
        f: (A) => `Math.atan(${A})`,
        d1: (A) => `(1/(1+${A}*${A}))`,
        d2: (A) => `((-2*${A})/((1+${A}*${A})*(1+${A}*${A})))`,
      },
    ),
  },
  {
    op: Op.Sinh,
    name: 'sinh',
    smooth: 'smooth',
    unary: un(
      (x) => Math.sinh(x),
      (x) => Math.cosh(x),
      (_x, fx) => fx,
      { f: (A) => `Math.sinh(${A})`, d1: (A) => `Math.cosh(${A})`, d2: (_A, R) => R },
    ),
  },
  {
    op: Op.Cosh,
    name: 'cosh',
    smooth: 'smooth',
    unary: un(
      (x) => Math.cosh(x),
      (x) => Math.sinh(x),
      (_x, fx) => fx,
      { f: (A) => `Math.cosh(${A})`, d1: (A) => `Math.sinh(${A})`, d2: (_A, R) => R },
    ),
  },
  {
    op: Op.Tan,
    name: 'tan',
    smooth: 'smooth',
    domain: [-1.4, 1.4],
    unary: un(
      (x) => Math.tan(x),
      (_x, fx) => 1 + fx * fx,
      (_x, fx) => 2 * fx * (1 + fx * fx),
      {
        f: (A) => `Math.tan(${A})`,
        d1: (_A, R) => `(1+${R}*${R})`,
        d2: (_A, R) => `(2*${R}*(1+${R}*${R}))`,
      },
    ),
  },
  {
    op: Op.Asin,
    name: 'arcsin',
    smooth: 'smooth',
    domain: [-0.9, 0.9],
    unary: un(
      (x) => Math.asin(x),
      (x) => 1 / Math.sqrt(1 - x * x),
      (x) => x / Math.pow(1 - x * x, 1.5),
      {
        f: (A) => `Math.asin(${A})`,
        d1: (A) => `(1/Math.sqrt(1-${A}*${A}))`,
        d2: (A) => `(${A}/Math.pow(1-${A}*${A},1.5))`,
      },
    ),
  },
  {
    op: Op.Acos,
    name: 'arccos',
    smooth: 'smooth',
    domain: [-0.9, 0.9],
    unary: un(
      (x) => Math.acos(x),
      (x) => -1 / Math.sqrt(1 - x * x),
      (x) => -x / Math.pow(1 - x * x, 1.5),
      {
        f: (A) => `Math.acos(${A})`,
        d1: (A) => `(-1/Math.sqrt(1-${A}*${A}))`,
        d2: (A) => `(-${A}/Math.pow(1-${A}*${A},1.5))`,
      },
    ),
  },
  {
    op: Op.Errorf,
    name: 'errorf',
    smooth: 'smooth',
    unary: unaryViaHelpers(
      'errorf',
      errorf,
      (x) => normalDensity(x),
      (x) => -x * normalDensity(x),
    ),
  },
  {
    op: Op.LogGamma,
    name: 'loggamma',
    smooth: 'smooth',
    domain: [0.2, 6],
    unary: unaryViaHelpers(
      'logGamma',
      logGamma,
      (x) => digamma(x),
      (x) => trigamma(x),
    ),
  },
  {
    op: Op.Gamma,
    name: 'gamma',
    smooth: 'smooth',
    domain: [0.2, 5],
    unary: unaryViaHelpers(
      'gamma',
      gamma,
      (x, fx) => fx * digamma(x),
      (x, fx) => {
        const p = digamma(x);
        return fx * (p * p + trigamma(x));
      },
    ),
  },
  {
    op: Op.SignPower,
    name: 'signpower',
    smooth: 'smooth',
    binary: {
      f: signPower,
      grad: (a, b, _fx, out) => {
        out[0] = signPowerDa(a, b);
        out[1] = signPowerDb(a, b);
      },
      hess: (a, b, _fx, out) => {
        out[0] = signPowerHaa(a, b);
        out[1] = signPowerHab(a, b);
        out[2] = signPowerHbb(a, b);
      },
      js: {
        f: (A, B) => `signPower(${A},${B})`,
        da: (A, B) => `signPowerDa(${A},${B})`,
        db: (A, B) => `signPowerDb(${A},${B})`,
        haa: (A, B) => `signPowerHaa(${A},${B})`,
        hab: (A, B) => `signPowerHab(${A},${B})`,
        hbb: (A, B) => `signPowerHbb(${A},${B})`,
      },
    },
  },
  {
    op: Op.Trunc,
    name: 'trunc',
    smooth: 'discontinuous',
    unary: un((x) => Math.trunc(x), ZERO, ZERO, {
      f: (A) => `Math.trunc(${A})`,
      d1: () => '0',
      d2: () => '0',
    }),
  },
  {
    op: Op.Frac,
    name: 'frac',
    smooth: 'discontinuous',
    unary: un(gamsFrac, () => 1, ZERO, { f: (A) => `gamsFrac(${A})`, d1: () => '1', d2: () => '0' }),
  },
];

/** signpower(x, c) = sign(x) |x|^c; the exponent c is a constant (its derivative is not used). */
function signPower(a: number, b: number): number {
  return Math.sign(a) * Math.pow(Math.abs(a), b);
}
function signPowerDa(a: number, b: number): number {
  return a === 0 ? (b > 1 ? 0 : b === 1 ? 1 : Infinity) : b * Math.pow(Math.abs(a), b - 1);
}
function signPowerDb(a: number, b: number): number {
  return a === 0 ? 0 : signPower(a, b) * Math.log(Math.abs(a));
}
function signPowerHaa(a: number, b: number): number {
  return a === 0 ? (b > 2 || b === 1 ? 0 : NaN) : b * (b - 1) * Math.sign(a) * Math.pow(Math.abs(a), b - 2);
}
/** d2/dadb = |a|^(b-1) (1 + b ln|a|). */
function signPowerHab(a: number, b: number): number {
  return a === 0 ? (b > 1 ? 0 : NaN) : Math.pow(Math.abs(a), b - 1) * (1 + b * Math.log(Math.abs(a)));
}
/** d2/db2 = f (ln|a|)². */
function signPowerHbb(a: number, b: number): number {
  if (a === 0) return 0;
  const l = Math.log(Math.abs(a));
  return signPower(a, b) * l * l;
}
Object.assign(helpers, { signPower, signPowerDa, signPowerDb, signPowerHaa, signPowerHab, signPowerHbb });

/** Min (dir = -1) or max (dir = 1): value as Math.min/max (NaN propagates); gradient 1 at the first active argument. */
function minMaxRule(dir: 1 | -1): NaryRule {
  const f =
    dir < 0 ? (a: ArrayLike<number>) => minOf(Array.from(a)) : (a: ArrayLike<number>) => maxOf(Array.from(a));
  return {
    f,
    grad: (a, out) => {
      out.fill(0, 0, a.length);
      out[activeIndex(a, 0, a.length, dir)] = 1;
    },
    hess: (a, out) => out.fill(0, 0, a.length * a.length),
  };
}

/** Index (relative to s) of the first minimal (dir = -1) or maximal (dir = 1) of a[s..e). */
export function activeIndex(a: ArrayLike<number>, s: number, e: number, dir: 1 | -1): number {
  let best = a[s];
  let k = 0;
  for (let t = s + 1; t < e; t++) {
    const v = a[t];
    if (dir < 0 ? v < best : v > best) {
      best = v;
      k = t - s;
    }
  }
  return k;
}

/** Names the compiled code may call; compile.ts destructures this object into the factory scope. */
export const jsHelpers: Readonly<Record<string, (...args: number[]) => number>> = helpers;

/** The operator table, indexed by op code. */
export const operators: readonly OpDef[] = (() => {
  const t: OpDef[] = [];
  for (const d of defs) {
    if (t[d.op]) throw new Error(`internal error: operator ${d.op} defined twice`);
    t[d.op] = d;
  }
  for (let k = 0; k < t.length; k++)
    if (!t[k]) throw new Error(`internal error: operator ${k} missing from the table`);
  return t;
})();

/** Operators whose derivative is not continuous: a model using them on variables is DNLP. */
export function isNonsmooth(op: number): boolean {
  const d = operators[op];
  return d !== undefined && d.smooth !== 'smooth';
}

/**
 * Value of operator `op` at its argument values (GAMS semantics): the unary, binary or n-ary rule
 * by the number of arguments. Leaves (Const, Var, Param) have no value here.
 */
export function evalOp(op: number, args: ArrayLike<number>): number {
  const d = operators[op];
  if (!d) return NaN;
  if (args.length === 1 && d.unary) return d.unary.f(args[0]);
  if (args.length === 2 && d.binary) return d.binary.f(args[0], args[1]);
  if (d.nary) return d.nary.f(args);
  return NaN;
}

/** The GAMS spelling of an operator, for messages ("sqrt", "**", "/"). */
export function opDisplayName(op: number): string {
  return operators[op]?.name ?? `operator ${op}`;
}
