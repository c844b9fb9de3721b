// Checks expressions and compiles them into closures: numeric evaluation for data, and
// emitters that add a term into a row accumulator (linear part + graph nodes) for model generation.
// Imports bind/, syntax/ast.ts, diagnostics/, model/expr-graph.ts.
//
// Every expression is classified statically by its dependence on variables: constant (data
// only), linear, or nonlinear. Linear terms go straight into a sparse row accumulator; nonlinear
// ones become nodes of the expression graph. That keeps generation of large LPs allocation-free.
import type * as A from '../syntax/ast.ts';
import { Op, type GraphBuilder } from '../model/expr-graph.ts';
import type { Span } from '../text/source-file.ts';
import {
  resolveSet,
  setList,
  setIds,
  setPosition,
  tupleKey,
  versionOf,
  type SetSymbol,
  type Sym,
  type SymbolTable,
  type VariableSymbol,
  type ParameterSymbol,
  type EquationSymbol,
  type ModelSymbol,
  type TupleKey,
  key2,
} from '../bind/symbols.ts';
import { functions, functionNames, type FunctionDef } from './functions.ts';
import { checkMessages as M } from '../diagnostics/messages/check.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import type { MessageDef } from '../diagnostics/diagnostic.ts';

export type Env = Int32Array;

/** An error raised while executing user code; converted to a diagnostic by the executor. */
export class ExecError {
  constructor(
    readonly def: MessageDef,
    readonly span: Span | undefined,
    readonly args: (string | number)[] = [],
    readonly hint?: string,
  ) {}
}

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

export const enum Cls {
  Const = 0,
  Linear = 1,
  Nonlinear = 2,
}

export interface CExpr {
  readonly cls: Cls;
  /** Numeric value (data only; throws ExecError on division by zero and similar). */
  readonly num: (env: Env) => number;
  /** Adds mult * expr into the row accumulator. */
  readonly emit: (env: Env, mult: number, g: GenContext) => void;
  /** Builds a graph node for expr. */
  readonly node: (env: Env, g: GenContext) => number;
  /** Span of the first nonlinear construct, for messages. */
  readonly nlSpan?: Span;
  readonly nlWhat?: string;
  /** Span and name of the first non-smooth function applied to variables. */
  readonly nonsmooth?: { span: Span; fn: string };
  readonly hasVars: boolean;
  /**
   * The constant part of a linear expression (its value with every variable at 0), computed without
   * touching variables: re-solves whose changed data only moves right-hand sides use it. Absent when
   * the expression is nonlinear (not separable). `zeroConst` marks a constant part that is 0 for
   * any data (a sum of variable terms), so sums over it are skipped.
   */
  readonly konst?: (env: Env) => number;
  readonly zeroConst?: boolean;
  /**
   * For a constant expression: whether its value comes from data (parameters, attributes, set
   * functions) rather than from literals only. Data constants in nonlinear terms become Param
   * leaves of the graph, so a re-solve after a data change updates values without new nodes.
   */
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

/** The env slots of plain controlled indices, as a comparable string; undefined otherwise. */
function plainSlots(idx: CIndex[]): string | undefined {
  const slots = idx.map((f) => (f as { slot?: number }).slot);
  return slots.every((x) => x !== undefined) ? slots.join(',') : undefined;
}

export interface ScopeEntry {
  readonly slot: number;
  readonly set: SetSymbol;
  /** The name as bound (set or alias name). */
  readonly name: string;
}

/**
 * One index position of a tuple: an env slot of a multi-dimensional set controlled as a whole
 * (`sum(vs, ...)`, with the set's domain set of that position), or an index argument of a
 * restricting reference (`ij(i,j)`: `i`, `j`), compiled where the tuple is used.
 */
export type TuplePart = { readonly slot: number; readonly set?: SetSymbol } | { readonly arg: A.IndexArg };

/**
 * A set name that stands for several indices (GAMS): a multi-dimensional set controlled as a whole
 * (`sum(vs, pl(vs))`, `maxpl(vs)..`), or a restricting reference (`sum(ij(i,j), x(ij))`).
 */
export interface TupleEntry {
  readonly name: string;
  readonly parts: readonly TuplePart[];
}

/** Controlled indices at a point of the program: names to env slots, and tuple names. */
export class Scope {
  constructor(
    readonly entries: ReadonlyMap<string, ScopeEntry> = new Map(),
    readonly next = 0,
    readonly tuples: ReadonlyMap<string, TupleEntry> = new Map(),
  ) {}
  /**
   * Control the names: a one-dimensional set takes one slot; a multi-dimensional set takes one
   * slot per dimension and becomes a tuple name.
   */
  with(names: { name: string; set: SetSymbol }[]): { scope: Scope; slots: number[] } {
    const m = new Map(this.entries);
    let tuples: Map<string, TupleEntry> | undefined;
    let next = this.next;
    const slots: number[] = [];
    for (const n of names) {
      if (n.set.domain.length > 1) {
        const parts = n.set.domain.map((set) => {
          slots.push(next);
          return { slot: next++, set };
        });
        (tuples ??= new Map(this.tuples)).set(n.name.toLowerCase(), { name: n.name, parts });
        continue;
      }
      m.set(n.name.toLowerCase(), { slot: next, set: n.set, name: n.name });
      slots.push(next++);
    }
    return { scope: new Scope(m, next, tuples ?? this.tuples), slots };
  }
  /** The scope with restricting references as tuple names (`ij(i,j)`: `ij` stands for i, j). */
  withTuples(refs: readonly A.SymbolRef[] | undefined): Scope {
    if (!refs?.length) return this;
    const tuples = new Map(this.tuples);
    for (const r of refs)
      tuples.set(r.name.name.toLowerCase(), {
        name: r.name.name,
        parts: (r.indices ?? []).map((arg) => ({ arg })),
      });
    return new Scope(this.entries, this.next, tuples);
  }
  /** `n` more slots that no name controls (the fixed labels of an equation domain). */
  reserve(n: number): { scope: Scope; slots: number[] } {
    const slots = Array.from({ length: n }, (_, k) => this.next + k);
    return { scope: new Scope(this.entries, this.next + n, this.tuples), slots };
  }
  get(name: string): ScopeEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }
  tuple(name: string): TupleEntry | undefined {
    return this.tuples.get(name.toLowerCase());
  }
}

export const MAX_SLOTS = 64;

/** The checker's services used while compiling expressions. */
export interface CheckContext {
  readonly table: SymbolTable;
  /** A symbol declared without a domain takes the dimension of its first use (GAMS). */
  fixDimension(sym: Sym, n: number): void;
  error(def: MessageDef, span: Span | undefined, args?: (string | number)[], hint?: string): void;
  /** Look up a symbol, reporting undeclared names with a did-you-mean hint. */
  lookup(id: A.Ident): Sym | undefined;
  declHint(s: Sym): string;
}

