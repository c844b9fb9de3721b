// GAMS's function library: per function its name, arity, value on data (GAMS semantics), and how it
// reaches the expression graph when an argument involves variables (one operator of table.ts, or a
// composition of them). The checker reads this table. Imports table.ts, gams-math.ts, random.ts
// and function-names.ts (the names GAMS treats as functions, which the parser reads too).
import { Op, evalOp, operators } from './table.ts';
import {
  gamsRound,
  gamsMod,
  gamsFrac,
  gamma,
  logGamma,
  beta,
  logBeta,
  factorial,
  binomial,
  gammaP,
  betaReg,
  errorf,
  julianDate,
  julianTime,
  dateField,
} from './gams-math.ts';
import type { RandomStream } from './random.ts';
import { FUNCTION_NAMES } from './function-names.ts';

/** What a composite function needs to build graph nodes (GraphBuilder provides it). */
export interface NodeBuilder {
  node(op: number, children: readonly number[]): number;
  constant(v: number): number;
}

export interface FunctionDef {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Numeric evaluation on data (GAMS semantics). */
  readonly eval: (args: number[]) => number;
  /** Graph operator when an argument involves variables. */
  readonly op?: number;
  /**
   * A composition of graph operators when an argument involves variables (args are node ids;
   * `values`: the arguments that are data, by position). A string: why it cannot be built.
   */
  readonly expand?: (
    b: NodeBuilder,
    args: readonly number[],
    values: readonly (number | undefined)[],
  ) => number | string;
  /** Positions of the arguments that must be data when another one involves variables. */
  readonly dataArgs?: readonly number[];
  /** Non-smooth functions make a model DNLP. */
  readonly nonsmooth?: boolean;
  /** Set functions take set/index arguments, not values (ord, card, sameas). */
  readonly setFunction?: boolean;
  /** Random functions draw from the run's stream (never folded into a constant). */
  readonly random?: (rng: RandomStream, args: number[]) => number;
  /** The handle functions of asynchronous solves (they act on the run, never folded). */
  readonly handle?: 'collect' | 'status' | 'delete' | 'ready' | 'sleep' | 'errorlevel';
}

/** A function that is one graph operator: value and smoothness from the operator table. */
const viaOp = (name: string, minArgs: number, maxArgs: number, op: number): FunctionDef => ({
  name,
  minArgs,
  maxArgs,
  eval: (a) => evalOp(op, a),
  op,
  nonsmooth: operators[op].smooth !== 'smooth',
});
/** A function on data only (an error when an argument involves variables). */
const dataOnly = (
  name: string,
  minArgs: number,
  maxArgs: number,
  ev: (a: number[]) => number,
): FunctionDef => ({
  name,
  minArgs,
  maxArgs,
  eval: ev,
});
/** A function built from graph operators when it meets variables. */
const composite = (
  name: string,
  minArgs: number,
  maxArgs: number,
  ev: (a: number[]) => number,
  expand: (b: NodeBuilder, a: readonly number[]) => number,
): FunctionDef => ({ name, minArgs, maxArgs, eval: ev, expand });
const random = (
  name: string,
  minArgs: number,
  maxArgs: number,
  draw: (rng: RandomStream, a: number[]) => number,
): FunctionDef => ({ name, minArgs, maxArgs, eval: () => NaN, random: draw });
const setFn = (name: string, minArgs: number, maxArgs: number): FunctionDef => ({
  name,
  minArgs,
  maxArgs,
  eval: () => NaN,
  setFunction: true,
});

const handleFn = (
  name: string,
  minArgs: number,
  maxArgs: number,
  handle: NonNullable<FunctionDef['handle']>,
): FunctionDef => ({ name, minArgs, maxArgs, eval: () => NaN, handle });

const bool = (b: boolean) => (b ? 1 : 0);
/** GAMS's mapval: 0 for a normal number, 5 NA, 6 +INF, 7 -INF (EPS is 0 here, so 0). */
const mapval = (x: number) => (Number.isNaN(x) ? 5 : x === Infinity ? 6 : x === -Infinity ? 7 : 0);

const log = (b: NodeBuilder, x: number) => b.node(Op.Log, [x]);
const mul = (b: NodeBuilder, ...xs: number[]) => b.node(Op.Mul, xs);
const add = (b: NodeBuilder, ...xs: number[]) => b.node(Op.Add, xs);

/** Largest a + b − 1 of betaRegPolynomial (the polynomial has a + b − 1 − a + 1 = b terms). */
const BETAREG_MAX_DEGREE = 100;

