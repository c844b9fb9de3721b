// Which data an equation reads, and where: symbols that shape its rows (domains, conditions,
// coefficients of variables, nonlinear terms) versus symbols that only move its constant terms.
// A re-solve after a change of the latter only recomputes right-hand sides. Read from the
// equation's IR (./ir.ts) and its facts; and every symbol an expression reads (exprReads, for the
// statements' read sets). Imports check/ir.ts, bind/.
import type { SetSymbol, Sym } from '../bind/symbols.ts';
import { Cls, forEachChild, type ExprFacts, type IExpr, type IExprKind, type IIndex } from './ir.ts';

export interface EquationReads {
  /** Symbols whose change can alter the rows' structure or coefficients. */
  readonly structural: ReadonlySet<Sym>;
  /** Symbols read only in additive constant terms (right-hand sides). */
  readonly constantOnly: ReadonlySet<Sym>;
}

type Node<K extends IExprKind> = Extract<IExpr, { kind: K }>;

/** What each kind of node reads itself (its children are walked by forEachChild). */
interface Reader {
  /** A symbol whose values the node reads (into the current position's set). */
  value(s: Sym): void;
  /** A symbol that shapes the iteration (always structural). */
  shape(s: Sym | undefined): void;
  indices(idx: readonly IIndex[]): void;
}

/**
 * The symbols each kind of node reads by itself. Keyed by every kind: a new kind is a compile error
 * until it says what it reads. Variables are not data: a variable's attributes (`x.l`) are read
 * per solve and do not count (as before the IR).
 */
const ownReads: { [K in IExprKind]: (e: Node<K>, r: Reader) => void } = {
  Number: () => {},
  Invalid: () => {},
  SetMember: (e, r) => {
    r.value(e.set);
    r.indices(e.indices);
  },
  Param: (e, r) => {
    r.value(e.sym);
    r.indices(e.indices);
  },
  Var: (e, r) => r.indices(e.indices),
  VarAttr: (e, r) => r.indices(e.indices),
  EquAttr: (e, r) => {
    r.value(e.sym);
    r.indices(e.indices);
  },
  ModelAttr: (e, r) => r.value(e.sym),
  FileAttr: (e, r) => r.value(e.sym),
  SetAttr: (e, r) => r.value(e.set),
  Ord: (e, r) => r.value(e.set),
  Card: (e, r) => r.value(e.sym),
  SameAs: (e, r) => r.indices([e.a, e.b]),
  Neg: () => {},
  Not: () => {},
  Binary: () => {},
  Dollar: () => {},
  Call: () => {},
  Random: () => {},
  Handle: (e, r) => {
    if (e.many) r.value(e.many);
  },
  Indexed: (e, r) => {
    for (const s of e.sets) r.shape(s);
  },
};

/** The slots each set of a binding takes, in order (a multi-dimensional set takes one per dimension). */
function bindSlots(
  sets: readonly SetSymbol[],
  slots: readonly number[],
  into: (SetSymbol | undefined)[],
): void {
  let at = 0;
  for (const s of sets) for (let d = 0; d < Math.max(1, s.domain.length); d++) into[slots[at++]] = s;
}

/** What equationReads reads of a checked equation (a CEquation of ./checker.ts). */
export interface EquationIR {
  readonly sets: readonly SetSymbol[];
  readonly boundSlots: readonly number[];
  readonly cond?: IExpr;
  readonly lhs: IExpr;
  readonly rhs: IExpr;
  readonly facts: ExprFacts;
}

