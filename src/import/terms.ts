// Symbolic expansion of an expression into a sum of products ("terms") for the importer's analysis:
// like terms cancel, each term knows its factors (plain variable references or opaque atoms such as
// function calls and quotients), the variables inside them, the indices they use and the sum
// indices around them. Imports syntax/ast.ts, text/arrays.ts and print.ts.
//
// The expansion is exact algebra on the expression tree: a*(b+c) = a*b + a*c, x**2 = x*x,
// sum(i, a+b) = sum(i, a) + sum(i, b), a/c = (1/c)*a for a constant c. Anything else (a quotient by
// an expression, a non-integer power, a function, prod/smin/smax, a condition) is one opaque
// factor, compared by its printed form.
import type * as A from '../syntax/ast.ts';
import { printExpr } from './print.ts';
import { maxOf } from '../text/arrays.ts';

export type SymbolKind = 'set' | 'alias' | 'parameter' | 'variable' | 'equation' | 'model' | 'file';

/** What the expansion needs to know about names. */
export interface NameInfo {
  kindOf(name: string): SymbolKind | undefined;
}

export interface Atom {
  /** Canonical text (lower case): equal atoms have equal keys. */
  readonly key: string;
  readonly expr: A.Expr;
  /** Variables referenced inside (lower-case names, without duplicates). */
  readonly vars: readonly string[];
  /** Index names the atom depends on (lower case). */
  readonly indices: ReadonlySet<string>;
  /** Set when the atom is a plain variable reference `x(i,j)` (no attribute). */
  readonly varRef?: A.SymbolRef;
}

export interface Term {
  readonly coef: number;
  /** Factors, sorted by key. */
  readonly atoms: readonly Atom[];
  /** The same factors in source order (for messages). */
  readonly order?: readonly Atom[];
  /** Indices of the sums around the term (lower case, sorted). */
  readonly bound: readonly string[];
}

const MAX_TERMS = 512;

export function termKey(t: Term): string {
  return `${t.bound.join(',')}|${t.atoms.map((a) => a.key).join('*')}`;
}

/** Index names an expression depends on: indices of references not bound inside it, set names used as values. */
export function freeIndices(
  e: A.Expr,
  info: NameInfo,
  out: Set<string> = new Set(),
  bound: ReadonlySet<string> = new Set(),
): Set<string> {
  const add = (n: string) => {
    const k = n.toLowerCase();
    if (!bound.has(k)) out.add(k);
  };
  switch (e.kind) {
    case 'Ref':
      if (e.indices) {
        for (const ix of e.indices) {
          if (ix.kind !== 'IndexName') continue;
          add(ix.name.name);
          if (ix.lag) freeIndices(ix.lag.amount, info, out, bound);
        }
      } else {
        const k = info.kindOf(e.name.name);
        if (k === 'set' || k === 'alias') add(e.name.name);
      }
      break;
    case 'Unary':
      freeIndices(e.operand, info, out, bound);
      break;
    case 'Binary':
      freeIndices(e.left, info, out, bound);
      freeIndices(e.right, info, out, bound);
      break;
    case 'Dollar':
      freeIndices(e.value, info, out, bound);
      freeIndices(e.cond, info, out, bound);
      break;
    case 'Call':
      // card(s) is a number that does not depend on the element of s.
      if (e.fn.name.toLowerCase() !== 'card') for (const a of e.args) freeIndices(a, info, out, bound);
      break;
    case 'Indexed': {
      const inner = new Set(bound);
      for (const i of e.binding.indices) inner.add(i.name.toLowerCase());
      if (e.binding.cond) freeIndices(e.binding.cond, info, out, inner);
      freeIndices(e.body, info, out, inner);
      break;
    }
    default:
      break;
  }
  return out;
}

