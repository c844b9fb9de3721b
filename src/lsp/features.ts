// The language server's editing features over one Analysis: rename, semantic tokens, quick fixes,
// folding ranges, document highlight, signature help, document links ($include), the outline and
// the statements a range formatting covers. Editor-independent (offsets and spans); server.ts maps
// them to LSP types. Imports lsp/analysis.ts, syntax/ (AST types), bind/, ops/ (the function
// table), diagnostics/, text/ and grammar/ (the lexer, for keywords).
import type * as A from '../syntax/ast.ts';
import type { Sym } from '../bind/symbols.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { lineAndColumn, type SourceFile, type Span } from '../text/source-file.ts';
import { functions } from '../ops/functions.ts';
import { indexContext, keywordWords, occurrenceAt, type Analysis } from './analysis.ts';
import { initialDollarState, preprocess } from '../../grammar/preprocess.ts';
import { tokenize } from '../../grammar/lexer.ts';
import { keywords } from '../../grammar/tokens.ts';
import type { TokenType } from 'chevrotain';

// ---------------------------------------------------------------------------------------------
// Rename

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The name under `offset` that can be renamed (a declared symbol), or undefined. */
export function renameTarget(an: Analysis, file: SourceFile, offset: number): Span | undefined {
  const o = occurrenceAt(an, file, offset);
  return o && an.table.get(o.key) ? o.span : undefined;
}

/**
 * Every occurrence of the symbol under `offset`, in all files of the analysis (includes too), to
 * be replaced by `newName`; or why the rename is refused.
 */
export function renameSpans(
  an: Analysis,
  file: SourceFile,
  offset: number,
  newName: string,
): { spans: Span[] } | { error: string } {
  const o = occurrenceAt(an, file, offset);
  if (!o) return { error: 'There is no symbol here to rename.' };
  if (!NAME.test(newName))
    return {
      error: `'${newName}' is not a name: a letter or '_', then letters, digits or '_' (at most 63).`,
    };
  const key = newName.toLowerCase();
  if (keywordWords().includes(key) || functions.has(key) || ['sum', 'prod', 'smin', 'smax'].includes(key))
    return { error: `'${newName}' is a reserved word.` };
  const other = an.table.get(key);
  if (other && key !== o.key) return { error: `'${other.name}' is already declared (${other.kind}).` };
  return { spans: an.occurrences.filter((x) => x.key === o.key).map((x) => x.span) };
}

// ---------------------------------------------------------------------------------------------
// Semantic tokens

/**
 * Token types (the legend's order): the symbol kinds, then keywords and labels (set elements,
 * quoted or not, wherever written: data lists, tables, `x('seattle')`).
 */
export const TOKEN_TYPES = [
  'type',
  'typeParameter',
  'parameter',
  'variable',
  'function',
  'class',
  'namespace',
  'keyword',
  'enumMember',
];
export const TOKEN_MODIFIERS = ['declaration', 'modification'];
const TOKEN_OF_KIND: Record<Sym['kind'], number> = {
  set: 0,
  alias: 1,
  parameter: 2,
  variable: 3,
  equation: 4,
  model: 5,
  file: 6,
};
const KEYWORD_TOKEN = 7;
const LABEL_TOKEN = 8;
const KEYWORD_TYPES: ReadonlySet<TokenType> = new Set(keywords);

/** A token before encoding: offsets in the file, type and modifier bits. */
interface SemToken {
  readonly start: number;
  readonly end: number;
  readonly type: number;
  readonly mods: number;
}

/** Declarations: their unquoted explanatory texts may hold keyword words (`x 'cost of model'`). */
function firstItemStart(s: A.Statement): number | undefined {
  switch (s.kind) {
    case 'SetDecl':
    case 'ParameterDecl':
    case 'VariableDecl':
    case 'EquationDecl':
    case 'ModelDecl':
      return s.items[0]?.name.span.start;
    case 'TableDecl':
      return s.item.name.span.start;
    case 'FileDecl':
      return s.name.span.start;
    default:
      return undefined;
  }
}

/**
 * Keywords of `file` as the lexer reads them (comments, `$` lines and table bodies blanked; `lt`
 * used as a name is a name), except in the explanatory texts of declarations: there only the words
 * before the first declared name are keywords.
 */
