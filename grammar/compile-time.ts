// GAMS compile-time variables: their scopes ($set, $setGlobal, $setLocal, $drop...), `%name%`
// substitution, the predefined names (`%system.…%`, `%gams.…%`, `%modelStat.Optimal%`...), the
// conditions of `$if`/`$ifThen` and the constant expressions of `$eval`/`$ifE`. Pure functions over
// strings; preprocess.ts applies them line by line. Imports nothing.

/**
 * The variables visible while a file is read. GAMS looks a name up as local (this file only), then
 * scoped (`$set`: this file and the files it includes; innermost first), then global.
 */
export interface CompileVars {
  readonly global: Map<string, string>;
  /** One frame per open file, innermost last. */
  readonly scoped: Map<string, string>[];
  /** One frame per open file, innermost last (not seen by included files). */
  readonly local: Map<string, string>[];
  /** Predefined names (`system.date`, `gams.scrdir`...), lower case; set by the front end. */
  readonly predefined: Map<string, string>;
  /** Names given on the command line (`--n=10`), for `$setDDList`. */
  readonly commandLine: Set<string>;
  /** Environment variables set by `$setEnv` (EMD does not read the process environment). */
  readonly env: Map<string, string>;
}

export function newCompileVars(
  predefined: Readonly<Record<string, string>> = {},
  commandLine: Readonly<Record<string, string>> = {},
): CompileVars {
  const global = new Map<string, string>();
  for (const [k, v] of Object.entries(commandLine)) global.set(k.toLowerCase(), v);
  const pre = new Map<string, string>(CONSTANTS);
  for (const [k, v] of Object.entries(predefined)) pre.set(k.toLowerCase(), v);
  return {
    global,
    scoped: [new Map()],
    local: [new Map()],
    predefined: pre,
    commandLine: new Set(Object.keys(commandLine).map((k) => k.toLowerCase())),
    env: new Map(),
  };
}

export type VarScope = 'any' | 'global' | 'scoped' | 'local';

export function lookupVar(v: CompileVars, name: string, scope: VarScope = 'any'): string | undefined {
  const k = name.toLowerCase();
  if (scope === 'local') return v.local[v.local.length - 1]?.get(k);
  if (scope === 'scoped') return v.scoped[v.scoped.length - 1]?.get(k);
  if (scope === 'global') return v.global.get(k);
  const l = v.local[v.local.length - 1]?.get(k);
  if (l !== undefined) return l;
  for (let i = v.scoped.length - 1; i >= 0; i--) {
    const s = v.scoped[i].get(k);
    if (s !== undefined) return s;
  }
  return v.global.get(k) ?? v.predefined.get(k);
}

export function setVar(v: CompileVars, scope: Exclude<VarScope, 'any'>, name: string, value: string): void {
  const k = name.toLowerCase();
  if (scope === 'global') v.global.set(k, value);
  else if (scope === 'local') v.local[v.local.length - 1].set(k, value);
  else v.scoped[v.scoped.length - 1].set(k, value);
}

export function dropVar(v: CompileVars, scope: Exclude<VarScope, 'any'>, name: string): void {
  const k = name.toLowerCase();
  if (scope === 'global') v.global.delete(k);
  else if (scope === 'local') v.local[v.local.length - 1].delete(k);
  else v.scoped[v.scoped.length - 1].delete(k);
}

/** A file starts: its own scoped and local frames. */
export function enterFile(v: CompileVars): void {
  v.scoped.push(new Map());
  v.local.push(new Map());
}

/** A file ends: its `$set` and `$setLocal` variables go. */
export function leaveFile(v: CompileVars): void {
  if (v.scoped.length > 1) v.scoped.pop();
  if (v.local.length > 1) v.local.pop();
}