/**
 * betareg(x, a, b) of a variable x for positive integers a and b (procmean): the regularized
 * incomplete beta function is then the binomial tail I_x(a,b) = Σ_{j=a}^{n} C(n,j) x^j (1−x)^(n−j),
 * n = a + b − 1 (Abramowitz and Stegun 26.5.7 with 6.6.4), a polynomial, so its value and exact
 * derivatives come from the graph's operators. Other a and b: the reason, as a string.
 */
function betaRegPolynomial(
  bld: NodeBuilder,
  [x]: readonly number[],
  [, a, b]: readonly (number | undefined)[],
): number | string {
  if (a === undefined || b === undefined || !(Number.isInteger(a) && Number.isInteger(b) && a > 0 && b > 0))
    return `needs positive integer shape parameters a and b with a variable x (here a = ${a}, b = ${b})`;
  const n = a + b - 1;
  if (n > BETAREG_MAX_DEGREE) return `needs a + b - 1 <= ${BETAREG_MAX_DEGREE} with a variable x (here ${n})`;
  const oneMinus = sub(bld, c(bld, 1), x);
  const terms: number[] = [];
  for (let j = a; j <= n; j++) {
    const factors = [c(bld, binomial(n, j)), bld.node(Op.Power, [x, c(bld, j)])];
    if (n - j > 0) factors.push(bld.node(Op.Power, [oneMinus, c(bld, n - j)]));
    terms.push(bld.node(Op.Mul, factors));
  }
  return terms.length === 1 ? terms[0] : add(bld, ...terms);
}
const sub = (b: NodeBuilder, x: number, y: number) => b.node(Op.Sub, [x, y]);
const div = (b: NodeBuilder, x: number, y: number) => b.node(Op.Div, [x, y]);
const c = (b: NodeBuilder, v: number) => b.constant(v);

/** The default of centropy's Z and of the ncp functions' smoothing parameter. */
const CENTROPY_Z = 1e-20;

