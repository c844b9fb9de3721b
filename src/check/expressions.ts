// Checks expressions against the scope and the symbol table and returns them as IR (./ir.ts):
// resolved references, label ids, env slots, operators from the operator table, with the facts
// about each node (its dependence on variables, whether it is data, its first nonlinear and
// non-smooth construct) in an ExprFacts side table. Diagnostics are reported here; nothing is
// executable (src/interp/evaluate.ts and src/model/lower.ts compile the IR).
// Imports syntax/ (types), bind/, ops/, diagnostics/.
//
// Every expression is classified statically by its dependence on variables: constant (data
// only), linear, or nonlinear. Linear terms go straight into a sparse row accumulator at
// generation; nonlinear ones become nodes of the expression graph.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import { resolveSet, type SetSymbol, type Sym, type SymbolTable } from '../bind/symbols.ts';
import { functions, functionNames, type FunctionDef } from './functions.ts';
import { checkMessages as M } from '../diagnostics/messages/check.ts';
import type { MessageDef } from '../diagnostics/diagnostic.ts';
import {
  Cls,
  ExprFacts,
  type DerivedAttr,
  type EquAttr,
  type ExprFact,
  type IExpr,
  type IDriver,
  type IDriverPosition,
  type IFilter,
  type IIndex,
  type SetAttr,
  type VarAttr,
} from './ir.ts';

/** An error raised while executing user code; converted to a diagnostic by the executor. */
export class ExecError {
  constructor(
    readonly def: MessageDef,
    readonly span: Span | undefined,
    readonly args: (string | number)[] = [],
    readonly hint?: string,
  ) {}
}

/** A number as GAMS prints it in messages: ±INF, NA, 12 significant digits. */
export function formatNum(v: number): string {
  if (v === Infinity) return '+INF';
  if (v === -Infinity) return '-INF';
  if (Number.isNaN(v)) return 'NA';
  return String(Number(v.toPrecision(12)));
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
  /** Look up a symbol, reporting undeclared names with a did-you-mean hint (and linking the name). */
  lookup(id: A.Ident): Sym | undefined;
  /** Record the symbol a name written at `span` resolved to (CheckedProgram.names). */
  link(span: Span, sym: Sym, flags?: { decl?: boolean; write?: boolean }): void;
  declHint(s: Sym): string;
}

export type ExprMode = 'data' | 'model' | 'condition';

const CONST_DATA: ExprFact = { cls: Cls.Const, data: true };
const CONST_LIT: ExprFact = { cls: Cls.Const, data: false };

function firstNl(...fs: ExprFact[]): ExprFact['nl'] {
  for (const f of fs) if (f.nl) return f.nl;
  return undefined;
}
function firstNonsmooth(...fs: ExprFact[]): ExprFact['nonsmooth'] {
  for (const f of fs) if (f.nonsmooth) return f.nonsmooth;
  return undefined;
}

/** Checks expressions into IR; `facts` holds what it found about each node. */
export class ExprChecker {
  readonly facts = new ExprFacts();
  constructor(private readonly cx: CheckContext) {}

  private node(e: IExpr, f: ExprFact): IExpr {
    return this.facts.set(e, f);
  }
  /** An expression that failed to check (its diagnostic is reported): the value 0. */
  private invalid(): IExpr {
    return this.node({ kind: 'Invalid' }, CONST_DATA);
  }
  /** A data value (constant, from data). */
  private data(e: IExpr): IExpr {
    return this.node(e, CONST_DATA);
  }
  /** A nonlinear expression: its first nonlinear construct is itself unless a child has one. */
  private nonlinear(e: IExpr, span: Span, what: string, nonsmooth?: ExprFact['nonsmooth']): IExpr {
    return this.node(e, { cls: Cls.Nonlinear, data: false, nl: { span, what }, nonsmooth });
  }
  fact(e: IExpr): ExprFact {
    return this.facts.of(e);
  }
  hasVars(e: IExpr): boolean {
    return this.facts.of(e).cls !== Cls.Const;
  }

