// The formatter's view of one source file: the lexer's tokens (offsets are file offsets) and the
// trivia between them (comment lines, `$` lines, `$onText` blocks, end-of-line comments, blank
// lines), which the lexer never sees. Imports grammar/ (preprocess, lexer, tokens) and text/.
//
// Trivia are found without a second comment grammar: preprocess.ts already replaced every comment,
// directive and table body by spaces in the text the lexer reads, so whatever is not blank in the
// source between two tokens is trivia (or, inside a table statement, the table body).
import { tokenize } from '../../grammar/lexer.ts';
import { initialDollarState, preprocess, type TableBody } from '../../grammar/preprocess.ts';
import { DELIM } from '../../grammar/data.ts';
import { TableKw, type Tok } from '../../grammar/tokens.ts';
import type { SourceFile } from '../text/source-file.ts';

/** A trivia line on its own (comment, `$` line, a line of an `$onText` block). */
export interface TriviaLine {
  /** The line without trailing blanks; '' for an empty line kept inside an `$onText` block. */
  readonly text: string;
  /** One or more blank lines came before it (outside verbatim blocks blank lines collapse to one). */
  readonly blankBefore: boolean;
}

/** What lies between two tokens. */
export interface Gap {
  /** Comment on the same line right after the previous token (end-of-line or in-line comment). */
  trailing?: string;
  /** Own-line trivia, in order. */
  lines: TriviaLine[];
  /** Blank line(s) between the last trivia line (or the previous token) and the next token. */
  blankAfter: boolean;
  /** A line break separates the previous token from the next one. */
  newline: boolean;
  /** Set on the gap that holds a table body (read by the table formatter, not as trivia). */
  table?: TableBody;
}

export interface Scanned {
  readonly file: SourceFile;
  readonly tokens: Tok[];
  /** gaps[i] lies before tokens[i]; gaps[tokens.length] runs to the end of the file. */
  readonly gaps: Gap[];
  /** [start, end) offsets of `$onDelim` regions outside tables. */
  readonly delimRanges: [number, number][];
  readonly tables: Map<number, TableBody>;
}

const isNl = (c: number) => c === 10 || c === 13;

/** Blocks whose lines are kept exactly (blank lines included): `$onText`, `$onEcho`, `$onPut`... */
function verbatimBlocks(
  file: SourceFile,
  directives: { name: string; offset: number }[],
): [number, number][] {
  const out: [number, number][] = [];
  const t = file.text;
  for (let k = 0; k < directives.length; k++) {
    const d = directives[k];
    let endName: string | undefined;
    if (d.name === 'ontext') endName = 'offtext';
    else if (d.name.startsWith('onecho')) endName = 'offecho';
    else if (d.name.startsWith('onput')) endName = 'offput';
    else if (d.name.startsWith('onembeddedcode')) endName = 'offembeddedcode';
    if (!endName) continue;
    // The closing line: the first line after d that starts with `$<endName>` (case-insensitive).
    const re = new RegExp(`^\\$[ \\t]*${endName}\\b`, 'i');
    let p = d.offset;
    let end = t.length;
    while (p < t.length) {
      let e = p;
      while (e < t.length && !isNl(t.charCodeAt(e))) e++;
      if (p > d.offset && re.test(t.slice(p, e))) {
        end = e;
        break;
      }
      p = e + (t.charCodeAt(e) === 13 && t.charCodeAt(e + 1) === 10 ? 2 : 1);
    }
    out.push([d.offset, end]);
  }
  return out;
}

/**
 * Tokens and trivia of `file` (its own text only: `$include`d files are not read, an include line
 * is trivia like any `$` line).
 */
export function scanSource(file: SourceFile): Scanned {
  const pre = preprocess(file, initialDollarState(), {});
  const tokens = tokenize(pre.lexText, file);
  for (const t of tokens)
    if (t.tokenType === TableKw && pre.tables.has(t.startOffset)) t.payload = pre.tables.get(t.startOffset);
  if (pre.delimRanges.length) {
    for (const t of tokens)
      if (pre.delimRanges.some(([s, e]) => s <= t.startOffset && t.startOffset < e)) t.payload = DELIM;
  }
  const blocks = verbatimBlocks(file, pre.directives);
  const inBlock = (pos: number) => blocks.some(([s, e]) => s <= pos && pos <= e);
  const gaps: Gap[] = [];
  const t = file.text;
  // Table bodies: the gap that starts before the body's first line and ends after its last one.
  const tableGapAt = new Map<number, TableBody>();
  for (const body of pre.tables.values()) {
    if (!body.lines.length || body.lines[0].file !== file) continue;
    const first = body.lines[0].start;
    let k = tokens.findIndex((tk) => tk.startOffset >= first);
    if (k < 0) k = tokens.length;
    tableGapAt.set(k, body);
  }
  for (let i = 0; i <= tokens.length; i++) {
    const s = i === 0 ? 0 : tokens[i - 1].startOffset + tokens[i - 1].image.length;
    const e = i < tokens.length ? tokens[i].startOffset : t.length;
    const body = tableGapAt.get(i);
    if (body) {
      gaps.push({ lines: [], blankAfter: false, newline: true, table: body });
      continue;
    }
    gaps.push(scanGap(t, s, e, i > 0, i === tokens.length, inBlock));
  }
  return { file, tokens, gaps, delimRanges: pre.delimRanges, tables: pre.tables };
}

/**
 * Trivia in [s, e). `afterToken`: a token ends at s (so the first segment is the rest of its
 * line); `atEof`: e is the end of the file (so the last segment is a whole line).
 */
export function scanGap(
  t: string,
  s: number,
  e: number,
  afterToken: boolean,
  atEof: boolean,
  inBlock: (pos: number) => boolean = () => false,
): Gap {
  const gap: Gap = { lines: [], blankAfter: false, newline: false };
  let i = s;
  let seg = 0;
  let blank = false;
  for (;;) {
    let j = i;
    while (j < e && !isNl(t.charCodeAt(j))) j++;
    const wholeLine = (seg > 0 || !afterToken) && (j < e || atEof);
    const text = t.slice(i, j);
    const content = text.trim() !== '';
    if (seg === 0 && afterToken) {
      if (content) gap.trailing = text.trim();
    } else if (wholeLine && inBlock(i)) {
      gap.lines.push({ text: text.trimEnd(), blankBefore: blank });
      blank = false;
    } else if (content) {
      gap.lines.push({ text: text.trimEnd(), blankBefore: blank });
      blank = false;
    } else if (wholeLine && j < e) {
      // An empty line wholly inside the gap (the partial line before the next token is not one).
      blank = true;
    }
    if (j >= e) break;
    gap.newline = true;
    i = j + (t.charCodeAt(j) === 13 && t.charCodeAt(j + 1) === 10 ? 2 : 1);
    seg++;
  }
  gap.blankAfter = blank;
  return gap;
}

/** Every comment and `$` line of a file, in order (what the formatter must keep). */
export function triviaTexts(sc: Scanned): string[] {
  const out: string[] = [];
  for (const g of sc.gaps) {
    if (g.trailing) out.push(g.trailing);
    for (const l of g.lines) if (l.text.trim()) out.push(l.text.trim());
  }
  return out;
}
