// Lowers checked equations (IR, src/check/ir.ts) into row emitters: closures that add a term of an
// equation, at the env of its domain, into a row accumulator (the linear part, the constant, and
// expression-graph nodes for the nonlinear part), and the constant part of linear rows for
// re-solves. Constant subexpressions are evaluated by src/interp/evaluate.ts.
// Imports check/ (IR, CEquation), interp/evaluate.ts, bind/, ops/, model/expr-graph.ts.
import type { Span } from '../text/source-file.ts';
import {
  key2,
  setIds,
  type VariableSymbol,
  type ParameterSymbol,
  type TupleKey,
  type SymbolTable,
  type SetSymbol,
} from '../bind/symbols.ts';
import { keyFn, type CIndex, type Env } from '../bind/iterate.ts';
import { ExecError } from '../check/expressions.ts';
import { Cls, type ExprFacts, type IExpr, type IIndex } from '../check/ir.ts';
import type { CEquation } from '../check/checker.ts';
import { Evaluator, type Num } from '../interp/evaluate.ts';
import { Op, type GraphBuilder } from './expr-graph.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { checkMessages as CM } from '../diagnostics/messages/check.ts';

/** Dense accumulator of one row during generation: linear coefficients, constant, nonlinear terms. */
export class RowAccumulator {
  coef = new Float64Array(1024);
  mark = new Uint8Array(1024);
  touched: number[] = [];
  constant = 0;
  nl: number[] = [];
  nlMult: number[] = [];
  /** Whether each nonlinear term's multiplier comes from data (then it is a Param leaf). */
  nlData: boolean[] = [];

  ensure(n: number): void {
    if (n <= this.coef.length) return;
    let size = this.coef.length;
    while (size < n) size *= 2;
    const c = new Float64Array(size);
    c.set(this.coef);
    const m = new Uint8Array(size);
    m.set(this.mark);
    this.coef = c;
    this.mark = m;
  }

  addVar(j: number, c: number): void {
    if (j >= this.coef.length) this.ensure(j + 1);
    if (!this.mark[j]) {
      this.mark[j] = 1;
      this.touched.push(j);
    }
    this.coef[j] += c;
  }

  addNl(node: number, mult: number, data = false): void {
    this.nl.push(node);
    this.nlMult.push(mult);
    this.nlData.push(data);
  }

  reset(): void {
    for (const j of this.touched) {
      this.coef[j] = 0;
      this.mark[j] = 0;
    }
    this.touched.length = 0;
    this.constant = 0;
    this.nl.length = 0;
    this.nlMult.length = 0;
    this.nlData.length = 0;
  }
}

/** What generation provides to emitters. */
export interface GenContext {
  readonly gb: GraphBuilder;
  readonly acc: RowAccumulator;
  /** Column of a variable record, found by its tuple key (generation must not allocate per term). */
  col(v: VariableSymbol, key: TupleKey): number;
  /** A Param leaf holding a data value (the next parameter slot of the equation being generated). */
  param(value: number): number;
  /** Above 0 while emitting under a data factor: nonlinear terms then get a Param multiplier. */
  dataMult: number;
}

/** A lowered expression. */
export interface CExpr {
  readonly cls: Cls;
  /** Numeric value (constants only; throws ExecError on division by zero and similar). */
  readonly num: Num;
  /** Adds mult * expr into the row accumulator. */
  readonly emit: (env: Env, mult: number, g: GenContext) => void;
  /** Builds a graph node for expr. */
  readonly node: (env: Env, g: GenContext) => number;
  readonly hasVars: boolean;
  /**
   * The constant part of a linear expression (its value with every variable at 0), computed without
   * touching variables: re-solves whose changed data only moves right-hand sides use it. Absent when
   * the expression is nonlinear (not separable). `zeroConst` marks a constant part that is 0 for
   * any data (a sum of variable terms), so sums over it are skipped.
   */
  readonly konst?: Num;
  readonly zeroConst?: boolean;
  /** For a constant: whether its value comes from data (see ExprFact.data). */
  readonly data?: boolean;
  /**
   * A plain reference `p(i,j)` to a parameter or `x(i,j)` to a variable: its symbol, its key
   * function and the env slots of its indices when they are all plain controlled indices.
   * Products `p(i,j)*x(i,j)` use it to emit without the generic closures (model generation's
   * hottest term).
   */
  readonly ref?: {
    readonly sym: ParameterSymbol | VariableSymbol;
    readonly kf: KeyFn;
    readonly slots?: string;
  };
}

