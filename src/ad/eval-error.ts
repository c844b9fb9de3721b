// Names the operator and node behind a non-finite function value or derivative (log of a negative,
// sqrt'(0), exp overflow), for NlpOracle users to report an evaluation error. Runs only after an
// output came out non-finite, so it may walk the graph. Imports model/, operators.ts, plan.ts, tape.ts.
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { operators } from './operators.ts';
import { Kind, type AdPlan } from './plan.ts';
import type { Tape } from './tape.ts';

export type EvalStage = 'value' | 'derivative' | 'second derivative';

function num(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(6)));
}

/** `log(-1)`, `1 / 0`, `(-8) ** 0.5`, `power(0, -1)`, `prod(1, 2, 3)`: the operation at node i with its argument values. */
export function describeNode(p: ModelProblem, v: Float64Array, i: number): string {
  const g = p.graph;
  const o = g.op[i];
  const args: string[] = [];
  for (let r = g.childStart[i]; r < g.childStart[i + 1]; r++) args.push(num(v[g.children[r]]));
  const name = operators[o].name;
  if (o === Op.Var) return `variable ${p.varNames[g.value[i]] ?? `x${g.value[i]}`}`;
  if (o === Op.Param) return `parameter ${g.value[i]}`;
  if (o === Op.Const) return 'constant';
  if (o === Op.Neg) return `-(${args[0]})`;
  if (args.length === 2 && (o === Op.Sub || o === Op.Div || o === Op.Pow || o === Op.Mul)) {
    const wrap = (a: string) => (a.startsWith('-') ? `(${a})` : a);
    return `${wrap(args[0])} ${o === Op.Mul ? '*' : name} ${wrap(args[1])}`;
  }
  const shown = args.length > 4 ? [...args.slice(0, 4), '...'] : args;
  return `${name}(${shown.join(', ')})`;
}

function where(p: ModelProblem, plan: AdPlan, f: number): string {
  const row = plan.fnRow[f];
  if (row < 0) return 'the objective';
  const name = p.rowNames[row];
  return name ? `row ${row} (${name})` : `row ${row}`;
}

/**
 * The first (lowest node id, so innermost) non-finite value reachable from function f, else the
 * first non-finite local derivative (stage 'derivative' or later), else the first non-finite second
 * derivative (stage 'second derivative'). Tape values — and partials, second partials for the later
 * stages — must be current for every node of f. Undefined when every node is finite.
 */
export function locateInFunction(
  p: ModelProblem,
  plan: AdPlan,
  tape: Tape,
  f: number,
  stage: EvalStage,
): string | undefined {
  const g = p.graph;
  const { childStart: cs, children: ch } = g;
  const seen = new Set<number>();
  const stack = [plan.fnRoot[f]];
  let badValue = -1;
  while (stack.length) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    if (!Number.isFinite(tape.v[i]) && (badValue < 0 || i < badValue)) badValue = i;
    for (let r = cs[i]; r < cs[i + 1]; r++) stack.push(ch[r]);
  }
  const at = (i: number) => `at node ${i} in ${where(p, plan, f)}`;
  if (badValue >= 0) return `${describeNode(p, tape.v, badValue)} = ${num(tape.v[badValue])} ${at(badValue)}`;
  if (stage === 'value') return undefined;
  const sorted = [...seen].filter((i) => plan.act[i]).sort((a, b) => a - b);
  for (const i of sorted) {
    for (let r = cs[i]; r < cs[i + 1]; r++) {
      if (plan.act[ch[r]] && !Number.isFinite(tape.pd[r])) {
        return `derivative of ${describeNode(p, tape.v, i)} = ${num(tape.pd[r])} ${at(i)}`;
      }
    }
  }
  if (stage === 'derivative') return undefined;
  for (const i of sorted) {
    const k = plan.kind[i];
    if (k !== Kind.Unary && k !== Kind.Binary) continue;
    // Only the second partials of active arguments are used (see hessian.ts).
    const a0 = plan.act[ch[cs[i]]] === 1;
    const a1 = k === Kind.Binary && plan.act[ch[cs[i] + 1]] === 1;
    const used = k === Kind.Unary ? [0] : [...(a0 ? [0] : []), ...(a0 && a1 ? [1] : []), ...(a1 ? [2] : [])];
    for (const z of used) {
      const h = tape.h2[3 * i + z];
      if (!Number.isFinite(h))
        return `second derivative of ${describeNode(p, tape.v, i)} = ${num(h)} ${at(i)}`;
    }
  }
  return undefined;
}

/** The first located error among functions fns (in order), or a generic message naming the scope. */
export function locate(
  p: ModelProblem,
  plan: AdPlan,
  tape: Tape,
  fns: Iterable<number>,
  stage: EvalStage,
  what: string,
): string {
  for (const f of fns) {
    const msg = locateInFunction(p, plan, tape, f, stage);
    if (msg) return msg;
  }
  return `${what} is not finite`;
}
