// What the language server knows about one document, computed from the compiler's own phases:
// diagnostics (parse + check even when some statements have syntax errors), every occurrence of
// every symbol name (the checker's name links, CheckedProgram.names), and the answers to hover,
// definition, references, completion and document symbols. Editor-independent (offsets, spans);
// server.ts maps them to LSP positions. Imports syntax/, check/ (the checked program), bind/,
// diagnostics/, text/ and grammar/ name tables.
import { parseSource, type ParseHost } from '../syntax/parse.ts';
import type * as A from '../syntax/ast.ts';
import { checkProgram } from '../check/checker.ts';
import type { NameLink } from '../check/ir.ts';
import { forEachChild } from '../syntax/walk.ts';
import { resolveSet, setList, type Sym, type SymbolTable } from '../bind/symbols.ts';
import { sortAndDeduplicate, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { lineAndColumn, lineText, type SourceFile, type Span } from '../text/source-file.ts';
import { FUNCTION_NAMES, MODEL_TYPES } from '../../grammar/parser.ts';
import { keywords } from '../../grammar/tokens.ts';
import { optionCompletions, type OptionCompletion } from './options.ts';

/** A symbol name written in the source. */
export interface Occurrence {
  /** Lower-case name (symbols are case-insensitive). */
  readonly key: string;
  readonly span: Span;
  /** The declaration of the symbol (not a use). */
  readonly decl: boolean;
  /** The target of an assignment (its data is written). */
  readonly write?: boolean;
}

export interface Analysis {
  readonly file: SourceFile;
  readonly files: SourceFile[];
  readonly program: A.Program;
  readonly table: SymbolTable;
  readonly diagnostics: Diagnostic[];
  /** Occurrences in source order of their file offsets (all files). */
  readonly occurrences: Occurrence[];
}

/**
 * Parse and check `file`. With syntax errors the statements that parsed are still checked, but
 * "is not declared" errors about names written in a statement that did not parse are dropped
 * (their declaration may be the statement with the error).
 */
export function analyze(
  file: SourceFile,
  host?: ParseHost & { readBinaryFile?(path: string): Uint8Array | undefined },
): Analysis {
  const parsed = parseSource(file, host);
  let table: SymbolTable;
  let checkDiags: Diagnostic[] = [];
  let names: NameLink[] = [];
  try {
    // `$gdxin` files are read as `emd check` reads them.
    const rb = host?.readBinaryFile;
    const readBinary = host && rb ? (from: string, name: string) => rb(host.resolve(from, name)) : undefined;
    const checked = checkProgram(parsed.program, { readBinary });
    table = checked.table;
    checkDiags = checked.diagnostics;
    names = checked.names.all();
  } catch {
    // The checker never throws on user input; if it does, the syntax diagnostics still help.
    table = checkProgram({ span: parsed.program.span, statements: [] }).table;
  }
  const syntaxErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (syntaxErrors.length) {
    const broken = namesInBrokenStatements(parsed.program, syntaxErrors);
    checkDiags = checkDiags.filter((d) => {
      if (d.code !== 'E2001' || !d.span) return true;
      return !broken.has(d.span.file.text.slice(d.span.start, d.span.end).toLowerCase());
    });
    // Unused-symbol warnings mean little while statements are missing.
    checkDiags = checkDiags.filter((d) => d.severity === 'error');
  }
  const diagnostics = sortAndDeduplicate([...parsed.diagnostics, ...checkDiags]);
  const occurrences = occurrencesOf(names, parsed.program, table, diagnostics);
  return { file, files: parsed.files, program: parsed.program, table, diagnostics, occurrences };
}

/** Words of the source lines between the statements around each syntax error. */
function namesInBrokenStatements(program: A.Program, errors: Diagnostic[]): Set<string> {
  const out = new Set<string>();
  for (const d of errors) {
    if (!d.span) continue;
    const f = d.span.file;
    // The statement that failed lies between the last statement ending before the error and the
    // next one starting after it.
    let from = 0;
    let to = f.text.length;
    for (const s of program.statements) {
      if (s.span.file !== f) continue;
      if (s.span.end <= d.span.start) from = Math.max(from, s.span.end);
      else if (s.span.start > d.span.start) to = Math.min(to, s.span.start);
    }
    for (const m of f.text.slice(from, to).matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) out.add(m[0].toLowerCase());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Occurrences

/**
 * Every symbol name of the document: the checker's name links, plus, for the statements holding
 * an error, the names the AST walk below finds in them.
 */
function occurrencesOf(
  names: readonly NameLink[],
  program: A.Program,
  table: SymbolTable,
  diagnostics: readonly Diagnostic[],
): Occurrence[] {
  const out: Occurrence[] = names.map((l) => ({
    key: l.sym.name.toLowerCase(),
    span: l.span,
    decl: !!l.decl,
    ...(l.write ? { write: true } : {}),
  }));
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.span);
  const broken = program.statements.filter((s) =>
    errors.some(
      (d) => d.span!.file === s.span.file && s.span.start <= d.span!.start && d.span!.start < s.span.end,
    ),
  );
  if (!broken.length) return out;
  const seen = new Set(out.map((o) => `${o.span.file.name}:${o.span.start}`));
  for (const o of namesInStatements(broken, table))
    if (!seen.has(`${o.span.file.name}:${o.span.start}`)) out.push(o);
  return out.sort((a, b) =>
    a.span.file === b.span.file ? a.span.start - b.span.start : a.span.file.name < b.span.file.name ? -1 : 1,
  );
}

/**
 * The names written in statements, found by walking their AST. Only for statements that hold an
 * error: the checker stops at a statement's first error (a second definition of an equation, an
 * equation whose name is not declared, a loop whose binding fails, a solve of an unknown model),
 * so it never visits, and never links, the names after it; while the user fixes the error,
 * references, rename and hover must still see them.
 */
function namesInStatements(statements: readonly A.Statement[], table: SymbolTable): Occurrence[] {
  const out: Occurrence[] = [];
  const add = (name: string, span: Span, decl = false, write = false) => {
    const key = name.toLowerCase();
    if (name !== '*' && table.get(key)) out.push(write ? { key, span, decl, write } : { key, span, decl });
  };
  const expr = (e: A.Expr | undefined): void => {
    if (!e) return;
    if (e.kind === 'Ref') {
      ref(e);
      return;
    }
    // The walker visits an Indexed's condition and body; its index names are added here.
    if (e.kind === 'Indexed') for (const i of e.binding.indices) add(i.name, i.span);
    forEachChild(e, expr);
  };
  const ref = (e: A.SymbolRef, write = false) => {
    add(e.name.name, e.name.span, false, write);
    for (const ix of e.indices ?? []) {
      if (ix.kind === 'IndexName') {
        add(ix.name.name, ix.name.span);
        expr(ix.lag?.amount);
      }
    }
  };
  const binding = (b: A.IndexBinding) => {
    for (const i of b.indices) add(i.name, i.span);
    expr(b.cond);
  };
  const declItem = (it: A.DeclItemBase) => {
    add(it.name.name, it.name.span, true);
    for (const d of it.domain ?? []) add(d.name, d.span);
  };
  const items = (xs: readonly (A.SymbolRef | A.StringLit)[]) => {
    for (const x of xs) if (x.kind === 'Ref') expr(x);
  };
  const stmts = (ss: readonly A.Statement[]): void => {
    for (const s of ss) {
      switch (s.kind) {
        case 'SetDecl':
        case 'ParameterDecl':
        case 'VariableDecl':
        case 'EquationDecl':
          for (const it of s.items) declItem(it);
          break;
        case 'TableDecl':
          declItem(s.item);
          break;
        case 'AliasDecl':
          // `alias (*, u)`: `*` (the universe) is no symbol.
          for (const g of s.groups) g.forEach((id, k) => id.name !== '*' && add(id.name, id.span, k > 0));
          break;
        case 'ModelDecl':
          for (const m of s.items) {
            add(m.name.name, m.name.span, true);
            if (m.equations !== 'all') for (const q of m.equations) add(q.name, q.span);
          }
          break;
        case 'FileDecl':
          add(s.name.name, s.name.span, true);
          break;
        case 'EquationDef':
          add(s.name.name, s.name.span);
          for (const d of s.domain ?? []) add(d.name, d.span);
          expr(s.cond);
          expr(s.lhs);
          expr(s.rhs);
          break;
        case 'Assignment':
          ref(s.target, true);
          expr(s.cond);
          expr(s.value);
          break;
        case 'Solve':
          add(s.model.name, s.model.span);
          if (s.objective) add(s.objective.name, s.objective.span);
          break;
        case 'Display':
          expr(s.cond);
          items(s.items);
          break;
        case 'Option':
          for (const o of s.items) add(o.name.name, o.name.span);
          break;
        case 'Loop':
          binding(s.binding);
          stmts(s.body);
          break;
        case 'While':
          expr(s.cond);
          stmts(s.body);
          break;
        case 'Repeat':
          stmts(s.body);
          expr(s.until);
          break;
        case 'For':
          add(s.variable.name, s.variable.span);
          expr(s.from);
          expr(s.to);
          expr(s.step);
          stmts(s.body);
          break;
        case 'If':
          for (const b of s.branches) {
            expr(b.cond);
            stmts(b.body);
          }
          if (s.elseBody) stmts(s.elseBody);
          break;
        case 'Abort':
          expr(s.cond);
          items(s.items);
          break;
        case 'Gdx':
          for (const it of s.items) add(it.name.name, it.name.span);
          break;
        case 'CriticalRegion':
          add(s.model.name, s.model.span);
          for (const it of s.items) add(it.name.name, it.name.span);
          break;
        case 'Put':
          expr(s.cond);
          if (s.file) add(s.file.name, s.file.span);
          for (const it of s.items)
            if (it.kind === 'PutValue') {
              expr(it.value);
              expr(it.width);
              expr(it.decimals);
            } else if (it.kind === 'PutColumn') expr(it.value);
          break;
        default:
          break;
      }
    }
  };
  stmts(statements);
  return out;
}

/** The occurrence under `offset` of `file` (the end of a name counts: the cursor after `x`). */
export function occurrenceAt(an: Analysis, file: SourceFile, offset: number): Occurrence | undefined {
  return an.occurrences.find((o) => o.span.file === file && o.span.start <= offset && offset <= o.span.end);
}

export function definitionOf(an: Analysis, file: SourceFile, offset: number): Span | undefined {
  const o = occurrenceAt(an, file, offset);
  return o ? an.table.get(o.key)?.declSpan : undefined;
}

export function referencesOf(an: Analysis, file: SourceFile, offset: number, includeDecl: boolean): Span[] {
  const o = occurrenceAt(an, file, offset);
  if (!o) return [];
  return an.occurrences.filter((x) => x.key === o.key && (includeDecl || !x.decl)).map((x) => x.span);
}

// ---------------------------------------------------------------------------------------------
// Hover

const KIND_WORD: Record<Sym['kind'], string> = {
  set: 'Set',
  alias: 'Alias',
  parameter: 'Parameter',
  variable: 'Variable',
  equation: 'Equation',
  model: 'Model',
  file: 'File',
};

/** A data value as written in EMD (inf, eps, na). */
export function valueText(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (Number.isNaN(v)) return 'na';
  if (Object.is(v, -0)) return 'eps';
  return String(Number(v.toPrecision(12)));
}

/** `name(dom1,dom2)` as declared. */
export function signature(s: Sym): string {
  return s.domain.length ? `${s.name}(${s.domain.map((d) => d?.name ?? '*').join(',')})` : s.name;
}

function kindLine(s: Sym): string {
  switch (s.kind) {
    case 'parameter':
      return s.isScalar ? 'Scalar' : s.isTable ? 'Table' : 'Parameter';
    case 'variable':
      return s.varType === 'free'
        ? 'Variable'
        : `${s.varType[0].toUpperCase()}${s.varType.slice(1)} Variable`;
    default:
      return KIND_WORD[s.kind];
  }
}

const MAX_SHOWN = 8;

/** The compile-time data of a symbol in one line: count and first records. */
export function dataSummary(table: SymbolTable, s: Sym): string | undefined {
  const label = (keys: number[]) => keys.map((k) => table.universe.name(k)).join('.');
  switch (s.kind) {
    case 'set': {
      const recs = setList(s);
      const first = recs.slice(0, MAX_SHOWN).map((r) => label(r.keys));
      return `${recs.length} element${recs.length === 1 ? '' : 's'}${recs.length ? ': ' + first.join(', ') + (recs.length > MAX_SHOWN ? ', ...' : '') : ''}`;
    }
    case 'alias': {
      const t = resolveSet(s);
      return `alias of set ${t.name} (${t.records.size} element${t.records.size === 1 ? '' : 's'})`;
    }
    case 'parameter': {
      if (s.isScalar) {
        const r = s.records.get(0);
        return s.hasData || r ? `= ${valueText(r ?? 0)}` : 'no data';
      }
      const recs = [...s.records.values()];
      if (!recs.length) return 'no data';
      const first = recs.slice(0, MAX_SHOWN).map((r) => `${label(r.keys)} ${valueText(r.value)}`);
      return `${recs.length} record${recs.length === 1 ? '' : 's'}: ${first.join(', ')}${recs.length > MAX_SHOWN ? ', ...' : ''}`;
    }
    case 'model':
      return s.equations === 'all'
        ? 'all equations'
        : `equations: ${s.equations.map((e) => e.name).join(', ')}`;
    case 'file':
      return `writes ${s.path}`;
    default:
      return undefined;
  }
}

/** Markdown shown when hovering the symbol at `offset`; `where` writes the declaration's place. */
export function hoverText(
  an: Analysis,
  file: SourceFile,
  offset: number,
  where?: (sp: Span) => string,
): { text: string; span: Span } | undefined {
  const o = occurrenceAt(an, file, offset);
  if (!o) return undefined;
  const s = an.table.get(o.key);
  if (!s) return undefined;
  const lines: string[] = ['```emd', `${kindLine(s)} ${signature(s)}${s.text ? ` '${s.text}'` : ''}`, '```'];
  const data = dataSummary(an.table, s);
  if (data) lines.push(data);
  if (s.kind === 'equation' && s.definition) {
    const d = s.definition.span;
    const { line } = lineAndColumn(d.file, d.start);
    lines.push('', '```emd', lineText(d.file, line).trim(), '```');
  }
  const { line } = lineAndColumn(s.declSpan.file, s.declSpan.start);
  lines.push('', `declared at ${where ? where(s.declSpan) : `${s.declSpan.file.name}:${line}`}`);
  return { text: lines.join('\n'), span: o.span };
}

// ---------------------------------------------------------------------------------------------
// Completion

export type CompletionKind =
  'keyword' | 'function' | 'symbol' | 'label' | 'attribute' | 'modelType' | OptionCompletion['kind'];

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly symbolKind?: Sym['kind'];
  readonly detail?: string;
  /** Sort key: lower first. */
  readonly rank: number;
}

const VAR_ATTRS = ['l', 'lo', 'up', 'fx', 'm', 'scale', 'prior'];
const EQU_ATTRS = ['l', 'lo', 'up', 'm', 'scale'];
const MODEL_ATTRS = ['modelstat', 'solvestat', 'objval', 'iterusd', 'resusd', 'numequ', 'numvar', 'numnz'];
const INDEXED = new Set(['sum', 'prod', 'smin', 'smax', 'loop']);

/** Keyword spellings from grammar/tokens.ts (`sets?` gives set and sets). */
export function keywordWords(): string[] {
  const out = new Set<string>();
  for (const k of keywords) {
    const src = (k.PATTERN as RegExp).source;
    const m = /^([a-z]+)(s\?)?$/.exec(src);
    if (!m) continue;
    out.add(m[1]);
    if (m[2]) out.add(m[1] + 's');
  }
  return [...out].sort();
}

/** How far back completion looks for an unclosed `(`: requests stay fast on huge lines and files. */
const CONTEXT_WINDOW = 4000;

/** Innermost unclosed `(` before `offset` on the statement, the name before it and the argument index. */
export function indexContext(text: string, offset: number): { name: string; arg: number } | undefined {
  let depth = 0;
  let commas = 0;
  const lo = Math.max(0, offset - CONTEXT_WINDOW);
  for (let i = offset - 1; i >= lo; i--) {
    const c = text[i];
    if (c === ';') return undefined;
    if (c === "'" || c === '"') {
      // Skip a string backwards on the same line.
      let j = i - 1;
      while (j >= lo && text[j] !== c && text[j] !== '\n') j--;
      if (j >= lo && text[j] === c) i = j;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) {
        let e = i;
        while (e > 0 && /\s/.test(text[e - 1]) && text[e - 1] !== '\n') e--;
        let s = e;
        while (s > 0 && /[A-Za-z0-9_]/.test(text[s - 1])) s--;
        if (s === e) return undefined;
        return { name: text.slice(s, e), arg: commas };
      }
      depth--;
    } else if (c === ',' && depth === 0) commas++;
  }
  return undefined;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** The word (letters, digits, `_`) that ends at `end`. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  return text.slice(s, end);
}