type KeyFn = (env: Env) => number | string | undefined;

/** An equation's two sides as emitters. */
export interface LoweredEquation {
  readonly lhs: CExpr;
  readonly rhs: CExpr;
}

/**
 * The emitters of an equation. Lowering is a pure function of the checked equation; its result is
 * kept per equation (a memo, so a re-solve does not lower again).
 */
export function lowerEquation(eq: CEquation): LoweredEquation {
  let l = memo.get(eq);
  if (!l) {
    const lw = new Lowering(eq.table, eq.facts);
    const side = (e: IExpr): CExpr => {
      const c = lw.expr(e);
      return c.cls === Cls.Const ? c : { ...c, emit: lw.straightLine(e) };
    };
    l = { lhs: side(eq.lhs), rhs: side(eq.rhs) };
    memo.set(eq, l);
  }
  return l;
}
const memo = new WeakMap<CEquation, LoweredEquation>();

/** The env slots of plain controlled indices, as a comparable string; undefined otherwise. */
function plainSlots(idx: CIndex[]): string | undefined {
  const slots = idx.map((f) => (f as { slot?: number }).slot);
  return slots.every((x) => x !== undefined) ? slots.join(',') : undefined;
}

const zeroNode = (g: GenContext) => g.gb.constant(0);

function constExpr(num: Num, data = true): CExpr {
  return {
    cls: Cls.Const,
    num,
    emit: (env, mult, g) => {
      g.acc.constant += mult * num(env);
    },
    node: data ? (env, g) => g.param(num(env)) : (env, g) => g.gb.constant(num(env)),
    hasVars: false,
    konst: num,
    data,
  };
}

const noModel = (): never => {
  throw new Error('internal error: numeric evaluation of a variable expression; this is a bug');
};

/** Wrap a nonlinear node builder into a CExpr. */
function nlExpr(node: (env: Env, g: GenContext) => number): CExpr {
  return {
    cls: Cls.Nonlinear,
    num: noModel,
    emit: (env, mult, g) => {
      if (mult !== 0) g.acc.addNl(node(env, g), mult, g.dataMult > 0);
    },
    node,
    hasVars: true,
  };
}

/** Lowers the IR of one program's equations (its facts and symbol table). */
export class Lowering {
  private readonly ev: Evaluator;
  constructor(
    table: SymbolTable,
    private readonly facts: ExprFacts,
  ) {
    this.ev = new Evaluator(table, facts);
  }

  /**
   * The emitter of `e` as straight-line JavaScript specialized to this expression (new Function):
   * sums become plain loops over the sets' ids, references compute their keys inline, and each
   * call site in the generated code sees one function, so V8 inlines it (the closures of `expr`
   * are shared by every equation, and their call sites go megamorphic). Nodes it does not
   * specialize (nonlinear terms, lags, tuple sets) call their closure emitter from `expr`; the
   * result emits exactly what `expr(e).emit` does, in the same order.
   */
  straightLine(e: IExpr): CExpr['emit'] {
    const sl = new StraightLine(this, this.ev, this.facts);
    const body = sl.emit(e, 'm');
    const names = sl.deps.map((_, k) => `d${k}`);
    const src = `const [${names.join(', ')}] = d;\nreturn function emit(env, m, g) {\nconst acc = g.acc;\n${body}};`;
    try {
      return new Function('d', `"use strict";${src}`)(sl.deps) as CExpr['emit'];
    } catch (err) {
      // No code generation under a Content Security Policy (the playground may have one): the
      // closures emit the same terms.
      if (err instanceof EvalError) return this.expr(e).emit;
      throw err;
    }
  }