/** GAMS's predefined constant names (lower case), as `%modelStat.Optimal%` gives them. */
const CONSTANTS: [string, string][] = [
  ...[
    'Optimal',
    'LocallyOptimal',
    'Unbounded',
    'Infeasible',
    'LocallyInfeasible',
    'IntermediateInfeasible',
    'FeasibleSolution',
    'IntegerSolution',
    'IntermediateNonInteger',
    'IntegerInfeasible',
    'LicensingProblem',
    'ErrorUnknown',
    'ErrorNoSolution',
    'NoSolutionReturned',
    'SolvedUnique',
    'Solved',
    'SolvedSingular',
    'UnboundedNoSolution',
    'InfeasibleNoSolution',
  ].map((n, i): [string, string] => [`modelstat.${n.toLowerCase()}`, String(i + 1)]),
  // The status texts without their blanks, as GAMS spells these names (nonsharp).
  ['modelstat.intermediatenon-integer', '9'],
  ['modelstat.unbounded-nosolution', '18'],
  ['modelstat.infeasible-nosolution', '19'],
  ...[
    'NormalCompletion',
    'IterationInterrupt',
    'ResourceInterrupt',
    'TerminatedBySolver',
    'EvaluationInterrupt',
    'CapabilityProblems',
    'LicensingProblems',
    'UserInterrupt',
    'SetupFailure',
    'SolverFailure',
    'InternalSolverFailure',
    'SolveProcessingSkipped',
    'SystemFailure',
  ].map((n, i): [string, string] => [`solvestat.${n.toLowerCase()}`, String(i + 1)]),
  ...[
    'ChainScript',
    'CallScript',
    'CallModule',
    'AsyncGrid',
    'AsyncSimulate',
    'LoadLibrary',
    'AsyncThreads',
    'ThreadsSimulate',
  ].map((n, i): [string, string] => [`solvelink.${n.toLowerCase()}`, String(i)]),
  ['solprint.summary', '0'],
  ['solprint.report', '1'],
  ['solprint.quiet', '2'],
  ['solprint.silent', '2'],
  ['handlestatus.unknown', '0'],
  ['handlestatus.running', '1'],
  ['handlestatus.ready', '2'],
  ['handlestatus.failure', '3'],
  ['solveopt.replace', '0'],
  ['solveopt.merge', '1'],
  ['solveopt.clear', '2'],
  ['filecase.default', '0'],
  ['filecase.upper', '1'],
  ['filecase.lower', '2'],
  ['savepoint.noSave'.toLowerCase(), '0'],
  ['savepoint.lastsolvefile', '1'],
  ['savepoint.everysolvefile', '2'],
  ['system.dirsep', '/'],
  ['system.filesys', 'UNIX'],
  ['system.platform', 'LEX'],
  ['system.nullfile', '/dev/null'],
  ['system.redirlog', ''],
  ['system.gamsversion', '470'],
  ['system.gamsrelease', '47.0.0'],
  ['system.lp', 'GLPK'],
  ['system.mip', 'GLPK'],
  ['system.rmip', 'GLPK'],
  ['system.qcp', 'IPM'],
  ['system.nlp', 'IPM'],
  ['system.dnlp', 'IPM'],
  // Solver choices and other parameters of the GAMS command line: not given, so empty.
  ...[
    'lp',
    'mip',
    'rmip',
    'nlp',
    'dnlp',
    'minlp',
    'rminlp',
    'qcp',
    'rmiqcp',
    'miqcp',
    'mcp',
    'mpec',
    'cns',
    'emp',
    'jt',
    'optdir',
    'optfile',
  ].map((k): [string, string] => [`gams.${k}`, '']),
  ['gams.lo', '3'],
  ['gams.scrext', 'dat'],
  ['gams.optcr', '0.0001'],
  ['gams.optca', '0'],
];