const defs: FunctionDef[] = [
  viaOp('sqr', 1, 1, Op.Sqr),
  viaOp('sqrt', 1, 1, Op.Sqrt),
  viaOp('exp', 1, 1, Op.Exp),
  viaOp('log', 1, 1, Op.Log),
  viaOp('ln', 1, 1, Op.Log),
  viaOp('log10', 1, 1, Op.Log10),
  viaOp('log2', 1, 1, Op.Log2),
  viaOp('power', 2, 2, Op.Power),
  viaOp('rpower', 2, 2, Op.Pow),
  // vcPower(x, c) = x^c and cvPower(c, x) = c^x need a non-negative base, as x**y does.
  viaOp('vcpower', 2, 2, Op.Pow),
  viaOp('cvpower', 2, 2, Op.Pow),
  viaOp('signpower', 2, 2, Op.SignPower),
  viaOp('abs', 1, 1, Op.Abs),
  viaOp('min', 2, 64, Op.Min),
  viaOp('max', 2, 64, Op.Max),
  viaOp('sign', 1, 1, Op.Sign),
  viaOp('floor', 1, 1, Op.Floor),
  viaOp('ceil', 1, 1, Op.Ceil),
  viaOp('round', 1, 2, Op.Round),
  viaOp('mod', 2, 2, Op.Mod),
  viaOp('trunc', 1, 1, Op.Trunc),
  viaOp('frac', 1, 1, Op.Frac),
  viaOp('sin', 1, 1, Op.Sin),
  viaOp('cos', 1, 1, Op.Cos),
  viaOp('tan', 1, 1, Op.Tan),
  viaOp('sinh', 1, 1, Op.Sinh),
  viaOp('cosh', 1, 1, Op.Cosh),
  viaOp('tanh', 1, 1, Op.Tanh),
  viaOp('arctan', 1, 1, Op.Atan),
  viaOp('arcsin', 1, 1, Op.Asin),
  viaOp('arccos', 1, 1, Op.Acos),
  viaOp('errorf', 1, 1, Op.Errorf),
  viaOp('gamma', 1, 1, Op.Gamma),
  viaOp('loggamma', 1, 1, Op.LogGamma),
  viaOp('div', 2, 2, Op.Div),
  dataOnly('arctan2', 2, 2, ([y, x]) => Math.atan2(y, x)),
  dataOnly('div0', 2, 2, ([x, y]) => (y === 0 ? 1e299 : x / y)),
  dataOnly('fact', 1, 1, ([n]) => factorial(n)),
  dataOnly('binomial', 2, 2, ([n, k]) => binomial(n, k)),
  dataOnly('gammareg', 2, 2, ([x, a]) => gammaP(a, x)),
  {
    name: 'betareg',
    minArgs: 3,
    maxArgs: 3,
    eval: ([x, a, b]) => betaReg(x, a, b),
    dataArgs: [1, 2],
    expand: betaRegPolynomial,
  },
  composite(
    'beta',
    2,
    2,
    ([x, y]) => beta(x, y),
    (b, [x, y]) =>
      b.node(Op.Exp, [
        sub(
          b,
          add(b, b.node(Op.LogGamma, [x]), b.node(Op.LogGamma, [y])),
          b.node(Op.LogGamma, [add(b, x, y)]),
        ),
      ]),
  ),
  composite(
    'logbeta',
    2,
    2,
    ([x, y]) => logBeta(x, y),
    (b, [x, y]) =>
      sub(b, add(b, b.node(Op.LogGamma, [x]), b.node(Op.LogGamma, [y])), b.node(Op.LogGamma, [add(b, x, y)])),
  ),
  composite(
    'sigmoid',
    1,
    1,
    ([x]) => 1 / (1 + Math.exp(-x)),
    (b, [x]) => div(b, c(b, 1), add(b, c(b, 1), b.node(Op.Exp, [b.node(Op.Neg, [x])]))),
  ),
  composite(
    'logit',
    1,
    1,
    ([x]) => Math.log(x / (1 - x)),
    (b, [x]) => log(b, div(b, x, sub(b, c(b, 1), x))),
  ),
  // entropy(x) = -x ln x.
  composite(
    'entropy',
    1,
    1,
    ([x]) => (x === 0 ? 0 : -x * Math.log(x)),
    (b, [x]) => b.node(Op.Neg, [mul(b, x, log(b, x))]),
  ),
  // centropy(x, y, Z) = x ln((x + Z) / (y + Z)), Z = 1e-20 by default.
  composite(
    'centropy',
    2,
    3,
    ([x, y, z = CENTROPY_Z]) => x * Math.log((x + z) / (y + z)),
    (b, [x, y, z]) => {
      const zz = z ?? c(b, CENTROPY_Z);
      return mul(b, x, log(b, div(b, add(b, x, zz), add(b, y, zz))));
    },
  ),
  // edist(x1, x2, ...) = sqrt(x1² + x2² + ...), the Euclidean norm.
  composite(
    'edist',
    1,
    64,
    (a) => Math.hypot(...a),
    (b, a) => b.node(Op.Sqrt, [add(b, ...a.map((x) => b.node(Op.Sqr, [x])))]),
  ),
  // poly(x, c0, c1, ...) = c0 + c1 x + c2 x² + ...
  composite(
    'poly',
    2,
    64,
    ([x, ...cs]) => cs.reduceRight((s, ck) => s * x + ck, 0),
    (b, [x, ...cs]) =>
      add(b, ...cs.map((ck, k) => (k === 0 ? ck : mul(b, ck, b.node(Op.Power, [x, c(b, k)]))))),
  ),
  // Fischer–Burmeister: ncpf(x, y, Z) = x + y - sqrt(x² + y² + 2Z), Z = 0 by default.
  composite(
    'ncpf',
    2,
    3,
    ([x, y, z = 0]) => x + y - Math.sqrt(x * x + y * y + 2 * z),
    (b, [x, y, z]) =>
      sub(
        b,
        add(b, x, y),
        b.node(Op.Sqrt, [add(b, b.node(Op.Sqr, [x]), b.node(Op.Sqr, [y]), mul(b, c(b, 2), z ?? c(b, 0)))]),
      ),
  ),
  // Chen–Mangasarian: ncpcm(x, y, Z) = x - Z ln(1 + exp((x - y) / Z)), Z = 1 by default.
  composite(
    'ncpcm',
    2,
    3,
    ([x, y, z = 1]) => x - z * Math.log(1 + Math.exp((x - y) / z)),
    (b, [x, y, z]) => {
      const zz = z ?? c(b, 1);
      return sub(b, x, mul(b, zz, log(b, add(b, c(b, 1), b.node(Op.Exp, [div(b, sub(b, x, y), zz)])))));
    },
  ),
  dataOnly('ifthen', 3, 3, ([cond, a, b]) => (cond !== 0 ? a : b)),
  dataOnly('mapval', 1, 1, ([x]) => mapval(x)),
  dataOnly('bool_and', 2, 2, ([a, b]) => bool(a !== 0 && b !== 0)),
  dataOnly('bool_or', 2, 2, ([a, b]) => bool(a !== 0 || b !== 0)),
  dataOnly('bool_xor', 2, 2, ([a, b]) => bool((a !== 0) !== (b !== 0))),
  dataOnly('bool_imp', 2, 2, ([a, b]) => bool(a === 0 || b !== 0)),
  dataOnly('bool_eqv', 2, 2, ([a, b]) => bool((a !== 0) === (b !== 0))),
  dataOnly('bool_not', 1, 1, ([a]) => bool(a === 0)),
  dataOnly('rel_eq', 2, 2, ([a, b]) => bool(a === b)),
  dataOnly('rel_ne', 2, 2, ([a, b]) => bool(a !== b)),
  dataOnly('rel_lt', 2, 2, ([a, b]) => bool(a < b)),
  dataOnly('rel_le', 2, 2, ([a, b]) => bool(a <= b)),
  dataOnly('rel_gt', 2, 2, ([a, b]) => bool(a > b)),
  dataOnly('rel_ge', 2, 2, ([a, b]) => bool(a >= b)),
  dataOnly('pi', 0, 0, () => Math.PI),
  // Dates: serial days from 1 January 1900 (day 1) and fractions of a day (immun).
  dataOnly('jdate', 3, 3, ([y, m, d]) => julianDate(y, m, d)),
  dataOnly('jtime', 3, 3, ([h, m, s]) => julianTime(h, m, s)),
  // The clock now, in the same days (UTC; tgridmix times its loop with it).
  dataOnly('jnow', 0, 0, () => julianDate(1970, 1, 1) + Date.now() / 86_400_000),
  // Seconds since the process (or page) started.
  dataOnly('timeelapsed', 0, 0, () => performance.now() / 1000),
  dataOnly('gyear', 1, 1, ([x]) => dateField(x, 'year')),
  dataOnly('gmonth', 1, 1, ([x]) => dateField(x, 'month')),
  dataOnly('gday', 1, 1, ([x]) => dateField(x, 'day')),
  dataOnly('gdow', 1, 1, ([x]) => dateField(x, 'dow')),
  dataOnly('ghour', 1, 1, ([x]) => dateField(x, 'hour')),
  dataOnly('gminute', 1, 1, ([x]) => dateField(x, 'minute')),
  dataOnly('gsecond', 1, 1, ([x]) => dateField(x, 'second')),
  dataOnly('gleap', 1, 1, ([x]) => dateField(x, 'leap')),
  random('uniform', 2, 2, (r, [lo, hi]) => r.uniform(lo, hi)),
  random('uniformint', 2, 2, (r, [lo, hi]) => r.uniformInt(lo, hi)),
  random('normal', 2, 2, (r, [mean, sd]) => r.normal(mean, sd)),
  random('randtriangle', 3, 3, (r, [lo, mid, hi]) => r.triangle(lo, mid, hi)),
  handleFn('handlecollect', 1, 1, 'collect'),
  handleFn('handlestatus', 1, 1, 'status'),
  handleFn('handledelete', 1, 1, 'delete'),
  handleFn('readycollect', 1, 2, 'ready'),
  handleFn('sleep', 1, 1, 'sleep'),
  // errorLevel: the exit code of the last `execute` / put_utility 'shell' command of the run.
  handleFn('errorlevel', 0, 0, 'errorlevel'),
  setFn('ord', 1, 1),
  setFn('card', 1, 1),
  setFn('sameas', 2, 2),
  // diag(a, b): 1 when the two labels are the same, as sameas.
  setFn('diag', 2, 2),
];

/** The function library by lower-case name. */
export const functions: ReadonlyMap<string, FunctionDef> = new Map(defs.map((d) => [d.name, d]));

/**
 * Every name GAMS treats as a function (function-names.ts, also the parser's list). The names it
 * has and the library above lacks are GAMS functions EMD does not implement (a call to one is
 * reported as unsupported, not read as a symbol reference).
 */
export const functionNames: ReadonlySet<string> = FUNCTION_NAMES;

/** Library functions missing from the list of names (must be empty: checked by a test). */
export function functionsMissingFromParser(): string[] {
  return [...functions.keys()].filter((n) => !FUNCTION_NAMES.has(n));
}

// Re-exported for the checker's constant folding of round(x, d) and mod on data.
export { gamsRound, gamsMod, gamsFrac, gamma, logGamma, errorf };