function keywordTokens(an: Analysis, file: SourceFile): SemToken[] {
  const pre = preprocess(file, initialDollarState());
  // `%name%` substitution changes the offsets: no keywords rather than misplaced ones.
  if (pre.file.text.length !== file.text.length) return [];
  const cut: [number, number][] = [];
  for (const s of an.program.statements) {
    const first = s.span.file === file ? firstItemStart(s) : undefined;
    if (first !== undefined) cut.push([first, s.span.end]);
  }
  // Tokens and ranges are both in offset order: one sweep.
  let k = 0;
  const inText = (o: number) => {
    while (k < cut.length && cut[k][1] <= o) k++;
    return k < cut.length && cut[k][0] <= o;
  };
  return tokenize(pre.lexText, file)
    .filter((t) => KEYWORD_TYPES.has(t.tokenType) && !inText(t.startOffset))
    .map((t) => ({
      start: t.startOffset,
      end: t.startOffset + t.image.length,
      type: KEYWORD_TOKEN,
      mods: 0,
    }));
}

/** Every label written in `file`: data records' keys, `x('a')` and labels in equation domains. */
function labelTokens(an: Analysis, file: SourceFile): SemToken[] {
  const out: SemToken[] = [];
  const label = (l: A.Label) => {
    if (l.setRef || l.span.file !== file) return;
    // The records of a range (`/k1*k500000/`) are one per element, all with the range's span: one token.
    const last = out[out.length - 1];
    if (last?.start === l.span.start && last.end === l.span.end) return;
    out.push({ start: l.span.start, end: l.span.end, type: LABEL_TOKEN, mods: 0 });
  };
  // The AST is plain data but for table records (built on access): walk every object; labels are
  // the `keys` of data records and the `label` of `IndexLabel`s and of equation domains. Spans
  // (which hold the file) are skipped.
  const walk = (v: unknown, key: string): void => {
    if (Array.isArray(v)) {
      for (const x of v) key === 'keys' ? label(x as A.Label) : walk(x, key);
    } else if (v && typeof v === 'object' && !('file' in v)) {
      if (key === 'label') label(v as A.Label);
      else if ((v as A.Statement).kind === 'TableDecl')
        for (const r of (v as A.TableDecl).records) r.keys.forEach(label);
      else for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(an.program.statements, '');
  return out;
}

/**
 * LSP's relative encoding: per token Δline, Δstart, length, type, modifier bits. Symbol names
 * first; a keyword or label never overlaps one (nor each other: a range `h1*h24` is one token).
 */
export function semanticTokens(an: Analysis, file: SourceFile): number[] {
  const all: SemToken[] = [];
  for (const o of an.occurrences) {
    const s = o.span.file === file ? an.table.get(o.key) : undefined;
    if (s)
      all.push({
        start: o.span.start,
        end: o.span.end,
        type: TOKEN_OF_KIND[s.kind],
        mods: (o.decl ? 1 : 0) | (o.write ? 2 : 0),
      });
  }
  // A loop, not push(...): a spread of some 10^5 tokens overflows the stack.
  for (const t of keywordTokens(an, file)) all.push(t);
  for (const t of labelTokens(an, file)) all.push(t);
  // Stable: at one offset a symbol name comes before a keyword or label.
  all.sort((a, b) => a.start - b.start);
  const out: number[] = [];
  let line = 0;
  let ch = 0;
  let lastEnd = -1;
  for (const t of all) {
    if (t.start < lastEnd) continue;
    const p = lineAndColumn(file, t.start);
    const l = p.line - 1;
    const c = p.column - 1;
    out.push(l - line, l === line ? c - ch : c, t.end - t.start, t.type, t.mods);
    line = l;
    ch = c;
    lastEnd = t.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document highlight

export type HighlightKind = 'read' | 'write' | 'text';

/** Occurrences in `file` of the symbol under `offset`: declarations and assignments write. */
export function highlights(
  an: Analysis,
  file: SourceFile,
  offset: number,
): { span: Span; kind: HighlightKind }[] {
  const o = occurrenceAt(an, file, offset);
  if (!o) return [];
  return an.occurrences
    .filter((x) => x.key === o.key && x.span.file === file)
    .map((x) => ({ span: x.span, kind: x.decl || x.write ? 'write' : 'read' }));
}

// ---------------------------------------------------------------------------------------------
// Quick fixes

export interface TextChange {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly changes: TextChange[];
  readonly preferred?: boolean;
}

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The top-level statement of `file` whose span holds `offset`. */
function statementAt(an: Analysis, file: SourceFile, offset: number): A.Statement | undefined {
  return an.program.statements.find(
    (s) => s.span.file === file && s.span.start <= offset && offset <= s.span.end,
  );
}

/** How an undeclared name is used, strongest first: the kind of symbol its declaration makes. */
const enum Use {
  /** A declaration's domain, a sum, loop or equation index, an index of a reference: a set. */
  Set,
  /** With a variable attribute (`x.l`, `x.up(i) = 1`): a variable. */
  Attribute,
  /** On the left of an assignment or a `for` counter: a parameter. */
  Assigned,
  /** In an equation's definition: a variable. */
  Equation,
  /** Anywhere else (the right of an assignment, a display): a parameter. */
  Read,
}
const VARIABLE_ATTRS = new Set(['l', 'lo', 'up', 'fx', 'prior']);

interface Uses {
  use: Use;
  indices?: readonly A.IndexArg[];
  superset?: string;
}

/** How each undeclared name is used in the program (one walk for all of them). */
function undeclaredUses(an: Analysis): Map<string, Uses> {
  const out = new Map<string, Uses>();
  /** The entry of an undeclared name, or undefined for a declared one. */
  const of = (id: { name: string }): Uses | undefined => {
    const key = id.name.toLowerCase();
    if (an.table.get(key)) return undefined;
    let u = out.get(key);
    if (!u) out.set(key, (u = { use: Use.Read + 1 }));
    return u;
  };
  const note = (id: { name: string }, use: Use, ix?: readonly A.IndexArg[]) => {
    const u = of(id);
    if (!u) return undefined;
    u.use = Math.min(u.use, use);
    if (!u.indices && ix?.length) u.indices = ix;
    return u;
  };
  const ref = (r: A.SymbolRef, use: Use) => {
    note(r.name, r.attr && VARIABLE_ATTRS.has(r.attr.name.toLowerCase()) ? Use.Attribute : use, r.indices);
    r.indices?.forEach((ix, k) => {
      if (ix.kind !== 'IndexName') return;
      const u = note(ix.name, Use.Set);
      if (u) {
        const dom = an.table.get(r.name.name);
        u.superset ??= dom && dom.kind !== 'model' && dom.kind !== 'file' ? dom.domain[k]?.name : undefined;
      }
      if (ix.lag) walk(ix.lag.amount, use);
    });
  };
  // The AST is plain data (but for table records, which hold no names): walk every object. Only
  // references and the nodes below carry the roles; a bare name elsewhere (a model's equation
  // list, a solve's objective) says nothing.
  const walk = (v: unknown, use: Use): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, use));
    if (!v || typeof v !== 'object' || 'file' in v) return;
    const n = v as A.Statement | A.Expr | A.DomainEntry;
    if ('kind' in n) {
      switch (n.kind) {
        case 'Ref':
          return ref(n, use);
        case 'Assignment':
          ref(n.target, Use.Assigned);
          walk([n.cond, n.value, n.tuples], use);
          return;
        case 'EquationDef':
          for (const d of n.domain ?? []) note(d, Use.Set);
          walk([n.cond, n.lhs, n.rhs, n.tuples], Use.Equation);
          return;
        case 'Indexed':
        case 'Loop':
          for (const i of n.binding.indices) note(i, Use.Set);
          break;
        case 'For':
          note(n.variable, Use.Assigned);
          break;
        case 'SetDecl':
        case 'ParameterDecl':
        case 'VariableDecl':
        case 'EquationDecl':
        case 'TableDecl':
          // Declarations hold names only in their domains (`Parameter p(k)`).
          for (const it of n.kind === 'TableDecl' ? [n.item] : n.items)
            for (const d of it.domain ?? []) if (d.name !== '*') note(d, Use.Set);
          return;
      }
    }
    for (const x of Object.values(v)) if (x && typeof x === 'object') walk(x, use);
  };
  walk(an.program.statements, Use.Read);
  return out;
}

/**
 * The declaration of an undeclared `name` that its uses call for: a set when it indexes something,
 * a variable when it has a variable attribute or is in an equation (and is not assigned), else a
 * parameter (a scalar without indices). The indices are those of its first indexed use: a declared
 * set or alias stays, anything else is the universe; a set indexing a symbol becomes a subset of
 * that symbol's domain there.
 */
function declarationFor(an: Analysis, name: string, u: Uses | undefined): { kind: string; text: string } {
  const dom = (u?.indices ?? []).map((ix) => {
    const s = ix.kind === 'IndexName' ? an.table.get(ix.name.name) : undefined;
    return s && (s.kind === 'set' || s.kind === 'alias') ? s.name : '*';
  });
  const args = (names: readonly string[]) => (names.length ? `(${names.join(',')})` : '');
  switch (u?.use) {
    case Use.Set:
      return { kind: 'set', text: `Set ${name}${args(u.superset ? [u.superset] : [])}` };
    case Use.Attribute:
    case Use.Equation:
      return { kind: 'variable', text: `Variable ${name}${args(dom)}` };
    default:
      return dom.length
        ? { kind: 'parameter', text: `Parameter ${name}${args(dom)}` }
        : { kind: 'scalar', text: `Scalar ${name}` };
  }
}

/**
 * Quick fixes for the diagnostics of `file` that overlap [start, end]: a did-you-mean hint
 * replaces the name, an undeclared name gets a declaration before its statement, a missing `;`
 * is inserted at the end of the line the hint names.
 */
export function quickFixes(an: Analysis, file: SourceFile, start: number, end: number): Fix[] {
  const out: Fix[] = [];
  let uses: Map<string, Uses> | undefined;
  for (const d of an.diagnostics) {
    const sp = d.span;
    if (!sp || sp.file !== file || sp.end < start || sp.start > end) continue;
    const mean = d.hint && /did you mean '([^']+)'\?/.exec(d.hint);
    if (mean)
      out.push({
        title: `Change to '${mean[1]}'`,
        diagnostic: d,
        changes: [{ file, start: sp.start, end: sp.end, newText: mean[1] }],
        preferred: true,
      });
    if (d.code === 'E2001') {
      const name = file.text.slice(sp.start, sp.end);
      const st = statementAt(an, file, sp.start);
      if (NAME.test(name) && st) {
        uses ??= undeclaredUses(an);
        const { kind, text } = declarationFor(an, name, uses.get(name.toLowerCase()));
        const at = lineStartOf(file.text, st.span.start);
        out.push({
          title: `Declare ${kind} '${name}'`,
          diagnostic: d,
          changes: [{ file, start: at, end: at, newText: `${text};\n` }],
        });
      }
    }
    const semi = d.hint && /';' missing at the end of line (\d+)/.exec(d.hint);
    if (semi) {
      const line = Number(semi[1]);
      const from = nthLineStart(file.text, line);
      if (from !== undefined) {
        let e = file.text.indexOf('\n', from);
        if (e < 0) e = file.text.length;
        while (e > from && /\s/.test(file.text[e - 1])) e--;
        out.push({
          title: `Insert ';' at the end of line ${line}`,
          diagnostic: d,
          changes: [{ file, start: e, end: e, newText: ';' }],
          preferred: true,
        });
      }
    }
  }
  return out;
}

