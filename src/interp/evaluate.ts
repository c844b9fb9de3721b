// Compiles checked expressions (IR, src/check/ir.ts) into evaluators: closures from the env of
// controlled indices to a number, reading the symbols' records at run time. Used by the statements'
// lowering (./lower-statements.ts), equations' domains (equationIterator) and, for the constant
// parts of equations, by src/model/lower.ts.
// Imports check/ (IR, ExecError), bind/, ops/ (through the IR's function definitions), diagnostics/.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import {
  defaultBounds,
  setList,
  setPosition,
  type SetSymbol,
  type SymbolTable,
  type VariableSymbol,
  type ParameterSymbol,
  type EquationSymbol,
} from '../bind/symbols.ts';
import {
  keyFn,
  makeDriver,
  makeIterator,
  membershipCandidates,
  type Driver,
  slotIndex,
  type CIndex,
  type Env,
} from '../bind/iterate.ts';
import { ExecError, formatNum } from '../check/expressions.ts';
import type { ExprFacts, IDriver, IExpr, IFilter, IIndex } from '../check/ir.ts';
import type { CEquation } from '../check/checker.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';

export type Num = (env: Env) => number;

const zero: Num = () => 0;

/** The evaluators of a checked program's expressions. */
export class Evaluator {
  constructor(
    private readonly table: SymbolTable,
    private readonly facts: ExprFacts,
  ) {}

  /** The value of a constant expression at an env; throws ExecError on division by zero and similar. */
  num(e: IExpr): Num {
    switch (e.kind) {
      case 'Number': {
        const v = e.value;
        return () => v;
      }
      case 'Invalid':
        return zero;
      case 'SetMember':
        return membership(e.set, this.indices(e.indices));
      case 'Param':
        return paramLookup(e.sym, this.indices(e.indices));
      case 'VarAttr': {
        const { sym, attr } = e;
        const idx = this.indices(e.indices);
        if (isDerived(attr)) return derivedAttr(attr, (a) => varAttrLookup(sym, idx, a));
        return varAttrLookup(sym, idx, attr);
      }
      case 'EquAttr': {
        const { sym, attr } = e;
        const idx = this.indices(e.indices);
        if (isDerived(attr)) return derivedAttr(attr, (a) => equAttrLookup(sym, idx, a));
        return equAttrLookup(sym, idx, attr);
      }
      case 'ModelAttr': {
        const { sym: m, attr } = e;
        return () => m.attrs.get(attr) ?? 0;
      }
      case 'FileAttr': {
        const { sym: f, attr } = e;
        const t = this.table;
        return () => t.putAttributes.get(f, attr);
      }
      case 'SetAttr':
        return this.setAttribute(e);
      case 'Ord': {
        const { slot, set } = e;
        return (env) => (setPosition(set, env[slot]) ?? -1) + 1;
      }
      case 'Card': {
        const s = e.sym;
        if (s.kind === 'set') return () => s.records.size;
        const recs = s.records;
        return () => recs.size;
      }
      case 'SameAs': {
        const a = this.index(e.a);
        const b = this.index(e.b);
        return (env) => (a(env) === b(env) ? 1 : 0);
      }
      case 'Neg': {
        const an = this.num(e.operand);
        return (env) => -an(env);
      }
      case 'Not': {
        const an = this.num(e.operand);
        return (env) => (an(env) === 0 ? 1 : 0);
      }
      case 'Binary':
        return this.binary(e);
      case 'Dollar': {
        const cn = this.num(e.cond);
        const vn = this.num(e.value);
        return (env) => (cn(env) !== 0 ? vn(env) : 0);
      }
      case 'Call':
        return this.call(e);
      case 'Random': {
        const draw = e.fn.random!;
        const rng = this.table.random;
        const fns = e.args.map((a) => this.num(a));
        return (env) =>
          draw(
            rng,
            fns.map((f) => f(env)),
          );
      }
      case 'Handle':
        return this.handle(e);
      case 'Indexed':
        return this.indexed(e);
      case 'Var':
        throw new Error('internal error: numeric evaluation of a variable expression; this is a bug');
    }
  }

  /** An index argument: the label id at run time, or -1 when a lag falls off its set. */
  index(ix: IIndex): CIndex {
    switch (ix.kind) {
      case 'Label': {
        const id = ix.id;
        return () => id;
      }
      case 'Slot':
        return slotIndex(ix.slot);
      case 'Singleton': {
        const set = ix.set;
        return () => setList(set)[0]?.keys[0] ?? -1;
      }
      case 'Lag': {
        const { slot, set, op } = ix;
        const amount = this.num(ix.amount);
        return (env) => {
          const p = setPosition(set, env[slot]);
          if (p === undefined) return -1;
          const list = setList(set);
          const a = Math.round(amount(env));
          let q = op === '+' || op === '++' ? p + a : p - a;
          if (op === '++' || op === '--') {
            const n = list.length;
            q = ((q % n) + n) % n;
          } else if (q < 0 || q >= list.length) return -1;
          return list[q].keys[0];
        };
      }
    }
  }

