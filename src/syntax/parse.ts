// Parsing a source file into the AST: `$` control lines and includes (grammar/preprocess.ts),
// lexing (grammar/lexer.ts), cutting the token stream into top-level statements at `;`, and the
// Chevrotain parser (grammar/parser.ts, AST built in its actions). Never throws on user input.
// Imports grammar/, text/, diagnostics/ and ast.ts.
import { sharing } from '../text/share.ts';
import { EOF, type IToken } from 'chevrotain';
import { lineAndColumn, span, type SourceFile, type Span } from '../text/source-file.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../diagnostics/messages/syntax.ts';
import type { DataRecord, DeclItemBase, DirectiveStmt, Program, Statement } from './ast.ts';
import type { CompileSymbol } from '../../grammar/compile-time.ts';
import { tokenize } from '../../grammar/lexer.ts';
import { enterFile, leaveFile } from '../../grammar/compile-time.ts';
import {
  initialDollarState,
  preprocess,
  STATEMENT_WORDS,
  type CompileOptions,
  tableLinesOf,
  type DirectiveLine,
  type DollarState,
  type PreprocessHooks,
  type TableLine,
} from '../../grammar/preprocess.ts';
import { getParser, ONLY_KEYWORDS_END, tokSpan, type EncodedError } from '../../grammar/parser.ts';
import { statementChunks } from '../../grammar/chunks.ts';
import { DELIM, lineBreakBetween } from '../../grammar/data.ts';
import { Identifier, Other, TableKw, UnterminatedString, type Tok } from '../../grammar/tokens.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { pushAll } from '../text/arrays.ts';

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
  files: SourceFile[];
  /** Files written by `$echo`/`$onEcho` (resolved path → text); the caller may save them. */
  written?: Map<string, string>;
  /**
   * After a `$call`: the bytes of each `$gdxin` file as they were at its line (undefined: absent),
   * keyed by gdxinKey, since the checker reads them after every `$call` of the program has run.
   */
  gdxSnapshots?: Map<string, Uint8Array | undefined>;
}

/** The key of a `$gdxin` line in ParseResult.gdxSnapshots: its original file and line. */
export function gdxinKey(sp: Span): string {
  let f = sp.file;
  while (f.origin) f = f.origin.file;
  return `${f.name}:${lineAndColumn(sp.file, sp.start).line}`;
}

/**
 * Runs a `$call` command in `cwd` (the main file's folder) and returns its exit code, or why it
 * could not start. `command` starts with `=` when GAMS would run it without a shell.
 */
export type CommandRunner = (command: string, cwd: string) => { exitCode: number } | { error: string };

export interface ParseOptions extends CompileOptions {
  /**
   * `$call`: absent, it is not run (W1600, for `emd check`, the language server, the playground);
   * 'refuse': an error (E1600, `emd solve --no-call`); a runner: run as GAMS does.
   */
  readonly commands?: 'refuse' | CommandRunner;
}

/** File access for `$include`: read a file, resolve a path relative to the including file. */
export interface ParseHost {
  readFile(path: string): string | undefined;
  resolve(from: string, rel: string): string;
  /**
   * The canonical name of an existing file or folder (symlinks resolved, the stored spelling of a
   * case-insensitive name), or undefined when there is none. Include cycles and the main folder's
   * confinement are checked on these names; without it, on the resolved paths.
   */
  realPath?(path: string): string | undefined;
  /** Save a file (`$echo` output before a `$call` runs; the rest is saved after compiling). */
  writeFile?(path: string, text: string): void;
  /** Binary files (GDX); paths already resolved. */
  readBinaryFile?(path: string): Uint8Array | undefined;
}

/**
 * Words that start statements: a misspelling of one at the start of a statement gets a hint. The
 * preprocessor's list, less the two- and three-letter words (`if`, `for`, `put`) that too many short
 * names are one edit away from.
 */
const STATEMENT_KEYWORDS = [...STATEMENT_WORDS].filter((w) => !['if', 'for', 'put'].includes(w));
/** Deepest `$include` nesting (a chain of 2,000 includes would overflow the stack). */
export const MAX_INCLUDE_DEPTH = 100;
/** Most `$include`s read in one parse (diamond includes double at each level). */
export const MAX_INCLUDES = 10_000;
/** Most characters read through `$include` in one parse. */
export const MAX_INCLUDED_CHARS = 200_000_000;