/** Variables referenced in an expression (attributes such as x.l are data, not variables). */
export function variablesIn(e: A.Expr, info: NameInfo, out: Set<string> = new Set()): Set<string> {
  switch (e.kind) {
    case 'Ref':
      if (!e.attr && info.kindOf(e.name.name) === 'variable') out.add(e.name.name.toLowerCase());
      break;
    case 'Unary':
      variablesIn(e.operand, info, out);
      break;
    case 'Binary':
      variablesIn(e.left, info, out);
      variablesIn(e.right, info, out);
      break;
    case 'Dollar':
      variablesIn(e.value, info, out);
      break;
    case 'Call':
      for (const a of e.args) variablesIn(a, info, out);
      break;
    case 'Indexed':
      variablesIn(e.body, info, out);
      break;
    default:
      break;
  }
  return out;
}

function atomOf(e: A.Expr, info: NameInfo, key?: string): Atom {
  const isVar = e.kind === 'Ref' && !e.attr && info.kindOf(e.name.name) === 'variable';
  return {
    key: key ?? printExpr(e).toLowerCase(),
    expr: e,
    vars: [...variablesIn(e, info)],
    indices: freeIndices(e, info),
    varRef: isVar ? (e as A.SymbolRef) : undefined,
  };
}

function byKey(a: Atom, b: Atom): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function single(atom: Atom, bound: readonly string[]): Term[] {
  return [{ coef: 1, atoms: [atom], order: [atom], bound }];
}

function scale(ts: Term[], c: number): Term[] {
  return ts.map((t) => ({ ...t, coef: t.coef * c }));
}

