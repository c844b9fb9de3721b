// The shape of a solver's option table (name → type, range or values, doc): declared by each
// solver next to its adapter (glpk/options.ts, highs/options.ts, ipopt/options.ts,
// nlp-adapter.ts) and validated by registry.ts. Imports nothing.

/** One option a solver accepts. Booleans accept 0/1, yes/no, true/false, on/off. */
export type OptionSpec =
  | { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly doc: string }
  | { readonly type: 'integer'; readonly min?: number; readonly max?: number; readonly doc: string }
  | { readonly type: 'string'; readonly values?: readonly string[]; readonly doc: string }
  | { readonly type: 'boolean'; readonly doc: string };
export type OptionTable = Readonly<Record<string, OptionSpec>>;