  /** Check an index argument against the scope; undefined after reporting an error. */
  checkIndex(arg: A.IndexArg, scope: Scope): { ix: IIndex; set?: SetSymbol; lagged: boolean } | undefined {
    const { cx } = this;
    if (arg.kind === 'IndexLabel') {
      const id = cx.table.universe.id(arg.label.name);
      return { ix: { kind: 'Label', id }, lagged: false };
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
      const single = resolveSet(s);
      // A singleton set that no index controls is its element (-1 when empty: no such tuple).
      if (single.singleton && single.domain.length === 1 && !arg.lag)
        return { ix: { kind: 'Singleton', set: single }, set: single, lagged: true };
      cx.error(
        M.Index_0_is_not_controlled,
        arg.name.span,
        [arg.name.name],
        `wrap the term in sum(${arg.name.name}, ...) or add ${arg.name.name} to the domain.`,
      );
      return undefined;
    }
    const slot = entry.slot;
    if (!arg.lag) return { ix: { kind: 'Slot', slot }, set: entry.set, lagged: false };
    const set = entry.set;
    if (set.domain.length !== 1) {
      cx.error(M.Lag_needs_one_dimensional_set_0, arg.name.span, [arg.name.name]);
      return undefined;
    }
    const amount = this.check(arg.lag.amount, scope, 'data');
    return { ix: { kind: 'Lag', slot, set, op: arg.lag.op, amount }, set, lagged: true };
  }

  /** Check the indices of a reference against the symbol's domain. */
  /**
   * Links the names written in node `e` itself (a reference's name and index names, the names of
   * a call's reference arguments, which set functions read without checking them as
   * expressions, and a sum's bound indices) to the symbols they name.
   */
  private linkNames(e: A.Expr): void {
    const ref = (r: A.SymbolRef) => {
      const s = this.cx.table.get(r.name.name);
      if (s) this.cx.link(r.name.span, s);
      this.linkIndexNames(r.indices);
    };
    if (e.kind === 'Ref') ref(e);
    else if (e.kind === 'Call') {
      for (const a of e.args) if (a.kind === 'Ref') ref(a);
    } else if (e.kind === 'Indexed') {
      for (const id of e.binding.indices) {
        const s = this.cx.table.get(id.name);
        if (s) this.cx.link(id.span, s);
      }
    }
  }

  /** Links the index names of a reference that name symbols (sets and aliases) to them. */
  linkIndexNames(args: readonly A.IndexArg[] | undefined): void {
    for (const a of args ?? []) {
      if (a.kind !== 'IndexName') continue;
      const s = this.cx.table.get(a.name.name);
      if (s) this.cx.link(a.name.span, s);
    }
  }