  expr(e: IExpr): CExpr {
    const f = this.facts.of(e);
    if (f.cls === Cls.Const) {
      const c = constExpr(this.ev.num(e), f.data);
      if (e.kind !== 'Param') return c;
      const idx = this.ev.indices(e.indices);
      return { ...c, ref: { sym: e.sym, kf: keyFn(idx), slots: plainSlots(idx) } };
    }
    switch (e.kind) {
      case 'Var':
        return varTerm(e.sym, this.ev.indices(e.indices));
      case 'Neg': {
        const a = this.expr(e.operand);
        return {
          cls: a.cls,
          num: noModel,
          emit: (env, mult, g) => a.emit(env, -mult, g),
          node: (env, g) => g.gb.node(Op.Neg, [a.node(env, g)]),
          hasVars: true,
          ...linearKonst([a], (ka) => (env) => -ka[0](env)),
        };
      }
      case 'Dollar': {
        const value = this.expr(e.value);
        const cn = this.ev.num(e.cond);
        // Not `...value`: a plain reference's `ref` would let `p(i)*x(i)$c(i)` emit without its
        // condition (fusedProduct reads ref).
        return {
          cls: value.cls,
          hasVars: true,
          num: noModel,
          emit: (env, mult, g) => {
            if (cn(env) !== 0) value.emit(env, mult, g);
          },
          node: (env, g) => (cn(env) !== 0 ? value.node(env, g) : zeroNode(g)),
          ...linearKonst(
            [value],
            ([kv]) =>
              (env) =>
                cn(env) !== 0 ? kv(env) : 0,
          ),
        };
      }
      case 'Binary':
        return this.binary(e, f.cls);
      case 'Call': {
        const args = e.args.map((a) => this.expr(a));
        const op = e.fn.op;
        const expand = e.fn.expand;
        const fn = e.fn.name;
        const span = e.span;
        return nlExpr((env, g) => {
          const kids = args.map((a) => a.node(env, g));
          if (op !== undefined) return g.gb.node(op, kids);
          const out = expand!(
            g.gb,
            kids,
            args.map((a) => (a.hasVars ? undefined : a.num(env))),
          );
          if (typeof out === 'string') throw new ExecError(CM.Function_0_on_variables_1, span, [fn, out]);
          return out;
        });
      }
      case 'Indexed':
        return this.indexed(e);
      default:
        throw new Error(`internal error: a ${e.kind} expression on variables; this is a bug`);
    }
  }

