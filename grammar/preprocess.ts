// Line-level reading of a GAMS source before lexing: `*` comment lines, `$` control lines,
// `$onText` blocks, end-of-line and in-line comments, `$onDelim` regions, and the bodies of
// `table` statements (column layout, read by table.ts, never lexed), compile-time variables and
// `%name%` substitution, `$if`/`$ifThen` conditionals, `$goto`, `$batInclude`, `$echo`.
// Produces the text the lexer sees: the source with all of that replaced by spaces, so offsets
// stay those of the file. Where `%name%` substitution changed a line, the text is a new
// SourceFile whose `origin` maps every offset back to the file (same lines, other columns).
// Imports text/, diagnostics/ and compile-time.ts.
import { span, type SourceFile, type Span } from '../src/text/source-file.ts';
import { diag, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';
import { findMacroCalls, type MacroDef } from './macros.ts';
import {
  dropVar,
  evaluateExpression,
  evaluateIf,
  findSubstitutions,
  formatEvalValue,
  lookupVar,
  newCompileVars,
  setVar,
  type CompileSymbol,
  type CompileVars,
  type IfEnv,
  type Substitution,
} from './compile-time.ts';
import { pushAll } from '../src/text/arrays.ts';

/** One line (or the part before the closing `;`) of a table body. */
export interface TableLine {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
  /** Inside `$onDelim`: comma-separated cells. */
  readonly delim: boolean;
}

export interface TableBody {
  readonly file: SourceFile;
  /** Offset of the `table` keyword (the parser finds the body through it). */
  readonly keywordOffset: number;
  readonly lines: TableLine[];
}

/** Reserved words that start statements; a table row label can never be one of them. */
export const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'set',
  'sets',
  'parameter',
  'parameters',
  'scalar',
  'scalars',
  'table',
  'alias',
  'variable',
  'variables',
  'equation',
  'equations',
  'model',
  'models',
  'file',
  'files',
  'free',
  'positive',
  'negative',
  'binary',
  'integer',
  'solve',
  'display',
  'option',
  'options',
  'loop',
  'while',
  'repeat',
  'for',
  'if',
  'abort',
  'put',
  'putclose',
]);

function startsWithStatementKeyword(t: string, s: number, e: number): boolean {
  while (s < e && isBlank(t.charCodeAt(s))) s++;
  let j = s;
  while (j < e && isLetter(t.charCodeAt(j))) j++;
  if (j === s || j - s > 10 || (j < e && isWordChar(t.charCodeAt(j)))) return false;
  // `set.x` or `if(` style continuations are not rows either; a word followed by `.`, `(` still counts.
  return STATEMENT_WORDS.has(t.slice(s, j).toLowerCase());
}

/** A `$` control line, kept in the tree as a DirectiveStmt. */
export interface DirectiveLine {
  /** Lower-case name without the `$`. */
  readonly name: string;
  readonly args: string;
  /** The `$name` part. */
  readonly span: Span;
  /** Offset of the start of the line (orders the directive among tokens). */
  readonly offset: number;
}

/** Dollar-control state that carries from a file into the files it includes and back. */
export interface DollarState {
  eolCom: string;
  eolOn: boolean;
  inlineOpen: string;
  inlineClose: string;
  inlineOn: boolean;
  commentChar: string;
  delim: boolean;
  /** Compile-time variables ($set...), shared by every file of the program. */
  vars: CompileVars;
  /** `%1`, `%2`... of the `$batInclude`d file being read; undefined elsewhere. */
  args?: string[];
  /** `$maxCol`/`$minCol` (0: no limit): columns outside are comments. */
  maxCol: number;
  minCol: number;
  /** Jumps back with `$goto` so far (at most MAX_GOTOS). */
  gotos: number;
  /** `$abort`, `$stop`, `$terminate`: nothing more is read. */
  stopped: boolean;
  /** Exit code of the last `$call` (`$if errorLevel n`). */
  errorLevel: number;
  /** `$macro` definitions by lower-case name, shared by every file of the program. */
  macros: Map<string, MacroDef>;
}

export interface CompileOptions {
  /** `--name=value` of the command line: global compile-time variables. */
  readonly defines?: Readonly<Record<string, string>>;
  /** Predefined names: `system.date`, `gams.workdir`... (lower case keys). */
  readonly predefined?: Readonly<Record<string, string>>;
}

export function initialDollarState(opts: CompileOptions = {}): DollarState {
  return {
    eolCom: '!!',
    eolOn: false,
    inlineOpen: '/*',
    inlineClose: '*/',
    inlineOn: false,
    commentChar: '*',
    delim: false,
    vars: newCompileVars(opts.predefined, opts.defines),
    maxCol: 0,
    minCol: 0,
    gotos: 0,
    stopped: false,
    errorLevel: 0,
    macros: new Map(),
  };
}

/** GAMS's `$maxGoto` default: a backward `$goto` taken more often than this is an error. */
const MAX_GOTOS = 100;

export interface PreprocessHooks {
  /**
   * `$include` between statements: the caller reads, preprocesses and lexes the file now (so dollar
   * state flows through it) and splices its tokens at `offset`. `args`: `$batInclude` arguments.
   */
  include?(path: string, pathSpan: Span, offset: number, state: DollarState, args?: string[]): void;
  /** `$include` inside a table body: the caller returns the included file's body lines. */
  includeTableLines?(path: string, pathSpan: Span, state: DollarState): TableLine[];
  /**
   * A `$goto` back to a label: the caller reads `file` (the same file, blank before the label) with
   * the same state and splices its tokens at `offset`; this file stops there.
   */
  resume?(file: SourceFile, offset: number, state: DollarState): void;
  /** `$echo`/`$onEcho`: write (or append to) a file; returns a diagnostic when it may not. */
  writeFile?(path: string, text: string, append: boolean, pathSpan: Span): Diagnostic | undefined;
  /**
   * `$call command` (`=command`: without a shell): run it now and return its exit code, or a
   * diagnostic when it was not run. Absent: this front end runs no commands (a warning says so).
   */
  call?(command: string, span: Span): { errorLevel: number; diagnostic?: Diagnostic };
  /** `$if exist`: does the file exist (relative to the file being read)? */
  fileExists?(path: string): boolean;
  /**
   * `$gdxin file` (the rest of its line): the checker reads the file after the whole program has
   * been read, when later `$call`s may have changed or removed it; the front end can keep its bytes
   * as they are at this line.
   */
  gdxin?(file: string, span: Span): void;
  /** Errors and warnings reported so far in other files (for `$if errorFree` / `warnings`). */
  counts?(): { errors: number; warnings: number };
  /**
   * The symbols declared by the code read so far (`lexText`: this file's text up to the current
   * line, blanked as the lexer sees it; `tables`: its table bodies so far), for `$if defined`,
   * `$if declared` and `card(s)` in `$eval` and `$ifE`.
   */
  symbols?(
    file: SourceFile,
    lexText: string,
    tables: Map<number, TableBody>,
  ): ReadonlyMap<string, CompileSymbol>;
}