function mergeBound(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Product of two expansions, or undefined when too large or when both sides sum over the same index. */
function multiply(x: Term[], y: Term[], outer: readonly string[]): Term[] | undefined {
  if (x.length * y.length > MAX_TERMS) return undefined;
  const out: Term[] = [];
  for (const a of x) {
    for (const b of y) {
      // sum(i, a(i)) * sum(i, b(i)) is not sum(i, a(i)*b(i)): keep such products opaque.
      const extraA = a.bound.filter((i) => !outer.includes(i));
      if (extraA.some((i) => b.bound.includes(i) && !outer.includes(i))) return undefined;
      out.push({
        coef: a.coef * b.coef,
        atoms: [...a.atoms, ...b.atoms].sort(byKey),
        order: [...(a.order ?? a.atoms), ...(b.order ?? b.atoms)],
        bound: mergeBound(a.bound, b.bound),
      });
    }
  }
  return out;
}

const constantOf = (ts: Term[]): number | undefined =>
  ts.length === 0 ? 0 : ts.length === 1 && ts[0].atoms.length === 0 ? ts[0].coef : undefined;

/** Expand an expression into terms (never fails: what cannot be expanded is one opaque factor). */
export function expand(e: A.Expr, info: NameInfo, bound: readonly string[] = []): Term[] {
  const opaque = () => single(atomOf(e, info), bound);
  switch (e.kind) {
    case 'Number':
      return e.value === 0 ? [] : [{ coef: e.value, atoms: [], bound }];
    case 'Ref':
    case 'String':
      return opaque();
    case 'Unary':
      if (e.op === '-') return scale(expand(e.operand, info, bound), -1);
      if (e.op === '+') return expand(e.operand, info, bound);
      return opaque();
    case 'Binary':
      switch (e.op) {
        case '+':
        case '-': {
          const l = expand(e.left, info, bound);
          const r = expand(e.right, info, bound);
          if (l.length + r.length > MAX_TERMS) return opaque();
          return [...l, ...(e.op === '-' ? scale(r, -1) : r)];
        }
        case '*':
          return multiply(expand(e.left, info, bound), expand(e.right, info, bound), bound) ?? opaque();
        case '/': {
          const r = expand(e.right, info, bound);
          const c = constantOf(r);
          const l = expand(e.left, info, bound);
          if (c !== undefined && c !== 0) return scale(l, 1 / c);
          const inv = atomOf(e.right, info, `1/(${printExpr(e.right).toLowerCase()})`);
          return multiply(l, single(inv, bound), bound) ?? opaque();
        }
        case '**': {
          const p = e.right.kind === 'Number' ? e.right.value : NaN;
          if (Number.isInteger(p) && p >= 1 && p <= 4) return power(e.left, p, info, bound) ?? opaque();
          return opaque();
        }
        default:
          return opaque();
      }
    case 'Call': {
      const fn = e.fn.name.toLowerCase();
      if (fn === 'sqr' && e.args.length === 1) return power(e.args[0], 2, info, bound) ?? opaque();
      if (fn === 'power' && e.args.length === 2 && e.args[1].kind === 'Number') {
        const p = e.args[1].value;
        if (Number.isInteger(p) && p >= 1 && p <= 4) return power(e.args[0], p, info, bound) ?? opaque();
      }
      return opaque();
    }
    case 'Dollar': {
      const v = expand(e.value, info, bound);
      const cond = atomOf(e.cond, info, `$(${printExpr(e.cond).toLowerCase()})`);
      return multiply(v, single(cond, bound), bound) ?? opaque();
    }
    case 'Indexed': {
      if (e.op !== 'sum') return opaque();
      const inner = mergeBound(
        bound,
        e.binding.indices.map((i) => i.name.toLowerCase()),
      );
      let terms = expand(e.body, info, inner).map((t) => ({ ...t, bound: mergeBound(t.bound, inner) }));
      if (e.binding.cond) {
        const cond = atomOf(e.binding.cond, info, `$(${printExpr(e.binding.cond).toLowerCase()})`);
        terms = terms.map((t) => ({
          ...t,
          atoms: [...t.atoms, cond].sort(byKey),
          order: [...(t.order ?? t.atoms), cond],
        }));
      }
      return terms;
    }
  }
}

function power(base: A.Expr, p: number, info: NameInfo, bound: readonly string[]): Term[] | undefined {
  const b = expand(base, info, bound);
  if (b.length > 8) return undefined;
  let acc: Term[] | undefined = b;
  for (let k = 1; k < p && acc; k++) acc = multiply(acc, b, bound);
  return acc;
}

/** Merge like terms (same factors, same sums) and drop the ones whose coefficients cancel. */
export function combine(ts: readonly Term[]): Term[] {
  const m = new Map<string, Term>();
  for (const t of ts) {
    const k = termKey(t);
    const prev = m.get(k);
    m.set(k, prev ? { ...prev, coef: prev.coef + t.coef } : t);
  }
  return [...m.values()].filter(
    (t) => Math.abs(t.coef) > 1e-12 * Math.max(1, maxOf(ts.map((x) => Math.abs(x.coef)))),
  );
}

/** Variables of a term (through its factors). */
export function termVars(t: Term): string[] {
  const s = new Set<string>();
  for (const a of t.atoms) for (const v of a.vars) s.add(v);
  return [...s];
}

/** Indices a term depends on. */
export function termIndices(t: Term): Set<string> {
  const s = new Set<string>();
  for (const a of t.atoms) for (const i of a.indices) s.add(i);
  return s;
}

/** A term printed as `coef*f1*f2` (for messages); sums beyond the indices in `outer` are written out. */
export function printTerm(t: Term, outer: readonly string[] = []): string {
  const plain: string[] = [];
  const divisors: string[] = [];
  const conds: string[] = [];
  for (const a of t.order ?? t.atoms) {
    if (a.key.startsWith('1/(')) divisors.push(printExpr(a.expr, 9));
    else if (a.key.startsWith('$(')) conds.push(`$${printExpr(a.expr, 8)}`);
    else plain.push(printExpr(a.expr, 5));
  }
  const mag = Math.abs(t.coef);
  let body = plain.join('*');
  if (mag !== 1 || !body) body = body ? `${mag}*${body}` : String(mag);
  for (const d of divisors) body += `/${d}`;
  for (const c of conds) body += c;
  const extra = t.bound.filter((i) => !outer.includes(i));
  if (extra.length) body = `sum(${extra.length === 1 ? extra[0] : `(${extra.join(',')})`}, ${body})`;
  return t.coef < 0 ? `-${body}` : body;
}

/** Terms printed as a sum (`a - b + 2*c`), or `0`. */
export function printTerms(ts: readonly Term[], outer: readonly string[] = []): string {
  if (!ts.length) return '0';
  let s = '';
  ts.forEach((t, k) => {
    const p = printTerm(t, outer);
    if (k === 0) s = p;
    else if (p.startsWith('-')) s += ` - ${p.slice(1)}`;
    else s += ` + ${p}`;
  });
  return s;
}
