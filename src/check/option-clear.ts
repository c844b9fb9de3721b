// `option clear = x;` (GAMS: reset a symbol to its state after declaration; `option kill` alike):
// the run-time action for the checker's option statement. Imports bind/ only.
import { bump, resolveSet, setChanged, type Sym } from '../bind/symbols.ts';

/**
 * What `option clear = sym` does when it runs, or undefined when `sym` has no data to clear (a
 * model, a file): a set loses its elements, a parameter its values (all 0), a variable or an
 * equation its records (levels, marginals and bounds back to the type's defaults).
 */
export function clearAction(sym: Sym): (() => void) | undefined {
  switch (sym.kind) {
    case 'set':
    case 'alias': {
      const set = resolveSet(sym);
      return () => {
        set.records.clear();
        setChanged(set);
      };
    }
    case 'parameter':
    case 'variable':
    case 'equation':
      return () => {
        sym.records.clear();
        bump(sym);
      };
    default:
      return undefined;
  }
}

/** Whether `option clear = sym` has data to clear (the checker's test; the action runs in interp). */
export function clearable(sym: Sym): boolean {
  return clearAction(sym) !== undefined;
}
