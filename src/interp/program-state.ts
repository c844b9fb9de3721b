// The data a run of a checked program changes, kept so that the program can be run again from the
// same start (issue 16). Symbols are the runtime store; the statement IR's write sets
// (check/statements.ts) say which symbols a run can change: those the statements write, and the
// variables, equations and models a solve writes back. Before the first run their compile-time data
// is saved; before every later run it is restored in place (the same record stores, so compiled
// evaluators and row emitters keep reading them). Data no statement writes (tables, data lists) is
// neither copied nor restored. Imports check/ (types, statementEffects), bind/.
import type { CheckedProgram } from '../check/checker.ts';
import { statementBodies, statementEffects, type CStmt, type StmtEffects } from '../check/statements.ts';
import {
  bump,
  resolveSet,
  setChanged,
  type EquRecord,
  type ModelSymbol,
  type SetRecord,
  type Sym,
  type TupleKey,
  type VarRecord,
} from '../bind/symbols.ts';

/** The saved data of one symbol, and how to put it back. */
type Saved = () => void;

/** The symbols a run of `prog` may change. */
export function writtenSymbols(prog: CheckedProgram): Set<Sym> {
  const e: StmtEffects = { reads: new Set(), writes: new Set() };
  for (const s of prog.statements) statementEffects(s, e);
  // A solve writes levels and marginals back to its model's variables and equations (and, through
  // the objective's elimination and reformulations, possibly others of the program).
  if (prog.statements.some(solves))
    for (const s of prog.table.ordered)
      if (s.kind === 'variable' || s.kind === 'equation' || s.kind === 'model') e.writes.add(s);
  return e.writes;
}

function solves(s: CStmt): boolean {
  return s.kind === 'solve' || statementBodies(s).some((b) => b.some(solves));
}

function save(s: Sym): Saved | undefined {
  switch (s.kind) {
    case 'set': {
      const recs: [TupleKey, SetRecord][] = [...s.records].map(([k, r]) => [k, { ...r }]);
      return () => {
        s.records.clear();
        for (const [k, r] of recs) s.records.set(k, { ...r });
        setChanged(s);
      };
    }
    case 'parameter': {
      const keys = [...s.records.keys()];
      const vals = keys.map((k) => s.records.get(k)!);
      return () => {
        s.records.clear();
        for (let i = 0; i < keys.length; i++) s.records.set(keys[i], vals[i]);
        bump(s);
      };
    }
    case 'variable':
    case 'equation': {
      const recs = s.records as Map<TupleKey, VarRecord | EquRecord>;
      const saved = [...recs].map(([k, r]) => [k, { ...r }] as const);
      return () => {
        recs.clear();
        for (const [k, r] of saved) recs.set(k, { ...r });
        bump(s);
      };
    }
    case 'model': {
      const m: ModelSymbol = s;
      const attrs = new Map(m.attrs);
      const lastType = m.lastType;
      return () => {
        m.attrs.clear();
        for (const [k, v] of attrs) m.attrs.set(k, v);
        m.lastType = lastType;
      };
    }
    case 'alias':
      return save(resolveSet(s));
    default:
      return undefined;
  }
}

const saved = new WeakMap<CheckedProgram, Saved[]>();

/**
 * Called as a run of `prog` starts: saves the data the run may change (first run) or puts the
 * saved data back (every later run), so each run starts from the compile-time data.
 */
export function startRun(prog: CheckedProgram): void {
  const restore = saved.get(prog);
  if (restore) {
    for (const r of restore) r();
    return;
  }
  const out: Saved[] = [];
  for (const s of writtenSymbols(prog)) {
    const r = save(s);
    if (r) out.push(r);
  }
  saved.set(prog, out);
}