  checkRefIndices(ref: A.SymbolRef, sym: Sym, scope: Scope): IIndex[] | undefined {
    const { cx } = this;
    this.linkIndexNames(ref.indices);
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
    const out: IIndex[] = [];
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
        out.push({ kind: 'Slot', slot: arg.slot });
        return;
      }
      const c = this.checkIndex(arg, scope);
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
        } else if (c.set && !isSubsetOf(c.set, dom) && !tupleSetWithin(ref, k, scope, cx.table, dom)) {
          cx.error(
            M.Index_0_does_not_match_domain_1_of_2,
            arg.span,
            [arg.name.name, k + 1, sym.name, dom.name],
            cx.declHint(sym),
          );
          ok = false;
        }
      }
      out.push(c.ix);
    });
    return ok ? out : undefined;
  }

  check(e: A.Expr, scope: Scope, mode: ExprMode): IExpr {
    this.linkNames(e);
    switch (e.kind) {
      case 'Number':
        return this.node({ kind: 'Number', value: e.value }, CONST_LIT);
      case 'String':
        // A string in a numeric position: GAMS reads it as a label; as a number it is an error.
        this.cx.error(M.Bad_value_in_data_0, e.span, [e.value]);
        return this.invalid();
      case 'Ref':
        return this.checkRef(e, scope, mode);
      case 'Unary':
        return this.checkUnary(e, scope, mode);
      case 'Binary':
        return this.checkBinary(e, scope, mode);
      case 'Dollar': {
        const cond = this.check(e.cond, scope, 'condition');
        const value = this.check(e.value, scope, mode);
        if (this.hasVars(cond)) return value;
        const vf = this.fact(value);
        const node: IExpr = { kind: 'Dollar', cond, value };
        if (vf.cls === Cls.Const) return this.node(node, CONST_DATA);
        return this.node(node, { ...vf, data: false });
      }
      case 'Call':
        return this.checkCall(e, scope, mode);
      case 'Indexed':
        return this.checkIndexed(e, scope, mode);
    }
  }

  private checkRef(e: A.SymbolRef, scope: Scope, mode: ExprMode): IExpr {
    const { cx } = this;
    const fn = e.name.name.toLowerCase();
    if ((fn === 'sameas' || fn === 'diag') && !e.attr && e.indices?.length === 2 && !cx.table.get(fn)) {
      // `sum(sameas(cropx,cropr), ...)` (farm): the two-dimensional set sameas, where both agree.
      const args = e.indices.map((ix): A.Expr =>
        ix.kind === 'IndexLabel'
          ? { kind: 'String', value: ix.label.name, span: ix.span }
          : { kind: 'Ref', name: ix.name, span: ix.span },
      );
      return this.checkSetFunction(fn, { kind: 'Call', fn: e.name, args, span: e.span }, scope);
    }
    const sym = cx.lookup(e.name);
    if (!sym) return this.invalid();
    sym.uses++;
    const attr = e.attr?.name.toLowerCase();
    switch (sym.kind) {
      case 'set':
      case 'alias': {
        if (attr) return this.setAttribute(e, attr, scope);
        const set = resolveSet(sym);
        if (!e.indices || e.indices.length === 0) {
          cx.error(
            M.Set_0_used_as_value,
            e.span,
            [sym.name],
            `use card(${sym.name}) for its size, or ${sym.name}(i) for membership.`,
          );
          return this.invalid();
        }
        const indices = this.checkRefIndices(e, set, scope);
        if (!indices) return this.invalid();
        return this.data({ kind: 'SetMember', set, indices });
      }
      case 'parameter': {
        if (attr) {
          cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'parameter', sym.name]);
          return this.invalid();
        }
        const indices = this.checkRefIndices(e, sym, scope);
        if (!indices) return this.invalid();
        return this.data({ kind: 'Param', sym, indices });
      }
      case 'variable': {
        if (attr) {
          const derived = derivedAttributes.has(attr);
          if (!derived && !['l', 'lo', 'up', 'm', 'scale', 'prior', 'fx', 'stage'].includes(attr)) {
            cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'variable', sym.name]);
            return this.invalid();
          }
          const indices = this.checkRefIndices(e, sym, scope);
          if (!indices) return this.invalid();
          const a = (attr === 'fx' ? 'l' : attr) as VarAttr | DerivedAttr;
          return this.data({ kind: 'VarAttr', sym, indices, attr: a });
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
          return this.invalid();
        }
        const indices = this.checkRefIndices(e, sym, scope);
        if (!indices) return this.invalid();
        return this.node({ kind: 'Var', sym, indices }, { cls: Cls.Linear, data: false });
      }
      case 'equation': {
        const derived = attr !== undefined && derivedAttributes.has(attr);
        if (!attr || (!derived && !['l', 'm', 'lo', 'up', 'scale', 'stage'].includes(attr))) {
          cx.error(
            attr ? M.Attribute_0_not_valid_for_1 : M.Variable_0_in_assignment,
            (e.attr ?? e.name).span,
            attr ? [attr, 'equation', sym.name] : [sym.name],
          );
          return this.invalid();
        }
        const indices = this.checkRefIndices(e, sym, scope);
        if (!indices) return this.invalid();
        return this.data({ kind: 'EquAttr', sym, indices, attr: attr as EquAttr | DerivedAttr });
      }
      case 'model': {
        if (!attr) {
          cx.error(M.Set_0_used_as_value, e.span, [sym.name]);
          return this.invalid();
        }
        return this.data({ kind: 'ModelAttr', sym, attr });
      }
      case 'file':
        // `f.cr`, `file.cc`: the put writer's state when the expression is evaluated.
        if (attr && !e.indices) return this.data({ kind: 'FileAttr', sym, attr });
        cx.error(M.Set_0_used_as_value, e.span, [sym.name]);
        return this.invalid();
    }
  }

  /**
   * An attribute of a controlled index (GAMS set attributes): `i.pos`, `i.ord` its position in the
   * controlling set, `i.off` that minus 1, `i.rev` the positions after it, `i.first`, `i.last`,
   * `i.uel` its position among all labels, `i.len` the label's length, `i.val` the label as a number.
   */
  private setAttribute(e: A.SymbolRef, attr: string, scope: Scope): IExpr {
    const { cx } = this;
    if (!setAttributes.has(attr) || e.indices?.length) {
      cx.error(M.Attribute_0_not_valid_for_1, e.attr!.span, [attr, 'set', e.name.name]);
      return this.invalid();
    }
    const entry = scope.get(e.name.name);
    if (!entry) {
      cx.error(
        M.Index_0_is_not_controlled,
        e.name.span,
        [e.name.name],
        `'.${attr}' is an attribute of the element that a sum, loop or domain over ${e.name.name} visits.`,
      );
      return this.invalid();
    }
    const { slot, set } = entry;
    return this.data({ kind: 'SetAttr', attr: attr as SetAttr, slot, set, name: e.name.name, span: e.span });
  }

  private checkUnary(e: A.UnaryExpr, scope: Scope, mode: ExprMode): IExpr {
    const a = this.check(e.operand, scope, mode);
    if (e.op === '+') return a;
    const fa = this.fact(a);
    if (e.op === 'not') {
      if (fa.cls !== Cls.Const) this.cx.error(M.Nonlinear_relation_in_condition, e.span, ['not']);
      return this.data({ kind: 'Not', operand: a });
    }
    if (fa.cls === Cls.Const) return this.node({ kind: 'Neg', operand: a }, fa.data ? CONST_DATA : CONST_LIT);
    return this.node(
      { kind: 'Neg', operand: a },
      { cls: fa.cls, data: false, nl: fa.nl, nonsmooth: fa.nonsmooth },
    );
  }

  private checkBinary(e: A.BinaryExpr, scope: Scope, mode: ExprMode): IExpr {
    const a = this.check(e.left, scope, mode);
    const b = this.check(e.right, scope, mode);
    const fa = this.fact(a);
    const fb = this.fact(b);
    const node: IExpr = {
      kind: 'Binary',
      op: e.op,
      left: a,
      right: b,
      span: e.span,
      rightSpan: e.right.span,
    };
    if (fa.cls === Cls.Const && fb.cls === Cls.Const)
      // Two literals fold into a literal (see src/interp/evaluate.ts).
      return this.node(node, !fa.data && !fb.data ? CONST_LIT : CONST_DATA);
    const nl = firstNl(fa, fb);
    const nonsmooth = firstNonsmooth(fa, fb);
    const vars = (cls: Cls): ExprFact => ({ cls, data: false, nl, nonsmooth });
    switch (e.op) {
      case '+':
      case '-':
        return this.node(node, vars(Math.max(fa.cls, fb.cls) as Cls));
      case '*':
        if (fa.cls === Cls.Const) return this.node(node, vars(fb.cls));
        if (fb.cls === Cls.Const) return this.node(node, vars(fa.cls));
        return this.nonlinear(node, nl?.span ?? e.span, nl?.what ?? 'a product of variables', nonsmooth);
      case '/':
        if (fb.cls === Cls.Const) return this.node(node, vars(fa.cls));
        return this.nonlinear(node, nl?.span ?? e.span, nl?.what ?? 'a division by a variable', nonsmooth);
      case '**':
        return this.nonlinear(
          node,
          nl?.span ?? e.span,
          nl?.what ?? (fb.cls === Cls.Const ? 'a power of a variable' : 'a variable exponent'),
          nonsmooth,
        );
      default:
        this.cx.error(M.Nonlinear_relation_in_condition, e.span, [e.op]);
        return this.invalid();
    }
  }

  private checkCall(e: A.CallExpr, scope: Scope, mode: ExprMode): IExpr {
    const { cx } = this;
    const name = e.fn.name.toLowerCase();
    // A declared symbol wins over an intrinsic function of the same name (a table named `beta`):
    // the parser cannot know the declarations, so it is turned into a reference here.
    const declared = cx.table.get(e.fn.name);
    if (declared && declared.kind !== 'model' && declared.kind !== 'file') {
      const ref = callAsRef(e);
      if (ref) return this.checkRef(ref, scope, mode);
    }
    const def = functions.get(name);
    if (!def) {
      if (functionNames.has(name)) cx.error(M.Function_0_not_supported, e.fn.span, [e.fn.name]);
      else cx.error(M.Unknown_function_0, e.fn.span, [e.fn.name]);
      return this.invalid();
    }
    if (e.args.length < def.minArgs || e.args.length > def.maxArgs) {
      const n = def.minArgs === def.maxArgs ? String(def.minArgs) : `${def.minArgs} to ${def.maxArgs}`;
      cx.error(M.Function_0_takes_1_arguments_but_got_2, e.fn.span, [name, n, e.args.length]);
      return this.invalid();
    }
    if (def.setFunction) return this.checkSetFunction(name, e, scope);
    if (def.handle) return this.checkHandleFunction(def.handle, e, scope, mode);
    const args = e.args.map((a) => this.check(a, scope, mode));
    const facts = args.map((a) => this.fact(a));
    if (def.random) {
      // A draw from the run's stream at every evaluation: never folded into a constant.
      if (facts.some((f) => f.cls !== Cls.Const)) {
        cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
        return this.invalid();
      }
      return this.data({ kind: 'Random', fn: def, args });
    }
    const node: IExpr = { kind: 'Call', fn: def, name, args, span: e.span };
    if (facts.every((f) => f.cls === Cls.Const)) return this.data(node);
    if (def.op === undefined && !def.expand) {
      cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
      return this.invalid();
    }
    // betareg(x, a, b): a and b stay data when x is a variable.
    const varData = def.dataArgs?.find((k) => k < facts.length && facts[k].cls !== Cls.Const);
    if (varData !== undefined) {
      cx.error(M.Function_0_not_on_variables, e.args[varData].span, [e.fn.name]);
      return this.invalid();
    }
    const nonsmooth = def.nonsmooth ? { span: e.span, fn: name } : firstNonsmooth(...facts);
    return this.nonlinear(node, e.span, `${name}(...)`, nonsmooth);
  }

  /**
   * handleCollect(h), handleStatus(h), handleDelete(h), sleep(s) on a value; readyCollect(h [,
   * maxWait]) on a handle or on a whole parameter of handles (`readyCollect(h)` with h(s)). They
   * act on the run's asynchronous solves through the symbol table's `handles` (installed by the
   * executor), at every evaluation.
   */
  private checkHandleFunction(
    kind: NonNullable<FunctionDef['handle']>,
    e: A.CallExpr,
    scope: Scope,
    mode: ExprMode,
  ): IExpr {
    const { cx } = this;
    const arg0 = e.args[0];
    let many: Extract<Sym, { kind: 'parameter' }> | undefined;
    if (kind === 'ready' && arg0.kind === 'Ref' && !arg0.indices && !arg0.attr) {
      const s = cx.table.get(arg0.name.name);
      if (s?.kind === 'parameter' && !s.isScalar) {
        s.uses++;
        many = s;
      }
    }
    const args = e.args.flatMap((a, k) => (k === 0 && many ? [] : [this.check(a, scope, mode)]));
    if (args.some((a) => this.hasVars(a))) {
      cx.error(M.Function_0_not_on_variables, e.fn.span, [e.fn.name]);
      return this.invalid();
    }
    return this.data({ kind: 'Handle', handle: kind, args, many });
  }

  private checkSetFunction(name: string, e: A.CallExpr, scope: Scope): IExpr {
    const { cx } = this;
    const arg0 = e.args[0];
    if (name === 'card') {
      if (arg0.kind === 'Ref' && !arg0.indices && !arg0.attr) {
        const s = cx.lookup(arg0.name);
        if (!s) return this.invalid();
        s.uses++;
        if (s.kind === 'set' || s.kind === 'alias') return this.data({ kind: 'Card', sym: resolveSet(s) });
        if (s.kind === 'parameter' || s.kind === 'variable' || s.kind === 'equation')
          return this.data({ kind: 'Card', sym: s });
      }
      cx.error(M.Function_0_needs_a_set, arg0.span, ['card']);
      return this.invalid();
    }
    const idx = (a: A.Expr): IIndex | undefined => {
      if (a.kind === 'String') {
        // A quoted label: GAMS ignores its trailing blanks.
        return { kind: 'Label', id: cx.table.universe.id(a.value.trimEnd()) };
      }
      if (a.kind === 'Ref' && !a.attr && !a.indices) {
        const entry = scope.get(a.name.name);
        if (entry) return { kind: 'Slot', slot: entry.slot };
        const s = cx.table.get(a.name.name);
        if (s && (s.kind === 'set' || s.kind === 'alias')) {
          s.uses++;
          cx.error(M.Index_0_is_not_controlled, a.span, [a.name.name]);
          return undefined;
        }
        if (!s && (name === 'sameas' || name === 'diag')) {
          // GAMS allows an unquoted label in sameas only when it is a set name; treat as label.
          return { kind: 'Label', id: cx.table.universe.id(a.name.name) };
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
        if (entry) return this.data({ kind: 'Ord', slot: entry.slot, set: entry.set });
      }
      idx(arg0);
      return this.invalid();
    }
    // sameas, diag
    const a = idx(e.args[0]);
    const b = idx(e.args[1]);
    if (!a || !b) return this.invalid();
    return this.data({ kind: 'SameAs', a, b });
  }

  /**
   * The candidates of the innermost index of a one- or two-index iteration (a sum, an assignment's
   * or an equation's domain) under a membership condition: see membershipFilter. The other
   * indices of the membership may be the outer iterated index or indices controlled outside.
   */
  innerFilter(
    cond: A.Expr | undefined,
    binding: readonly A.Ident[],
    b: { scope: Scope; sets: SetSymbol[] },
  ): IFilter | undefined {
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
  ): IFilter | undefined {
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
    const members: IFilter['members'][number][] = [];
    for (const c of conjuncts) {
      const ref = c.kind === 'Ref' ? c : c.kind === 'Call' ? callAsRef(c) : undefined;
      if (!ref || ref.attr || !ref.indices) continue;
      const sym = this.cx.table.get(ref.name.name);
      if (!sym || (sym.kind !== 'set' && sym.kind !== 'alias')) continue;
      const m = resolveSet(sym);
      let pos = -1;
      const others: { pos: number; id?: number; slot?: number }[] = [];
      let ok = true;
      ref.indices.forEach((a, k) => {
        if (a.kind === 'IndexLabel') {
          const id = this.cx.table.universe.lookup(a.label.name);
          if (id === undefined) ok = false;
          else others.push({ pos: k, id });
        } else if (a.lag) ok = false;
        else if (a.name.name.toLowerCase() === name) {
          if (pos >= 0) ok = false;
          pos = k;
        } else {
          const e = outer.get(a.name.name);
          if (!e) ok = false;
          else others.push({ pos: k, slot: e.slot });
        }
      });
      if (!ok || pos < 0 || (m.records.size > 0 && m.domain.length !== ref.indices.length)) continue;
      members.push({ set: m, pos, others });
    }
    return members.length ? { dom, members } : undefined;
  }

  /**
   * Sparse drivers of an iteration over `binding` (one-dimensional sets only): the conjuncts of its
   * condition (`and`, and both sides of `$`) that can be nonzero only where a set or parameter has
   * a record, with every index of the binding among their positions. `p(i,j)`, `s(i,'a',k)`,
   * `sum(c, p(i,j,c))` (c is free: any label) qualify; lags, attributes and other forms do not.
   * The condition is still evaluated on each tuple a driver yields.
   */
  sparseDrivers(
    cond: A.Expr | undefined,
    binding: readonly A.Ident[],
    b: { scope: Scope; sets: SetSymbol[] },
  ): IDriver[] | undefined {
    if (!cond || !binding.length || binding.length !== b.sets.length) return undefined;
    if (b.sets.some((s) => s.domain.length > 1)) return undefined;
    const names = binding.map((id) => id.name.toLowerCase());
    const table = this.cx.table;
    const driverOf = (x: A.Expr, free: ReadonlySet<string>): IDriver | undefined => {
      if (x.kind === 'Indexed' && x.op === 'sum') {
        // sum(c, body) is nonzero only where body is: its own indices may take any label.
        const inner = new Set(free);
        for (const id of x.binding.indices) {
          const s = table.get(id.name);
          if (!s || (s.kind !== 'set' && s.kind !== 'alias') || resolveSet(s).domain.length > 1)
            return undefined;
          inner.add(id.name.toLowerCase());
        }
        return driverOf(x.body, inner);
      }
      const ref = x.kind === 'Ref' ? x : x.kind === 'Call' ? callAsRef(x) : undefined;
      if (!ref || ref.attr || !ref.indices) return undefined;
      const sym = table.get(ref.name.name);
      if (!sym || (sym.kind !== 'set' && sym.kind !== 'alias' && sym.kind !== 'parameter')) return undefined;
      const m = sym.kind === 'parameter' ? sym : resolveSet(sym);
      if (m.domain.length !== ref.indices.length || (m.kind === 'parameter' && m.acronym !== undefined))
        return undefined;
      const positions: IDriverPosition[] = [];
      const seen = new Set<number>();
      for (const a of ref.indices) {
        if (a.kind === 'IndexLabel') {
          const id = table.universe.lookup(a.label.name);
          if (id === undefined) return undefined;
          positions.push({ id });
          continue;
        }
        if (a.lag) return undefined;
        const n = a.name.name.toLowerCase();
        const k = names.indexOf(n);
        if (free.has(n)) positions.push({ free: true });
        else if (k >= 0) {
          positions.push({ bound: k });
          seen.add(k);
        } else {
          const e = b.scope.get(a.name.name);
          if (!e) return undefined;
          positions.push({ slot: e.slot });
        }
      }
      return seen.size === names.length ? { sym: m, positions } : undefined;
    };
    const drivers: IDriver[] = [];
    const walk = (x: A.Expr): void => {
      if (x.kind === 'Binary' && x.op === 'and') {
        walk(x.left);
        walk(x.right);
      } else if (x.kind === 'Dollar') {
        walk(x.value);
        walk(x.cond);
      } else {
        const d = driverOf(x, new Set());
        if (d) drivers.push(d);
      }
    };
    walk(cond);
    return drivers.length ? drivers : undefined;
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

  private checkIndexed(e: A.IndexedOp, scope: Scope, mode: ExprMode): IExpr {
    const b = this.bindIndices(e.binding.indices, scope, e.binding.restricted, e.binding.tuples);
    if (!b) return this.invalid();
    const cond = e.binding.cond ? this.check(e.binding.cond, b.scope, 'condition') : undefined;
    const body = this.check(e.body, b.scope, mode);
    const filter = this.innerFilter(e.binding.cond, b.bound, b);
    const drivers = this.sparseDrivers(e.binding.cond, b.bound, b);
    const op = e.op;
    const node: IExpr = {
      kind: 'Indexed',
      op,
      sets: b.sets,
      slots: b.slots,
      cond,
      filter,
      ...(drivers ? { drivers } : {}),
      body,
      span: e.span,
    };
    const fb = this.fact(body);
    if (fb.cls === Cls.Const) return this.data(node);
    if (op === 'sum')
      return this.node(node, { cls: fb.cls, data: false, nl: fb.nl, nonsmooth: fb.nonsmooth });
    const ns = op === 'smin' || op === 'smax' ? { span: e.span, fn: op } : fb.nonsmooth;
    return this.nonlinear(node, e.span, `${op}(...) of variables`, ns);
  }
}

/**
 * Attributes of variables and equations that GAMS computes from the level and the bounds (read
 * only): `.range` up − lo, `.slacklo` max(l − lo, 0), `.slackup` max(up − l, 0), `.slack` the
 * smaller of the two, `.infeas` how far the level lies outside its bounds.
 */
const derivedAttributes = new Set(['range', 'slacklo', 'slackup', 'slack', 'infeas']);

/** Attributes of a controlled index (see ExprChecker.setAttribute). */
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

/**
 * Whether position k of `ref` comes from a restricting reference whose set keeps it in `dom`:
 * in `loop(p(pp), xres(i,p) = ...)` the element of pp is one of p (meanvar), so p's domain checks.
 */
function tupleSetWithin(
  ref: A.SymbolRef,
  k: number,
  scope: Scope,
  table: SymbolTable,
  dom: SetSymbol,
): boolean {
  let pos = 0;
  for (const a of ref.indices ?? []) {
    const t =
      a.kind === 'IndexName' && !a.lag && !scope.get(a.name.name) ? scope.tuple(a.name.name) : undefined;
    const n = t ? t.parts.length : 1;
    if (k < pos + n) {
      const s = t && table.get(t.name);
      if (!s || (s.kind !== 'set' && s.kind !== 'alias') || t.parts.some((p) => !('arg' in p))) return false;
      const set = resolveSet(s);
      const within = set.domain.length === 1 ? set : set.domain[k - pos];
      return !!within && isSubsetOf(within, dom);
    }
    pos += n;
  }
  return false;
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