/** After this many syntax errors the rest of the file is skipped (binary input, wrong language). */
const MAX_ERRORS = 100;

interface FileTokens {
  tokens: Tok[];
  directives: { d: DirectiveLine; index: number }[];
}

const tokEnd = (t: IToken) => t.startOffset + t.image.length;

/** Display name of an included file: the include path joined to the includer's folder. */
function joinName(from: string, rel: string): string {
  if (/^([A-Za-z]:)?[\\/]/.test(rel)) return rel;
  const slash = Math.max(from.lastIndexOf('/'), from.lastIndexOf('\\'));
  const parts = (slash >= 0 ? from.slice(0, slash + 1) + rel : rel).split(/[\\/]/);
  const out: string[] = [];
  for (const p of parts) {
    if (p === '.' || p === '') continue;
    if (p === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(p);
  }
  const abs = /^[\\/]/.test(from) && slash >= 0 ? '/' : '';
  return abs + out.join('/');
}

const normPath = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');

/**
 * Parse `file` (and the files it `$include`s through `host`). Returns the program, every
 * diagnostic of the syntax phase (E1xxx/W1xxx) and the source files read.
 */
export function parseSource(file: SourceFile, host?: ParseHost, opts: ParseOptions = {}): ParseResult {
  if (!sharing() || Object.keys(opts).length > 0) return parseChecked(file, host, opts);
  const mine = sharedParses.get(file) ?? [];
  const hit = mine.find((m) => m.host === host);
  if (hit) return hit.result;
  const result = parseChecked(file, host, opts);
  sharedParses.set(file, [...mine, { host, result }]);
  return result;
}

/** Parses shared while src/text/share.ts's shareResults runs, by source file and host. */
const sharedParses = new WeakMap<SourceFile, { host: ParseHost | undefined; result: ParseResult }[]>();

function parseChecked(file: SourceFile, host: ParseHost | undefined, opts: ParseOptions): ParseResult {
  try {
    return parseUnchecked(file, host, opts);
  } catch (e) {
    // Unreachable unless there is a bug: user input must end in diagnostics, never in a throw.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      program: { span: span(file, 0, file.text.length), statements: [] },
      diagnostics: [diag(M.Internal_parser_error_0, span(file, 0, 0), [msg])],
      files: [file],
    };
  }
}