export type ExprMode = 'data' | 'model' | 'condition';

const zeroNode = (g: GenContext) => g.gb.constant(0);

function constExpr(num: (env: Env) => number, data = true): CExpr {
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
function nlExpr(
  node: (env: Env, g: GenContext) => number,
  span: Span,
  what: string,
  nonsmooth?: { span: Span; fn: string },
): CExpr {
  return {
    cls: Cls.Nonlinear,
    num: noModel,
    emit: (env, mult, g) => {
      if (mult !== 0) g.acc.addNl(node(env, g), mult, g.dataMult > 0);
    },
    node,
    nlSpan: span,
    nlWhat: what,
    nonsmooth,
    hasVars: true,
  };
}

function firstNl(...es: CExpr[]): { nlSpan?: Span; nlWhat?: string } {
  for (const e of es) if (e.nlSpan) return { nlSpan: e.nlSpan, nlWhat: e.nlWhat };
  return {};
}
function firstNonsmooth(...es: CExpr[]): { span: Span; fn: string } | undefined {
  for (const e of es) if (e.nonsmooth) return e.nonsmooth;
  return undefined;
}

/** A compiled index argument: the label id at run time, or -1 when a lag falls off the set. */
export type CIndex = (env: Env) => number;

export interface CompiledRef {
  readonly sym: Sym;
  readonly indices: CIndex[];
  /** Static: every index is a plain controlled index or a label (no lags). */
  readonly noLags: boolean;
}

export class ExprCompiler {
  constructor(private readonly cx: CheckContext) {}

  /** Compile an index argument against the scope; undefined after reporting an error. */
  compileIndex(
    arg: A.IndexArg,
    scope: Scope,
    mode: ExprMode,
  ): { f: CIndex; set?: SetSymbol; lagged: boolean } | undefined {
    const { cx } = this;
    if (arg.kind === 'IndexLabel') {
      const id = cx.table.universe.id(arg.label.name);
      return { f: () => id, lagged: false };
    }
    const entry = scope.get(arg.name.name);
    if (!entry) {
      const s = cx.table.get(arg.name.name);
      if (!s) {
        cx.lookup(arg.name);
        return undefined;
      }
      if (s.kind !== 'set' && s.kind !== 'alias') {
        cx.error(M.Name_0_is_not_a_set, arg.name.span, [arg.name.name, s.kind]);
        return undefined;
      }
      s.uses++;
      cx.error(
        M.Index_0_is_not_controlled,
        arg.name.span,
        [arg.name.name],
        `wrap the term in sum(${arg.name.name}, ...) or add ${arg.name.name} to the domain.`,
      );
      return undefined;
    }
    const slot = entry.slot;
    if (!arg.lag) return { f: slotIndex(slot), set: entry.set, lagged: false };
    const set = entry.set;
    if (set.domain.length !== 1) {
      cx.error(M.Lag_needs_one_dimensional_set_0, arg.name.span, [arg.name.name]);
      return undefined;
    }
    const amount = this.compile(arg.lag.amount, scope, 'data');
    const op = arg.lag.op;
    const f: CIndex = (env) => {
      const p = setPosition(set, env[slot]);
      if (p === undefined) return -1;
      const list = setList(set);
      const a = Math.round(amount.num(env));
      let q = op === '+' || op === '++' ? p + a : p - a;
      if (op === '++' || op === '--') {
        const n = list.length;
        q = ((q % n) + n) % n;
      } else if (q < 0 || q >= list.length) return -1;
      return list[q].keys[0];
    };
    return { f, set, lagged: true };
  }

  /** Check the indices of a reference against the symbol's domain and compile them. */
  compileRefIndices(ref: A.SymbolRef, sym: Sym, scope: Scope, mode: ExprMode): CIndex[] | undefined {
    const { cx } = this;
    const args = expandTuples(ref.indices ?? [], scope);
    cx.fixDimension(sym, args.length);
    const dim = sym.domain.length;
    if (args.length !== dim) {
      const multi = uncontrolledTuple(ref.indices ?? [], scope, cx.table);
      if (multi) {
        // `p(ij)` outside any sum(ij(i,j), ...): the set name would stand for its indices there.
        const name = multi.id.name;
        multi.sym.uses++;
        cx.error(
          M.Index_0_is_not_controlled,
          multi.id.span,
          [name],
          `wrap the term in sum(${name}, ...) or add ${name} to the domain.`,
        );
      } else if (args.length === 0)
        cx.error(M.Symbol_0_needs_indices, ref.name.span, [sym.name, dim], cx.declHint(sym));
      else
        cx.error(
          M.Symbol_0_takes_1_indices_but_is_used_with_2,
          ref.name.span,
          [sym.name, dim, args.length],
          cx.declHint(sym),
        );
      return undefined;
    }
    const out: CIndex[] = [];
    let ok = true;
    args.forEach((arg, k) => {
      if (arg.kind === 'TupleSlot') {
        // A position of a multi-dimensional set controlled as a whole: its domain set is known.
        const dom = sym.domain[k];
        if (dom && arg.set && !isSubsetOf(arg.set, dom)) {
          cx.error(
            M.Index_0_does_not_match_domain_1_of_2,
            arg.span,
            [arg.name, k + 1, sym.name, dom.name],
            cx.declHint(sym),
          );
          ok = false;
        }
        out.push(slotIndex(arg.slot));
        return;
      }
      const c = this.compileIndex(arg, scope, mode);
      if (!c) {
        ok = false;
        return;
      }
      const dom = sym.domain[k];
      if (dom) {
        if (arg.kind === 'IndexLabel') {
          const id = cx.table.universe.id(arg.label.name);
          if (dom.records.size > 0 && dom.domain.length === 1 && !dom.records.has(id)) {
            cx.error(M.Label_0_is_not_in_set_1, arg.span, [arg.label.name, dom.name]);
            ok = false;
          }
        } else if (c.set && !isSubsetOf(c.set, dom)) {
          cx.error(
            M.Index_0_does_not_match_domain_1_of_2,
            arg.span,
            [arg.name.name, k + 1, sym.name, dom.name],
            cx.declHint(sym),
          );
          ok = false;
        }
      }
      out.push(c.f);
    });
    return ok ? out : undefined;
  }

  compile(e: A.Expr, scope: Scope, mode: ExprMode): CExpr {
    switch (e.kind) {
      case 'Number': {
        const v = e.value;
        return constExpr(() => v, false);
      }
      case 'String': {
        // A string in a numeric position: GAMS reads it as a label; as a number it is an error.
        this.cx.error(M.Bad_value_in_data_0, e.span, [e.value]);
        return constExpr(() => 0);
      }
      case 'Ref':
        return this.compileRef(e, scope, mode);
      case 'Unary':
        return this.compileUnary(e, scope, mode);
      case 'Binary':
        return this.compileBinary(e, scope, mode);
      case 'Dollar': {
        const cond = this.compile(e.cond, scope, 'condition');
        const value = this.compile(e.value, scope, mode);
        if (cond.hasVars) return value;
        const cn = cond.num;
        if (value.cls === Cls.Const) {
          const vn = value.num;
          return constExpr((env) => (cn(env) !== 0 ? vn(env) : 0));
        }
        return {
          ...value,
          // Not a plain reference any more: a product's fast path (`p(i)*x(i)$c`) would drop `c`.
          ref: undefined,
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
      case 'Call':
        return this.compileCall(e, scope, mode);
      case 'Indexed':
        return this.compileIndexed(e, scope, mode);
    }
  }

  private compileRef(e: A.SymbolRef, scope: Scope, mode: ExprMode): CExpr {
    const { cx } = this;
    const fn = e.name.name.toLowerCase();
    if ((fn === 'sameas' || fn === 'diag') && !e.attr && e.indices?.length === 2 && !cx.table.get(fn)) {
      // `sum(sameas(cropx,cropr), ...)` (farm): the two-dimensional set sameas, where both agree.
      const args = e.indices.map((ix): A.Expr =>
        ix.kind === 'IndexLabel'
          ? { kind: 'String', value: ix.label.name, span: ix.span }
          : { kind: 'Ref', name: ix.name, span: ix.span },
      );
      return this.compileSetFunction(fn, { kind: 'Call', fn: e.name, args, span: e.span }, scope);
    }
    // An index name used as a value (e.g. inside ord handled elsewhere): sets in conditions.
    const sym = cx.lookup(e.name);
    if (!sym) return constExpr(() => 0);
    sym.uses++;
    const attr = e.attr?.name.toLowerCase();
    switch (sym.kind) {
      case 'set':
      case 'alias': {
        if (attr) return this.setAttribute(e, attr, sym.name, scope);
        const set = resolveSet(sym);
        if (!e.indices || e.indices.length === 0) {
          cx.error(
            M.Set_0_used_as_value,
            e.span,
            [sym.name],
            `use card(${sym.name}) for its size, or ${sym.name}(i) for membership.`,
          );
          return constExpr(() => 0);
        }
        const idx = this.compileRefIndices(e, set, scope, mode);
        if (!idx) return constExpr(() => 0);
        return constExpr(membership(set, idx));
      }
      case 'parameter': {
        if (attr) {
          cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'parameter', sym.name]);
          return constExpr(() => 0);
        }
        const idx = this.compileRefIndices(e, sym, scope, mode);
        if (!idx) return constExpr(() => 0);
        return { ...constExpr(paramLookup(sym, idx)), ref: { sym, kf: keyFn(idx), slots: plainSlots(idx) } };
      }
      case 'variable': {
        if (attr) {
          const derived = derivedAttributes.has(attr);
          if (!derived && !['l', 'lo', 'up', 'm', 'scale', 'prior', 'fx', 'stage'].includes(attr)) {
            cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'variable', sym.name]);
            return constExpr(() => 0);
          }
          const idx = this.compileRefIndices(e, sym, scope, mode);
          if (!idx) return constExpr(() => 0);
          if (derived) return constExpr(derivedAttr(attr, (a) => varAttrLookup(sym, idx, a)));
          return constExpr(varAttrLookup(sym, idx, attr === 'fx' ? 'l' : (attr as 'l')));
        }
        if (mode !== 'model') {
          cx.error(
            mode === 'condition'
              ? M.Variable_0_in_nonlinear_position_of_condition
              : M.Variable_0_in_assignment,
            e.name.span,
            [sym.name],
            `use ${sym.name}.l for its level.`,
          );
          return constExpr(() => 0);
        }
        const idx = this.compileRefIndices(e, sym, scope, mode);
        if (!idx) return constExpr(() => 0);
        return varTerm(sym, idx);
      }
      case 'equation': {
        const derived = attr !== undefined && derivedAttributes.has(attr);
        if (!attr || (!derived && !['l', 'm', 'lo', 'up', 'scale', 'stage'].includes(attr))) {
          cx.error(
            attr ? M.Attribute_0_not_valid_for_1 : M.Variable_0_in_assignment,
            (e.attr ?? e.name).span,
            attr ? [attr, 'equation', sym.name] : [sym.name],
          );
          return constExpr(() => 0);
        }
        const idx = this.compileRefIndices(e, sym, scope, mode);
        if (!idx) return constExpr(() => 0);
        if (derived) return constExpr(derivedAttr(attr, (a) => equAttrLookup(sym, idx, a)));
        return constExpr(equAttrLookup(sym, idx, attr as 'l'));
      }
      case 'model': {
        if (!attr) {
          cx.error(M.Set_0_used_as_value, e.span, [sym.name]);
          return constExpr(() => 0);
        }
        const m: ModelSymbol = sym;
        return constExpr(() => m.attrs.get(attr) ?? 0);
      }
      case 'file':
        cx.error(M.Set_0_used_as_value, e.span, [sym.name]);
        return constExpr(() => 0);
    }
  }

  /**
   * An attribute of a controlled index (GAMS set attributes): `i.pos`, `i.ord` its position in the
   * controlling set, `i.off` that minus 1, `i.rev` the positions after it, `i.first`, `i.last`,
   * `i.uel` its position among all labels, `i.len` the label's length, `i.val` the label as a number.
   */
  private setAttribute(e: A.SymbolRef, attr: string, name: string, scope: Scope): CExpr {
    const { cx } = this;
    const fail = () => {
      cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'set', name]);
      return constExpr(() => 0);
    };
    if (!setAttributes.has(attr) || e.indices?.length) return fail();
    const entry = scope.get(e.name.name);
    if (!entry) {
      cx.error(
        M.Index_0_is_not_controlled,
        e.name.span,
        [e.name.name],
        `'.${attr}' is an attribute of the element that a sum, loop or domain over ${e.name.name} visits.`,
      );
      return constExpr(() => 0);
    }
    const { slot, set } = entry;
    const u = cx.table.universe;
    const pos = (env: Env) => (setPosition(set, env[slot]) ?? -1) + 1;
    switch (attr) {
      case 'pos':
      case 'ord':
        return constExpr(pos);
      case 'off':
        return constExpr((env) => pos(env) - 1);
      case 'rev':
        return constExpr((env) => set.records.size - pos(env));
      case 'first':
        return constExpr((env) => (pos(env) === 1 ? 1 : 0));
      case 'last':
        return constExpr((env) => (pos(env) === set.records.size ? 1 : 0));
      case 'uel':
        return constExpr((env) => env[slot] + 1);
      case 'len':
        return constExpr((env) => u.name(env[slot]).length);
      default: {
        const span = e.span;
        return constExpr((env) => {
          const label = u.name(env[slot]);
          const v = Number(label);
          if (label.trim() === '' || !Number.isFinite(v))
            throw new ExecError(X.Function_0_undefined_at_1, span, [`${e.name.name}.val`, `'${label}'`]);
          return v;
        });
      }
    }
  }

  private compileUnary(e: A.UnaryExpr, scope: Scope, mode: ExprMode): CExpr {
    const a = this.compile(e.operand, scope, mode);
    if (e.op === '+') return a;
    if (e.op === 'not') {
      if (a.hasVars) this.cx.error(M.Nonlinear_relation_in_condition, e.span, ['not']);
      const an = a.num;
      return constExpr((env) => (an(env) === 0 ? 1 : 0));
    }
    if (a.cls === Cls.Const) {
      const an = a.num;
      return constExpr((env) => -an(env), a.data);
    }
    return {
      cls: a.cls,
      num: noModel,
      emit: (env, mult, g) => a.emit(env, -mult, g),
      node: (env, g) => g.gb.node(Op.Neg, [a.node(env, g)]),
      ...firstNl(a),
      nonsmooth: a.nonsmooth,
      hasVars: true,
      ...linearKonst([a], (ka) => (env) => -ka[0](env)),
    };
  }

  private compileBinary(e: A.BinaryExpr, scope: Scope, mode: ExprMode): CExpr {
    const a = this.compile(e.left, scope, mode);
    const b = this.compile(e.right, scope, mode);
    const an = a.num;
    const bn = b.num;
    const span = e.span;
    if (a.cls === Cls.Const && b.cls === Cls.Const) return constBinary(e.op, a, b, span);
    const vars = { hasVars: true as const, ...firstNl(a, b), nonsmooth: firstNonsmooth(a, b) };
    switch (e.op) {
      case '+':
      case '-': {
        const s = e.op === '+' ? 1 : -1;
        return {
          cls: Math.max(a.cls, b.cls) as Cls,
          num: noModel,
          emit: (env, mult, g) => {
            a.emit(env, mult, g);
            b.emit(env, s * mult, g);
          },
          node: (env, g) =>
            s > 0
              ? g.gb.node(Op.Add, [a.node(env, g), b.node(env, g)])
              : g.gb.node(Op.Sub, [a.node(env, g), b.node(env, g)]),
          ...vars,
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
            cls: v.cls,
            num: noModel,
            ...scaled,
            ...vars,
            ...linearKonst(
              [v],
              ([kv]) =>
                (env) =>
                  kn(env) * kv(env),
            ),
          };
        }
        return nlExpr(
          (env, g) => g.gb.node(Op.Mul, [a.node(env, g), b.node(env, g)]),
          vars.nlSpan ?? span,
          vars.nlWhat ?? 'a product of variables',
          vars.nonsmooth,
        );
      }
      case '/': {
        if (b.cls === Cls.Const) {
          return {
            cls: a.cls,
            num: noModel,
            emit: (env, mult, g) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, e.right.span);
              if (!b.data) return a.emit(env, mult / d, g);
              g.dataMult++;
              a.emit(env, mult / d, g);
              g.dataMult--;
            },
            node: (env, g) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, e.right.span);
              return g.gb.node(Op.Mul, [b.data ? g.param(1 / d) : g.gb.constant(1 / d), a.node(env, g)]);
            },
            ...vars,
            ...linearKonst([a], ([ka]) => (env) => {
              const d = bn(env);
              if (d === 0) throw new ExecError(X.Division_by_zero, e.right.span);
              return ka(env) / d;
            }),
          };
        }
        return nlExpr(
          (env, g) => g.gb.node(Op.Div, [a.node(env, g), b.node(env, g)]),
          vars.nlSpan ?? span,
          vars.nlWhat ?? 'a division by a variable',
          vars.nonsmooth,
        );
      }
      case '**': {
        if (b.cls === Cls.Const) {
          return nlExpr(
            (env, g) => {
              const p = bn(env);
              const base = a.node(env, g);
              if (p === 1) return base;
              if (p === 0) return g.gb.constant(1);
              if (p === 2) return g.gb.node(Op.Sqr, [base]);
              return g.gb.node(Number.isInteger(p) ? Op.Power : Op.Pow, [base, g.gb.constant(p)]);
            },
            vars.nlSpan ?? span,
            vars.nlWhat ?? 'a power of a variable',
            vars.nonsmooth,
          );
        }
        return nlExpr(
          (env, g) => g.gb.node(Op.Pow, [a.node(env, g), b.node(env, g)]),
          vars.nlSpan ?? span,
          vars.nlWhat ?? 'a variable exponent',
          vars.nonsmooth,
        );
      }
      default:
        this.cx.error(M.Nonlinear_relation_in_condition, span, [e.op]);
        return constExpr(() => 0);
    }
  }

  private compileCall(e: A.CallExpr, scope: Scope, mode: ExprMode): CExpr {
    const { cx } = this;
    const name = e.fn.name.toLowerCase();
    // A declared symbol wins over an intrinsic function of the same name (a table named `beta`):
    // the parser cannot know the declarations, so it is turned into a reference here.
    const declared = cx.table.get(e.fn.name);
    if (declared && declared.kind !== 'model' && declared.kind !== 'file') {
      const ref = callAsRef(e);
      if (ref) return this.compileRef(ref, scope, mode);
    }
    const def = functions.get(name);
    if (!def) {
      if (functionNames.has(name)) cx.error(M.Function_0_not_supported, e.fn.span, [e.fn.name]);
      else cx.error(M.Unknown_function_0, e.fn.span, [e.fn.name]);
      return constExpr(() => 0);
    }
    if (e.args.length < def.minArgs || e.args.length > def.maxArgs) {
      const n = def.minArgs === def.maxArgs ? String(def.minArgs) : `${def.minArgs} to ${def.maxArgs}`;
      cx.error(M.Function_0_takes_1_arguments_but_got_2, e.fn.span, [name, n, e.args.length]);
      return constExpr(() => 0);
    }
    if (def.setFunction) return this.compileSetFunction(name, e, scope);
    if (def.handle) return this.compileHandleFunction(def.handle, e, scope, mode);
    const args = e.args.map((a) => this.compile(a, scope, mode));
    if (def.random) {
      // A draw from the run's stream at every evaluation: never folded into a constant.
      if (args.some((a) => a.cls !== Cls.Const)) {
        cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
        return constExpr(() => 0);
      }
      const draw = def.random;
      const rng = cx.table.random;
      const fns = args.map((a) => a.num);
      return constExpr((env) =>
        draw(
          rng,
          fns.map((f) => f(env)),
        ),
      );
    }
    if (args.every((a) => a.cls === Cls.Const)) {
      const fns = args.map((a) => a.num);
      const ev = def.eval;
      const span = e.span;
      if (fns.length === 1) {
        const f0 = fns[0];
        const vals = [0];
        return constExpr((env) => {
          vals[0] = f0(env);
          const r = ev(vals);
          return Number.isNaN(r) ? checkResult(name, r, span, vals.slice()) : r;
        });
      }
      if (fns.length === 2) {
        const [f0, f1] = fns;
        const vals = [0, 0];
        return constExpr((env) => {
          vals[0] = f0(env);
          vals[1] = f1(env);
          const r = ev(vals);
          return Number.isNaN(r) ? checkResult(name, r, span, vals.slice()) : r;
        });
      }
      return constExpr((env) => {
        const vals = fns.map((f) => f(env));
        return checkResult(name, ev(vals), span, vals);
      });
    }
    const op = def.op;
    const expand = def.expand;
    if (op === undefined && !expand) {
      cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
      return constExpr(() => 0);
    }
    const nonsmooth = def.nonsmooth ? { span: e.span, fn: name } : firstNonsmooth(...args);
    return nlExpr(
      (env, g) => {
        const kids = args.map((a) => a.node(env, g));
        return op !== undefined ? g.gb.node(op, kids) : expand!(g.gb, kids);
      },
      e.span,
      `${name}(...)`,
      nonsmooth,
    );
  }

  /**
   * handleCollect(h), handleStatus(h), handleDelete(h), sleep(s) on a value; readyCollect(h [,
   * maxWait]) on a handle or on a whole parameter of handles (`readyCollect(h)` with h(s)). They
   * act on the run's asynchronous solves through the symbol table's `handles` (installed by the
   * executor), at every evaluation.
   */
  private compileHandleFunction(
    kind: NonNullable<FunctionDef['handle']>,
    e: A.CallExpr,
    scope: Scope,
    mode: ExprMode,
  ): CExpr {
    const { cx } = this;
    const table = cx.table;
    const arg0 = e.args[0];
    let many: ((env: Env) => number[]) | undefined;
    if (kind === 'ready' && arg0.kind === 'Ref' && !arg0.indices && !arg0.attr) {
      const s = table.get(arg0.name.name);
      if (s?.kind === 'parameter' && !s.isScalar) {
        s.uses++;
        many = () => [...s.records.values()].map((r) => r.value);
      }
    }
    const args = e.args.map((a, k) => (k === 0 && many ? undefined : this.compile(a, scope, mode)));
    if (args.some((a) => a && a.cls !== Cls.Const)) {
      cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
      return constExpr(() => 0);
    }
    const f0 = args[0]?.num;
    const f1 = args[1]?.num;
    switch (kind) {
      case 'collect':
        return constExpr((env) => table.handles.collect(f0!(env)));
      case 'status':
        return constExpr((env) => table.handles.status(f0!(env)));
      case 'delete':
        return constExpr((env) => table.handles.remove(f0!(env)));
      case 'sleep':
        return constExpr((env) => table.handles.sleep(f0!(env)));
      case 'ready':
        return constExpr((env) =>
          table.handles.ready(many ? many(env) : [f0!(env)], f1 ? f1(env) : Infinity),
        );
    }
  }

  private compileSetFunction(name: string, e: A.CallExpr, scope: Scope): CExpr {
    const { cx } = this;
    const arg0 = e.args[0];
    if (name === 'card') {
      if (arg0.kind === 'Ref' && !arg0.indices && !arg0.attr) {
        const s = cx.lookup(arg0.name);
        if (!s) return constExpr(() => 0);
        s.uses++;
        if (s.kind === 'set' || s.kind === 'alias') {
          const set = resolveSet(s);
          return constExpr(() => set.records.size);
        }
        if (s.kind === 'parameter' || s.kind === 'variable' || s.kind === 'equation') {
          const recs = s.records;
          return constExpr(() => recs.size);
        }
      }
      cx.error(M.Function_0_needs_a_set, arg0.span, ['card']);
      return constExpr(() => 0);
    }
    const idx = (a: A.Expr): CIndex | undefined => {
      if (a.kind === 'String') {
        // A quoted label: GAMS ignores its trailing blanks.
        const id = cx.table.universe.id(a.value.trimEnd());
        return () => id;
      }
      if (a.kind === 'Ref' && !a.attr && !a.indices) {
        const entry = scope.get(a.name.name);
        if (entry) {
          const slot = entry.slot;
          return (env) => env[slot];
        }
        const s = cx.table.get(a.name.name);
        if (s && (s.kind === 'set' || s.kind === 'alias')) {
          s.uses++;
          cx.error(M.Index_0_is_not_controlled, a.span, [a.name.name]);
          return undefined;
        }
        if (!s && (name === 'sameas' || name === 'diag')) {
          // GAMS allows an unquoted label in sameas only when it is a set name; treat as label.
          const id = cx.table.universe.id(a.name.name);
          return () => id;
        }
        if (!s) cx.lookup(a.name);
      }
      cx.error(M.Function_0_needs_a_set, a.span, [name]);
      return undefined;
    };
    if (name === 'ord') {
      // ord(t) or ord(t-1): position in the controlling set.
      if (arg0.kind === 'Ref' && !arg0.attr && !arg0.indices) {
        const entry = scope.get(arg0.name.name);
        if (entry) {
          const { slot, set } = entry;
          return constExpr((env) => (setPosition(set, env[slot]) ?? -1) + 1);
        }
      }
      idx(arg0);
      return constExpr(() => 0);
    }
    // sameas, diag
    const a = idx(e.args[0]);
    const b = idx(e.args[1]);
    if (!a || !b) return constExpr(() => 0);
    return constExpr((env) => (a(env) === b(env) ? 1 : 0));
  }

  /** Controlled indices of a sum/loop/domain: check they are sets and not already controlled. */
  /**
   * The candidates of the innermost index of a one- or two-index iteration (a sum, an assignment's
   * or an equation's domain) under a membership condition: see membershipFilter. The other
   * indices of the membership may be the outer iterated index or indices controlled outside.
   */
  innerFilter(
    cond: A.Expr | undefined,
    binding: readonly A.Ident[],
    b: { scope: Scope; sets: SetSymbol[] },
  ): ((env: Env) => Int32Array) | undefined {
    const n = b.sets.length;
    if (!cond || n < 1 || n > 2 || binding.length !== n) return undefined;
    if (b.sets.some((s) => s.domain.length > 1)) return undefined;
    return this.membershipFilter(cond, binding[n - 1], b.sets[n - 1], b.scope);
  }

  /**
   * Candidates of a one-index sum whose condition requires membership in a set, alone or in an
   * `and`: `sum(c$cm(c,mg), ...)` with mg controlled outside visits only the c that cm pairs with
   * the current mg (in c's order), as GAMS iterates sparse conditions, instead of testing every c.
   * The condition is still evaluated on each candidate. Undefined when no conjunct qualifies.
   */
  membershipFilter(
    cond: A.Expr | undefined,
    index: A.Ident,
    dom: SetSymbol,
    outer: Scope,
  ): ((env: Env) => Int32Array) | undefined {
    const conjuncts: A.Expr[] = [];
    const walk = (x: A.Expr | undefined): void => {
      if (!x) return;
      if (x.kind === 'Binary' && x.op === 'and') {
        walk(x.left);
        walk(x.right);
      } else conjuncts.push(x);
    };
    walk(cond);
    const name = index.name.toLowerCase();
    const filters: ((env: Env) => Int32Array)[] = [];
    for (const c of conjuncts) {
      const ref = c.kind === 'Ref' ? c : c.kind === 'Call' ? callAsRef(c) : undefined;
      if (!ref || ref.attr || !ref.indices) continue;
      const sym = this.cx.table.get(ref.name.name);
      if (!sym || (sym.kind !== 'set' && sym.kind !== 'alias')) continue;
      const m = resolveSet(sym);
      let pos = -1;
      const others: { pos: number; value: (env: Env) => number }[] = [];
      let ok = true;
      ref.indices.forEach((a, k) => {
        if (a.kind === 'IndexLabel') {
          const id = this.cx.table.universe.lookup(a.label.name);
          if (id === undefined) ok = false;
          else others.push({ pos: k, value: () => id });
        } else if (a.lag) ok = false;
        else if (a.name.name.toLowerCase() === name) {
          if (pos >= 0) ok = false;
          pos = k;
        } else {
          const e = outer.get(a.name.name);
          if (!e) ok = false;
          else others.push({ pos: k, value: (env) => env[e.slot] });
        }
      });
      if (!ok || pos < 0 || (m.records.size > 0 && m.domain.length !== ref.indices.length)) continue;
      filters.push(membershipCandidates(m, dom, pos, others));
    }
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

  /**
   * Control the names of a binding (sets and aliases; a multi-dimensional set takes a slot per
   * dimension) in a new scope, where the restricting references `tuples` stand for their indices.
   * `sets` has one set per bound name, `slots` and `slotSets` one entry per slot (the domain set of
   * a multi-dimensional set's position; undefined for `*`), `slotIds` the name that made each slot.
   */
  bindIndices(
    binding: readonly A.Ident[],
    scope: Scope,
    restricted?: readonly A.Ident[],
    tuples?: readonly A.SymbolRef[],
  ):
    | {
        scope: Scope;
        slots: number[];
        sets: SetSymbol[];
        slotSets: (SetSymbol | undefined)[];
        slotIds: A.Ident[];
        bound: A.Ident[];
      }
    | undefined {
    const { cx } = this;
    const names: { name: string; set: SetSymbol }[] = [];
    const bound: A.Ident[] = [];
    let ok = true;
    for (const id of binding) {
      // `sum(arc(i,j), ...)` inside a domain over i: i stays fixed, only j is summed.
      if (restricted?.includes(id) && (scope.get(id.name) || scope.tuple(id.name))) continue;
      const s = cx.lookup(id);
      if (!s) {
        ok = false;
        continue;
      }
      s.uses++;
      if (s.kind !== 'set' && s.kind !== 'alias') {
        cx.error(M.Name_0_is_not_a_set, id.span, [id.name, s.kind]);
        ok = false;
        continue;
      }
      if (scope.get(id.name) || scope.tuple(id.name)) {
        cx.error(M.Index_0_already_controlled, id.span, [id.name]);
        ok = false;
        continue;
      }
      names.push({ name: id.name, set: resolveSet(s) });
      bound.push(id);
    }
    if (!ok) return undefined;
    const width = names.reduce((n, x) => n + Math.max(1, x.set.domain.length), 0);
    if (scope.next + width > MAX_SLOTS) {
      const [first, last] = [binding[0].span, binding[binding.length - 1].span];
      const sp = first.file === last.file ? { ...first, end: last.end } : first;
      cx.error(M.Too_many_controlled_indices_0_1, sp, [scope.next + width, MAX_SLOTS]);
      return undefined;
    }
    const r = scope.with(names);
    const slotSets: (SetSymbol | undefined)[] = [];
    const slotIds: A.Ident[] = [];
    names.forEach((n, k) => {
      const multi = n.set.domain.length > 1;
      for (const d of multi ? n.set.domain : [n.set]) {
        slotSets.push(d);
        slotIds.push(bound[k]);
      }
    });
    return {
      scope: r.scope.withTuples(tuples),
      slots: r.slots,
      sets: names.map((n) => n.set),
      slotSets,
      slotIds,
      bound,
    };
  }

  private compileIndexed(e: A.IndexedOp, scope: Scope, mode: ExprMode): CExpr {
    const b = this.bindIndices(e.binding.indices, scope, e.binding.restricted, e.binding.tuples);
    if (!b) return constExpr(() => 0);
    const cond = e.binding.cond ? this.compile(e.binding.cond, b.scope, 'condition') : undefined;
    const body = this.compile(e.body, b.scope, mode);
    const iter = makeIterator(b.sets, b.slots, cond?.num, this.innerFilter(e.binding.cond, b.bound, b));
    const op = e.op;
    if (body.cls === Cls.Const) {
      const bn = body.num;
      if (op === 'sum') {
        return constExpr((env) => {
          let s = 0;
          iter(env, () => {
            s += bn(env);
          });
          return s;
        });
      }
      if (op === 'prod') {
        return constExpr((env) => {
          let s = 1;
          iter(env, () => {
            s *= bn(env);
          });
          return s;
        });
      }
      const isMin = op === 'smin';
      return constExpr((env) => {
        let s = isMin ? Infinity : -Infinity;
        iter(env, () => {
          const v = bn(env);
          s = isMin ? Math.min(s, v) : Math.max(s, v);
        });
        return s;
      });
    }
    const gop = op === 'sum' ? Op.Add : op === 'prod' ? Op.Mul : op === 'smin' ? Op.Min : Op.Max;
    const nodeFn = (env: Env, g: GenContext) => {
      const kids: number[] = [];
      iter(env, () => {
        kids.push(body.node(env, g));
      });
      if (kids.length === 0) return g.gb.constant(op === 'prod' ? 1 : 0);
      return g.gb.node(gop, kids);
    };
    if (op === 'sum') {
      return {
        cls: body.cls,
        num: noModel,
        emit: (env, mult, g) => iter(env, () => body.emit(env, mult, g)),
        node: nodeFn,
        ...firstNl(body),
        nonsmooth: body.nonsmooth,
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
    const ns = op === 'smin' || op === 'smax' ? { span: e.span, fn: op } : body.nonsmooth;
    return nlExpr(nodeFn, e.span, `${op}(...) of variables`, ns);
  }
}

/**
 * Attributes of variables and equations that GAMS computes from the level and the bounds (read
 * only): `.range` up − lo, `.slacklo` max(l − lo, 0), `.slackup` max(up − l, 0), `.slack` the
 * smaller of the two, `.infeas` how far the level lies outside its bounds.
 */
const derivedAttributes = new Set(['range', 'slacklo', 'slackup', 'slack', 'infeas']);

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

/** Attributes of a controlled index (see ExprCompiler.setAttribute). */
const setAttributes = new Set(['pos', 'ord', 'off', 'rev', 'first', 'last', 'uel', 'len', 'val']);

/** `name(a, b-1, 'x')` parsed as a call, read as an indexed reference; undefined if it cannot be. */
function callAsRef(e: A.CallExpr): A.SymbolRef | undefined {
  const indices: A.IndexArg[] = [];
  for (const a of e.args) {
    if (a.kind === 'Ref' && !a.attr && !a.indices)
      indices.push({ kind: 'IndexName', name: a.name, span: a.span });
    else if (a.kind === 'String')
      indices.push({
        kind: 'IndexLabel',
        label: { name: a.value.trimEnd(), span: a.span, quoted: true },
        span: a.span,
      });
    else if (
      a.kind === 'Binary' &&
      (a.op === '+' || a.op === '-') &&
      a.left.kind === 'Ref' &&
      !a.left.attr &&
      !a.left.indices
    ) {
      indices.push({
        kind: 'IndexName',
        name: a.left.name,
        lag: { op: a.op, amount: a.right },
        span: a.span,
      });
    } else return undefined;
  }
  return { kind: 'Ref', name: e.fn, indices, span: e.span };
}

/** An env slot standing for one position of a tuple name (see TupleEntry). */
interface TupleSlot {
  readonly kind: 'TupleSlot';
  readonly slot: number;
  readonly set?: SetSymbol;
  readonly name: string;
  readonly span: Span;
}

/**
 * The index arguments of a reference with tuple names replaced by the indices they stand for:
 * `x(ij)` inside sum(ij(i,j), ...) reads x(i,j). A name that the scope controls as an index wins.
 */
function expandTuples(args: readonly A.IndexArg[], scope: Scope, depth = 0): (A.IndexArg | TupleSlot)[] {
  if (scope.tuples.size === 0) return args as A.IndexArg[];
  const out: (A.IndexArg | TupleSlot)[] = [];
  for (const a of args) {
    const t =
      a.kind === 'IndexName' && !a.lag && !scope.get(a.name.name) ? scope.tuple(a.name.name) : undefined;
    if (!t || depth > 8) {
      out.push(a);
      continue;
    }
    // A part may itself be a tuple name: `vkp(vk,p)` with vk a controlled two-dimensional set.
    for (const p of t.parts)
      if ('arg' in p) out.push(...expandTuples([p.arg], scope, depth + 1));
      else out.push({ kind: 'TupleSlot', slot: p.slot, set: p.set, name: t.name, span: a.span });
  }
  return out;
}

/** The first index argument naming a multi-dimensional set that no binding controls (for messages). */
function uncontrolledTuple(
  args: readonly A.IndexArg[],
  scope: Scope,
  table: SymbolTable,
): { sym: Sym; id: A.Ident } | undefined {
  for (const a of args) {
    if (a.kind !== 'IndexName' || scope.get(a.name.name) || scope.tuple(a.name.name)) continue;
    const s = table.get(a.name.name);
    if (s && (s.kind === 'set' || s.kind === 'alias') && s.domain.length > 1) return { sym: s, id: a.name };
  }
  return undefined;
}

/** Is set `s` the same as `dom`, or a subset of it through declared subset domains? */
export function isSubsetOf(s: SetSymbol, dom: SetSymbol): boolean {
  let cur: SetSymbol | undefined = s;
  for (let depth = 0; cur && depth < 32; depth++) {
    if (cur === dom) return true;
    if (cur.domain.length !== 1) return false;
    cur = cur.domain[0];
  }
  return false;
}

/** Iterates the cartesian product of the sets (their current elements), binding slots. */
const NO_IDS = new Int32Array(0);

/**
 * The members of `dom` that set `m` pairs with the other indices' current values (see
 * ExprCompiler.membershipFilter), in dom's order: grouped once per version of m and dom.
 */
function membershipCandidates(
  m: SetSymbol,
  dom: SetSymbol,
  pos: number,
  others: { pos: number; value: (env: Env) => number }[],
): (env: Env) => Int32Array {
  let built: Map<TupleKey, Int32Array> | undefined;
  let mVer = -1;
  let dVer = -1;
  const ids = new Array<number>(others.length);
  const rebuild = () => {
    const groups = new Map<TupleKey, number[]>();
    for (const r of m.records.values()) {
      const id = r.keys[pos];
      if (setPosition(dom, id) === undefined) continue;
      for (let k = 0; k < others.length; k++) ids[k] = r.keys[others[k].pos];
      const key = tupleKey(ids);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(id);
    }
    built = new Map();
    for (const [k, g] of groups) {
      g.sort((a, b) => setPosition(dom, a)! - setPosition(dom, b)!);
      built.set(k, Int32Array.from(g));
    }
    mVer = versionOf(m);
    dVer = versionOf(dom);
  };
  return (env) => {
    if (!built || versionOf(m) !== mVer || versionOf(dom) !== dVer) rebuild();
    for (let k = 0; k < others.length; k++) ids[k] = others[k].value(env);
    return built!.get(tupleKey(ids)) ?? NO_IDS;
  };
}

export function makeIterator(
  sets: SetSymbol[],
  slots: number[],
  cond?: (env: Env) => number,
  candidates?: (env: Env) => Int32Array,
): (env: Env, body: () => void) => void {
  const n = sets.length;
  if (slots.length !== n || n > 2) return tupleIterator(sets, slots, cond);
  if (n === 1) {
    const [s] = sets;
    const [slot] = slots;
    return (env, body) => {
      const ids = candidates ? candidates(env) : setIds(s);
      for (let k = 0; k < ids.length; k++) {
        env[slot] = ids[k];
        if (cond && cond(env) === 0) continue;
        body();
      }
    };
  }
  if (n === 2) {
    // Two sets (the common `sum((i,j), ...)`): plain nested loops, no recursion per element.
    const [s0, s1] = sets;
    const [slot0, slot1] = slots;
    return (env, body) => {
      const a = setIds(s0);
      for (let p = 0; p < a.length; p++) {
        env[slot0] = a[p];
        const b = candidates ? candidates(env) : setIds(s1);
        for (let q = 0; q < b.length; q++) {
          env[slot1] = b[q];
          if (cond && cond(env) === 0) continue;
          body();
        }
      }
    };
  }
  return tupleIterator(sets, slots, cond);
}

/**
 * Iterates the cartesian product of sets, some of which may be multi-dimensional (controlled as a
 * whole: `sum(vs, ...)`): such a set visits its tuples, in its order, writing one slot per dimension.
 */
function tupleIterator(
  sets: SetSymbol[],
  slots: number[],
  cond?: (env: Env) => number,
): (env: Env, body: () => void) => void {
  const first: number[] = [];
  let at = 0;
  for (const s of sets) {
    first.push(at);
    at += Math.max(1, s.domain.length);
  }
  if (at !== slots.length)
    throw new Error('internal error: tuple slots do not match the sets; this is a bug');
  const n = sets.length;
  return (env, body) => {
    const rec = (d: number) => {
      if (d === n) {
        if (cond && cond(env) === 0) return;
        body();
        return;
      }
      const s = sets[d];
      const base = first[d];
      if (s.domain.length <= 1) {
        const ids = setIds(s);
        const slot = slots[base];
        for (let k = 0; k < ids.length; k++) {
          env[slot] = ids[k];
          rec(d + 1);
        }
        return;
      }
      const list = setList(s);
      const dim = s.domain.length;
      for (let k = 0; k < list.length; k++) {
        const keys = list[k].keys;
        for (let c = 0; c < dim; c++) env[slots[base + c]] = keys[c];
        rec(d + 1);
      }
    };
    rec(0);
  };
}

/** An index read straight from an env slot; the slot is kept on the function for fast keys. */
function slotIndex(slot: number): CIndex {
  const f = ((env: Env) => env[slot]) as CIndex & { slot?: number };
  f.slot = slot;
  return f;
}

export function keyFn(idx: CIndex[]): (env: Env) => number | string | undefined {
  const d = idx.length;
  if (d === 0) return () => 0;
  // Plain controlled indices (no lags, no labels): read the slots directly, no index closures.
  const slots = idx.map((f) => (f as { slot?: number }).slot);
  if (slots.every((x) => x !== undefined)) {
    if (d === 1) {
      const s0 = slots[0]!;
      return (env) => env[s0];
    }
    if (d === 2) {
      const s0 = slots[0]!;
      const s1 = slots[1]!;
      return (env) => {
        const x = env[s0];
        const y = env[s1];
        return x < 32768 && y < 32768 ? x * 32768 + y : key2(x, y);
      };
    }
  }
  if (d === 1) {
    const [a] = idx;
    return (env) => {
      const x = a(env);
      return x < 0 ? undefined : x;
    };
  }
  if (d === 2) {
    const [a, b] = idx;
    return (env) => {
      const x = a(env);
      const y = b(env);
      return x < 0 || y < 0 ? undefined : key2(x, y);
    };
  }
  return (env) => {
    const ids = idx.map((f) => f(env));
    return ids.some((x) => x < 0) ? undefined : tupleKey(ids);
  };
}

/** Label ids of a reference at run time, or undefined when a lag falls off its set. */
export function keysFn(idx: CIndex[]): (env: Env) => number[] | undefined {
  return (env) => {
    const ids = new Array<number>(idx.length);
    for (let k = 0; k < idx.length; k++) {
      const x = idx[k](env);
      if (x < 0) return undefined;
      ids[k] = x;
    }
    return ids;
  };
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
    if (attr === 'lo' || attr === 'up') {
      const lo =
        v.varType === 'positive' || v.varType === 'binary' || v.varType === 'integer' ? 0 : -Infinity;
      const up = v.varType === 'negative' ? 0 : v.varType === 'binary' ? 1 : Infinity;
      return attr === 'lo' ? lo : up;
    }
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

/**
 * The constant-part fields of a linear combination of parts: absent when a part is nonlinear,
 * `zeroConst` when every part's constant part is identically 0.
 */
function linearKonst(
  parts: CExpr[],
  make: (ks: ((env: Env) => number)[]) => (env: Env) => number,
): { konst?: (env: Env) => number; zeroConst?: boolean } {
  if (parts.some((p) => !p.konst)) return {};
  if (parts.every((p) => p.zeroConst)) return { konst: () => 0, zeroConst: true };
  return { konst: make(parts.map((p) => p.konst!)) };
}

function checkResult(name: string, r: number, span: Span, args: number[]): number {
  if (Number.isNaN(r) && args.every((a) => !Number.isNaN(a))) {
    throw new ExecError(X.Function_0_undefined_at_1, span, [name, args.map((a) => formatNum(a)).join(', ')]);
  }
  return r;
}

export function formatNum(v: number): string {
  if (v === Infinity) return '+INF';
  if (v === -Infinity) return '-INF';
  if (Number.isNaN(v)) return 'NA';
  return String(Number(v.toPrecision(12)));
}

/**
 * A binary operation on constants. Literal operands are folded in: two literals give a literal
 * (unless evaluating it fails: the error then stays at run time, at its position), and `1 + x`,
 * `x*7`, `x/10` capture the number instead of calling a closure for it — data statements over
 * 10^6 records spend their time in these calls.
 */
function constBinary(op: A.BinaryOp, a: CExpr, b: CExpr, span: Span): CExpr {
  const f = numericBinary(op, a.num, b.num, span);
  if (!a.data && !b.data) {
    try {
      const v = f(new Int32Array(0));
      return constExpr(() => v, false);
    } catch {
      return constExpr(f, false);
    }
  }
  const lit = (e: CExpr): number | undefined => {
    if (e.data) return undefined;
    try {
      return e.num(new Int32Array(0));
    } catch {
      return undefined;
    }
  };
  const la = lit(a);
  const lb = lit(b);
  const an = a.num;
  const bn = b.num;
  if (la !== undefined) {
    if (op === '+') return constExpr((env) => la + bn(env));
    if (op === '-') return constExpr((env) => la - bn(env));
    if (op === '*') return constExpr((env) => la * bn(env));
  }
  if (lb !== undefined) {
    if (op === '+') return constExpr((env) => an(env) + lb);
    if (op === '-') return constExpr((env) => an(env) - lb);
    if (op === '*') return constExpr((env) => an(env) * lb);
    if (op === '/' && lb !== 0) return constExpr((env) => an(env) / lb);
  }
  return constExpr(f);
}

/** Equality of GAMS values: NA (NaN) equals NA; 0 and -0 (EPS kept as a record) are equal. */
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