export interface Preprocessed {
  /** The file the offsets below refer to: `file` itself, or its text after `%name%` substitution. */
  readonly file: SourceFile;
  /** Same length as the file text; comments, control lines and table bodies are spaces. */
  readonly lexText: string;
  readonly tables: Map<number, TableBody>;
  /** [start, end) offsets of `$onDelim` regions outside tables (comma-separated data lists). */
  readonly delimRanges: [number, number][];
  readonly directives: DirectiveLine[];
  readonly diagnostics: Diagnostic[];
}

type DirectiveKind =
  | 'ignore'
  | 'unsupported'
  | 'ontext'
  | 'offtext'
  | 'include'
  | 'eolcom'
  | 'oneolcom'
  | 'offeolcom'
  | 'inlinecom'
  | 'oninline'
  | 'offinline'
  | 'comment'
  | 'ondelim'
  | 'offdelim'
  | 'block'
  | 'set'
  | 'drop'
  | 'eval'
  | 'if'
  | 'ifthen'
  | 'elseif'
  | 'else'
  | 'endif'
  | 'goto'
  | 'label'
  | 'exit'
  | 'abort'
  | 'error'
  | 'stop'
  | 'batinclude'
  | 'macro'
  | 'shift'
  | 'setargs'
  | 'setnames'
  | 'setddlist'
  | 'maxcol'
  | 'mincol'
  | 'echo'
  | 'onecho'
  | 'offecho'
  | 'unsupported-error'
  | 'call'
  | 'gdx';

/**
 * Known dollar control options. `ignore`: no effect on what EMD computes (listing layout, titles,
 * compile-time variables that are never substituted). `unsupported`: they would change the
 * program, EMD warns and goes on. `block`: unsupported and followed by a block of lines up to the
 * matching `$off...` line, which is skipped. `gdx`: kept as a directive statement and run by the
 * checker in program order (src/check/gdx-load.ts).
 */
export const directiveTable: Readonly<Record<string, DirectiveKind>> = {
  ontext: 'ontext',
  offtext: 'offtext',
  include: 'include',
  eolcom: 'eolcom',
  oneolcom: 'oneolcom',
  offeolcom: 'offeolcom',
  inlinecom: 'inlinecom',
  oninline: 'oninline',
  offinline: 'offinline',
  comment: 'comment',
  ondelim: 'ondelim',
  offdelim: 'offdelim',
  // Listing and bookkeeping: nothing to do.
  title: 'ignore',
  stitle: 'ignore',
  onlisting: 'ignore',
  offlisting: 'ignore',
  onsymxref: 'ignore',
  offsymxref: 'ignore',
  onsymlist: 'ignore',
  offsymlist: 'ignore',
  onuellist: 'ignore',
  offuellist: 'ignore',
  onuelxref: 'ignore',
  offuelxref: 'ignore',
  onempty: 'ignore',
  offempty: 'ignore',
  ondollar: 'ignore',
  offdollar: 'ignore',
  onupper: 'ignore',
  offupper: 'ignore',
  onwarning: 'ignore',
  offwarning: 'ignore',
  onlog: 'ignore',
  offlog: 'ignore',
  double: 'ignore',
  single: 'ignore',
  eject: 'ignore',
  lines: 'ignore',
  hidden: 'ignore',
  log: 'ignore',
  show: 'ignore',
  version: 'ignore',
  stars: 'ignore',
  phantom: 'ignore',
  onverbatim: 'ignore',
  offverbatim: 'ignore',
  onnestcom: 'ignore',
  offnestcom: 'ignore',
  onglobal: 'ignore',
  offglobal: 'ignore',
  onorder: 'ignore',
  offorder: 'ignore',
  ondigit: 'ignore',
  offdigit: 'ignore',
  onmixed: 'ignore',
  offmixed: 'ignore',
  oninclude: 'ignore',
  offinclude: 'ignore',
  maxgoto: 'ignore',
  // Compile-time variables and conditionals (compile-time.ts).
  set: 'set',
  setglobal: 'set',
  setlocal: 'set',
  setenv: 'set',
  drop: 'drop',
  dropglobal: 'drop',
  droplocal: 'drop',
  dropenv: 'drop',
  eval: 'eval',
  evalglobal: 'eval',
  evallocal: 'eval',
  if: 'if',
  ifi: 'if',
  ife: 'if',
  ifthen: 'ifthen',
  ifthene: 'ifthen',
  iftheni: 'ifthen',
  elseif: 'elseif',
  elseife: 'elseif',
  elseifi: 'elseif',
  else: 'else',
  endif: 'endif',
  goto: 'goto',
  label: 'label',
  exit: 'exit',
  abort: 'abort',
  error: 'error',
  terminate: 'stop',
  stop: 'stop',
  batinclude: 'batinclude',
  shift: 'shift',
  setargs: 'setargs',
  setnames: 'setnames',
  setddlist: 'setddlist',
  maxcol: 'maxcol',
  mincol: 'mincol',
  echo: 'echo',
  echon: 'echo',
  onecho: 'onecho',
  onechov: 'onecho',
  onechos: 'onecho',
  offecho: 'offecho',
  // GDX at compile time: read by the checker in program order (src/data/gdx).
  gdxin: 'gdx',
  load: 'gdx',
  loaddc: 'gdx',
  loadm: 'gdx',
  loaddcm: 'gdx',
  // A program run at compile time (through the parse hooks; only `emd solve` runs it).
  call: 'call',
  hiddencall: 'call',
  'call.checkerrorlevel': 'call',
  'hiddencall.checkerrorlevel': 'call',
  // Would change the program and cannot be done by EMD: an error at the option.
  libinclude: 'unsupported-error',
  sysinclude: 'unsupported-error',
  execute: 'unsupported-error',
  gdxout: 'unsupported-error',
  loadr: 'unsupported-error',
  unload: 'unsupported-error',
  macro: 'macro',
  funclibin: 'unsupported-error',
  // Would change the program: warn and go on.
  onmacro: 'unsupported',
  offmacro: 'unsupported',
  onmulti: 'unsupported',
  offmulti: 'unsupported',
  oneps: 'unsupported',
  offeps: 'unsupported',
  onend: 'unsupported',
  offend: 'unsupported',
  ondotl: 'unsupported',
  offdotl: 'unsupported',
  clear: 'unsupported',
  kill: 'unsupported',
  onput: 'block',
  onputv: 'block',
  onputs: 'block',
  onembeddedcode: 'block',
  onembeddedcodes: 'block',
  onembeddedcodev: 'block',
};