  indices(idx: readonly IIndex[]): CIndex[] {
    return idx.map((i) => this.index(i));
  }

  /** The candidates of a membership filter (see ExprChecker.membershipFilter), in its set's order. */
  filter(f: IFilter): (env: Env) => Int32Array {
    const filters = f.members.map((m) =>
      membershipCandidates(
        m.set,
        f.dom,
        m.pos,
        m.others.map((o) => {
          if (o.id !== undefined) {
            const id = o.id;
            return { pos: o.pos, value: () => id };
          }
          const slot = o.slot!;
          return { pos: o.pos, value: (env: Env) => env[slot] };
        }),
      ),
    );
    if (filters.length <= 1) return filters[0];
    // Several memberships (`c$(act(c,t) and cm(c,mg))`): the shortest list at each visit.
    return (env) => {
      let best = filters[0](env);
      for (let k = 1; k < filters.length; k++) {
        const c = filters[k](env);
        if (c.length < best.length) best = c;
      }
      return best;
    };
  }

  /** The run-time drivers of an iteration over `sets` (see ExprChecker.sparseDrivers). */
  drivers(ds: readonly IDriver[] | undefined, sets: readonly SetSymbol[]): Driver[] | undefined {
    return ds?.map((d) => makeDriver(d.sym, d.positions, sets));
  }

  /** The iteration of an indexed operation: its sets, bound slots, condition and candidates. */
  iterator(e: Extract<IExpr, { kind: 'Indexed' }>): (env: Env, body: () => void) => void {
    return makeIterator(
      e.sets as SetSymbol[],
      e.slots as number[],
      e.cond ? this.num(e.cond) : undefined,
      e.filter ? this.filter(e.filter) : undefined,
      this.drivers(e.drivers, e.sets),
    );
  }

  private indexed(e: Extract<IExpr, { kind: 'Indexed' }>): Num {
    const iter = this.iterator(e);
    const bn = this.num(e.body);
    const op = e.op;
    if (op === 'sum') {
      return (env) => {
        let s = 0;
        iter(env, () => {
          s += bn(env);
        });
        return s;
      };
    }
    if (op === 'prod') {
      return (env) => {
        let s = 1;
        iter(env, () => {
          s *= bn(env);
        });
        return s;
      };
    }
    const isMin = op === 'smin';
    return (env) => {
      let s = isMin ? Infinity : -Infinity;
      iter(env, () => {
        const v = bn(env);
        s = isMin ? Math.min(s, v) : Math.max(s, v);
      });
      return s;
    };
  }

  private setAttribute(e: Extract<IExpr, { kind: 'SetAttr' }>): Num {
    const { slot, set, span, name } = e;
    const u = this.table.universe;
    const pos = (env: Env) => (setPosition(set, env[slot]) ?? -1) + 1;
    switch (e.attr) {
      case 'pos':
      case 'ord':
        return pos;
      case 'off':
        return (env) => pos(env) - 1;
      case 'rev':
        return (env) => set.records.size - pos(env);
      case 'first':
        return (env) => (pos(env) === 1 ? 1 : 0);
      case 'last':
        return (env) => (pos(env) === set.records.size ? 1 : 0);
      case 'uel':
        return (env) => env[slot] + 1;
      case 'len':
        return (env) => u.name(env[slot]).length;
      case 'val':
        return (env) => {
          const label = u.name(env[slot]);
          const v = Number(label);
          if (label.trim() === '' || !Number.isFinite(v))
            throw new ExecError(X.Function_0_undefined_at_1, span, [`${name}.val`, `'${label}'`]);
          return v;
        };
    }
  }

  private call(e: Extract<IExpr, { kind: 'Call' }>): Num {
    const fns = e.args.map((a) => this.num(a));
    const ev = e.fn.eval;
    const { span, name } = e;
    if (fns.length === 1) {
      const f0 = fns[0];
      const vals = [0];
      return (env) => {
        vals[0] = f0(env);
        const r = ev(vals);
        return Number.isNaN(r) ? checkResult(name, r, span, vals.slice()) : r;
      };
    }
    if (fns.length === 2) {
      const [f0, f1] = fns;
      const vals = [0, 0];
      return (env) => {
        vals[0] = f0(env);
        vals[1] = f1(env);
        const r = ev(vals);
        return Number.isNaN(r) ? checkResult(name, r, span, vals.slice()) : r;
      };
    }
    return (env) => {
      const vals = fns.map((f) => f(env));
      return checkResult(name, ev(vals), span, vals);
    };
  }

