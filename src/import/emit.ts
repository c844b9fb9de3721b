// Writes the .emd text of an imported program: every statement written as source (print.ts) in
// source order, `*` comment lines and `$onText` blocks of the main file kept where they stood, blank
// lines kept between statements, and what cannot be carried (text that did not parse, unsupported
// `$` lines, tables whose data was lost) kept as comments next to a diagnostic; then the whole text
// laid out by the formatter (prettier/format.ts), the one printer of the language. Imports
// syntax/ast.ts, text/, diagnostics/, grammar/preprocess.ts, prettier/format.ts and this folder.
import type * as A from '../syntax/ast.ts';
import { lineAndColumn, type SourceFile, type Span } from '../text/source-file.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { importMessages as M } from '../diagnostics/messages/import.ts';
import { directiveTable } from '../../grammar/preprocess.ts';
import type { ProgramIndex } from './program-index.ts';
import { formatSource } from '../prettier/format.ts';
import {
  printEquationDecl,
  printParameterDecl,
  printSetDecl,
  printStatement,
  printVariableDecl,
  quoteText,
  type DeclOptions,
} from './print.ts';
import { pushAll } from '../text/arrays.ts';

export interface EmitInput {
  readonly file: SourceFile;
  readonly program: A.Program;
  readonly index: ProgramIndex;
  /** The lexer's view of the main file: comments, `$` lines and table bodies are blanks. */
  readonly lexText: string;
  /** Tables whose data was lost to a range header: their statement offsets. */
  readonly lostTables: ReadonlySet<number>;
  /** Diagnostics noted in the output as comments above the statement they are about. */
  readonly notes: readonly Diagnostic[];
  /** The formatter's line width (tables are split into `+` blocks that fit it). */
  readonly printWidth: number;
}

export interface EmitResult {
  readonly text: string;
  /** W6022 for each piece of source that is kept only as a comment. */
  readonly diagnostics: Diagnostic[];
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly lines: string[];
  /** Main-file statements take the comments inside their span. */
  readonly stmt?: A.Statement;
}

/** Lexical `$` options: their effect is in the tree already and the output holds no such comments. */
const LEXICAL = new Set([
  'eolcom',
  'oneolcom',
  'offeolcom',
  'inlinecom',
  'oninline',
  'offinline',
  'comment',
  'ondelim',
  'offdelim',
  'ontext',
  'offtext',
]);

const OWN_NOTE =
  /^\* (emd import [EW]\d{4} \(line \d+, column \d+\): |Imported from .* by emd import\.$|\d+ error\(s\) and \d+ warning\(s\): each is noted)/;