/** Completions at `offset` of the document text. */
export function completionsAt(an: Analysis, text: string, offset: number): Completion[] {
  // Word being typed.
  let ws = offset;
  while (ws > 0 && isWordChar(text[ws - 1])) ws--;
  // `option |`, `option lp = |`, `$|`.
  const opts = optionCompletions(text, ws);
  if (opts) return opts;
  // Attribute: `x.` right after a symbol name. Scans back over one word only (no regex over the
  // text before the cursor: that took seconds per request after a long line).
  const attr = text[ws - 1] === '.' ? wordBefore(text, ws - 1) : undefined;
  if (attr && /^[A-Za-z_]/.test(attr)) {
    const s = an.table.get(attr);
    const list =
      s?.kind === 'variable'
        ? VAR_ATTRS
        : s?.kind === 'equation'
          ? EQU_ATTRS
          : s?.kind === 'model'
            ? MODEL_ATTRS
            : [];
    return list.map((a, k) => ({ label: a, kind: 'attribute', detail: `${s!.kind} attribute`, rank: k }));
  }
  let sp = ws;
  while (sp > 0 && ws - sp < CONTEXT_WINDOW && /\s/.test(text[sp - 1])) sp--;
  if (sp < ws && wordBefore(text, sp).toLowerCase() === 'using')
    return MODEL_TYPES.map((t, k) => ({ label: t, kind: 'modelType', rank: k }));
  const out: Completion[] = [];
  const ctx = indexContext(text, ws);
  if (ctx) {
    const s = an.table.get(ctx.name);
    if (s && s.kind !== 'model' && s.kind !== 'file' && ctx.arg < s.domain.length) {
      // An index position: the domain set, its aliases, its elements.
      const dom = s.domain[ctx.arg];
      if (dom) {
        out.push({
          label: dom.name,
          kind: 'symbol',
          symbolKind: 'set',
          detail: `domain of ${signature(s)}`,
          rank: 0,
        });
        for (const x of an.table.ordered)
          if (x.kind === 'alias' && resolveSet(x) === dom)
            out.push({
              label: x.name,
              kind: 'symbol',
              symbolKind: 'alias',
              detail: `alias of ${dom.name}`,
              rank: 1,
            });
        setList(dom)
          .slice(0, 500)
          .forEach((r) => {
            const name = r.keys.map((k) => an.table.universe.name(k)).join('.');
            out.push({ label: `'${name}'`, kind: 'label', detail: `element of ${dom.name}`, rank: 2 });
          });
      }
      for (const x of an.table.ordered)
        if ((x.kind === 'set' || x.kind === 'alias') && !out.some((c) => c.label === x.name))
          out.push({ label: x.name, kind: 'symbol', symbolKind: x.kind, detail: kindLine(x), rank: 3 });
      return out;
    }
    if (INDEXED.has(ctx.name.toLowerCase()) && ctx.arg === 0) {
      for (const x of an.table.ordered)
        if (x.kind === 'set' || x.kind === 'alias')
          out.push({ label: x.name, kind: 'symbol', symbolKind: x.kind, detail: kindLine(x), rank: 0 });
      return out;
    }
  }
  for (const s of an.table.ordered)
    out.push({
      label: s.name,
      kind: 'symbol',
      symbolKind: s.kind,
      detail: `${kindLine(s)} ${signature(s)}${s.text ? ' ' + s.text : ''}`,
      rank: 0,
    });
  for (const f of ['sum', 'prod', 'smin', 'smax', ...FUNCTION_NAMES])
    out.push({ label: f, kind: 'function', rank: 1 });
  for (const k of keywordWords()) out.push({ label: k, kind: 'keyword', rank: 2 });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document symbols

export interface DocSymbol {
  readonly name: string;
  readonly kind: Sym['kind'];
  readonly detail: string;
  /** The declared name. */
  readonly span: Span;
}

/** Declarations of `file`, in order. */
export function documentSymbols(an: Analysis, file: SourceFile): DocSymbol[] {
  return an.table.ordered
    .filter((s) => s.declSpan.file === file)
    .map((s) => ({
      name: s.name,
      kind: s.kind,
      detail: `${kindLine(s)} ${signature(s)}${s.text ? ' ' + s.text : ''}`,
      span: s.declSpan,
    }));
}