/** One `%…%` replacement inside a line: [start, end) of the original text and the new text. */
export interface Substitution {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || isDigit(c) || c === 46;

/**
 * The `%name%` references in `text[start, end)` that have a value, and `%1`, `%2`... when `args` are
 * given (inside a `$batInclude`d file; a missing argument is empty). Undefined names stay as they
 * are, as in GAMS.
 */
export function findSubstitutions(
  text: string,
  start: number,
  end: number,
  v: CompileVars,
  args: readonly string[] | undefined,
): Substitution[] {
  const out: Substitution[] = [];
  let i = text.indexOf('%', start);
  while (i >= 0 && i < end) {
    const c = text.charCodeAt(i + 1);
    if (args && isDigit(c)) {
      let j = i + 1;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      const k = Number(text.slice(i + 1, j));
      out.push({ start: i, end: j, text: k === 0 ? '' : (args[k - 1] ?? '') });
      i = text.indexOf('%', j);
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 2;
      let dotted = false;
      // A dash may follow the dot of a predefined name (`%modelStat.IntermediateNon-Integer%`).
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === 46) dotted = true;
        else if (!isNameChar(d) && !(dotted && d === 45)) break;
      }
      if (j < end && text.charCodeAt(j) === 37) {
        const value = lookupVar(v, text.slice(i + 1, j));
        if (value !== undefined) {
          out.push({ start: i, end: j + 1, text: value });
          i = text.indexOf('%', j + 1);
          continue;
        }
      }
    }
    i = text.indexOf('%', i + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// $if conditions

/** What a `$if` condition may ask about the world outside the text. */
export interface IfEnv {
  readonly vars: CompileVars;
  fileExists(path: string): boolean;
  errorFree(): boolean;
  warnings(): boolean;
  /** The exit code of the last `$call` (0 when none ran). */
  errorLevel?(): number;
  /**
   * Symbol knowledge from the declarations read so far (undefined: not declared); the method is
   * absent when no symbol table is known at this point. `card`: the number of records its
   * declaration gave (sets with a data list, tables, parameters with data).
   */
  symbol?(name: string): CompileSymbol | undefined;
}

/** What compile time knows of a declared symbol. */
export interface CompileSymbol {
  readonly dim: number;
  /** Data given at compile time (a set's elements, a table, a parameter's data list). */
  readonly defined: boolean;
  readonly card?: number;
}

export type IfResult =
  { ok: true; value: boolean; rest: number } | { ok: false; message: string; at: number };

const isBlankCode = (c: number) => c === 32 || c === 9;

function skipBlanks(s: string, i: number): number {
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

/** A word at i (letters, digits, `_`, `.`), or undefined. */
function wordAt(s: string, i: number): { word: string; end: number } | undefined {
  if (!isNameStart(s.charCodeAt(i))) return undefined;
  let j = i + 1;
  while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
  return { word: s.slice(i, j), end: j };
}

/** A `$if` operand: quoted (quotes removed) or up to a blank or `==`. */
function operandAt(s: string, i: number): { value: string; end: number } {
  const q = s.charCodeAt(i);
  if (q === 34 || q === 39) {
    const close = s.indexOf(s[i], i + 1);
    if (close >= 0) return { value: s.slice(i + 1, close), end: close + 1 };
  }
  let j = i;
  while (j < s.length && !isBlankCode(s.charCodeAt(j)) && !s.startsWith('==', j)) j++;
  return { value: s.slice(i, j), end: j };
}

const WORD_OPS = new Set(['equ', 'neq', 'leq', 'lss', 'geq', 'gtr']);

function compareWords(op: string, a: string, b: string, ci: boolean): boolean {
  const x = Number(a);
  const y = Number(b);
  const numeric = a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y);
  const c = numeric ? Math.sign(x - y) : (ci ? a.toLowerCase() : a).localeCompare(ci ? b.toLowerCase() : b);
  switch (op) {
    case 'equ':
      return c === 0;
    case 'neq':
      return c !== 0;
    case 'leq':
      return c <= 0;
    case 'lss':
      return c < 0;
    case 'geq':
      return c >= 0;
    default:
      return c > 0;
  }
}

/**
 * Evaluate the condition of `$if`/`$ifI`/`$ifE` (and their `$ifThen`/`$elseIf` forms) at the start
 * of `s`. `kind` is '' (case-sensitive strings), 'i' (case-insensitive) or 'e' (expressions).
 * Returns the value and where the rest of the line (GAMS's "new input") starts.
 */
export function evaluateIf(s: string, kind: '' | 'i' | 'e', env: IfEnv): IfResult {
  let i = skipBlanks(s, 0);
  let negate = false;
  for (;;) {
    const w = wordAt(s, i);
    if (w && w.word.toLowerCase() === 'not' && (w.end >= s.length || isBlankCode(s.charCodeAt(w.end)))) {
      negate = !negate;
      i = skipBlanks(s, w.end);
    } else break;
  }
  const done = (value: boolean, end: number): IfResult => ({
    ok: true,
    value: negate ? !value : value,
    rest: skipBlanks(s, end),
  });
  if (kind === 'e') {
    const p = new ExprParser(s, i, env);
    const a = p.parse();
    if (!a.ok) return a;
    let j = skipBlanks(s, p.pos);
    if (s.startsWith('==', j)) {
      const q = new ExprParser(s, j + 2, env);
      const b = q.parse();
      if (!b.ok) return b;
      // GAMS: expr1 == expr2 is true when (expr1 - expr2) / (1 + |expr2|) < 1e-12.
      return done(Math.abs(a.value - b.value) / (1 + Math.abs(b.value)) < 1e-12, q.pos);
    }
    j = p.pos;
    return done(a.value !== 0, j);
  }
  const w = wordAt(s, i);
  const key = w?.word.toLowerCase();
  // A keyword directly followed by `==` is a string to compare.
  const isTest = w && !s.startsWith('==', skipBlanks(s, w.end));
  if (w && isTest) {
    const argAt = skipBlanks(s, w.end);
    switch (key) {
      case 'set':
      case 'setglobal':
      case 'setlocal':
      case 'setenv': {
        const a = operandAt(s, argAt);
        if (!a.value) return { ok: false, message: `'$if ${key}' needs a name`, at: argAt };
        const scope =
          key === 'set' ? 'any' : key === 'setglobal' ? 'global' : key === 'setlocal' ? 'local' : undefined;
        const value =
          scope === undefined
            ? env.vars.env.has(a.value)
            : scope === 'any'
              ? lookupVarUser(env.vars, a.value) !== undefined
              : lookupVar(env.vars, a.value, scope) !== undefined;
        return done(value, a.end);
      }
      case 'exist':
      case 'dexist': {
        const a = operandAt(s, argAt);
        if (!a.value) return { ok: false, message: `'$if ${key}' needs a file name`, at: argAt };
        return done(env.fileExists(a.value), a.end);
      }
      case 'errorfree':
        return done(env.errorFree(), w.end);
      case 'warnings':
        return done(env.warnings(), w.end);
      case 'errorlevel': {
        // True when the exit code of the last `$call` is at least the number.
        const a = operandAt(s, argAt);
        return done((env.errorLevel?.() ?? 0) >= Number(a.value), a.end);
      }
      case 'declared':
      case 'defined':
      case 'decla_ok':
      case 'readable':
      case 'dimension': {
        let at = argAt;
        let dim: number | undefined;
        if (key === 'dimension') {
          const d = operandAt(s, at);
          dim = Number(d.value);
          at = skipBlanks(s, d.end);
        }
        const a = operandAt(s, at);
        if (!a.value) return { ok: false, message: `'$if ${key}' needs a symbol name`, at };
        if (!env.symbol)
          return {
            ok: false,
            message: `'$if ${key}' needs the symbol table, which EMD does not have at this point`,
            at: i,
          };
        const sym = env.symbol(a.value);
        const value =
          key === 'defined' ? !!sym?.defined : key === 'dimension' ? sym?.dim === dim : sym !== undefined;
        return done(value, a.end);
      }
    }
  }
  // string1 == string2, or string1 EQU string2 (and NEQ, LEQ, LSS, GEQ, GTR).
  const a = operandAt(s, i);
  let j = skipBlanks(s, a.end);
  if (s.startsWith('==', j)) {
    j = skipBlanks(s, j + 2);
    const b = operandAt(s, j);
    const eq = kind === 'i' ? a.value.toLowerCase() === b.value.toLowerCase() : a.value === b.value;
    return done(eq, b.end);
  }
  const op = wordAt(s, j);
  if (op && WORD_OPS.has(op.word.toLowerCase())) {
    const b = operandAt(s, skipBlanks(s, op.end));
    return done(compareWords(op.word.toLowerCase(), a.value, b.value, kind === 'i'), b.end);
  }
  return {
    ok: false,
    message: `expected a test (set, exist, errorFree, ...) or 'string1 == string2' but found '${s.slice(i).trim()}'`,
    at: i,
  };
}

/** `$if set x` looks at user variables only (not the predefined names). */
function lookupVarUser(v: CompileVars, name: string): string | undefined {
  const k = name.toLowerCase();
  if (v.local[v.local.length - 1]?.has(k)) return v.local[v.local.length - 1].get(k);
  for (let i = v.scoped.length - 1; i >= 0; i--) if (v.scoped[i].has(k)) return v.scoped[i].get(k);
  return v.global.get(k);
}

// ---------------------------------------------------------------------------------------------
// $eval / $ifE constant expressions

export type EvalResult = { ok: true; value: number } | { ok: false; message: string; at: number };

const FUNCS: Record<string, (...a: number[]) => number> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  round: (x, d = 0) => {
    const f = 10 ** d;
    return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  },
  trunc: Math.trunc,
  sign: Math.sign,
  sqr: (x) => x * x,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  power: (x, y) => x ** y,
  rpower: (x, y) => x ** y,
  mod: (x, y) => x - y * Math.trunc(x / y),
  min: (...a) => Math.min(...a),
  max: (...a) => Math.max(...a),
  fact: (n) => {
    let r = 1;
    for (let k = 2; k <= n; k++) r *= k;
    return r;
  },
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  arctan: Math.atan,
  ifthen: (c, a, b) => (c !== 0 ? a : b),
  pi: () => Math.PI,
};

const REL_WORDS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

/**
 * Recursive descent over a GAMS constant expression: numbers, + - * / ^ **, parentheses,
 * functions (abs, ceil, floor, round, mod, min, max, sqr, sqrt, exp, log, power, fact, ...),
 * comparisons (= <> < <= > >= and eq ne lt le gt ge), not/and/or/xor. Stops at the first
 * character that cannot continue the expression (`pos`).
 */
class ExprParser {
  pos: number;
  constructor(
    private readonly s: string,
    start: number,
    private readonly env?: IfEnv,
  ) {
    this.pos = start;
  }