  private binary(e: Extract<IExpr, { kind: 'Binary' }>, cls: Cls): CExpr {
    const a = this.expr(e.left);
    const b = this.expr(e.right);
    const bn = b.num;
    const rightSpan: Span = e.rightSpan;
    switch (e.op) {
      case '+':
      case '-': {
        const s = e.op === '+' ? 1 : -1;
        return {
          cls,
          num: noModel,
          emit: (env, mult, g) => {
            a.emit(env, mult, g);
            b.emit(env, s * mult, g);
          },
          node: (env, g) =>
            s > 0
              ? g.gb.node(Op.Add, [a.node(env, g), b.node(env, g)])
              : g.gb.node(Op.Sub, [a.node(env, g), b.node(env, g)]),
          hasVars: true,
          ...linearKonst(
            [a, b],
            ([ka, kb]) =>
              (env) =>
                ka(env) + s * kb(env),
          ),
        };
      }
      case '*': {
        if (a.cls === Cls.Const || b.cls === Cls.Const) {
          const [k, v] = a.cls === Cls.Const ? [a, b] : [b, a];
          const kn = k.num;
          // A data factor is a Param leaf (and marks the multiplier of nonlinear terms below it as
          // data): its value may change at a re-solve without changing the graph. A zero factor
          // still drops the term; a re-solve then sees a new structure and regenerates.
          const scaled: Pick<CExpr, 'emit' | 'node'> = k.data
            ? {
                emit:
                  fusedProduct(k, v) ??
                  ((env, mult, g) => {
                    const c = kn(env);
                    if (c === 0) return;
                    g.dataMult++;
                    v.emit(env, mult * c, g);
                    g.dataMult--;
                  }),
                node: (env, g) => {
                  const c = kn(env);
                  if (c === 0) return zeroNode(g);
                  return g.gb.node(Op.Mul, [g.param(c), v.node(env, g)]);
                },
              }
            : {
                emit: (env, mult, g) => {
                  const c = kn(env);
                  if (c !== 0) v.emit(env, mult * c, g);
                },
                node: (env, g) => {
                  const c = kn(env);
                  if (c === 0) return zeroNode(g);
                  const n = v.node(env, g);
                  return c === 1 ? n : g.gb.node(Op.Mul, [g.gb.constant(c), n]);
                },
              };
          return {
            cls,
            num: noModel,
            ...scaled,
            hasVars: true,
            ...linearKonst(
              [v],
              ([kv]) =>
                (env) =>
                  kn(env) * kv(env),
            ),
          };
        }
        return nlExpr((env, g) => g.gb.node(Op.Mul, [a.node(env, g), b.node(env, g)]));
      }
      case '/': {
        if (b.cls === Cls.Const) {
          return {
            cls,
            num: noModel,
            emit: (env, mult, g) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, rightSpan);
              if (!b.data) return a.emit(env, mult / d, g);
              g.dataMult++;
              a.emit(env, mult / d, g);
              g.dataMult--;
            },
            node: (env, g) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, rightSpan);
              return g.gb.node(Op.Mul, [b.data ? g.param(1 / d) : g.gb.constant(1 / d), a.node(env, g)]);
            },
            hasVars: true,
            ...linearKonst([a], ([ka]) => (env) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, rightSpan);
              return ka(env) / d;
            }),
          };
        }
        return nlExpr((env, g) => g.gb.node(Op.Div, [a.node(env, g), b.node(env, g)]));
      }
      case '**': {
        if (b.cls === Cls.Const) {
          return nlExpr((env, g) => {
            const p = bn(env);
            const base = a.node(env, g);
            if (p === 1) return base;
            if (p === 0) return g.gb.constant(1);
            if (p === 2) return g.gb.node(Op.Sqr, [base]);
            return g.gb.node(Number.isInteger(p) ? Op.Power : Op.Pow, [base, g.gb.constant(p)]);
          });
        }
        return nlExpr((env, g) => g.gb.node(Op.Pow, [a.node(env, g), b.node(env, g)]));
      }
      default:
        throw new Error(`internal error: relation '${e.op}' on variables; this is a bug`);
    }
  }

  private indexed(e: Extract<IExpr, { kind: 'Indexed' }>): CExpr {
    const iter = this.ev.iterator(e);
    const body = this.expr(e.body);
    const op = e.op;
    const gop = op === 'sum' ? Op.Add : op === 'prod' ? Op.Mul : op === 'smin' ? Op.Min : Op.Max;
    const nodeFn = (env: Env, g: GenContext) => {
      const kids: number[] = [];
      iter(env, () => {
        kids.push(body.node(env, g));
      });
      if (kids.length === 0) return g.gb.constant(op === 'prod' ? 1 : 0);
      return g.gb.node(gop, kids);
    };
    if (op !== 'sum') return nlExpr(nodeFn);
    return {
      cls: body.cls,
      num: noModel,
      emit: (env, mult, g) => iter(env, () => body.emit(env, mult, g)),
      node: nodeFn,
      hasVars: true,
      ...linearKonst([body], ([kb]) => (env) => {
        let t = 0;
        iter(env, () => {
          t += kb(env);
        });
        return t;
      }),
    };
  }
}