function parseUnchecked(file: SourceFile, host: ParseHost | undefined, opts: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [file];
  const root = host ? normPath(host.resolve(file.name, '.')) : undefined;
  // Files written by $echo/$onEcho during this parse: later $include/$if exist see them.
  const written = new Map<string, string>();
  const read = (p: string) => written.get(p) ?? host?.readFile(p);
  let called = false;
  const gdxSnapshots: [Span, Uint8Array | undefined][] = [];
  const inFolder = (p: string) => {
    const np = normPath(p);
    return root === undefined || np === root || np.startsWith(root + '/');
  };
  const realCache = new Map<string, string>();
  const real = (p: string): string => {
    let r = realCache.get(p);
    if (r === undefined) realCache.set(p, (r = normPath(host?.realPath?.(p) ?? p)));
    return r;
  };
  const realRoot = root === undefined ? undefined : real(root);
  // '' is the top of a host's relative paths (a playground file with no folder): every relative
  // path that does not climb out with '..' is inside it.
  const inside = (p: string, dir: string) =>
    dir === ''
      ? !p.startsWith('/') && p !== '..' && !p.startsWith('../')
      : p === dir || p.startsWith(dir.endsWith('/') ? dir : dir + '/');
  let included = 0;
  let includedChars = 0;
  let overBudget = false;

  /** Find an included file: `name`, then `name.gms`, then `name.emd`, relative to the includer. */
  const load = (path: string, pathSpan: Span, from: SourceFile, fromPath: string, stack: string[]) => {
    if (!host) {
      diagnostics.push(diag(M.Include_needs_host, pathSpan));
      return undefined;
    }
    const base = host.resolve(fromPath, path);
    const nb = normPath(base);
    const leaves = () =>
      diagnostics.push(
        diag(M.Include_0_leaves_folder, pathSpan, [path], `the main file's folder is ${root}.`),
      );
    if (root !== undefined && !inside(nb, root)) {
      leaves();
      return undefined;
    }
    if (overBudget) return undefined;
    if (stack.length > MAX_INCLUDE_DEPTH) {
      overBudget = true;
      diagnostics.push(diag(M.Include_nesting_too_deep_0, pathSpan, [MAX_INCLUDE_DEPTH]));
      return undefined;
    }
    const tried: string[] = [];
    for (const suffix of ['', '.gms', '.emd']) {
      const p = base + suffix;
      tried.push(p);
      const rp = real(p);
      // A symlink may point out of the main folder: confinement holds for the file really read.
      if (
        realRoot !== undefined &&
        host.realPath &&
        host.realPath(p) !== undefined &&
        !inside(rp, realRoot)
      ) {
        leaves();
        return undefined;
      }
      const text = read(p);
      if (text === undefined) continue;
      // Cycles are found on real paths: `d -> .` makes d/m.gms, d/d/m.gms … one file.
      const at = stack.findIndex((q) => real(q) === rp);
      if (at >= 0) {
        const chain = [...stack.slice(at), p].map((s) => s.slice(s.lastIndexOf('/') + 1)).join(' -> ');
        diagnostics.push(diag(M.Include_cycle_0, pathSpan, [chain]));
        return undefined;
      }
      included++;
      includedChars += text.length;
      if (included > MAX_INCLUDES || includedChars > MAX_INCLUDED_CHARS) {
        overBudget = true;
        diagnostics.push(
          diag(M.Includes_exceed_0_files_or_1_characters, pathSpan, [MAX_INCLUDES, MAX_INCLUDED_CHARS]),
        );
        return undefined;
      }
      const f: SourceFile = { name: joinName(from.name, path + suffix), text };
      files.push(f);
      return { file: f, path: p };
    }
    diagnostics.push(diag(M.Include_file_0_not_found, pathSpan, [path, tried.join("', '")]));
    return undefined;
  };

  const hooksFor = (
    f: SourceFile,
    fPath: string,
    stack: string[],
    includes?: { offset: number; r: FileTokens }[],
  ): PreprocessHooks => ({
    include(path, pathSpan, offset, st, args) {
      const inc = load(path, pathSpan, f, fPath, stack);
      if (!inc || !includes) return;
      // Each file has its own $set/$setLocal frame; %1, %2... belong to the $batInclude'd file.
      const outerArgs = st.args;
      st.args = args;
      enterFile(st.vars);
      includes.push({ offset, r: processFile(inc.file, inc.path, st, [...stack, inc.path]) });
      leaveFile(st.vars);
      st.args = outerArgs;
    },
    includeTableLines(path, pathSpan, st): TableLine[] {
      const inc = load(path, pathSpan, f, fPath, stack);
      if (!inc) return [];
      return tableLinesOf(inc.file, st, hooksFor(inc.file, inc.path, [...stack, inc.path]), diagnostics);
    },
    resume(again, offset, st) {
      if (includes) includes.push({ offset, r: processFile(again, fPath, st, stack) });
    },
    writeFile(path, text, append, pathSpan) {
      const p = host ? host.resolve(fPath, path) : path;
      if (!inFolder(p))
        return diag(M.Write_0_leaves_folder, pathSpan, [path], `the main file's folder is ${root}.`);
      written.set(p, append ? (read(p) ?? '') + text : text);
      return undefined;
    },
    fileExists(path) {
      return read(host ? host.resolve(fPath, path) : path) !== undefined;
    },
    gdxin(arg, sp) {
      if (!called || !host?.readBinaryFile) return;
      // As the checker names it (gdxFileName): `.gdx` is added to a name without an extension.
      const name = arg.trim().replace(/^(["'])(.*)\1$/, '$2');
      const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      const p = host.resolve(fPath, base.includes('.') ? name : `${name}.gdx`);
      // Keyed at the end: the span's file maps to its original lines once it is read whole.
      gdxSnapshots.push([sp, host.readBinaryFile(p)]);
    },
    call: opts.commands
      ? (command, sp) => {
          const run = opts.commands;
          if (run === 'refuse' || !run)
            return { errorLevel: 1, diagnostic: diag(M.Call_refused_0, sp, ['call']) };
          // The command sees the files $echo wrote so far, and later reads see what it wrote.
          if (host?.writeFile)
            for (const [p, text] of written) {
              try {
                host.writeFile(p, text);
                written.delete(p);
              } catch {
                // A read-only folder: the text stays in memory for later reads.
              }
            }
          called = true;
          const r = run(command, root ?? '.');
          if ('error' in r)
            return { errorLevel: 1, diagnostic: diag(M.Call_0_not_started_1, sp, [command, r.error]) };
          return { errorLevel: r.exitCode };
        }
      : undefined,
    counts() {
      let errors = 0;
      for (const d of diagnostics) if (d.severity === 'error') errors++;
      return { errors, warnings: diagnostics.length - errors };
    },
    symbols(sf, lexText, tables) {
      const own = tokenize(lexText, sf);
      for (const t of own)
        if (t.tokenType === TableKw && tables.has(t.startOffset)) t.payload = tables.get(t.startOffset);
      // The files this one included so far, at their places.
      const tokens: Tok[] = [];
      let k = 0;
      for (const t of own) {
        while (includes && k < includes.length && includes[k].offset <= t.startOffset)
          pushAll(tokens, includes[k++].r.tokens);
        tokens.push(t);
      }
      while (includes && k < includes.length) pushAll(tokens, includes[k++].r.tokens);
      return compileSymbols(parseTokens(tokens, []).map((s) => s.stmt));
    },
  });

  // Predefined names of the program: the folder of the main file is GAMS's working directory.
  if (root !== undefined)
    for (const k of ['gams.workdir', 'gams.scrdir', 'gams.curdir'])
      if (!opts.predefined?.[k]) opts = { ...opts, predefined: { ...opts.predefined, [k]: root + '/' } };

  function processFile(f: SourceFile, fPath: string, state: DollarState, stack: string[]): FileTokens {
    const includes: { offset: number; r: FileTokens }[] = [];
    // %system.fp%, %system.fn%, %system.fe%: folder, name and extension of the file being read.
    const pre0 = state.vars.predefined;
    const saved = ['system.fp', 'system.fn', 'system.fe'].map((k) => pre0.get(k));
    const abs = normPath(
      host
        ? host.resolve(fPath, fPath.slice(Math.max(fPath.lastIndexOf('/'), fPath.lastIndexOf('\\')) + 1))
        : fPath,
    );
    const slash = abs.lastIndexOf('/');
    const base = abs.slice(slash + 1);
    const dot = base.lastIndexOf('.');
    pre0.set('system.fp', abs.slice(0, slash + 1));
    pre0.set('system.fn', dot > 0 ? base.slice(0, dot) : base);
    pre0.set('system.fe', dot > 0 ? base.slice(dot) : '');
    const pre = preprocess(f, state, hooksFor(f, fPath, stack, includes));
    ['system.fp', 'system.fn', 'system.fe'].forEach((k, i) =>
      saved[i] === undefined ? pre0.delete(k) : pre0.set(k, saved[i]!),
    );
    pushAll(diagnostics, pre.diagnostics);
    const own = tokenize(pre.lexText, pre.file);
    if (pre.tables.size) {
      for (const t of own)
        if (t.tokenType === TableKw && pre.tables.has(t.startOffset))
          t.payload = pre.tables.get(t.startOffset);
    }
    if (pre.delimRanges.length) {
      let r = 0;
      for (const t of own) {
        while (r < pre.delimRanges.length && pre.delimRanges[r][1] <= t.startOffset) r++;
        // A table keyword keeps its body (a table declared after `$onDelim`: netgen).
        if (r < pre.delimRanges.length && pre.delimRanges[r][0] <= t.startOffset && t.payload === undefined)
          t.payload = DELIM;
      }
    }
    if (!includes.length && !pre.directives.length) return { tokens: own, directives: [] };
    // Splice included tokens and place directives among the tokens by offset.
    const tokens: Tok[] = [];
    const directives: FileTokens['directives'] = [];
    let ii = 0;
    let di = 0;
    const flush = (upTo: number) => {
      for (;;) {
        const dOff = di < pre.directives.length ? pre.directives[di].offset : Infinity;
        const iOff = ii < includes.length ? includes[ii].offset : Infinity;
        if ((dOff > upTo && iOff > upTo) || (dOff === Infinity && iOff === Infinity)) return;
        if (dOff <= iOff) directives.push({ d: pre.directives[di++], index: tokens.length });
        else {
          const r = includes[ii++].r;
          for (const d of r.directives) directives.push({ d: d.d, index: d.index + tokens.length });
          for (const t of r.tokens) tokens.push(t);
        }
      }
    };
    for (const t of own) {
      flush(t.startOffset);
      tokens.push(t);
    }
    flush(Infinity);
    return { tokens, directives };
  }

  let stream: FileTokens;
  try {
    stream = processFile(file, file.name, initialDollarState(opts), [
      host
        ? host.resolve(
            file.name,
            file.name.slice(Math.max(file.name.lastIndexOf('/'), file.name.lastIndexOf('\\')) + 1),
          )
        : file.name,
    ]);
  } catch (e) {
    diagnostics.push(diag(M.Internal_parser_error_0, span(file, 0, 0), [String(e)]));
    stream = { tokens: [], directives: [] };
  }

  const statements = parseTokens(stream.tokens, diagnostics);

  // Directives go before the first statement that starts at or after their position.
  const out: Statement[] = [];
  let di = 0;
  for (const s of statements) {
    while (di < stream.directives.length && stream.directives[di].index <= s.index)
      out.push(directiveStmt(stream.directives[di++].d));
    out.push(s.stmt);
  }
  while (di < stream.directives.length) out.push(directiveStmt(stream.directives[di++].d));

  return {
    program: { span: span(file, 0, file.text.length), statements: out },
    diagnostics,
    files,
    ...(written.size ? { written } : {}),
    ...(gdxSnapshots.length
      ? { gdxSnapshots: new Map(gdxSnapshots.map(([sp, bytes]) => [gdxinKey(sp), bytes])) }
      : {}),
  };
}

/**
 * What compile time knows of the declarations in `stmts` (lower-case names): dimension, whether
 * the declaration gave data, and how many records (`card`). Data assigned at execution time is not
 * known at compile time, as in GAMS.
 */
export function compileSymbols(stmts: readonly Statement[]): Map<string, CompileSymbol> {
  const out = new Map<string, CompileSymbol>();
  const put = (name: string, dim: number, records?: readonly DataRecord[]) =>
    out.set(
      name.toLowerCase(),
      records
        ? {
            dim,
            defined: true,
            card: new Set(records.map((r) => r.keys.map((k) => k.name.toLowerCase()).join('.'))).size,
          }
        : { dim, defined: false },
    );
  const dimOf = (it: DeclItemBase, records?: readonly DataRecord[]) =>
    it.domain?.length ?? (records?.[0] ? records[0].keys.length : 0);
  for (const s of stmts) {
    switch (s.kind) {
      case 'SetDecl':
        for (const it of s.items)
          put(it.name.name, it.domain?.length ?? it.elements?.[0]?.keys.length ?? 1, it.elements);
        break;
      case 'ParameterDecl':
        for (const it of s.items) put(it.name.name, dimOf(it, it.data), it.data);
        break;
      case 'TableDecl':
        put(s.item.name.name, dimOf(s.item, s.records), s.records);
        break;
      case 'VariableDecl':
      case 'EquationDecl':
        for (const it of s.items) put(it.name.name, it.domain?.length ?? 0);
        break;
      case 'ModelDecl':
        for (const it of s.items) put(it.name.name, 0);
        break;
      case 'AliasDecl':
        for (const g of s.groups) {
          const set = out.get(g[0].name.toLowerCase());
          if (set) for (const a of g.slice(1)) out.set(a.name.toLowerCase(), set);
        }
        break;
      default:
        break;
    }
  }
  return out;
}

function directiveStmt(d: DirectiveLine): DirectiveStmt {
  return { kind: 'Directive', name: d.name, args: d.args, span: d.span };
}

const show = (s: string) => {
  const t = s.length > 40 ? `${s.slice(0, 37)}...` : s;
  return t.replace(
    /[\u0000-\u001f\u007f-\u009f\ufffd]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
};

/** Parse each statement chunk; the first syntax error of a statement is reported, the statement dropped. */
function parseTokens(tokens: Tok[], diagnostics: Diagnostic[]): { stmt: Statement; index: number }[] {
  const parser = getParser();
  const files = new Set<string>();
  const dims = new Map<string, number>();
  const acronyms = new Map<string, number>();
  const out: { stmt: Statement; index: number }[] = [];
  let errors = 0;
  for (const [a, b] of statementChunks(tokens)) {
    if (errors >= MAX_ERRORS) {
      diagnostics.push(diag(M.Too_many_syntax_errors, tokSpan(tokens[a])));
      break;
    }
    const chunk = tokens.slice(a, b);
    // Diagnostics from actions (data, tables, solve clauses) count only when the statement parses:
    // after a syntax error they would describe tokens the parser invented while recovering.
    const local: Diagnostic[] = [];
    const textQuotes = new Set<IToken>();
    parser.ctx = { diagnostics: local, files, dims, acronyms, textQuotes };
    parser.input = chunk;
    let result: Statement | Statement[] | undefined;
    let thrown: unknown;
    try {
      result = parser.topStatement();
    } catch (e) {
      thrown = e;
    }
    // A lone quote outside unquoted explanatory text: the string it opens is not closed on its
    // line (reported in place of the syntax error it causes).
    const bad = chunk.find((t) => t.tokenType === UnterminatedString && !textQuotes.has(t));
    if (bad && (parser.errors.length > 0 || thrown === undefined)) {
      const text = bad.file.text;
      let end = bad.startOffset;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      diagnostics.push(diag(M.Unterminated_string, span(bad.file, bad.startOffset, end), [bad.image]));
      errors++;
      continue;
    }
    if (parser.errors.length > 0) {
      errors++;
      diagnostics.push(syntaxError(parser.errors[0], chunk, tokens[b]));
      continue;
    }
    if (thrown !== undefined) {
      errors++;
      diagnostics.push(
        diag(M.Internal_parser_error_0, tokSpan(tokens[a]), [
          thrown instanceof Error ? thrown.message : String(thrown),
        ]),
      );
      continue;
    }
    for (const d of local) diagnostics.push(d);
    if (Array.isArray(result)) for (const s of result) out.push({ stmt: s, index: a });
    else if (result) out.push({ stmt: result, index: a });
  }
  return out;
}

/** A Chevrotain recognition error as a diagnostic at the offending token. */
function syntaxError(e: { message: string; token: IToken }, chunk: Tok[], next: Tok | undefined): Diagnostic {
  let expected = e.message;
  try {
    expected = (JSON.parse(e.message) as EncodedError).expected;
  } catch {
    // a message Chevrotain built itself
  }
  let tok = e.token as Tok;
  const last = chunk[chunk.length - 1];
  if (tok.tokenType === EOF) {
    if (!next) {
      const end = tokEnd(last);
      return diag(M.Expected_0_but_found_1, span(last.file, end, end), [expected, 'the end of the file']);
    }
    tok = next;
  }
  if (tok.tokenType === Other) {
    const m = /^%[A-Za-z_][\w.]*%/.exec(tok.file.text.slice(tok.startOffset, tok.startOffset + 64));
    if (m)
      return diag(
        M.Compile_time_variable_0_undefined,
        span(tok.file, tok.startOffset, tok.startOffset + m[0].length),
        [m[0]],
        `define it with $set ${m[0].slice(1, -1)} value, or on the command line with --${m[0].slice(1, -1)}=value.`,
      );
    return diag(M.Unexpected_character_0, tokSpan(tok), [show(tok.image)]);
  }
  const i = chunk.indexOf(tok);
  const before = i > 0 ? chunk[i - 1] : tok === next ? last : undefined;
  let hint: string | undefined;
  if (expected === "';'" && before && lineBreakBetween(before, tok) && before.file === tok.file) {
    const line = lineOf(before.file, before.startOffset);
    hint = `is a ';' missing at the end of line ${line}? ${ONLY_KEYWORDS_END}`;
  }
  // A statement that starts with a misspelled keyword (`Positve Variable x`).
  if (!hint && i === 0 && tok.tokenType === Identifier) {
    const near = suggest(tok.image, STATEMENT_KEYWORDS);
    if (near) hint = `did you mean '${near}'?`;
  }
  return diag(M.Expected_0_but_found_1, tokSpan(tok), [expected, `'${show(tok.image)}'`], hint);
}

function lineOf(f: SourceFile, pos: number): number {
  return lineAndColumn(f, pos).line;
}
