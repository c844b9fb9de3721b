// The diagnostic message table: one code range per phase, merged here and checked for duplicates.
//   E0xxx/W0xxx  host and command line (files, usage)
//   E1xxx/W1xxx  lexing and parsing (grammar/, src/syntax/)
//   E2xxx/W2xxx  binding and checking (src/bind/, src/check/)
//   E3xxx/W3xxx  execution (src/interp/)
//   E4xxx/W4xxx  model generation and classification (src/model/, src/reform/)
//   E5xxx/W5xxx  solvers (src/solvers/)
//   E6xxx/W6xxx  GAMS import (src/import/)
//   E7xxx/W7xxx  GDX files (src/data/gdx/, $load, execute_load, execute_unload, --gdx)
import type { MessageDef } from './diagnostic.ts';
import { hostMessages } from './messages/host.ts';
import { syntaxMessages } from './messages/syntax.ts';
import { checkMessages } from './messages/check.ts';
import { execMessages } from './messages/exec.ts';
import { modelMessages } from './messages/model.ts';
import { solverMessages } from './messages/solver.ts';
import { importMessages } from './messages/import.ts';
import { gdxMessages } from './messages/gdx.ts';

export const allMessageTables: Record<string, Record<string, MessageDef>> = {
  host: hostMessages,
  syntax: syntaxMessages,
  check: checkMessages,
  exec: execMessages,
  model: modelMessages,
  solver: solverMessages,
  import: importMessages,
  gdx: gdxMessages,
};

/** Every message definition, keyed by code. Throws at load time on a duplicate code (a bug). */
export const messagesByCode: ReadonlyMap<string, MessageDef> = (() => {
  const m = new Map<string, MessageDef>();
  for (const table of Object.values(allMessageTables)) {
    for (const def of Object.values(table)) {
      if (m.has(def.code)) throw new Error(`internal error: duplicate diagnostic code ${def.code}`);
      m.set(def.code, def);
    }
  }
  return m;
})();
