// The table of intrinsic functions: arity, numeric evaluation, the graph operator used when the
// argument involves variables, and whether the function is smooth. Imports model/expr-graph.ts.
import { Op } from '../model/expr-graph.ts';

export interface FunctionDef {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Numeric evaluation (GAMS semantics). */
  readonly eval: (args: number[]) => number;
  /** Graph operator when an argument involves variables; undefined: not allowed on variables. */
  readonly op?: number;
  /** Non-smooth functions make a model DNLP. */
  readonly nonsmooth?: boolean;
  /** Set functions take set/index arguments, not values (ord, card, sameas). */
  readonly setFunction?: boolean;
}

const f = (
  name: string,
  minArgs: number,
  maxArgs: number,
  ev: (a: number[]) => number,
  op?: number,
  nonsmooth = false,
): FunctionDef => ({ name, minArgs, maxArgs, eval: ev, op, nonsmooth });

function gamsRound(x: number, d = 0): number {
  const p = Math.pow(10, d);
  const v = Math.abs(x) * p;
  return (Math.sign(x) * Math.round(v)) / p;
}

export const functions: ReadonlyMap<string, FunctionDef> = new Map(
  [
    f('sqr', 1, 1, ([x]) => x * x, Op.Sqr),
    f('sqrt', 1, 1, ([x]) => Math.sqrt(x), Op.Sqrt),
    f('exp', 1, 1, ([x]) => Math.exp(x), Op.Exp),
    f('log', 1, 1, ([x]) => Math.log(x), Op.Log),
    f('ln', 1, 1, ([x]) => Math.log(x), Op.Log),
    f('log10', 1, 1, ([x]) => Math.log10(x), Op.Log10),
    f('log2', 1, 1, ([x]) => Math.log2(x), Op.Log2),
    f('power', 2, 2, ([x, n]) => Math.pow(x, n), Op.Power),
    f('rpower', 2, 2, ([x, y]) => Math.pow(x, y), Op.Pow),
    f('abs', 1, 1, ([x]) => Math.abs(x), Op.Abs, true),
    f('min', 2, 64, (a) => Math.min(...a), Op.Min, true),
    f('max', 2, 64, (a) => Math.max(...a), Op.Max, true),
    f('sign', 1, 1, ([x]) => Math.sign(x), Op.Sign, true),
    f('floor', 1, 1, ([x]) => Math.floor(x), Op.Floor, true),
    f('ceil', 1, 1, ([x]) => Math.ceil(x), Op.Ceil, true),
    f('round', 1, 2, ([x, d]) => gamsRound(x, d ?? 0), Op.Round, true),
    f('mod', 2, 2, ([x, y]) => x - y * Math.trunc(x / y), Op.Mod, true),
    f('sin', 1, 1, ([x]) => Math.sin(x), Op.Sin),
    f('cos', 1, 1, ([x]) => Math.cos(x), Op.Cos),
    f('tanh', 1, 1, ([x]) => Math.tanh(x), Op.Tanh),
    f('arctan', 1, 1, ([x]) => Math.atan(x), Op.Atan),
    f('trunc', 1, 1, ([x]) => Math.trunc(x)),
    f('frac', 1, 1, ([x]) => x - Math.trunc(x)),
    f('pi', 0, 0, () => Math.PI),
    { name: 'ord', minArgs: 1, maxArgs: 1, eval: () => NaN, setFunction: true },
    { name: 'card', minArgs: 1, maxArgs: 1, eval: () => NaN, setFunction: true },
    { name: 'sameas', minArgs: 2, maxArgs: 2, eval: () => NaN, setFunction: true },
  ].map((d) => [d.name, d]),
);