  parse(): EvalResult {
    try {
      const v = this.or();
      return { ok: true, value: v };
    } catch (e) {
      if (e instanceof ExprError) return { ok: false, message: e.message, at: e.at };
      throw e;
    }
  }

  private ws() {
    this.pos = skipBlanks(this.s, this.pos);
  }
  private word(): string | undefined {
    this.ws();
    return wordAt(this.s, this.pos)?.word.toLowerCase();
  }
  private eatWord(w: string): boolean {
    const x = wordAt(this.s, skipBlanks(this.s, this.pos));
    if (x && x.word.toLowerCase() === w) {
      this.pos = x.end;
      return true;
    }
    return false;
  }
  private eat(t: string): boolean {
    this.ws();
    if (this.s.startsWith(t, this.pos)) {
      this.pos += t.length;
      return true;
    }
    return false;
  }

  private or(): number {
    let v = this.and();
    for (;;) {
      if (this.eatWord('or')) v = v !== 0 || this.and() !== 0 ? 1 : 0;
      else if (this.eatWord('xor')) v = (v !== 0) !== (this.and() !== 0) ? 1 : 0;
      else return v;
    }
  }
  private and(): number {
    let v = this.not();
    while (this.eatWord('and')) {
      const w = this.not();
      v = v !== 0 && w !== 0 ? 1 : 0;
    }
    return v;
  }
  private not(): number {
    if (this.eatWord('not')) return this.not() === 0 ? 1 : 0;
    return this.rel();
  }
  private rel(): number {
    const a = this.add();
    this.ws();
    const s = this.s;
    let op: string | undefined;
    for (const o of ['<=', '>=', '<>', '<', '>'])
      if (s.startsWith(o, this.pos)) {
        op = o;
        break;
      }
    // `=` compares, but `==` belongs to the caller ($ifE expr1 == expr2).
    if (!op && s[this.pos] === '=' && s[this.pos + 1] !== '=') op = '=';
    if (op) this.pos += op.length;
    else {
      const w = this.word();
      if (w && REL_WORDS[w]) {
        op = REL_WORDS[w];
        this.pos = wordAt(s, this.pos)!.end;
      }
    }
    if (!op) return a;
    const b = this.add();
    switch (op) {
      case '=':
        return a === b ? 1 : 0;
      case '<>':
        return a !== b ? 1 : 0;
      case '<':
        return a < b ? 1 : 0;
      case '<=':
        return a <= b ? 1 : 0;
      case '>':
        return a > b ? 1 : 0;
      default:
        return a >= b ? 1 : 0;
    }
  }
  private add(): number {
    let v = this.mul();
    for (;;) {
      if (this.eat('+')) v += this.mul();
      else if (this.peekMinus()) v -= this.mul();
      else return v;
    }
  }
  private peekMinus(): boolean {
    this.ws();
    if (this.s[this.pos] === '-') {
      this.pos++;
      return true;
    }
    return false;
  }
  private mul(): number {
    let v = this.unary();
    for (;;) {
      this.ws();
      if (this.s[this.pos] === '*' && this.s[this.pos + 1] !== '*') {
        this.pos++;
        v *= this.unary();
      } else if (this.eat('/')) v /= this.unary();
      else if (this.eatWord('div')) v /= this.unary();
      else return v;
    }
  }
  private unary(): number {
    if (this.eat('-')) return -this.unary();
    if (this.eat('+')) return this.unary();
    return this.pow();
  }
  private pow(): number {
    const b = this.atom();
    if (this.eat('**') || this.eat('^')) return b ** this.unary();
    return b;
  }
  private atom(): number {
    this.ws();
    const s = this.s;
    const start = this.pos;
    if (this.eat('(')) {
      const v = this.or();
      if (!this.eat(')')) throw new ExprError("expected ')'", this.pos);
      return v;
    }
    const m = /^(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/.exec(s.slice(start));
    if (m) {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    const w = wordAt(s, start);
    if (!w)
      throw new ExprError(
        s.slice(start).trim() ? `unexpected '${s.slice(start).trim()}'` : 'an expression is missing',
        start,
      );
    const name = w.word.toLowerCase();
    this.pos = w.end;
    if (name === 'inf') return Infinity;
    if (name === 'eps') return 0;
    if (name === 'yes' || name === 'true') return 1;
    if (name === 'no' || name === 'false') return 0;
    if (name === 'card' || name === 'ord') {
      if (!this.eat('(')) throw new ExprError(`expected '(' after '${name}'`, this.pos);
      const sym = wordAt(s, skipBlanks(s, this.pos));
      if (!sym) throw new ExprError(`expected a symbol name in ${name}()`, this.pos);
      // card(s): the records the declarations so far gave s (GAMS evaluates it at compile time).
      const known = name === 'card' && this.env?.symbol ? this.env.symbol(sym.word) : undefined;
      if (known?.card !== undefined) {
        this.pos = sym.end;
        if (!this.eat(')')) throw new ExprError("expected ')'", this.pos);
        return known.card;
      }
      if (name === 'card' && this.env?.symbol && !known)
        throw new ExprError(`card(${sym.word}): '${sym.word}' is not declared before this line`, start);
      throw new ExprError(
        `${name}(${sym.word}) needs the data of '${sym.word}' at compile time, which EMD does not have`,
        start,
      );
    }
    const f = FUNCS[name];
    if (!f) throw new ExprError(`unknown function or name '${w.word}'`, start);
    const args: number[] = [];
    if (this.eat('(')) {
      if (!this.eat(')')) {
        do args.push(this.or());
        while (this.eat(','));
        if (!this.eat(')')) throw new ExprError("expected ')'", this.pos);
      }
    } else if (name !== 'pi') throw new ExprError(`expected '(' after '${w.word}'`, this.pos);
    void this.env;
    return f(...args);
  }
}

class ExprError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** Evaluate the whole of `s` as a constant expression (`$eval name expr`). */
export function evaluateExpression(s: string, env?: IfEnv): EvalResult {
  const p = new ExprParser(s, 0, env);
  const r = p.parse();
  if (!r.ok) return r;
  const end = skipBlanks(s, p.pos);
  if (end < s.length) return { ok: false, message: `unexpected '${s.slice(end).trim()}'`, at: end };
  return r;
}

/** How `$eval` writes a number into a variable: integers plainly, others with 15 digits. */
export function formatEvalValue(v: number): string {
  if (Number.isInteger(v)) return String(v);
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : v < 0 ? '-inf' : 'na';
  return String(Number(v.toPrecision(15)));
}