/**
 * The emitter of `p(...) * x(...)` with a parameter and a variable referenced directly: one key
 * computation when both use the same plain indices, a direct record lookup and column lookup, no
 * nested closures. Undefined when the factors are not such references.
 */
function fusedProduct(k: CExpr, v: CExpr): CExpr['emit'] | undefined {
  const pr = k.ref;
  const vr = v.ref;
  if (!pr || !vr || pr.sym.kind !== 'parameter' || vr.sym.kind !== 'variable') return undefined;
  const recs = pr.sym.records;
  const x = vr.sym;
  const kp = pr.kf;
  const kv = vr.kf;
  if (pr.slots !== undefined && pr.slots === vr.slots)
    return (env, mult, g) => {
      const key = kp(env);
      if (key === undefined) return;
      const c = recs.get(key);
      if (c === undefined || c === 0) return;
      g.acc.addVar(g.col(x, key), mult * c);
    };
  return (env, mult, g) => {
    const key = kp(env);
    const c = key === undefined ? undefined : recs.get(key);
    if (c === undefined || c === 0) return;
    const kx = kv(env);
    if (kx === undefined) return;
    g.acc.addVar(g.col(x, kx), mult * c);
  };
}
function varTerm(v: VariableSymbol, idx: CIndex[]): CExpr {
  const kf = keyFn(idx);
  return {
    ref: { sym: v, kf, slots: plainSlots(idx) },
    cls: Cls.Linear,
    num: noModel,
    emit: (env, mult, g) => {
      const k = kf(env);
      if (k === undefined) return;
      g.acc.addVar(g.col(v, k), mult);
    },
    node: (env, g) => {
      const k = kf(env);
      if (k === undefined) return g.gb.constant(0);
      return g.gb.variable(g.col(v, k));
    },
    hasVars: true,
    konst: () => 0,
    zeroConst: true,
  };
}
function linearKonst(
  parts: CExpr[],
  make: (ks: ((env: Env) => number)[]) => (env: Env) => number,
): { konst?: (env: Env) => number; zeroConst?: boolean } {
  if (parts.some((p) => !p.konst)) return {};
  if (parts.every((p) => p.zeroConst)) return { konst: () => 0, zeroConst: true };
  return { konst: make(parts.map((p) => p.konst!)) };
}

/** Builds the source of a straight-line emitter (see Lowering.straightLine). */
class StraightLine {
  readonly deps: unknown[] = [];
  private n = 0;
  constructor(
    private readonly lw: Lowering,
    private readonly ev: Evaluator,
    private readonly facts: ExprFacts,
  ) {}