export function equationReads(eq: EquationIR): EquationReads {
  const facts: ExprFacts = eq.facts;
  const structural = new Set<Sym>();
  const constant = new Set<Sym>();
  const slotSets: (SetSymbol | undefined)[] = [];
  bindSlots(eq.sets, eq.boundSlots, slotSets);
  const hasVars = (e: IExpr) => facts.of(e).cls !== Cls.Const;

  /** Every symbol read by e (data and sets), into `into`; conditions and sets are structural. */
  const collect = (e: IExpr | undefined, into: Set<Sym>): void => {
    if (!e) return;
    const reader: Reader = {
      value: (s) => into.add(s),
      shape: (s) => s && structural.add(s),
      indices: (idx) => {
        for (const i of idx) {
          if (i.kind === 'Slot') reader.shape(slotSets[i.slot]);
          else if (i.kind === 'Singleton') structural.add(i.set);
          else if (i.kind === 'Lag') {
            structural.add(i.set);
            collect(i.amount, structural);
          }
        }
      },
    };
    if (e.kind === 'Indexed') bindSlots(e.sets, e.slots, slotSets);
    (ownReads[e.kind] as (e: IExpr, r: Reader) => void)(e, reader);
    // Lag amounts were walked with the indices; conditions shape the rows.
    const cond = e.kind === 'Dollar' ? e.cond : e.kind === 'Indexed' ? e.cond : undefined;
    forEachChild(e, (c) => {
      if (isLagAmount(e, c)) return;
      collect(c, c === cond ? structural : into);
    });
  };
  /** Walk an expression whose value is added to the row with a known sign (a "constant position"). */
  const walk = (e: IExpr): void => {
    if (!hasVars(e)) return collect(e, constant);
    switch (e.kind) {
      case 'Neg':
        return walk(e.operand);
      case 'Binary':
        if (e.op === '+' || e.op === '-') {
          walk(e.left);
          return walk(e.right);
        }
        if (e.op === '*' && (!hasVars(e.left) || !hasVars(e.right))) {
          // A data factor scales the variable terms: it is a coefficient.
          const [k, v] = hasVars(e.left) ? [e.right, e.left] : [e.left, e.right];
          collect(k, structural);
          return walk(v);
        }
        if (e.op === '/' && !hasVars(e.right)) {
          collect(e.right, structural);
          return walk(e.left);
        }
        return collect(e, structural);
      case 'Dollar':
        collect(e.cond, structural);
        return walk(e.value);
      case 'Indexed':
        if (e.op !== 'sum') return collect(e, structural);
        bindSlots(e.sets, e.slots, slotSets);
        for (const s of e.sets) structural.add(s);
        collect(e.cond, structural);
        return walk(e.body);
      default:
        return collect(e, structural);
    }
  };
  for (const s of eq.sets) structural.add(s);
  collect(eq.cond, structural);
  walk(eq.lhs);
  walk(eq.rhs);
  for (const s of structural) constant.delete(s);
  return { structural, constantOnly: constant };
}

/** Whether child c of e is the amount of a lag in e's own indices (walked with the indices). */
function isLagAmount(e: IExpr, c: IExpr): boolean {
  const idx =
    e.kind === 'SetMember' ||
    e.kind === 'Param' ||
    e.kind === 'Var' ||
    e.kind === 'VarAttr' ||
    e.kind === 'EquAttr'
      ? e.indices
      : e.kind === 'SameAs'
        ? [e.a, e.b]
        : undefined;
  return !!idx?.some((i) => i.kind === 'Lag' && i.amount === c);
}

/**
 * Every symbol expression e reads, into `into`: data, sets, and the variables and equations whose
 * attributes it reads (a statement's read set; see ./statements.ts).
 */
export function exprReads(e: IExpr | undefined, into: Set<Sym>): void {
  if (!e) return;
  const reader: Reader = {
    value: (s) => into.add(s),
    shape: (s) => s && into.add(s),
    indices: (idx) => {
      for (const i of idx) if (i.kind === 'Singleton' || i.kind === 'Lag') into.add(i.set);
    },
  };
  (ownReads[e.kind] as (e: IExpr, r: Reader) => void)(e, reader);
  if (e.kind === 'VarAttr' || e.kind === 'Var') into.add(e.sym);
  forEachChild(e, (c) => exprReads(c, into));
}