/** The `$off...` line that ends a `block` directive. */
function blockEnd(name: string): string {
  if (name.startsWith('onput')) return 'offput';
  return 'offembeddedcode';
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 12 || c === 11;

type Mode = 'start' | 'stmt' | 'tableName' | 'tableAfterName' | 'tableDomain' | 'tableRest' | 'body';

/** Read one option name at `i` (after the `$`, or after the previous option of the line). */
function readOptionName(
  t: string,
  i: number,
  end: number,
): { name: string; nameStart: number; nameEnd: number; argsStart: number } {
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  const ns = i;
  while (i < end && (isWordChar(t.charCodeAt(i)) || t.charCodeAt(i) === 46)) i++;
  const name = t.slice(ns, i).toLowerCase();
  const nameEnd = i;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  return { name, nameStart: ns, nameEnd, argsStart: i };
}

/** Split a `$` line into name, arguments and the span of the `$name` part. */
function readDirective(
  t: string,
  start: number,
  end: number,
): { name: string; args: string; nameEnd: number; argsStart: number } {
  const o = readOptionName(t, start + 1, end);
  return {
    name: o.name,
    args: t.slice(o.argsStart, end).trimEnd(),
    nameEnd: o.nameEnd,
    argsStart: o.argsStart,
  };
}

/** First argument of a directive (quoted or up to white space) and its offsets. */
function firstArg(
  t: string,
  start: number,
  end: number,
): { value: string; start: number; end: number } | undefined {
  let i = start;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  if (i >= end) return undefined;
  const q = t.charCodeAt(i);
  if (q === 34 || q === 39) {
    const close = t.indexOf(String.fromCharCode(q), i + 1);
    const e = close < 0 || close > end ? end : close;
    return { value: t.slice(i + 1, e), start: i, end: Math.min(end, e + 1) };
  }
  let j = i;
  while (j < end && !isBlank(t.charCodeAt(j))) j++;
  return { value: t.slice(i, j), start: i, end: j };
}

/** Every argument of a directive in [start, end): blank-separated, quotes removed. */
function allArgs(t: string, start: number, end: number): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  for (let a = firstArg(t, start, end); a; a = firstArg(t, a.end, end)) out.push(a);
  return out;
}