  /** A value the generated code reads (a symbol, a closure): the name of its constant there. */
  private dep(x: unknown): string {
    this.deps.push(x);
    return `d${this.deps.length - 1}`;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  /** Statements adding `m * e` to the row (m: the name of a number in scope). */
  emit(e: IExpr, m: string): string {
    const f = this.facts.of(e);
    if (f.cls === Cls.Const) return `acc.constant += ${m} * ${this.dep(this.ev.num(e))}(env);\n`;
    switch (e.kind) {
      case 'Var':
        return this.variable(e.sym, e.indices, m);
      case 'Neg': {
        const m1 = this.fresh('m');
        return `{ const ${m1} = -${m};\n${this.emit(e.operand, m1)}}\n`;
      }
      case 'Dollar':
        return `if (${this.dep(this.ev.num(e.cond))}(env) !== 0) {\n${this.emit(e.value, m)}}\n`;
      case 'Binary': {
        const a = this.facts.of(e.left).cls;
        const b = this.facts.of(e.right).cls;
        if (e.op === '+' || e.op === '-') {
          if (e.op === '+') return this.emit(e.left, m) + this.emit(e.right, m);
          const m1 = this.fresh('m');
          return `${this.emit(e.left, m)}{ const ${m1} = -${m};\n${this.emit(e.right, m1)}}\n`;
        }
        if (e.op === '*' && (a === Cls.Const || b === Cls.Const)) {
          const [k, v] = a === Cls.Const ? [e.left, e.right] : [e.right, e.left];
          const c = this.fresh('c');
          const m1 = this.fresh('m');
          const inner = this.emit(v, m1);
          // A data factor marks nonlinear terms below it (see Lowering.binary).
          const body = this.facts.of(k).data ? `g.dataMult++;\n${inner}g.dataMult--;\n` : inner;
          return `{ const ${c} = ${this.dep(this.ev.num(k))}(env);\nif (${c} !== 0) { const ${m1} = ${m} * ${c};\n${body}} }\n`;
        }
        break;
      }
      case 'Indexed':
        if (e.op === 'sum') return this.sum(e, m);
        break;
    }
    return `${this.dep(this.lw.expr(e).emit)}(env, ${m}, g);\n`;
  }

  private variable(v: VariableSymbol, indices: readonly IIndex[], m: string): string {
    const sym = this.dep(v);
    const slots = indices.map((i) => (i.kind === 'Slot' ? i.slot : -1));
    const plain = slots.every((x) => x >= 0);
    if (plain && slots.length <= 2) {
      // keyFn's keys, inline: one slot, or two packed as key2 packs them.
      let key = '0';
      if (slots.length === 1) key = `env[${slots[0]}]`;
      else if (slots.length === 2) {
        const x = this.fresh('x');
        const y = this.fresh('y');
        return `{ const ${x} = env[${slots[0]}], ${y} = env[${slots[1]}];\nacc.addVar(g.col(${sym}, ${x} < 32768 && ${y} < 32768 ? ${x} * 32768 + ${y} : ${this.dep(key2)}(${x}, ${y})), ${m}); }\n`;
      }
      return `acc.addVar(g.col(${sym}, ${key}), ${m});\n`;
    }
    const k = this.fresh('k');
    const kf = this.dep(keyFn(this.ev.indices(indices)));
    return `{ const ${k} = ${kf}(env);\nif (${k} !== undefined) acc.addVar(g.col(${sym}, ${k}), ${m}); }\n`;
  }

  /** A sum: the loops of makeIterator (bind/iterate.ts) written out, or its iterator with an inline body. */
  private sum(e: Extract<IExpr, { kind: 'Indexed' }>, m: string): string {
    const body = this.emit(e.body, m);
    const n = e.sets.length;
    if (e.slots.length !== n || n > 2 || e.drivers) {
      return `${this.dep(this.ev.iterator(e))}(env, () => {\n${body}});\n`;
    }
    const cond = e.cond ? `if (${this.dep(this.ev.num(e.cond))}(env) === 0) continue;\n` : '';
    const cand = e.filter ? this.dep(this.ev.filter(e.filter)) : undefined;
    const ids = (s: SetSymbol) => (cand ? `${cand}(env)` : `${this.dep(setIds)}(${this.dep(s)})`);
    const loop = (slot: number, list: string, inner: string) => {
      const a = this.fresh('a');
      const p = this.fresh('p');
      return `{ const ${a} = ${list};\nfor (let ${p} = 0; ${p} < ${a}.length; ${p}++) {\nenv[${slot}] = ${a}[${p}];\n${inner}} }\n`;
    };
    if (n === 1) return loop(e.slots[0], ids(e.sets[0]), cond + body);
    const outer = `${this.dep(setIds)}(${this.dep(e.sets[0])})`;
    return loop(e.slots[0], outer, loop(e.slots[1], ids(e.sets[1]), cond + body));
  }
}
