// The checked expression as data (the IR): resolved symbol references, label ids, env slots of
// controlled indices, operators and functions from the operator table, and the facts the checker
// found about each node in a side table (ExprFacts). Nothing here is executable: src/interp/evaluate.ts
// compiles IR into evaluators, src/model/lower.ts into row emitters. Imports syntax/ (types),
// bind/, ops/, text/.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import type {
  SetSymbol,
  ParameterSymbol,
  VariableSymbol,
  EquationSymbol,
  ModelSymbol,
  Sym,
  FileSymbol,
} from '../bind/symbols.ts';
import type { FunctionDef } from '../ops/functions.ts';

/** One index argument of a reference: a label, an env slot, or a lag/lead of a slot in its set. */
export type IIndex =
  | { readonly kind: 'Label'; readonly id: number }
  | { readonly kind: 'Slot'; readonly slot: number }
  /** A singleton set no index controls: its element (-1 when the set is empty). */
  | { readonly kind: 'Singleton'; readonly set: SetSymbol }
  | {
      readonly kind: 'Lag';
      readonly slot: number;
      readonly set: SetSymbol;
      readonly op: '+' | '-' | '++' | '--';
      readonly amount: IExpr;
    };

export type VarAttr = 'l' | 'lo' | 'up' | 'm' | 'scale' | 'prior' | 'stage';
export type EquAttr = 'l' | 'm' | 'lo' | 'up' | 'scale' | 'stage';
/** Attributes GAMS computes from the level and the bounds (read only). */
export type DerivedAttr = 'range' | 'slacklo' | 'slackup' | 'slack' | 'infeas';
/** Attributes of a controlled index (GAMS set attributes). */
export type SetAttr = 'pos' | 'ord' | 'off' | 'rev' | 'first' | 'last' | 'uel' | 'len' | 'val';

/**
 * Candidates of the innermost index of an iteration under a membership condition: for each
 * conjunct `m(..., i, ...)` of the condition, the set m, the position of the iterated index, and the
 * other positions' values (a label id or an env slot). See ExprChecker.membershipFilter.
 */
export interface IFilter {
  readonly dom: SetSymbol;
  readonly members: readonly {
    readonly set: SetSymbol;
    readonly pos: number;
    readonly others: readonly { readonly pos: number; readonly id?: number; readonly slot?: number }[];
  }[];
}

/** One position of a sparse driver's symbol (see IDriver). */
export type IDriverPosition =
  /** The iteration's k-th index (0-based). */
  | { readonly bound: number }
  /** A label. */
  | { readonly id: number }
  /** An index controlled outside the iteration. */
  | { readonly slot: number }
  /** An index summed inside the conjunct (`sum(c, p(i,c))`): any label. */
  | { readonly free: true };

/**
 * A sparse driver of an iteration: a conjunct of its `$` condition that is nonzero only where
 * `sym` has a record (`p(i,j)`, `s(i,'a',k)`, `sum(c, p(i,j,c))`), so the iteration may visit the
 * tuples of sym's records instead of the product of its sets, as GAMS runs sparse conditions.
 * Every index of the iteration holds at least one position. See ExprChecker.sparseDrivers.
 */
export interface IDriver {
  readonly sym: SetSymbol | ParameterSymbol;
  readonly positions: readonly IDriverPosition[];
}

/** A checked expression. Kinds are closed: every walker switches over all of them. */
export type IExpr =
  /** A literal number. */
  | { readonly kind: 'Number'; readonly value: number }
  /** Stands for an expression that failed to check (a diagnostic was reported): 0. */
  | { readonly kind: 'Invalid' }
  | { readonly kind: 'SetMember'; readonly set: SetSymbol; readonly indices: readonly IIndex[] }
  | { readonly kind: 'Param'; readonly sym: ParameterSymbol; readonly indices: readonly IIndex[] }
  | { readonly kind: 'Var'; readonly sym: VariableSymbol; readonly indices: readonly IIndex[] }
  | {
      readonly kind: 'VarAttr';
      readonly sym: VariableSymbol;
      readonly indices: readonly IIndex[];
      readonly attr: VarAttr | DerivedAttr;
    }
  | {
      readonly kind: 'EquAttr';
      readonly sym: EquationSymbol;
      readonly indices: readonly IIndex[];
      readonly attr: EquAttr | DerivedAttr;
    }
  | { readonly kind: 'ModelAttr'; readonly sym: ModelSymbol; readonly attr: string }
  /** An attribute of a put file (`f.cr`, `file.cc`): read from the put writer at run time. */
  | { readonly kind: 'FileAttr'; readonly sym: FileSymbol; readonly attr: string }
  | {
      readonly kind: 'SetAttr';
      readonly attr: SetAttr;
      readonly slot: number;
      readonly set: SetSymbol;
      /** The index name as written (for the message of `.val` on a non-numeric label). */
      readonly name: string;
      readonly span: Span;
    }
  /** ord(i): the position of a controlled index in its set. */
  | { readonly kind: 'Ord'; readonly slot: number; readonly set: SetSymbol }
  /** card(s): the number of records of a set, parameter, variable or equation. */
  | {
      readonly kind: 'Card';
      readonly sym: SetSymbol | ParameterSymbol | VariableSymbol | EquationSymbol;
    }
  | { readonly kind: 'SameAs'; readonly a: IIndex; readonly b: IIndex }
  | { readonly kind: 'Neg'; readonly operand: IExpr }
  | { readonly kind: 'Not'; readonly operand: IExpr }
  | {
      readonly kind: 'Binary';
      readonly op: A.BinaryOp;
      readonly left: IExpr;
      readonly right: IExpr;
      readonly span: Span;
      readonly rightSpan: Span;
    }
  | { readonly kind: 'Dollar'; readonly cond: IExpr; readonly value: IExpr }
  /** A function of the operator table (its value, and its graph operator or expansion on variables). */
  | {
      readonly kind: 'Call';
      readonly fn: FunctionDef;
      readonly name: string;
      readonly args: readonly IExpr[];
      readonly span: Span;
    }
  /** A draw from the run's random stream (never folded into a constant). */
  | { readonly kind: 'Random'; readonly fn: FunctionDef; readonly args: readonly IExpr[] }
  /** A function on the run's asynchronous solves; `many` is a whole parameter of handles. */
  | {
      readonly kind: 'Handle';
      readonly handle: NonNullable<FunctionDef['handle']>;
      readonly args: readonly IExpr[];
      readonly many?: ParameterSymbol;
    }
  | {
      readonly kind: 'Indexed';
      readonly op: 'sum' | 'prod' | 'smin' | 'smax';
      readonly sets: readonly SetSymbol[];
      readonly slots: readonly number[];
      readonly cond?: IExpr;
      readonly filter?: IFilter;
      readonly drivers?: readonly IDriver[];
      readonly body: IExpr;
      readonly span: Span;
    };