/** A value written whole in quotes loses them (`$set x "a b"` gives `a b`). */
function unquote(s: string): string {
  const v = s.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/** Options that take a fixed number of arguments, so another option may follow on the line. */
function fixedArity(name: string, kind: DirectiveKind | undefined): number | undefined {
  switch (name) {
    case 'eolcom':
    case 'comment':
    case 'maxcol':
    case 'mincol':
    case 'lines':
    case 'stars':
    case 'maxgoto':
      return 1;
    case 'inlinecom':
      return 2;
    case 'double':
    case 'single':
    case 'eject':
    case 'ontext':
    case 'offtext':
      return 0;
  }
  if (kind === 'block' || kind === 'onecho' || kind === undefined) return undefined;
  return /^(on|off)/.test(name) ? 0 : undefined;
}

/** Hints for the options EMD cannot carry out. */
const UNSUPPORTED_HINT: Readonly<Record<string, string>> = {
  libinclude: 'it runs a GAMS library utility, which EMD does not have',
  sysinclude: 'it runs a GAMS system utility, which EMD does not have',
  execute: 'EMD does not run external programs at compile time',
  gdxout:
    'GDX output at compile time is not supported; write GDX files with execute_unload or emd solve --gdx',
  loadr: '$loadR is not supported; use $load (which replaces the data) or $loadM (which merges)',
  unload:
    'GDX output at compile time is not supported; write GDX files with execute_unload or emd solve --gdx',
  funclibin: 'external function libraries are not supported',
};

/** What the GAMS library utilities of the Model Library do (`$libInclude name`). */
const LIB_UTILITIES: Readonly<Record<string, string>> = {
  scenred: 'scenario tree reduction with the SCENRED solver',
  scenred2: 'scenario tree reduction with the SCENRED2 solver',
  runscenred2: 'scenario tree reduction with the SCENRED2 solver',
  gnupltxy: 'plots through gnuplot',
  rank: 'ranking of parameter values by an external program',
  xlimport: 'Excel import',
  xldump: 'Excel export',
};

/** The hint of E1200: for `$libInclude`, which utility the line asks for. */
function unsupportedHint(name: string, rest: string): string | undefined {
  if (name === 'execute' && rest.trim()) {
    // `$call =prog args` runs prog without a shell; the program is the first word either way.
    const command = rest.trim().replace(/^=\s*/, '');
    const program = (/^"([^"]*)"|^'([^']*)'|^(\S+)/.exec(command) ?? [])
      .slice(1)
      .find((x) => x !== undefined);
    return `it runs the external program '${program}' (${command.length > 80 ? `${command.slice(0, 77)}...` : command}), which EMD does not run at compile time; run it first and read its output with $include`;
  }
  if (name !== 'libinclude' || !rest) return UNSUPPORTED_HINT[name];
  const lib = rest
    .split(/\s+/)[0]
    .replace(/^["']|["']$/g, '')
    .replace(/\.gms$/i, '');
  const what = LIB_UTILITIES[lib.toLowerCase()];
  return `it runs the GAMS library utility '${lib}'${what ? ` (${what})` : ''}, which EMD does not have`;
}

/** An `$ifThen` being read: which branch is taken. */
interface IfFrame {
  /** The lines around the block are read (else every branch is skipped). */
  readonly outer: boolean;
  /** The current branch is read. */
  active: boolean;
  /** A branch was taken already (the later ones are skipped). */
  taken: boolean;
  readonly span: Span;
}

/**
 * Read `file` line by line. `state` is updated in place (dollar options and compile-time variables
 * carry across includes). `%name%` references are substituted line by line with the values of the
 * moment (a run of lines without `$` lines at once). Diagnostics: unknown or unsupported `$`
 * options, an unclosed `$onText` (warning), `$include` without a name, bad `$if` conditions and
 * `$eval` expressions, unbalanced `$ifThen`, missing `$goto` labels, `$abort`/`$error`.
 * Include problems are reported by the hooks' owner.
 */
export function preprocess(file: SourceFile, state: DollarState, hooks: PreprocessHooks = {}): Preprocessed {
  let t = file.text;
  let n = t.length;
  const diagnostics: Diagnostic[] = [];
  const directives: DirectiveLine[] = [];
  const tables = new Map<number, TableBody>();
  const delimRanges: [number, number][] = [];
  // Ranges [start, end) replaced by spaces in the lexer's text; kept sorted and merged.
  const blanks: number[] = [];
  // Ranges usually come in increasing order; a range may also cover earlier ones (a table row
  // blanked after the end-of-line comment on it), so merge every previous range it overlaps.
  const blank = (s: number, e: number) => {
    if (e <= s) return;
    // Ranges after the new one (entirely to its right) are set aside, overlapping ones merged.
    const after: number[] = [];
    while (blanks.length > 0) {
      const ps = blanks[blanks.length - 2];
      const pe = blanks[blanks.length - 1];
      if (ps > e) {
        after.unshift(ps, pe);
        blanks.length -= 2;
      } else if (pe >= s) {
        blanks.length -= 2;
        if (ps < s) s = ps;
        if (pe > e) e = pe;
      } else break;
    }
    blanks.push(s, e, ...after);
  };

  // `%name%` substitution: `t` is the text read so far plus the rest of the file; every
  // replacement is recorded (four numbers: here and in the file) for SourceFile.origin.
  let derived: { name: string; text: string; origin?: { file: SourceFile; edits: number[] } } | undefined;
  const edits: number[] = [];
  let shift = 0;
  let substitutedTo = 0;
  const cur = (): SourceFile => derived ?? file;
  /** Substitute `%name%` in [s, e) of `t`, then expand macros there (`macros`); returns the new end. */
  const substitute = (s: number, e: number, macros: boolean): number => {
    e = applySubs(findSubstitutions(t, s, e, state.vars, state.args), e);
    if (!macros || state.macros.size === 0) return e;
    const found = findMacroCalls(t, s, e, state.macros, state.commentChar);
    for (const d of found.diagnostics) diagnostics.push(diag(d.message, span(cur(), d.start, d.end), d.args));
    return applyExpansions(found.calls, e);
  };
  /** Replace the ranges of `subs` (in order, none overlapping an earlier edit); returns the new end. */
  const applySubs = (subs: Substitution[], e: number): number => {
    if (!subs.length) return e;
    derived ??= { name: file.name, text: '' };
    const parts: string[] = [t.slice(0, subs[0].start)];
    let p = subs[0].start;
    let delta = 0;
    const base = shift;
    for (const x of subs) {
      const value = x.text.replace(/[\r\n]+/g, ' ');
      parts.push(t.slice(p, x.start), value);
      const ds = x.start + delta;
      edits.push(ds, ds + value.length, x.start - base, x.end - base);
      delta += value.length - (x.end - x.start);
      p = x.end;
    }
    parts.push(t.slice(p));
    shift += delta;
    t = parts.join('');
    n = t.length;
    return e + delta;
  };
  /**
   * Replace macro calls found after `%name%` substitution: edits already recorded at or after a
   * call move by its change of length, those inside it are replaced by it (its file range is the
   * one its ends map to). Calls are applied from the last, so earlier positions stay valid.
   */
  const applyExpansions = (calls: Substitution[], e: number): number => {
    if (!calls.length) return e;
    derived ??= { name: file.name, text: '' };
    for (let c = calls.length - 1; c >= 0; c--) {
      const x = calls[c];
      const value = x.text.replace(/[\r\n]+/g, ' ');
      const delta = value.length - (x.end - x.start);
      const fileStart = toFile(x.start);
      const fileEnd = toFile(x.end);
      const kept: number[] = [];
      let at = -1;
      for (let j = 0; j < edits.length; j += 4) {
        const [ds, de, fs, fe] = [edits[j], edits[j + 1], edits[j + 2], edits[j + 3]];
        if (ds >= x.start && de <= x.end) continue;
        if (ds >= x.end) {
          if (at < 0) at = kept.length;
          kept.push(ds + delta, de + delta, fs, fe);
        } else kept.push(ds, de, fs, fe);
      }
      if (at < 0) at = kept.length;
      kept.splice(at, 0, x.start, x.start + value.length, fileStart, fileEnd);
      edits.length = 0;
      pushAll(edits, kept);
      t = t.slice(0, x.start) + value + t.slice(x.end);
      shift += delta;
      e += delta;
    }
    n = t.length;
    return e;
  };
  /** Offset in `file` of an offset of `t` outside any replacement (a line start). */
  const toFile = (pos: number): number => {
    let k = -1;
    for (let j = 0; j < edits.length && edits[j] <= pos; j += 4) k = j;
    return k < 0 ? pos : pos - edits[k + 1] + edits[k + 3];
  };
  /** Start of the next line that starts with `$` at or after `from` (or the end). */
  const nextDollarLine = (from: number): number => {
    for (let i = from; ;) {
      const k = t.indexOf('$', i);
      if (k < 0) return n;
      const c = t.charCodeAt(k - 1);
      if (k === from || c === 10 || c === 13) return k;
      i = k + 1;
    }
  };

  /** End of the line starting at `s` (before its line break). */
  const endOfLine = (s: number): number => {
    while (s < n && t.charCodeAt(s) !== 10 && t.charCodeAt(s) !== 13) s++;
    return s;
  };
  /** A `$macro` whose body goes on (its line ended with `\`): the body's lines so far. */
  let pendingMacro: { name: string; params: string[]; parts: string[] } | undefined;
  /** A body line: without its final `\` (and a `&` before it); the macro ends without one. */
  const macroLine = (text: string) => {
    const m = /&?\\\s*$/.exec(text);
    pendingMacro!.parts.push(m ? text.slice(0, m.index) : text);
    if (m) return;
    const { name, params, parts } = pendingMacro!;
    state.macros.set(name, { params, body: parts.join(' ').trim() });
    pendingMacro = undefined;
  };

  let mode: Mode = 'start';
  let depth = 0;
  let tableKw = -1;
  let body: TableBody | undefined;
  let inOntext: { start: number } | undefined;
  let inBlock: string | undefined;
  let inInline = false;
  let delimStart = state.delim ? 0 : -1;
  // Compile-time control of this file.
  const ifStack: IfFrame[] = [];
  const labels = new Map<string, number>();
  let gotoLabel: { name: string; span: Span } | undefined;
  /** A false `$if` whose line ends after its condition: the next line is its statement (csp). */
  let skipNextLine = false;
  let exited = false;
  let echo: { path: string; span: Span; append: boolean; verbatim: boolean; lines: string[] } | undefined;

  const errorCount = () => diagnostics.filter((d) => d.severity === 'error').length;
  const ifEnv: IfEnv = {
    vars: state.vars,
    fileExists: (p) => hooks.fileExists?.(p) ?? false,
    errorFree: () => (hooks.counts?.().errors ?? 0) + errorCount() === 0,
    errorLevel: () => state.errorLevel,
    warnings: () => (hooks.counts?.().warnings ?? 0) + diagnostics.length - errorCount() > 0,
    symbol: hooks.symbols ? (name) => symbolsSoFar().get(name.toLowerCase()) : undefined,
  };
  /** The declarations before the current line (see PreprocessHooks.symbols), once per line. */
  let symbolsAt = -1;
  let symbolsView: ReadonlyMap<string, CompileSymbol> = new Map();
  const symbolsSoFar = (): ReadonlyMap<string, CompileSymbol> => {
    if (symbolsAt === lineStart) return symbolsView;
    const parts: string[] = [];
    let p = 0;
    for (let k = 0; k < blanks.length && blanks[k] < lineStart; k += 2) {
      parts.push(t.slice(p, blanks[k]), ' '.repeat(Math.min(blanks[k + 1], lineStart) - blanks[k]));
      p = Math.min(blanks[k + 1], lineStart);
    }
    if (p < lineStart) parts.push(t.slice(p, lineStart));
    parts.push(' '.repeat(n - lineStart));
    const closed = new Map([...tables].filter(([k]) => k < lineStart && (!body || body.keywordOffset !== k)));
    symbolsView = hooks.symbols!(cur(), parts.join(''), closed);
    symbolsAt = lineStart;
    return symbolsView;
  };

  /** Skip a quoted string starting at i (quote char at i); returns the index after it (or e). */
  const skipString = (i: number, e: number): number => {
    const q = t.charCodeAt(i);
    for (let j = i + 1; j < e; j++) if (t.charCodeAt(j) === q) return j + 1;
    return e;
  };
  const opensString = (i: number, lineStart: number): boolean => {
    const c = t.charCodeAt(i);
    return (c === 39 || c === 34) && !(i > lineStart && isWordChar(t.charCodeAt(i - 1)));
  };

  /** Run the statement scanner (finds `table` statements) over code in [s, e) of a line. */
  const scan = (s: number, e: number, lineStart: number) => {
    let i = s;
    while (i < e) {
      const c = t.charCodeAt(i);
      switch (mode) {
        case 'start':
          if (isBlank(c)) i++;
          else if (c === 59) i++;
          else if (isLetter(c)) {
            let j = i + 1;
            while (j < e && isWordChar(t.charCodeAt(j))) j++;
            if (j - i === 5 && t.slice(i, j).toLowerCase() === 'table') {
              mode = 'tableName';
              tableKw = i;
            } else mode = 'stmt';
            i = j;
          } else mode = 'stmt';
          break;
        case 'stmt':
          if (opensString(i, lineStart)) i = skipString(i, e);
          else {
            if (c === 59) mode = 'start';
            i++;
          }
          break;
        case 'tableName':
          if (isBlank(c)) i++;
          else if (isLetter(c)) {
            let j = i + 1;
            while (j < e && isWordChar(t.charCodeAt(j))) j++;
            mode = 'tableAfterName';
            i = j;
          } else if (c === 59) {
            mode = 'start';
            i++;
          } else mode = 'stmt';
          break;
        case 'tableAfterName':
          if (isBlank(c)) i++;
          else if (c === 40 || c === 91 || c === 123) {
            mode = 'tableDomain';
            depth = 1;
            i++;
          } else mode = 'tableRest';
          break;
        case 'tableDomain':
          if (opensString(i, lineStart)) i = skipString(i, e);
          else {
            if (c === 40 || c === 91 || c === 123) depth++;
            else if (c === 41 || c === 93 || c === 125) {
              if (--depth === 0) mode = 'tableRest';
            } else if (c === 59) mode = 'start';
            i++;
          }
          break;
        case 'tableRest':
          if (opensString(i, lineStart)) i = skipString(i, e);
          else {
            if (c === 59) mode = 'start';
            i++;
          }
          break;
        case 'body':
          // Not reached: body lines are handled by bodyLine().
          i = e;
          break;
      }
    }
  };

  /** A code line inside a table body: up to an unquoted `;` it belongs to the body. */
  const bodyLine = (lineStart: number, codeEnd: number, lineEnd: number, holes?: number[]) => {
    // A line that starts with a statement keyword cannot be a row (keywords are reserved): it
    // starts the next statement, and the table ends without `;` (as GAMS allows).
    if (startsWithStatementKeyword(t, lineStart, codeEnd)) {
      mode = 'start';
      body = undefined;
      scan(lineStart, codeEnd, lineStart);
      return;
    }
    let semi = -1;
    for (let i = lineStart; i < codeEnd; i++) {
      const c = t.charCodeAt(i);
      if (c === 59) {
        semi = i;
        break;
      }
      if ((c === 39 || c === 34) && opensString(i, lineStart)) i = skipString(i, codeEnd) - 1;
    }
    const end = semi < 0 ? codeEnd : semi;
    body!.lines.push({
      file: holes?.length ? masked(holes) : cur(),
      start: lineStart,
      end,
      delim: state.delim,
    });
    if (semi < 0) {
      blank(lineStart, lineEnd);
      return;
    }
    blank(lineStart, semi);
    mode = 'start';
    body = undefined;
    scan(semi + 1, codeEnd, lineStart);
  };

  /**
   * The current text with the in-line comments of a table row (`holes`: [start, end) pairs) as
   * blanks, so the table reader sees only the row; lines and columns are the file's (railcirc:
   * `/* departure arrival *\/` in a header line).
   */
  const masked = (holes: number[]): SourceFile => {
    const parts: string[] = [];
    let p = 0;
    for (let k = 0; k < holes.length; k += 2) {
      parts.push(t.slice(p, holes[k]), ' '.repeat(holes[k + 1] - holes[k]));
      p = holes[k + 1];
    }
    parts.push(t.slice(p));
    return { name: cur().name, text: parts.join(''), origin: { file: cur(), edits: [] } };
  };

  /** End of the arguments of a rest-of-line option: an end-of-line comment is not part of them. */
  const argsEnd = (s: number, e: number): number => {
    if (!state.eolOn) return e;
    for (let i = s; i < e; i++) {
      if (opensString(i, s)) i = skipString(i, e) - 1;
      else if (t.startsWith(state.eolCom, i)) return i;
    }
    return e;
  };

  const ifStructure = (kind: DirectiveKind, name: string, sp: Span, argsStart: number, e: number) => {
    const top = ifStack[ifStack.length - 1];
    const cond = (): boolean => {
      const flavour = name.endsWith('e') ? 'e' : name.endsWith('i') ? 'i' : '';
      const text = t.slice(argsStart, argsEnd(argsStart, e));
      const r = evaluateIf(text, flavour, ifEnv);
      if (r.ok) return r.value;
      diagnostics.push(diag(M.Invalid_if_condition_0, span(cur(), argsStart + r.at, e), [r.message]));
      return false;
    };
    if (kind === 'ifthen') {
      const outer = !top || top.active;
      const v = outer && cond();
      ifStack.push({ outer, active: v, taken: v || !outer, span: sp });
      return;
    }
    if (!top) {
      diagnostics.push(diag(M.Option_0_without_ifthen, sp, [name]));
      return;
    }
    if (kind === 'endif') ifStack.pop();
    else if (!top.outer || top.taken) top.active = false;
    else if (kind === 'else') top.active = top.taken = true;
    else top.active = top.taken = cond();
  };

  /** Write `$echo` text or an `$onEcho` block. */
  const writeOut = (path: string, text: string, append: boolean, sp: Span) => {
    const d = hooks.writeFile?.(path, text, append, sp);
    if (d) diagnostics.push(d);
  };

  /** `$echo text > file` / `>> file`: the text and the file. */
  const echoParts = (s: number, e: number) => {
    let i = s;
    for (; i < e; i++) {
      if (opensString(i, s)) i = skipString(i, e) - 1;
      else if (t.charCodeAt(i) === 62) break;
    }
    if (i >= e) return undefined;
    const append = t.charCodeAt(i + 1) === 62;
    const f = firstArg(t, i + (append ? 2 : 1), e);
    if (!f || !f.value) return undefined;
    return { text: unquote(t.slice(s, i)), append, path: f.value, pathSpan: span(cur(), f.start, f.end) };
  };

  /**
   * One option of a `$` line at `at` (after the `$` or the previous option). Returns where the
   * next option of the line starts, `{ code }` when a `$if` is followed by a statement, or
   * undefined when the option took the rest of the line.
   */
  const option = (lineStart: number, at: number, e: number): number | { code: number } | undefined => {
    const o = readOptionName(t, at, e);
    const sp = span(cur(), at === lineStart + 1 ? lineStart : o.nameStart, o.nameEnd);
    const name = o.name;
    const base = name.replace(/\..*$/, '');
    const kind =
      directiveTable[name] ?? (/^(ifthen|elseif|else|endif)/.test(base) ? directiveTable[base] : undefined);
    const arity = fixedArity(name, kind);
    let next: number | undefined;
    let argsTo = e;
    if (arity !== undefined) {
      let p = o.argsStart;
      for (let k = 0; k < arity; k++) {
        const a = firstArg(t, p, e);
        if (!a) break;
        p = a.end;
      }
      argsTo = p;
      const after = readOptionName(t, p, e);
      if (after.name) next = after.nameStart;
    }
    directives.push({
      name,
      args: t.slice(o.argsStart, argsTo).trim(),
      span: sp,
      offset: lineStart,
    });
    const restEnd = argsEnd(o.argsStart, e);
    const rest = t.slice(o.argsStart, restEnd).trim();
    if (name === 'title') state.vars.predefined.set('system.title', rest);
    switch (kind) {
      case undefined:
        diagnostics.push(diag(M.Unknown_directive_0, sp, [name || t.slice(at, e).trim()]));
        return undefined;
      case 'ignore':
      case 'offtext':
      case 'offecho':
        return next;
      case 'gdx':
        // The rest of the line names the file or the symbols; the checker reads them.
        if (name === 'gdxin' && rest) hooks.gdxin?.(rest, sp);
        return undefined;
      case 'unsupported':
        diagnostics.push(diag(M.Unsupported_directive_0, sp, [name]));
        return next;
      case 'unsupported-error':
        diagnostics.push(diag(M.Dollar_option_0_not_supported, sp, [name], unsupportedHint(name, rest)));
        return undefined;
      case 'call': {
        if (!rest) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a command']));
          return undefined;
        }
        if (!hooks.call) {
          diagnostics.push(diag(M.Call_not_run_here, sp, [name], `the command: ${rest}`));
          return undefined;
        }
        const r = hooks.call(rest, sp);
        state.errorLevel = r.errorLevel;
        if (r.diagnostic) diagnostics.push(r.diagnostic);
        else if (r.errorLevel !== 0 && name.endsWith('.checkerrorlevel'))
          diagnostics.push(diag(M.Call_0_failed_1, sp, [rest, r.errorLevel]));
        return undefined;
      }
      case 'block':
        diagnostics.push(diag(M.Unsupported_directive_0, sp, [name]));
        inBlock = blockEnd(name);
        return undefined;
      case 'ontext':
        inOntext = { start: lineStart };
        return undefined;
      case 'eolcom': {
        const a = firstArg(t, o.argsStart, e);
        if (a && a.value) state.eolCom = a.value.slice(0, 2);
        state.eolOn = true;
        return next;
      }
      case 'oneolcom':
        state.eolOn = true;
        return next;
      case 'offeolcom':
        state.eolOn = false;
        return next;
      case 'inlinecom': {
        const a = firstArg(t, o.argsStart, e);
        const b = a ? firstArg(t, a.end, e) : undefined;
        if (a && b && a.value && b.value) {
          state.inlineOpen = a.value.slice(0, 2);
          state.inlineClose = b.value.slice(0, 2);
        }
        state.inlineOn = true;
        return next;
      }
      case 'oninline':
        state.inlineOn = true;
        return next;
      case 'offinline':
        state.inlineOn = false;
        return next;
      case 'comment': {
        const a = firstArg(t, o.argsStart, e);
        if (a && a.value) state.commentChar = a.value[0];
        return next;
      }
      case 'ondelim':
        if (!state.delim) delimStart = e;
        state.delim = true;
        return next;
      case 'offdelim':
        if (state.delim && !body && delimStart >= 0) delimRanges.push([delimStart, lineStart]);
        state.delim = false;
        delimStart = -1;
        return next;
      case 'maxcol':
      case 'mincol': {
        const a = firstArg(t, o.argsStart, e);
        const v = a ? Number(a.value) : NaN;
        if (!Number.isInteger(v) || v < 0) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a column number']));
          return next;
        }
        if (kind === 'maxcol') state.maxCol = v;
        else state.minCol = v;
        return next;
      }
      case 'include':
      case 'batinclude': {
        const args = allArgs(t, o.argsStart, restEnd);
        const a = args[0];
        if (!a || !a.value) {
          diagnostics.push(diag(M.Include_needs_file_name, sp));
          return undefined;
        }
        const pathSpan = span(cur(), a.start, a.end);
        if (kind === 'batinclude') {
          if (body)
            diagnostics.push(diag(M.Dollar_option_0_not_supported, sp, [name], 'not inside a table body'));
          else
            hooks.include?.(
              a.value,
              pathSpan,
              lineStart,
              state,
              args.slice(1).map((x) => x.value),
            );
        } else if (body) {
          const lines = hooks.includeTableLines?.(a.value, pathSpan, state) ?? [];
          for (const l of lines) body.lines.push(l);
        } else hooks.include?.(a.value, pathSpan, lineStart, state);
        return undefined;
      }
      case 'macro': {
        // `$macro name(a,b) body`, the body going on over lines that end with `\`.
        const text = t.slice(o.argsStart, restEnd);
        const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\(([^)]*)\))?/.exec(text);
        if (!m) {
          diagnostics.push(
            diag(M.Macro_0_malformed, sp, [rest || name], 'write $macro name(arg1,arg2) body.'),
          );
          return undefined;
        }
        const params = m[3] === undefined ? [] : m[3].split(',').map((a) => a.trim().toLowerCase());
        if (params.some((a) => !/^[a-z_][a-z0-9_]*$/.test(a))) {
          diagnostics.push(
            diag(M.Macro_0_malformed, sp, [m[1]], 'its arguments are names separated by commas.'),
          );
          return undefined;
        }
        if (pendingMacro) macroLine('');
        pendingMacro = { name: m[1].toLowerCase(), params, parts: [] };
        macroLine(text.slice(m[0].length));
        return undefined;
      }
      case 'set': {
        const a = firstArg(t, o.argsStart, restEnd);
        if (!a || !a.value) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a name']));
          return undefined;
        }
        const value = unquote(t.slice(a.end, restEnd));
        if (name === 'setenv') state.vars.env.set(a.value, value);
        else
          setVar(
            state.vars,
            name === 'setglobal' ? 'global' : name === 'setlocal' ? 'local' : 'scoped',
            a.value,
            value,
          );
        return undefined;
      }
      case 'drop': {
        for (const a of allArgs(t, o.argsStart, restEnd)) {
          if (name === 'dropenv') state.vars.env.delete(a.value);
          else
            dropVar(
              state.vars,
              name === 'dropglobal' ? 'global' : name === 'droplocal' ? 'local' : 'scoped',
              a.value,
            );
        }
        return undefined;
      }
      case 'eval': {
        const a = firstArg(t, o.argsStart, restEnd);
        if (!a || !a.value) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a name and an expression']));
          return undefined;
        }
        const exprStart = a.end;
        const r = evaluateExpression(t.slice(exprStart, restEnd), ifEnv);
        if (!r.ok) {
          diagnostics.push(
            diag(M.Invalid_expression_in_0_1, span(cur(), exprStart + r.at, restEnd), [name, r.message]),
          );
          return undefined;
        }
        setVar(
          state.vars,
          name === 'evalglobal' ? 'global' : name === 'evallocal' ? 'local' : 'scoped',
          a.value,
          formatEvalValue(r.value),
        );
        return undefined;
      }
      case 'if': {
        const flavour = name === 'ife' ? 'e' : name === 'ifi' ? 'i' : '';
        const text = t.slice(o.argsStart, restEnd);
        const r = evaluateIf(text, flavour, ifEnv);
        if (!r.ok) {
          diagnostics.push(
            diag(M.Invalid_if_condition_0, span(cur(), o.argsStart + r.at, restEnd), [r.message]),
          );
          return undefined;
        }
        const k = o.argsStart + r.rest;
        // Nothing after the condition: the next line is the conditional one, as in GAMS (csp's
        // `$if NOT %strings%+... == 4+6+26` above `x(n,m) = UniformInt(...)`: GAMS's CONVERT
        // output holds the sample table, so the false condition skipped the next line).
        if (!r.value && t.slice(k, e).trim() === '') skipNextLine = true;
        if (!r.value || k >= e) return undefined;
        if (t.charCodeAt(k) === 36) return option(lineStart, k + 1, e);
        return { code: k };
      }
      case 'ifthen':
      case 'elseif':
      case 'else':
      case 'endif':
        ifStructure(kind, base, sp, o.argsStart, e);
        return undefined;
      case 'goto': {
        const a = firstArg(t, o.argsStart, restEnd);
        if (!a || !a.value) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a label']));
          return undefined;
        }
        const label = a.value.toLowerCase();
        const back = labels.get(label);
        if (back === undefined) {
          gotoLabel = { name: label, span: span(cur(), a.start, a.end) };
          return undefined;
        }
        if (++state.gotos > MAX_GOTOS) {
          diagnostics.push(diag(M.Too_many_gotos_0, sp, [MAX_GOTOS]));
          state.stopped = true;
          return undefined;
        }
        // Read the file again from the label, with the variables of now: a file whose text before
        // the label is blank (its lines stay where they are).
        const from = toFile(back);
        const text = file.text.slice(0, from).replace(/[^\r\n]/g, ' ') + file.text.slice(from);
        hooks.resume?.({ name: file.name, text }, lineStart, state);
        exited = true;
        return undefined;
      }
      case 'label': {
        const a = firstArg(t, o.argsStart, restEnd);
        if (a && a.value) labels.set(a.value.toLowerCase(), lineStart);
        return undefined;
      }
      case 'exit':
        exited = true;
        return undefined;
      case 'abort':
        diagnostics.push(diag(M.Abort_0, sp, [rest || '(no message)']));
        state.stopped = true;
        return undefined;
      case 'error':
        diagnostics.push(diag(M.Error_0, sp, [rest || '(no message)']));
        return undefined;
      case 'stop':
        diagnostics.push(diag(M.Terminated_0, sp, [name]));
        state.stopped = true;
        return undefined;
      case 'shift':
        if (state.args) state.args = state.args.slice(1);
        return undefined;
      case 'setargs':
        allArgs(t, o.argsStart, restEnd).forEach((a, k) =>
          setVar(state.vars, 'scoped', a.value, state.args?.[k] ?? ''),
        );
        return undefined;
      case 'setnames': {
        const [f, d, nm, ex] = allArgs(t, o.argsStart, restEnd).map((a) => a.value);
        if (!f || !d || !nm || !ex) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, 'a file name and three variable names']));
          return undefined;
        }
        const slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        const file = f.slice(slash + 1);
        const dot = file.lastIndexOf('.');
        const parts = [
          f.slice(0, slash + 1),
          dot > 0 ? file.slice(0, dot) : file,
          dot > 0 ? file.slice(dot) : '',
        ];
        [d, nm, ex].forEach((v, k) => {
          if (v !== '.') setVar(state.vars, 'scoped', v, parts[k]);
        });
        return undefined;
      }
      case 'setddlist': {
        const allowed = new Set(allArgs(t, o.argsStart, restEnd).map((a) => a.value.toLowerCase()));
        for (const c of state.vars.commandLine)
          if (!allowed.has(c))
            diagnostics.push(diag(M.Unknown_double_dash_0_1, sp, [c, [...allowed].join(', ')]));
        return undefined;
      }
      case 'echo': {
        const p = echoParts(o.argsStart, e);
        if (!p) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, "'> file' or '>> file'"]));
          return undefined;
        }
        writeOut(p.path, name === 'echon' ? p.text : p.text + '\n', p.append, p.pathSpan);
        return undefined;
      }
      case 'onecho': {
        inBlock = 'offecho';
        const p = echoParts(o.argsStart, e);
        if (!p) {
          diagnostics.push(diag(M.Option_0_needs_1, sp, [name, "'> file' or '>> file'"]));
          return undefined;
        }
        echo = { path: p.path, span: p.pathSpan, append: p.append, verbatim: name === 'onechov', lines: [] };
        return undefined;
      }
    }
  };

  const directive = (lineStart: number, lineEnd: number) => {
    let at: number | { code: number } | undefined = lineStart + 1;
    while (typeof at === 'number' && at < lineEnd) at = option(lineStart, at, lineEnd);
    if (at !== undefined && typeof at === 'object') {
      blank(lineStart, at.code);
      codeLine(at.code, lineEnd);
    } else blank(lineStart, lineEnd);
  };

  /** A line inside a skipped `$ifThen` branch or before a `$goto` label: only structure counts. */
  const skippedLine = (lineStart: number, lineEnd: number) => {
    blank(lineStart, lineEnd);
    if (t.charCodeAt(lineStart) !== 36) return;
    const o = readOptionName(t, lineStart + 1, lineEnd);
    const base = o.name.replace(/\..*$/, '');
    if (gotoLabel) {
      if (base === 'label' && firstArg(t, o.argsStart, lineEnd)?.value.toLowerCase() === gotoLabel.name) {
        labels.set(gotoLabel.name, lineStart);
        gotoLabel = undefined;
      }
      return;
    }
    const kind = directiveTable[base];
    if (kind === 'ifthen' || kind === 'elseif' || kind === 'else' || kind === 'endif')
      ifStructure(kind, base, span(cur(), lineStart, o.nameEnd), o.argsStart, lineEnd);
  };

  /** Code part of a line: strips in-line and end-of-line comments, then scans. */
  const codeLine = (lineStart: number, lineEnd: number) => {
    // `$maxCol`/`$minCol`: the columns outside are comments.
    if (state.maxCol > 0 && lineEnd - lineStart > state.maxCol) {
      blank(lineStart + state.maxCol, lineEnd);
      lineEnd = lineStart + state.maxCol;
    }
    let i = lineStart;
    let segStart = lineStart;
    if (state.minCol > 1 && mode !== 'body') {
      const m = Math.min(lineEnd, lineStart + state.minCol - 1);
      blank(lineStart, m);
      i = segStart = m;
    }
    const eol = state.eolOn ? state.eolCom : '';
    const io = state.inlineOn ? state.inlineOpen : '';
    const ic = state.inlineClose;
    // In-line comments of a table row, blanked for the table reader.
    const holes: number[] = [];
    if (inInline) {
      const close = t.indexOf(ic, lineStart);
      if (close < 0 || close >= lineEnd) {
        blank(lineStart, lineEnd);
        return;
      }
      blank(lineStart, close + ic.length);
      holes.push(lineStart, close + ic.length);
      inInline = false;
      i = segStart = close + ic.length;
    }
    // Fast path: no comment markers configured.
    if (!eol && !io) {
      if (mode === 'body') bodyLine(lineStart, lineEnd, lineEnd, holes);
      else scan(segStart, lineEnd, lineStart);
      return;
    }
    const segments: [number, number][] = [];
    let codeEnd = lineEnd;
    while (i < lineEnd) {
      if (opensString(i, lineStart)) {
        i = skipString(i, lineEnd);
        continue;
      }
      if (eol && t.startsWith(eol, i)) {
        codeEnd = i;
        blank(i, lineEnd);
        break;
      }
      if (io && t.startsWith(io, i)) {
        segments.push([segStart, i]);
        const close = t.indexOf(ic, i + io.length);
        if (close < 0 || close >= lineEnd) {
          blank(i, lineEnd);
          inInline = true;
          codeEnd = i;
          segStart = lineEnd;
          break;
        }
        blank(i, close + ic.length);
        holes.push(i, close + ic.length);
        i = segStart = close + ic.length;
        continue;
      }
      i++;
    }
    if (segStart < codeEnd) segments.push([segStart, codeEnd]);
    if (mode === 'body') {
      bodyLine(lineStart, codeEnd, lineEnd, holes);
      return;
    }
    for (const [s, e] of segments) scan(s, e, lineStart);
  };

  // A byte-order mark is not part of the program.
  if (t.charCodeAt(0) === 0xfeff) blank(0, 1);
  let lineStart = t.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    if (state.stopped || exited) {
      blank(lineStart, n);
      break;
    }
    // Substitute `%name%` in this line (a `$` line) or in the run of lines up to the next `$` line
    // (nothing in between can change a variable). Comment blocks and `$onEchoV` are left alone.
    if (lineStart >= substitutedTo) {
      const isDollar = t.charCodeAt(lineStart) === 36;
      let e = isDollar ? lineStart : nextDollarLine(lineStart);
      if (isDollar) while (e < n && t.charCodeAt(e) !== 10 && t.charCodeAt(e) !== 13) e++;
      // The lines of a macro's body one at a time: the macro holds from the line after its end.
      if (pendingMacro && !isDollar) e = endOfLine(lineStart);
      const verbatim = inOntext || (inBlock && (!echo || echo.verbatim));
      substitutedTo = verbatim && !isDollar ? e : substitute(lineStart, e, !isDollar && !pendingMacro);
      if (isDollar && substitutedTo === lineStart) substitutedTo = lineStart + 1;
    }
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = t.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    const first = t.charCodeAt(lineStart);
    if (inOntext) {
      blank(lineStart, lineEnd);
      if (first === 36 && readDirective(t, lineStart, lineEnd).name === 'offtext') {
        directives.push({
          name: 'offtext',
          args: '',
          span: span(cur(), lineStart, lineEnd),
          offset: lineStart,
        });
        inOntext = undefined;
      }
    } else if (inBlock) {
      blank(lineStart, lineEnd);
      if (first === 36 && readDirective(t, lineStart, lineEnd).name === inBlock) {
        inBlock = undefined;
        if (echo) {
          writeOut(echo.path, echo.lines.map((l) => l + '\n').join(''), echo.append, echo.span);
          echo = undefined;
        }
      } else echo?.lines.push(t.slice(lineStart, lineEnd));
    } else if (skipNextLine || gotoLabel || (ifStack.length > 0 && !ifStack[ifStack.length - 1].active)) {
      skipNextLine = false;
      skippedLine(lineStart, lineEnd);
    } else if (pendingMacro && first !== 36) {
      macroLine(t.slice(lineStart, lineEnd));
      blank(lineStart, lineEnd);
    } else if (!inInline && lineEnd > lineStart && t[lineStart] === state.commentChar) {
      blank(lineStart, lineEnd);
    } else if (!inInline && first === 36) {
      directive(lineStart, lineEnd);
    } else {
      // A statement may end without `;` before a line that starts with a statement keyword
      // (GAMS: "the semicolon can be omitted if a new GAMS keyword follows"): look for `table` there.
      if ((mode as Mode) === 'stmt' && !inInline && startsWithStatementKeyword(t, lineStart, lineEnd))
        mode = 'start';
      codeLine(lineStart, lineEnd);
    }
    // End of line: a table header line ends here, its body starts on the next line.
    // (`mode` is changed by the closures above; the cast stops TypeScript's narrowing.)
    const m = mode as Mode;
    if (m === 'tableAfterName' || m === 'tableRest') {
      mode = 'body';
      body = { file: cur(), keywordOffset: tableKw, lines: [] };
      tables.set(tableKw, body);
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (t.charCodeAt(lineEnd) === 13 && t.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (inOntext)
    diagnostics.push(diag(M.Unterminated_ontext, span(cur(), inOntext.start, inOntext.start + 7)));
  if (echo) writeOut(echo.path, echo.lines.map((l) => l + '\n').join(''), echo.append, echo.span);
  for (const f of ifStack) diagnostics.push(diag(M.Ifthen_not_closed, f.span));
  if (gotoLabel) diagnostics.push(diag(M.Goto_label_0_not_found, gotoLabel.span, [gotoLabel.name]));
  if (state.delim && delimStart >= 0 && !body) delimRanges.push([delimStart, n]);

  // The lexer's text: the source with the blanked ranges replaced by spaces (same length).
  let lexText = t;
  if (blanks.length > 0) {
    const parts: string[] = [];
    let p = 0;
    for (let k = 0; k < blanks.length; k += 2) {
      parts.push(t.slice(p, blanks[k]), ' '.repeat(blanks[k + 1] - blanks[k]));
      p = blanks[k + 1];
    }
    parts.push(t.slice(p));
    lexText = parts.join('');
  }
  if (derived) {
    derived.text = t;
    derived.origin = { file, edits };
  }
  return { file: cur(), lexText, tables, delimRanges, directives, diagnostics };
}

/**
 * The lines of a file included inside a table body: comment lines and `$` lines are handled as in
 * preprocess(); every other line is a body line (the table's `;` is in the including file).
 */
export function tableLinesOf(
  file: SourceFile,
  state: DollarState,
  hooks: PreprocessHooks,
  diagnostics: Diagnostic[],
): TableLine[] {
  const t = file.text;
  const n = t.length;
  const lines: TableLine[] = [];
  let lineStart = 0;
  let inOntext = false;
  for (;;) {
    let lineEnd = lineStart;
    while (lineEnd < n && t.charCodeAt(lineEnd) !== 10 && t.charCodeAt(lineEnd) !== 13) lineEnd++;
    const first = t.charCodeAt(lineStart);
    if (inOntext) {
      if (first === 36 && readDirective(t, lineStart, lineEnd).name === 'offtext') inOntext = false;
    } else if (lineEnd > lineStart && t[lineStart] === state.commentChar) {
      // comment line
    } else if (first === 36) {
      const d = readDirective(t, lineStart, lineEnd);
      const sp = span(file, lineStart, d.nameEnd);
      const kind = directiveTable[d.name];
      if (kind === 'ondelim') state.delim = true;
      else if (kind === 'offdelim') state.delim = false;
      else if (kind === 'ontext') inOntext = true;
      else if (kind === 'include') {
        const a = firstArg(t, d.argsStart, lineEnd);
        if (!a || !a.value) diagnostics.push(diag(M.Include_needs_file_name, sp));
        else
          for (const l of hooks.includeTableLines?.(a.value, span(file, a.start, a.end), state) ?? [])
            lines.push(l);
      } else if (kind === undefined) diagnostics.push(diag(M.Unknown_directive_0, sp, [d.name]));
      else if (kind === 'unsupported' || kind === 'block')
        diagnostics.push(diag(M.Unsupported_directive_0, sp, [d.name]));
    } else {
      let end = lineEnd;
      if (state.eolOn) {
        const k = t.indexOf(state.eolCom, lineStart);
        if (k >= 0 && k < lineEnd) end = k;
      }
      lines.push({ file, start: lineStart, end, delim: state.delim });
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (t.charCodeAt(lineEnd) === 13 && t.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return lines;
}
