// Line-level reading of a GAMS source before lexing: `*` comment lines, `$` control lines,
// `$onText` blocks, end-of-line and in-line comments, `$onDelim` regions, and the bodies of
// `table` statements (column layout, read by table.ts, never lexed). Produces the text the lexer
// sees: the source with all of that replaced by spaces, so offsets stay those of the file.
// Imports text/ and diagnostics/ only.
import { span, type SourceFile, type Span } from '../src/text/source-file.ts';
import { diag, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';

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
const STATEMENT_WORDS = new Set([
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
}

export function initialDollarState(): DollarState {
  return {
    eolCom: '!!',
    eolOn: false,
    inlineOpen: '/*',
    inlineClose: '*/',
    inlineOn: false,
    commentChar: '*',
    delim: false,
  };
}

export interface PreprocessHooks {
  /**
   * `$include` between statements: the caller reads, preprocesses and lexes the file now (so dollar
   * state flows through it) and splices its tokens at `offset`.
   */
  include?(path: string, pathSpan: Span, offset: number, state: DollarState): void;
  /** `$include` inside a table body: the caller returns the included file's body lines. */
  includeTableLines?(path: string, pathSpan: Span, state: DollarState): TableLine[];
}

export interface Preprocessed {
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
  | 'block';

/**
 * Known dollar control options. `ignore`: no effect on what EMD computes (listing layout, titles,
 * compile-time variables that are never substituted). `unsupported`: they would change the
 * program, EMD warns and goes on. `block`: unsupported and followed by a block of lines up to the
 * matching `$off...` line, which is skipped.
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
  set: 'ignore',
  setglobal: 'ignore',
  setlocal: 'ignore',
  setenv: 'ignore',
  drop: 'ignore',
  dropglobal: 'ignore',
  droplocal: 'ignore',
  dropenv: 'ignore',
  onglobal: 'ignore',
  offglobal: 'ignore',
  onorder: 'ignore',
  offorder: 'ignore',
  ondigit: 'ignore',
  offdigit: 'ignore',
  // Would change the program: warn.
  if: 'unsupported',
  ifi: 'unsupported',
  ife: 'unsupported',
  ifthen: 'unsupported',
  ifthene: 'unsupported',
  iftheni: 'unsupported',
  elseif: 'unsupported',
  elseife: 'unsupported',
  elseifi: 'unsupported',
  else: 'unsupported',
  endif: 'unsupported',
  goto: 'unsupported',
  label: 'unsupported',
  batinclude: 'unsupported',
  libinclude: 'unsupported',
  sysinclude: 'unsupported',
  call: 'unsupported',
  hiddencall: 'unsupported',
  execute: 'unsupported',
  gdxin: 'unsupported',
  gdxout: 'unsupported',
  load: 'unsupported',
  loaddc: 'unsupported',
  loadm: 'unsupported',
  loaddcm: 'unsupported',
  loadr: 'unsupported',
  unload: 'unsupported',
  abort: 'unsupported',
  error: 'unsupported',
  exit: 'unsupported',
  terminate: 'unsupported',
  stop: 'unsupported',
  macro: 'unsupported',
  onmacro: 'unsupported',
  offmacro: 'unsupported',
  funclibin: 'unsupported',
  onmulti: 'unsupported',
  offmulti: 'unsupported',
  oneps: 'unsupported',
  offeps: 'unsupported',
  onend: 'unsupported',
  offend: 'unsupported',
  maxcol: 'unsupported',
  mincol: 'unsupported',
  ondotl: 'unsupported',
  offdotl: 'unsupported',
  clear: 'unsupported',
  kill: 'unsupported',
  eval: 'unsupported',
  evalglobal: 'unsupported',
  evallocal: 'unsupported',
  onecho: 'block',
  onechov: 'block',
  onechos: 'block',
  onput: 'block',
  onputv: 'block',
  onputs: 'block',
  onembeddedcode: 'block',
  onembeddedcodes: 'block',
  onembeddedcodev: 'block',
};

/** The `$off...` line that ends a `block` directive. */
function blockEnd(name: string): string {
  if (name.startsWith('onecho')) return 'offecho';
  if (name.startsWith('onput')) return 'offput';
  return 'offembeddedcode';
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 12 || c === 11;

type Mode = 'start' | 'stmt' | 'tableName' | 'tableAfterName' | 'tableDomain' | 'tableRest' | 'body';

/** Split a `$` line into name, arguments and the span of the `$name` part. */
function readDirective(
  file: SourceFile,
  start: number,
  end: number,
): { name: string; args: string; nameEnd: number; argsStart: number } {
  const t = file.text;
  let i = start + 1;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  const ns = i;
  while (i < end && (isWordChar(t.charCodeAt(i)) || t.charCodeAt(i) === 46)) i++;
  const name = t.slice(ns, i).toLowerCase();
  const nameEnd = i;
  while (i < end && isBlank(t.charCodeAt(i))) i++;
  return { name, args: t.slice(i, end).trimEnd(), nameEnd, argsStart: i };
}

/** First argument of a directive (quoted or up to white space) and its offsets. */
function firstArg(
  file: SourceFile,
  start: number,
  end: number,
): { value: string; start: number; end: number } | undefined {
  const t = file.text;
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

/**
 * Read `file` line by line. `state` is updated in place (dollar options carry across includes).
 * Diagnostics: unknown or unsupported `$` options (warnings), an unclosed `$onText` (warning),
 * `$include` without a name (error). Include problems are reported by the hooks' owner.
 */
export function preprocess(file: SourceFile, state: DollarState, hooks: PreprocessHooks = {}): Preprocessed {
  const t = file.text;
  const n = t.length;
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

  let mode: Mode = 'start';
  let depth = 0;
  let tableKw = -1;
  let body: TableBody | undefined;
  let inOntext: { start: number } | undefined;
  let inBlock: string | undefined;
  let inInline = false;
  let delimStart = state.delim ? 0 : -1;

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
  const bodyLine = (lineStart: number, codeEnd: number, lineEnd: number) => {
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
    body!.lines.push({ file, start: lineStart, end, delim: state.delim });
    if (semi < 0) {
      blank(lineStart, lineEnd);
      return;
    }
    blank(lineStart, semi);
    mode = 'start';
    body = undefined;
    scan(semi + 1, codeEnd, lineStart);
  };

  const directive = (lineStart: number, lineEnd: number) => {
    blank(lineStart, lineEnd);
    const d = readDirective(file, lineStart, lineEnd);
    const sp = span(file, lineStart, d.nameEnd);
    directives.push({ name: d.name, args: d.args, span: sp, offset: lineStart });
    const kind = directiveTable[d.name];
    switch (kind) {
      case undefined:
        diagnostics.push(diag(M.Unknown_directive_0, sp, [d.name || t.slice(lineStart + 1, lineEnd).trim()]));
        return;
      case 'ignore':
      case 'offtext':
        return;
      case 'unsupported':
        diagnostics.push(diag(M.Unsupported_directive_0, sp, [d.name]));
        return;
      case 'block':
        diagnostics.push(diag(M.Unsupported_directive_0, sp, [d.name]));
        inBlock = blockEnd(d.name);
        return;
      case 'ontext':
        inOntext = { start: lineStart };
        return;
      case 'eolcom': {
        const a = firstArg(file, d.argsStart, lineEnd);
        if (a && a.value) state.eolCom = a.value.slice(0, 2);
        state.eolOn = true;
        return;
      }
      case 'oneolcom':
        state.eolOn = true;
        return;
      case 'offeolcom':
        state.eolOn = false;
        return;
      case 'inlinecom': {
        const a = firstArg(file, d.argsStart, lineEnd);
        const b = a ? firstArg(file, a.end, lineEnd) : undefined;
        if (a && b && a.value && b.value) {
          state.inlineOpen = a.value.slice(0, 2);
          state.inlineClose = b.value.slice(0, 2);
        }
        state.inlineOn = true;
        return;
      }
      case 'oninline':
        state.inlineOn = true;
        return;
      case 'offinline':
        state.inlineOn = false;
        return;
      case 'comment': {
        const a = firstArg(file, d.argsStart, lineEnd);
        if (a && a.value) state.commentChar = a.value[0];
        return;
      }
      case 'ondelim':
        if (!state.delim) delimStart = lineEnd;
        state.delim = true;
        return;
      case 'offdelim':
        if (state.delim && !body && delimStart >= 0) delimRanges.push([delimStart, lineStart]);
        state.delim = false;
        delimStart = -1;
        return;
      case 'include': {
        const a = firstArg(file, d.argsStart, lineEnd);
        if (!a || !a.value) {
          diagnostics.push(diag(M.Include_needs_file_name, sp));
          return;
        }
        const pathSpan = span(file, a.start, a.end);
        if (body) {
          const lines = hooks.includeTableLines?.(a.value, pathSpan, state) ?? [];
          for (const l of lines) body.lines.push(l);
        } else hooks.include?.(a.value, pathSpan, lineStart, state);
        return;
      }
    }
  };

  /** Code part of a line: strips in-line and end-of-line comments, then scans. */
  const codeLine = (lineStart: number, lineEnd: number) => {
    let i = lineStart;
    let segStart = lineStart;
    const eol = state.eolOn ? state.eolCom : '';
    const io = state.inlineOn ? state.inlineOpen : '';
    const ic = state.inlineClose;
    if (inInline) {
      const close = t.indexOf(ic, lineStart);
      if (close < 0 || close >= lineEnd) {
        blank(lineStart, lineEnd);
        return;
      }
      blank(lineStart, close + ic.length);
      inInline = false;
      i = segStart = close + ic.length;
    }
    // Fast path: no comment markers configured.
    if (!eol && !io) {
      if (mode === 'body') bodyLine(lineStart, lineEnd, lineEnd);
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
        i = segStart = close + ic.length;
        continue;
      }
      i++;
    }
    if (segStart < codeEnd) segments.push([segStart, codeEnd]);
    if (mode === 'body') {
      bodyLine(lineStart, codeEnd, lineEnd);
      return;
    }
    for (const [s, e] of segments) scan(s, e, lineStart);
  };

  // A byte-order mark is not part of the program.
  if (t.charCodeAt(0) === 0xfeff) blank(0, 1);
  let lineStart = t.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    let lineEnd = lineStart;
    while (lineEnd < n) {
      const c = t.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    const first = t.charCodeAt(lineStart);
    if (inOntext) {
      blank(lineStart, lineEnd);
      if (first === 36 && readDirective(file, lineStart, lineEnd).name === 'offtext') {
        directives.push({
          name: 'offtext',
          args: '',
          span: span(file, lineStart, lineEnd),
          offset: lineStart,
        });
        inOntext = undefined;
      }
    } else if (inBlock) {
      blank(lineStart, lineEnd);
      if (first === 36 && readDirective(file, lineStart, lineEnd).name === inBlock) inBlock = undefined;
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
      body = { file, keywordOffset: tableKw, lines: [] };
      tables.set(tableKw, body);
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (t.charCodeAt(lineEnd) === 13 && t.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (inOntext) diagnostics.push(diag(M.Unterminated_ontext, span(file, inOntext.start, inOntext.start + 7)));
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
  return { lexText, tables, delimRanges, directives, diagnostics };
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
      if (first === 36 && readDirective(file, lineStart, lineEnd).name === 'offtext') inOntext = false;
    } else if (lineEnd > lineStart && t[lineStart] === state.commentChar) {
      // comment line
    } else if (first === 36) {
      const d = readDirective(file, lineStart, lineEnd);
      const sp = span(file, lineStart, d.nameEnd);
      const kind = directiveTable[d.name];
      if (kind === 'ondelim') state.delim = true;
      else if (kind === 'offdelim') state.delim = false;
      else if (kind === 'ontext') inOntext = true;
      else if (kind === 'include') {
        const a = firstArg(file, d.argsStart, lineEnd);
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