function splitLines(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || i === end) {
      out.push({ start: s, end: i, text: text.slice(s, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  return out;
}

/** A source line as a comment line (control characters shown as spaces: the output is text). */
const asComment = (line: string) =>
  `* ${line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')}`.trimEnd();

export function emitEmd(input: EmitInput): EmitResult {
  const { file, index: idx } = input;
  const text = file.text;
  const diagnostics: Diagnostic[] = [];

  // Comment lines and $onText blocks of the main file.
  const comments: Item[] = [];
  const lines = splitLines(text, 0, text.length);
  let block: { start: number; lines: string[] } | undefined;
  let commentChar = '*';
  for (const l of lines) {
    if (block) {
      block.lines.push(l.text);
      if (/^\$\s*offtext\b/i.test(l.text)) {
        comments.push({ start: block.start, end: l.end, lines: block.lines });
        block = undefined;
      }
      continue;
    }
    // The importer's own notes from an earlier import are written afresh.
    if (OWN_NOTE.test(l.text)) continue;
    const cc = /^\$\s*comment\s+(\S)/i.exec(l.text);
    if (cc) commentChar = cc[1];
    if (/^\$\s*ontext\b/i.test(l.text)) block = { start: l.start, lines: ['$onText'] };
    else if (l.text.startsWith(commentChar))
      comments.push({
        start: l.start,
        end: l.end,
        lines: [
          `*${l.text.slice(1)}`.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trimEnd(),
        ],
      });
  }
  if (block) comments.push({ start: block.start, end: text.length, lines: [...block.lines, '$offText'] });
  for (const c of comments)
    if (c.lines[0] !== '$onText' && /^\$\s*offtext\b/i.test(c.lines[c.lines.length - 1]))
      c.lines[c.lines.length - 1] = '$offText';

  // Text that no statement covers: it did not parse. Kept as comments, one diagnostic per region.
  const main = input.program.statements.filter((s) => s.span.file === file);
  const covered = new Uint8Array(text.length + 1);
  for (const s of main) covered.fill(1, s.span.start, Math.min(text.length, s.span.end));
  const lex = input.lexText;
  const uncoveredLines = new Set<number>();
  for (const l of lines) {
    for (let i = l.start; i < l.end; i++) {
      const c = lex.charCodeAt(i);
      if (
        covered[i] ||
        c === 32 ||
        c === 9 ||
        c === 59 ||
        c === 44 ||
        c === 12 ||
        c === 11 ||
        Number.isNaN(c)
      )
        continue;
      // `file` keywords are outside the spans of their (per-item) FileDecl statements.
      const word = /^[A-Za-z]+/.exec(lex.slice(i, i + 8))?.[0]?.toLowerCase();
      if ((word === 'file' || word === 'files') && !/[A-Za-z0-9_]/.test(lex[i - 1] ?? ' ')) {
        i += word.length - 1;
        continue;
      }
      uncoveredLines.add(l.start);
      break;
    }
  }
  const regions: Item[] = [];
  let cur: { first: number; last: number } | undefined;
  const flushRegion = () => {
    if (!cur) return;
    const ls = lines.slice(cur.first, cur.last + 1);
    const start = ls[0].start;
    const from = lineAndColumn(file, start).line;
    const to = from + ls.length - 1;
    let at = start;
    while (at < ls[0].end && (covered[at] || /\s/.test(lex[at]))) at++;
    const d = diag(M.Not_carried_0, { file, start: at, end: ls[0].end }, [
      from === to ? `line ${from}` : `lines ${from}-${to}`,
    ]);
    diagnostics.push(d);
    regions.push({ start, end: ls[ls.length - 1].end, lines: ls.map((l) => asComment(l.text)) });
    cur = undefined;
  };
  lines.forEach((l, i) => {
    if (!uncoveredLines.has(l.start)) return flushRegion();
    if (cur && cur.last === i - 1) cur.last = i;
    else {
      flushRegion();
      cur = { first: i, last: i };
    }
  });
  flushRegion();

  // Statements in program order; statements of included files come right after their $include.
  const items: Item[] = [];
  const dupItems = new Map<A.Statement, Map<number, string>>();
  for (const { decl, first } of idx.duplicates) {
    if (!decl.item) continue;
    let m = dupItems.get(decl.stmt);
    if (!m) dupItems.set(decl.stmt, (m = new Map()));
    const { line } = lineAndColumn(first.span.file, first.span.start);
    const dom = decl.domain.length ? `(${decl.domain.join(',')})` : '';
    m.set(
      decl.itemIndex,
      `* ${decl.name}${dom}${decl.text ? ` ${quoteText(decl.text)}` : ''}   (declared again: the declaration on line ${line} stands; emd import dropped this one)`,
    );
  }
  const inMainComments = (s: A.Statement) =>
    comments.filter((c) => c.start > s.span.start && c.start < s.span.end);

  for (const s of input.program.statements) {
    const isMain = s.span.file === file;
    const inside = isMain ? inMainComments(s) : [];
    let out: string[];
    if (s.kind === 'Directive') {
      if (LEXICAL.has(s.name)) continue;
      const kind = directiveTable[s.name];
      if (s.name === 'include')
        out = [`* $include ${s.args}   (its statements follow, inlined by emd import)`];
      else if (kind === 'ignore') out = isMain ? printStatement(s, input.printWidth) : [];
      else out = [`* $${s.name}${s.args ? ` ${s.args}` : ''}   (not supported by EMD: kept as a comment)`];
      if (!out.length) continue;
    } else if (s.kind === 'TableDecl' && input.lostTables.has(s.span.start) && isMain) {
      out = declWithLostTable(s);
    } else if (isDecl(s)) {
      out = printDecl(s, inside, dupItems.get(s));
      inside.length = 0;
    } else out = printStatement(s, input.printWidth);
    items.push({
      start: isMain ? s.span.start : -1,
      end: isMain ? s.span.end : -1,
      lines: [...inside.flatMap((c) => c.lines), ...out],
      stmt: s,
    });
    for (const c of inMainComments(s)) c.lines.length = 0;
  }

  function declWithLostTable(s: A.TableDecl): string[] {
    const it = s.item;
    const dom = it.domain?.length ? `(${it.domain.map((d) => d.name).join(',')})` : '';
    const head = `Parameter ${it.name.name}${dom}${it.text ? ` ${quoteText(it.text)}` : ''} ;`;
    // The original table, from its keyword to its `;`, as comment lines.
    const semi = text.indexOf(';', s.span.end);
    const end = semi < 0 ? text.length : semi + 1;
    const lineStart = text.lastIndexOf('\n', s.span.start) + 1;
    const orig = splitLines(text, lineStart, end).map((l) => asComment(l.text));
    return [head, '* The table as written (its data cannot be read: see the range header):', ...orig];
  }

  function printDecl(
    s: A.SetDecl | A.ParameterDecl | A.VariableDecl | A.EquationDecl,
    inside: Item[],
    dups?: Map<number, string>,
  ): string[] {
    const names = s.items.map((it) => it.name.span.start);
    const before: string[][] = s.items.map(() => []);
    const after: string[] = [];
    for (const c of inside) {
      const k = names.findIndex((n) => n > c.start);
      pushAll(k >= 0 ? before[k] : after, c.lines);
    }
    const skip = new Set<number>();
    for (const [k, line] of dups ?? []) {
      skip.add(k);
      let next = k + 1;
      while (next < s.items.length && skip.has(next)) next++;
      if (next < s.items.length) before[next].unshift(line);
      else after.push(line);
    }
    // Items skipped before their successor was: move the notes to the next kept item.
    for (const k of [...skip].sort((a, b) => a - b)) {
      if (!before[k].length) continue;
      let next = k + 1;
      while (next < s.items.length && skip.has(next)) next++;
      if (next < s.items.length) before[next] = pushAll(before[k], before[next]);
      else pushAll(after, before[k]);
      before[k] = [];
    }
    const o: DeclOptions = { before, skip };
    const body =
      s.kind === 'SetDecl'
        ? printSetDecl(s, o)
        : s.kind === 'ParameterDecl'
          ? printParameterDecl(s, o)
          : s.kind === 'VariableDecl'
            ? printVariableDecl(s, o)
            : printEquationDecl(s, o);
    return [...body, ...after];
  }

  // Merge statements, comments and uncovered regions; notes go above the item they point into.
  const all: Item[] = [];
  let ci = 0;
  const pending = [...comments.filter((c) => c.lines.length), ...regions].sort((a, b) => a.start - b.start);
  for (const it of items) {
    if (it.start >= 0) while (ci < pending.length && pending[ci].start < it.start) all.push(pending[ci++]);
    all.push(it);
  }
  while (ci < pending.length) all.push(pending[ci++]);

  const notesFor = new Map<Item, string[]>();
  const mainItems = all.filter((i) => i.start >= 0).sort((a, b) => a.start - b.start);
  for (const d of input.notes) {
    if (!d.span || d.span.file !== file || d.severity === 'info') continue;
    let target: Item | undefined;
    for (const it of mainItems) {
      if (it.start <= d.span.start) target = it;
      else break;
    }
    if (!target) target = mainItems[0];
    if (!target) continue;
    let l = notesFor.get(target);
    if (!l) notesFor.set(target, (l = []));
    const { line, column } = lineAndColumn(file, d.span.start);
    l.push(`* emd import ${d.code} (line ${line}, column ${column}): ${d.message}`);
  }

  const outLines: string[] = [`* Imported from ${file.name} by emd import.`];
  const counts = { error: 0, warning: 0 };
  for (const d of input.notes) if (d.severity === 'error' || d.severity === 'warning') counts[d.severity]++;
  for (const d of diagnostics) counts.warning++;
  if (counts.error || counts.warning)
    outLines.push(
      `* ${counts.error} error(s) and ${counts.warning} warning(s): each is noted above the statement it is about ('* emd import ...').`,
    );
  outLines.push('');
  let prevEnd = -1;
  for (const it of all) {
    if (it.start >= 0 && prevEnd >= 0) {
      const gap = text.slice(prevEnd, it.start);
      if (/\n[ \t\r]*\n/.test(gap) && outLines[outLines.length - 1] !== '') outLines.push('');
    }
    const notes = notesFor.get(it);
    if (notes) pushAll(outLines, notes);
    pushAll(outLines, it.lines);
    if (it.start >= 0) prevEnd = Math.max(prevEnd, it.end);
  }
  while (outLines.length && outLines[outLines.length - 1] === '') outLines.pop();
  const raw = `${outLines.join('\n')}\n`;
  // The formatter lays the text out (it refuses only text that does not parse, which the statements
  // written above never are; then the text stays as written).
  const laid = formatSource(raw, { fileName: file.name, printWidth: input.printWidth });
  return { text: laid.ok ? laid.text : raw, diagnostics };
}

function isDecl(s: A.Statement): s is A.SetDecl | A.ParameterDecl | A.VariableDecl | A.EquationDecl {
  return (
    s.kind === 'SetDecl' ||
    s.kind === 'ParameterDecl' ||
    s.kind === 'VariableDecl' ||
    s.kind === 'EquationDecl'
  );
}

export type { Span };
