// The operator table of the expression graph: value, first and second derivatives of every Op (in
// the style of MathOptInterface's univariate table), smoothness flags, and JavaScript templates for
// the compiled evaluator. Imports model/expr-graph.ts only.
//
// Conventions. Unary rules get the argument x and the value fx = f(x) (so exp' = fx, sqrt' = 0.5/fx).
// Binary rules fill caller buffers: grad -> out[0] = df/da, out[1] = df/db; hess -> out[0] = d2f/da2,
// out[1] = d2f/dadb, out[2] = d2f/db2. N-ary rules (Add, Mul, Min, Max) take the argument list;
// the tape (tape.ts) inlines their kernels and the tests check them against these reference rules.
// Non-smooth operators return a derivative valid almost everywhere (abs: sign(x); min/max: 1 for
// the first active argument; floor/ceil/round/sign: 0; mod(a,b) = a - b*trunc(a/b): 1 and
// -trunc(a/b)). Domain errors (log of a negative, sqrt'(0), x**y with x < 0 and non-integer y)
// give NaN or +-Infinity, never an exception; the oracle reports them (oracle.ts lastEvalError).
import { Op, type OpCode } from '../model/expr-graph.ts';

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
  readonly unary?: UnaryRule;
  readonly binary?: BinaryRule;
  readonly nary?: NaryRule;
}

// ---- scalar helpers shared by the rules and by compiled code (passed to new Function by name) ----

/** GAMS round(x, d): half away from zero at d decimals. */
export function gamsRound(x: number, d: number): number {
  const p = Math.pow(10, d);
  return (Math.sign(x) * Math.round(Math.abs(x) * p)) / p;
}
/** GAMS mod(a, b) = a - b * trunc(a / b) (sign of a). */
export function gamsMod(a: number, b: number): number {
  return a - b * Math.trunc(a / b);
}
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

/** Names the compiled code may call; compile.ts destructures this object into the factory scope. */
export const jsHelpers = { gamsRound, gamsMod, powDa, powDb, powHaa, powHab, powHbb } as const;
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
const un = (
  f: (x: number) => number,
  d1: (x: number, fx: number) => number,
  d2: (x: number, fx: number) => number,
  js: UnaryRule['js'],
): UnaryRule => ({ f, d1, d2, js });

// ---- the table, indexed by op code ----

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
    name: 'prod',
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
    binary: {
      f: (a, b) => Math.pow(a, b),
      grad: (a, b, fx, out) => {
        out[0] = powDa(a, b);
        out[1] = powDb(a, fx);
      },
      hess: powHess,
      js: POW_JS,
    },
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
  {
    op: Op.Log10,
    name: 'log10',
    smooth: 'smooth',
    unary: un(
      (x) => Math.log10(x),
      (x) => 1 / (x * Math.LN10),
      (x) => -1 / (x * x * Math.LN10),
      {
        f: (A) => `Math.log10(${A})`,
        d1: (A) => `(1/(${A}*Math.LN10))`,
        d2: (A) => `(-1/(${A}*${A}*Math.LN10))`,
      },
    ),
  },
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
    binary: {
      f: (a, b) => Math.pow(a, b),
      grad: (a, b, fx, out) => {
        out[0] = powDa(a, b);
        out[1] = powDb(a, fx);
      },
      hess: powHess,
      js: POW_JS,
    },
  },
  {
    op: Op.Floor,
    name: 'floor',
    smooth: 'discontinuous',
    unary: un((x) => Math.floor(x), ZERO, ZERO, {
      f: (A) => `Math.floor(${A})`,
      d1: () => '0',
      d2: () => '0',
    }),
  },
  {
    op: Op.Ceil,
    name: 'ceil',
    smooth: 'discontinuous',
    unary: un((x) => Math.ceil(x), ZERO, ZERO, { f: (A) => `Math.ceil(${A})`, d1: () => '0', d2: () => '0' }),
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
  {
    op: Op.Log2,
    name: 'log2',
    smooth: 'smooth',
    unary: un(
      (x) => Math.log2(x),
      (x) => 1 / (x * Math.LN2),
      (x) => -1 / (x * x * Math.LN2),
      {
        f: (A) => `Math.log2(${A})`,
        d1: (A) => `(1/(${A}*Math.LN2))`,
        d2: (A) => `(-1/(${A}*${A}*Math.LN2))`,
      },
    ),
  },
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
];

/** Min (dir = -1) or max (dir = 1): value as Math.min/max (NaN propagates); gradient 1 at the first active argument. */
function minMaxRule(dir: 1 | -1): NaryRule {
  const f =
    dir < 0
      ? (a: ArrayLike<number>) => Math.min(...Array.from(a))
      : (a: ArrayLike<number>) => Math.max(...Array.from(a));
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