export type IExprKind = IExpr['kind'];

/** Dependence of an expression on variables. */
export const enum Cls {
  Const = 0,
  Linear = 1,
  Nonlinear = 2,
}

/** What the checker found about one node. */
export interface ExprFact {
  readonly cls: Cls;
  /**
   * For a constant: whether its value comes from data (parameters, attributes, set functions)
   * rather than from literals only. Data constants in nonlinear terms become Param leaves.
   */
  readonly data: boolean;
  /** The first nonlinear construct, for messages. */
  readonly nl?: { readonly span: Span; readonly what: string };
  /** The first non-smooth function applied to variables. */
  readonly nonsmooth?: { readonly span: Span; readonly fn: string };
}

/** The checker's facts about IR nodes, keyed by node (as TypeScript's getNodeLinks). */
export class ExprFacts {
  private readonly map = new Map<IExpr, ExprFact>();
  set(e: IExpr, f: ExprFact): IExpr {
    this.map.set(e, f);
    return e;
  }
  of(e: IExpr): ExprFact {
    const f = this.map.get(e);
    if (!f) throw new Error('internal error: an IR node without facts; this is a bug');
    return f;
  }
}

/**
 * The children of a node, in evaluation order: the one walker over the IR. Its table is keyed by
 * every kind, so a new kind is a compile error until it says what its children are.
 */
const childrenOf: { [K in IExprKind]: (e: Extract<IExpr, { kind: K }>) => readonly IExpr[] } = {
  Number: () => [],
  Invalid: () => [],
  SetMember: (e) => indexExprs(e.indices),
  Param: (e) => indexExprs(e.indices),
  Var: (e) => indexExprs(e.indices),
  VarAttr: (e) => indexExprs(e.indices),
  EquAttr: (e) => indexExprs(e.indices),
  ModelAttr: () => [],
  FileAttr: () => [],
  SetAttr: () => [],
  Ord: () => [],
  Card: () => [],
  SameAs: (e) => indexExprs([e.a, e.b]),
  Neg: (e) => [e.operand],
  Not: (e) => [e.operand],
  Binary: (e) => [e.left, e.right],
  Dollar: (e) => [e.cond, e.value],
  Call: (e) => e.args,
  Random: (e) => e.args,
  Handle: (e) => e.args,
  Indexed: (e) => (e.cond ? [e.cond, e.body] : [e.body]),
};

function indexExprs(idx: readonly IIndex[]): IExpr[] {
  const out: IExpr[] = [];
  for (const i of idx) if (i.kind === 'Lag') out.push(i.amount);
  return out;
}

/** Calls `f` on each child of `e` (see childrenOf). */
export function forEachChild(e: IExpr, f: (child: IExpr) => void): void {
  for (const c of (childrenOf[e.kind] as (e: IExpr) => readonly IExpr[])(e)) f(c);
}

/** A symbol's name as written in the source, with the symbol the checker resolved it to. */
export interface NameLink {
  readonly span: Span;
  readonly sym: Sym;
  /** The declaration of the symbol (not a use). */
  readonly decl?: boolean;
  /** The target of an assignment (its data is written). */
  readonly write?: boolean;
}

/**
 * The checker's name resolutions, keyed by the written name's span (as TypeScript's
 * getSymbolAtLocation): every declared name, every use it resolved (references, indices, domains,
 * model lists, solve, option, put and gdx names), in every statement it checked. The language
 * server answers references, rename, hover and definition from it.
 */
export class NameLinks {
  private readonly byFile = new Map<Span['file'], Map<number, NameLink>>();
  /** Record that the name at `span` is `sym`. */
  add(span: Span, sym: Sym, flags?: { decl?: boolean; write?: boolean }): void {
    let m = this.byFile.get(span.file);
    if (!m) this.byFile.set(span.file, (m = new Map()));
    const prev = m.get(span.start);
    // A later resolution of the same place adds what it knows (an assignment target is written).
    if (prev && !flags?.decl && !flags?.write) return;
    m.set(span.start, flags?.decl || flags?.write ? { ...prev, span, sym, ...flags } : { span, sym });
  }
  /** The links in source order (by file name, then offset). */
  all(): NameLink[] {
    const files = [...this.byFile.keys()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return files.flatMap((f) =>
      [...this.byFile.get(f)!.values()].sort((a, b) => a.span.start - b.span.start),
    );
  }
}
