// Which data an equation reads, and where: symbols that shape its rows (domains, conditions,
// coefficients of variables, nonlinear terms) versus symbols that only move its constant terms.
// A re-solve after a change of the latter only recomputes right-hand sides. Imports syntax/, bind/.
import type * as A from '../syntax/ast.ts';
import type { Sym, SymbolTable } from '../bind/symbols.ts';

export interface EquationReads {
  /** Symbols whose change can alter the rows' structure or coefficients. */
  readonly structural: ReadonlySet<Sym>;
  /** Symbols read only in additive constant terms (right-hand sides). */
  readonly constantOnly: ReadonlySet<Sym>;
}

export function equationReads(def: A.EquationDef, table: SymbolTable): EquationReads {
  const structural = new Set<Sym>();
  const constant = new Set<Sym>();
  const lookup = (name: string) => table.get(name);

  const isVar = (r: A.SymbolRef) => !r.attr && lookup(r.name.name)?.kind === 'variable';
  const hasVars = (e: A.Expr): boolean => {
    switch (e.kind) {
      case 'Ref':
        return isVar(e);
      case 'Unary':
        return hasVars(e.operand);
      case 'Binary':
        return hasVars(e.left) || hasVars(e.right);
      case 'Dollar':
        return hasVars(e.value);
      case 'Call':
        return e.args.some(hasVars);
      case 'Indexed':
        return hasVars(e.body);
      default:
        return false;
    }
  };
  /** Every symbol read by e (data and sets), into `into`. */
  const collect = (e: A.Expr | undefined, into: Set<Sym>): void => {
    if (!e) return;
    switch (e.kind) {
      case 'Ref': {
        const s = lookup(e.name.name);
        if (s && s.kind !== 'variable') into.add(s);
        for (const a of e.indices ?? []) {
          if (a.kind === 'IndexName') {
            const set = lookup(a.name.name);
            if (set) structural.add(set);
            if (a.lag) collect(a.lag.amount, structural);
          }
        }
        return;
      }
      case 'Unary':
        return collect(e.operand, into);
      case 'Binary':
        collect(e.left, into);
        return collect(e.right, into);
      case 'Dollar':
        collect(e.cond, structural);
        return collect(e.value, into);
      case 'Call':
        for (const a of e.args) collect(a, into);
        return;
      case 'Indexed':
        for (const id of e.binding.indices) {
          const s = lookup(id.name);
          if (s) structural.add(s);
        }
        collect(e.binding.cond, structural);
        return collect(e.body, into);
      default:
        return;
    }
  };
  /** Walk an expression whose value is added to the row with a known sign (a "constant position"). */
  const walk = (e: A.Expr): void => {
    if (!hasVars(e)) return collect(e, constant);
    switch (e.kind) {
      case 'Unary':
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
        for (const id of e.binding.indices) {
          const s = lookup(id.name);
          if (s) structural.add(s);
        }
        collect(e.binding.cond, structural);
        return walk(e.body);
      default:
        return collect(e, structural);
    }
  };
  for (const id of def.domain ?? []) {
    const s = lookup(id.name);
    if (s) structural.add(s);
  }
  collect(def.cond, structural);
  walk(def.lhs);
  walk(def.rhs);
  for (const s of structural) constant.delete(s);
  return { structural, constantOnly: constant };
}