function nthLineStart(text: string, line: number): number | undefined {
  let at = 0;
  for (let k = 1; k < line; k++) {
    at = text.indexOf('\n', at) + 1;
    if (at === 0) return undefined;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// Folding ranges

export interface Fold {
  /** 0-based lines. */
  readonly startLine: number;
  readonly endLine: number;
  readonly comment?: boolean;
}

/** Statements over several lines (and the bodies of loops and ifs), `$onText` blocks, runs of `*` comment lines. */
export function foldingRanges(an: Analysis, file: SourceFile): Fold[] {
  const out: Fold[] = [];
  const lineOf = (off: number) => lineAndColumn(file, off).line - 1;
  const walk = (ss: readonly A.Statement[]) => {
    for (const s of ss) {
      if (s.span.file !== file) continue;
      const a = lineOf(s.span.start);
      const b = lineOf(Math.max(s.span.start, s.span.end - 1));
      if (b > a) out.push({ startLine: a, endLine: b });
      if ('body' in s && Array.isArray(s.body)) walk(s.body as A.Statement[]);
      if (s.kind === 'If') {
        for (const br of s.branches) walk(br.body);
        if (s.elseBody) walk(s.elseBody);
      }
    }
  };
  walk(an.program.statements);
  const lines = file.text.split('\n');
  let open: number | undefined;
  let star: number | undefined;
  lines.forEach((t, k) => {
    if (/^\$ontext\b/i.test(t)) open = k;
    else if (/^\$offtext\b/i.test(t) && open !== undefined) {
      if (k > open) out.push({ startLine: open, endLine: k, comment: true });
      open = undefined;
    }
    const isStar = t.startsWith('*') && open === undefined;
    if (isStar && star === undefined) star = k;
    if (!isStar && star !== undefined) {
      if (k - 1 > star) out.push({ startLine: star, endLine: k - 1, comment: true });
      star = undefined;
    }
  });
  if (star !== undefined && lines.length - 1 > star)
    out.push({ startLine: star, endLine: lines.length - 1, comment: true });
  return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}

// ---------------------------------------------------------------------------------------------
// Signature help

export interface Signature {
  readonly label: string;
  /** The parameters' labels, each a substring of `label`. */
  readonly parameters: string[];
  readonly active: number;
  readonly doc?: string;
}

const INDEXED_DOC: Record<string, string> = {
  sum: 'Sum of the expression over the index set.',
  prod: 'Product of the expression over the index set.',
  smin: 'Smallest value of the expression over the index set.',
  smax: 'Largest value of the expression over the index set.',
};

/** The signature of the function or indexed symbol whose `(` encloses `offset`. */
export function signatureAt(an: Analysis, text: string, offset: number): Signature | undefined {
  const ctx = indexContext(text, offset);
  if (!ctx) return undefined;
  const name = ctx.name.toLowerCase();
  if (INDEXED_DOC[name]) {
    const parameters = ['index', 'expression'];
    return {
      label: `${name}(index, expression)`,
      parameters,
      active: Math.min(ctx.arg, 1),
      doc: INDEXED_DOC[name],
    };
  }
  const s = an.table.get(name);
  if (s && s.kind !== 'model' && s.kind !== 'file' && s.domain.length) {
    const names = s.domain.map((d, k) => s.domainNames?.[k] ?? d?.name ?? '*');
    return {
      label: `${s.name}(${names.join(', ')})`,
      parameters: names,
      active: Math.min(ctx.arg, names.length - 1),
      doc: s.text,
    };
  }
  const f = functions.get(name);
  if (f) {
    const parameters = Array.from({ length: Math.max(f.maxArgs, 0) }, (_, k) =>
      f.maxArgs === 1 ? 'x' : `x${k + 1}`,
    );
    const shown = parameters.map((p, k) => (k >= f.minArgs ? `[${p}]` : p));
    return {
      label: `${name}(${shown.join(', ')})`,
      parameters: shown,
      active: Math.min(ctx.arg, Math.max(parameters.length - 1, 0)),
      doc:
        f.minArgs === f.maxArgs
          ? `${f.maxArgs} argument${f.maxArgs === 1 ? '' : 's'}`
          : `${f.minArgs} to ${f.maxArgs} arguments`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Document links

export interface IncludeLink {
  /** The path as written (without quotes). */
  readonly start: number;
  readonly end: number;
  /** The file the parse read for it (absolute name), if any. */
  readonly target?: string;
}

const INCLUDE_LINE =
  /^[ \t]*\$(include|batinclude|sinclude|binclude|gdxin)[ \t]+("[^"\n]+"|'[^'\n]+'|[^\s]+)/gim;

/**
 * The paths of `$include`, `$batInclude` and `$gdxIn` lines of `file`, each with the file it
 * resolves to (`exists` decides, trying the parser's suffixes '', '.gms', '.emd').
 */
export function includeLinks(
  file: SourceFile,
  resolvePath: (rel: string) => string,
  exists: (path: string) => boolean,
): IncludeLink[] {
  const out: IncludeLink[] = [];
  for (const m of file.text.matchAll(INCLUDE_LINE)) {
    const raw = m[2];
    const quoted = raw[0] === '"' || raw[0] === "'";
    const path = quoted ? raw.slice(1, -1) : raw;
    const start = m.index! + m[0].length - raw.length + (quoted ? 1 : 0);
    const base = resolvePath(path);
    const suffixes = m[1].toLowerCase() === 'gdxin' ? ['', '.gdx'] : ['', '.gms', '.emd'];
    const target = suffixes.map((s) => base + s).find(exists);
    out.push({ start, end: start + path.length, target });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Outline

export interface OutlineItem {
  readonly name: string;
  readonly kind: Sym['kind'] | 'definition';
  readonly detail: string;
  /** The whole declaration item or definition. */
  readonly span: Span;
  /** The name. */
  readonly selection: Span;
  readonly children: OutlineItem[];
}

/** Declaration items and equation definitions (`cost ..`, under their equation) of `file`. */
export function outline(an: Analysis, file: SourceFile, detailOf: (s: Sym) => string): OutlineItem[] {
  const out: OutlineItem[] = [];
  const bySym = new Map<Sym, OutlineItem>();
  const item = (name: A.Ident, full: Span) => {
    const s = an.table.get(name.name);
    if (!s || s.declSpan.file !== file || s.declSpan.start !== name.span.start) return;
    const it: OutlineItem = {
      name: s.name,
      kind: s.kind,
      detail: detailOf(s),
      span: full,
      selection: name.span,
      children: [],
    };
    bySym.set(s, it);
    out.push(it);
  };
  const defs: A.EquationDef[] = [];
  const walk = (ss: readonly A.Statement[]) => {
    for (const s of ss) {
      if (s.span.file !== file) continue;
      switch (s.kind) {
        case 'SetDecl':
        case 'ParameterDecl':
        case 'VariableDecl':
        case 'EquationDecl':
          // An item reaches up to the comma or line break before the next one (or the `;`).
          s.items.forEach((it, k) => {
            let end = k + 1 < s.items.length ? s.items[k + 1].name.span.start : s.span.end;
            while (end > it.name.span.end && /[\s,;]/.test(file.text[end - 1])) end--;
            item(it.name, { file, start: it.name.span.start, end: Math.max(end, it.span.end) });
          });
          break;
        case 'TableDecl':
          item(s.item.name, s.span);
          break;
        case 'AliasDecl':
          for (const g of s.groups) for (const id of g.slice(1)) item(id, id.span);
          break;
        case 'ModelDecl':
          for (const m of s.items) item(m.name, m.span);
          break;
        case 'FileDecl':
          item(s.name, s.span);
          break;
        case 'EquationDef':
          defs.push(s);
          break;
        default:
          if ('body' in s && Array.isArray(s.body)) walk(s.body as A.Statement[]);
          if (s.kind === 'If') {
            for (const br of s.branches) walk(br.body);
            if (s.elseBody) walk(s.elseBody);
          }
      }
    }
  };
  walk(an.program.statements);
  for (const d of defs) {
    const s = an.table.get(d.name.name);
    const name = `${s?.name ?? d.name.name}${d.domain?.length ? `(${d.domain.map((i) => i.name).join(',')})` : ''} ..`;
    const it: OutlineItem = {
      name,
      kind: 'definition',
      detail: 'definition',
      span: d.span,
      selection: d.name.span,
      children: [],
    };
    const parent = s && bySym.get(s);
    if (parent) parent.children.push(it);
    else out.push(it);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Range formatting

/**
 * The offsets [start, end) of the whole top-level statements of `file` that overlap [from, to]
 * (the first one from its line start when only blanks precede it), or undefined when none do.
 */
export function statementsInRange(
  an: Analysis,
  file: SourceFile,
  from: number,
  to: number,
): [number, number] | undefined {
  let a: number | undefined;
  let b: number | undefined;
  for (const s of an.program.statements) {
    if (s.span.file !== file || s.span.end < from || s.span.start > to) continue;
    a = a === undefined ? s.span.start : Math.min(a, s.span.start);
    b = b === undefined ? s.span.end : Math.max(b, s.span.end);
  }
  if (a === undefined || b === undefined) return undefined;
  // The `;` that ends the last statement.
  const semi = /^[ \t]*;/.exec(file.text.slice(b, b + 200));
  if (semi) b += semi[0].length;
  const ls = lineStartOf(file.text, a);
  if (/^[ \t]*$/.test(file.text.slice(ls, a))) a = ls;
  return [a, b];
}