  private handle(e: Extract<IExpr, { kind: 'Handle' }>): Num {
    const table = this.table;
    const many = e.many;
    const manyFn = many ? () => [...many.records.values()].map((r) => r.value) : undefined;
    const f0 = many ? undefined : e.args[0] ? this.num(e.args[0]) : undefined;
    const f1n = many ? e.args[0] : e.args[1];
    const f1 = f1n ? this.num(f1n) : undefined;
    switch (e.handle) {
      case 'collect':
        return (env) => table.handles.collect(f0!(env));
      case 'status':
        return (env) => table.handles.status(f0!(env));
      case 'delete':
        return (env) => table.handles.remove(f0!(env));
      case 'errorlevel':
        return () => table.errorLevel;
      case 'sleep':
        return (env) => table.handles.sleep(f0!(env));
      case 'ready':
        return (env) => table.handles.ready(manyFn ? manyFn() : [f0!(env)], f1 ? f1(env) : Infinity);
    }
  }

  /**
   * A binary operation on constants. Literal operands are folded in: two literals give a literal
   * (unless evaluating it fails: the error then stays at run time, at its position), and `1 + x`,
   * `x*7`, `x/10` capture the number instead of calling a closure for it — data statements over
   * 10^6 records spend their time in these calls.
   */
  private binary(e: Extract<IExpr, { kind: 'Binary' }>): Num {
    const { op, span } = e;
    const an = this.num(e.left);
    const bn = this.num(e.right);
    const f = numericBinary(op, an, bn, span);
    const ad = this.facts.of(e.left).data;
    const bd = this.facts.of(e.right).data;
    if (!ad && !bd) {
      try {
        const v = f(new Int32Array(0));
        return () => v;
      } catch {
        return f;
      }
    }
    const lit = (data: boolean, n: Num): number | undefined => {
      if (data) return undefined;
      try {
        return n(new Int32Array(0));
      } catch {
        return undefined;
      }
    };
    const la = lit(ad, an);
    const lb = lit(bd, bn);
    if (la !== undefined) {
      if (op === '+') return (env) => la + bn(env);
      if (op === '-') return (env) => la - bn(env);
      if (op === '*') return (env) => la * bn(env);
    }
    if (lb !== undefined) {
      if (op === '+') return (env) => an(env) + lb;
      if (op === '-') return (env) => an(env) - lb;
      if (op === '*') return (env) => an(env) * lb;
      if (op === '/' && lb !== 0) return (env) => an(env) / lb;
    }
    return f;
  }
}

function isDerived(a: string): a is 'range' | 'slacklo' | 'slackup' | 'slack' | 'infeas' {
  return a === 'range' || a === 'slacklo' || a === 'slackup' || a === 'slack' || a === 'infeas';
}

function derivedAttr(
  attr: string,
  get: (a: 'l' | 'lo' | 'up') => (env: Env) => number,
): (env: Env) => number {
  const l = get('l');
  const lo = get('lo');
  const up = get('up');
  switch (attr) {
    case 'range':
      return (env) => up(env) - lo(env);
    case 'slacklo':
      return (env) => Math.max(l(env) - lo(env), 0);
    case 'slackup':
      return (env) => Math.max(up(env) - l(env), 0);
    case 'slack':
      return (env) => Math.min(Math.max(l(env) - lo(env), 0), Math.max(up(env) - l(env), 0));
    default:
      return (env) => Math.max(0, lo(env) - l(env), l(env) - up(env));
  }
}

function membership(set: SetSymbol, idx: CIndex[]): (env: Env) => number {
  const kf = keyFn(idx);
  return (env) => {
    const k = kf(env);
    return k !== undefined && set.records.has(k) ? 1 : 0;
  };
}

function paramLookup(p: ParameterSymbol, idx: CIndex[]): (env: Env) => number {
  const kf = keyFn(idx);
  if (idx.length === 0) return () => p.records.get(0) ?? 0;
  return (env) => {
    const k = kf(env);
    if (k === undefined) return 0;
    return p.records.get(k) ?? 0;
  };
}

function varAttrLookup(
  v: VariableSymbol,
  idx: CIndex[],
  attr: 'l' | 'lo' | 'up' | 'm' | 'scale' | 'prior' | 'stage',
): (env: Env) => number {
  const kf = keyFn(idx);
  return (env) => {
    const k = kf(env);
    if (k === undefined) return 0;
    const r = v.records.get(k);
    if (r) return r[attr] ?? 0;
    if (attr === 'lo' || attr === 'up') return defaultBounds(v.varType)[attr];
    return attr === 'scale' || attr === 'prior' ? 1 : 0;
  };
}

function equAttrLookup(
  q: EquationSymbol,
  idx: CIndex[],
  attr: 'l' | 'm' | 'lo' | 'up' | 'scale' | 'stage',
): (env: Env) => number {
  const kf = keyFn(idx);
  return (env) => {
    const k = kf(env);
    if (k === undefined) return 0;
    const r = q.records.get(k);
    return r ? (r[attr] ?? 0) : attr === 'scale' ? 1 : 0;
  };
}

function checkResult(name: string, r: number, span: Span, args: number[]): number {
  if (Number.isNaN(r) && args.every((a) => !Number.isNaN(a))) {
    throw new ExecError(X.Function_0_undefined_at_1, span, [name, args.map((a) => formatNum(a)).join(', ')]);
  }
  return r;
}
function sameValue(x: number, y: number): boolean {
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

function numericBinary(
  op: A.BinaryOp,
  a: (env: Env) => number,
  b: (env: Env) => number,
  span: Span,
): (env: Env) => number {
  switch (op) {
    case '+':
      return (env) => a(env) + b(env);
    case '-':
      return (env) => a(env) - b(env);
    case '*':
      return (env) => a(env) * b(env);
    case '/':
      return (env) => {
        const d = b(env);
        if (d === 0) throw new ExecError(X.Division_by_zero, span);
        return a(env) / d;
      };
    case '**':
      return (env) => {
        const x = a(env);
        const y = b(env);
        if (x < 0 && !Number.isInteger(y))
          throw new ExecError(X.Power_of_negative_0_1, span, [formatNum(x), formatNum(y)]);
        // GAMS computes x**y (rPower) as exp(y log x) for x > 0, integer y included: in the
        // library's pdi, floor(2**3/2) is 3 (2**3 = 7.999999999999998), as its CONVERT output shows.
        return x > 0 ? Math.exp(y * Math.log(x)) : Math.pow(x, y);
      };
    case 'and':
      return (env) => (a(env) !== 0 && b(env) !== 0 ? 1 : 0);
    case 'or':
      return (env) => (a(env) !== 0 || b(env) !== 0 ? 1 : 0);
    case 'xor':
      return (env) => ((a(env) !== 0) !== (b(env) !== 0) ? 1 : 0);
    case 'eqv':
      return (env) => ((a(env) !== 0) === (b(env) !== 0) ? 1 : 0);
    case 'imp':
      return (env) => (a(env) === 0 || b(env) !== 0 ? 1 : 0);
    case 'lt':
      return (env) => (a(env) < b(env) ? 1 : 0);
    case 'le':
      return (env) => (a(env) <= b(env) ? 1 : 0);
    // NA (NaN here) equals NA, as in GAMS: `tw(i)$(tb(i) = na) = 0` finds the NA totals (qsambal).
    case 'eq':
      return (env) => (sameValue(a(env), b(env)) ? 1 : 0);
    case 'ne':
      return (env) => (sameValue(a(env), b(env)) ? 0 : 1);
    case 'ge':
      return (env) => (a(env) >= b(env) ? 1 : 0);
    case 'gt':
      return (env) => (a(env) > b(env) ? 1 : 0);
  }
}

/** The evaluators the checker builds its statements with (CheckOptions.evaluate). */

/**
 * The iteration over an equation's domain: its sets under its `$` condition (with the candidates
 * of its membership filter), the labels of its domain set in their slots first. Built once per
 * equation.
 */
export function equationIterator(eq: CEquation): (env: Env, body: () => void) => void {
  let it = iterators.get(eq);
  if (!it) {
    const ev = new Evaluator(eq.table, eq.facts);
    const inner = makeIterator(
      eq.sets,
      eq.boundSlots as number[],
      eq.cond && ev.num(eq.cond),
      eq.filter && ev.filter(eq.filter),
      ev.drivers(eq.drivers, eq.sets),
    );
    const fixed = eq.fixed;
    it = fixed.length
      ? (env, body) => {
          for (let k = 0; k < fixed.length; k++) env[fixed[k].slot] = fixed[k].id;
          inner(env, body);
        }
      : inner;
    iterators.set(eq, it);
  }
  return it;
}
const iterators = new WeakMap<CEquation, (env: Env, body: () => void) => void>();
