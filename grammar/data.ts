// Data lists between slashes: set elements (`/ a, b "text", h1*h24, s.a /`), parameter records
// (`/ s.a 0.5, t.a -inf /`) and scalar values (`/ 90 /`). Records end at commas or line breaks.
// Works on the tokens of the list: touching tokens form one word (`new-york` is Identifier, Minus,
// Identifier), whose source text labels.ts reads. Imports text/, diagnostics/, AST types, tokens.
import { span, type Span } from '../src/text/source-file.ts';
import { diag, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';
import type { DataRecord } from '../src/syntax/ast.ts';
import { tokenMatcher } from 'chevrotain';
import { Comma, Equals, LParen, RParen, StringLit, type Tok } from './tokens.ts';
import { keyTuples, parseKey, parseValue } from './labels.ts';

/** Marks tokens inside `$onDelim` regions (set by the parse driver on `payload`). */
export const DELIM = 'delim';

export type DataKind = 'set' | 'parameter' | 'scalar';

const tokEnd = (t: Tok) => t.startOffset + t.image.length;

/** True when a line break (or a file boundary) separates a from b. */
export function lineBreakBetween(a: Tok, b: Tok): boolean {
  if (a.file !== b.file) return true;
  const t = a.file.text;
  for (let i = tokEnd(a), e = b.startOffset; i < e; i++) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

interface Word {
  first: Tok;
  last: Tok;
  count: number;
}

const wordText = (w: Word) => w.first.file.text.slice(w.first.startOffset, tokEnd(w.last));
const wordSpan = (w: Word): Span => span(w.first.file, w.first.startOffset, tokEnd(w.last));

/** Group tokens into records (split at depth-0 commas and line breaks) of words (touching tokens). */
function records(tokens: readonly Tok[]): Word[][] {
  const out: Word[][] = [];
  let rec: Word[] = [];
  let word: Word | undefined;
  let depth = 0;
  let prev: Tok | undefined;
  const endRecord = () => {
    if (word) rec.push(word);
    if (rec.length) out.push(rec);
    rec = [];
    word = undefined;
  };
  for (const tk of tokens) {
    if (prev !== undefined && depth === 0 && lineBreakBetween(prev, tk)) endRecord();
    if (depth === 0 && tokenMatcher(tk, Comma)) {
      endRecord();
      prev = tk;
      continue;
    }
    // `=` between a key and its value (`/ lead = 30 /`, `/h=2/`) is a word of its own.
    const eq = depth === 0 && tokenMatcher(tk, Equals);
    const touching =
      word !== undefined &&
      prev !== undefined &&
      prev.file === tk.file &&
      tokEnd(prev) === tk.startOffset &&
      !eq &&
      !(depth === 0 && tokenMatcher(prev, Equals));
    if (word && (touching || depth > 0)) {
      word.last = tk;
      word.count++;
    } else {
      if (word) rec.push(word);
      word = { first: tk, last: tk, count: 1 };
    }
    if (tokenMatcher(tk, LParen)) depth++;
    else if (tokenMatcher(tk, RParen) && depth > 0) depth--;
    prev = tk;
  }
  endRecord();
  return out;
}

/** A lone `+` or `-` word followed by a number word: `a - 5`. */
const isSign = (w: Word) => w.count === 1 && (w.first.image === '-' || w.first.image === '+');
const isEquals = (w: Word | undefined) => w !== undefined && w.count === 1 && tokenMatcher(w.first, Equals);

/**
 * The number of labels a key stands for: dots outside parentheses, plus the dots of the first
 * label inside each parenthesised group (`(a.b, c.d).e` has 3).
 */
function keyDims(text: string): number {
  let dims = 1;
  let depth = 0;
  let first = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 34) {
      const j = text.indexOf(text[k], k + 1);
      k = j < 0 ? text.length : j;
    } else if (c === 40) {
      if (++depth === 1) first = true;
    } else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 44 && depth === 1) first = false;
    else if (c === 46 && (depth === 0 || (depth === 1 && first))) dims++;
  }
  return dims;
}

/**
 * The words of rec from i on that form one key: blanks may stand around the dots and the `*` of
 * a key (`GAB  .951127  9.25`, `boston  .chicago 58`, `nili.  (a, b)`, `q-1 * q-4`). A word that
 * starts with `.` joins the key only while the key has fewer labels than the symbol's `dims`
 * (`a .5` is key a, value .5 when p has one index); `dims` 0: any number. `needValue`: a word
 * must be left for the value. Returns the key's first and last words and the index after it.
 */
function takeKey(rec: Word[], i: number, dims: number, needValue: boolean): [Word, Word, number] {
  const first = rec[i];
  let last = first;
  let j = i + 1;
  while (j < rec.length && (!needValue || j + 1 < rec.length)) {
    const text = wordText(last);
    const next = rec[j];
    const nt = wordText(next);
    const join =
      last.first.file === next.first.file &&
      (text.endsWith('.') ||
        text.endsWith('*') ||
        nt.startsWith('*') ||
        (nt.startsWith('.') &&
          (dims === 0 ||
            keyDims(first.first.file.text.slice(first.first.startOffset, tokEnd(last.last))) < dims)));
    if (!join) break;
    last = next;
    j++;
  }
  return [first, last, j];
}

/**
 * Interpret the tokens between the slashes of a data list. `dims`: the declared dimension (0 for
 * scalars and parameters without a domain). Diagnostics: missing or malformed values, missing
 * separators, bad labels and ranges; a bad record is skipped, the others are kept.
 */
export function dataRecords(
  kind: DataKind,
  name: string,
  dims: number,
  tokens: readonly Tok[],
  diags: Diagnostic[],
  acronyms?: ReadonlyMap<string, number>,
): DataRecord[] {
  const out: DataRecord[] = [];
  // `$onDelim` lines: comma-separated cells, one record per line.
  if (tokens.length > 0 && tokens.some((t) => t.payload === DELIM)) {
    return delimRecords(kind, dims, tokens, diags);
  }
  for (const rec of records(tokens)) {
    if (kind === 'set') {
      setRecord(rec, dims, out, diags);
      continue;
    }
    let i = 0;
    // A parameter declared without a domain takes the dimension of its data (`parameter load
    // / 1 1200, 2 1500 /`, hydro): a record of more than a (signed) value has a key.
    const keyed =
      dims > 0 || (kind === 'parameter' && rec.length > 1 && !(rec.length === 2 && isSign(rec[0])));
    while (i < rec.length) {
      let key: Word | undefined;
      if (keyed) {
        const [a, b, next] = takeKey(rec, i, dims, true);
        key = a === b ? a : { first: a.first, last: b.last, count: 2 };
        i = next;
      }
      if (key && isEquals(rec[i])) i++;
      let sign = '';
      if (i + 1 < rec.length && isSign(rec[i])) sign = rec[i++].first.image;
      const vw = rec[i];
      if (!vw) {
        if (key) diags.push(diag(M.Missing_value_for_0, wordSpan(key), [wordText(key)]));
        break;
      }
      const vtext = sign + wordText(vw);
      // An acronym stands for itself (`/ a red, b green /`, its value as the checker gives it).
      const value = parseValue(vtext) ?? (sign ? undefined : acronyms?.get(vtext.toLowerCase()));
      const vspan = wordSpan(vw);
      if (value === undefined) {
        diags.push(diag(M.Expected_a_number_but_found_0, vspan, [wordText(vw)]));
        break;
      }
      i++;
      if (!key) {
        out.push({ span: vspan, keys: [], value, valueSpan: vspan });
      } else {
        const k = parseKey(key.first.file, key.first.startOffset, tokEnd(key.last), diags);
        if (k) {
          const sp = span(
            key.first.file,
            key.first.startOffset,
            vspan.file === key.first.file ? vspan.end : tokEnd(key.last),
          );
          for (const keys of keyTuples(k.groups)) out.push({ span: sp, keys, value, valueSpan: vspan });
        }
      }
      if (i < rec.length) {
        const next = rec[i];
        if (!keyed) diags.push(diag(M.Scalar_data_is_one_value, wordSpan(next), [name]));
        else diags.push(diag(M.Expected_separator_before_0, wordSpan(next), [wordText(next)]));
        break;
      }
    }
  }
  return out;
}

function setRecord(rec: Word[], dims: number, out: DataRecord[], diags: Diagnostic[]): void {
  const [ka, kb, after] = takeKey(rec, 0, dims, false);
  const key: Word = { first: ka.first, last: kb.last, count: 2 };
  const k = parseKey(key.first.file, key.first.startOffset, tokEnd(key.last), diags);
  if (!k) return;
  let text: string | undefined;
  if (rec.length > after) {
    const a = rec[after];
    const b = rec[rec.length - 1];
    if (rec.length === after + 1 && a.count === 1 && tokenMatcher(a.first, StringLit))
      text = a.first.image.slice(1, -1);
    else if (a.first.file === b.last.file)
      text = a.first.file.text.slice(a.first.startOffset, tokEnd(b.last));
  }
  const sp = wordSpan(key);
  for (const keys of keyTuples(k.groups))
    out.push(text === undefined ? { span: sp, keys, value: 1 } : { span: sp, keys, value: 1, text });
}

/** `$onDelim` data: each line is `label,label,...,value` (sets: labels only). */
function delimRecords(
  kind: DataKind,
  dims: number,
  tokens: readonly Tok[],
  diags: Diagnostic[],
): DataRecord[] {
  const out: DataRecord[] = [];
  let line: Tok[] = [];
  const flush = () => {
    if (!line.length) return;
    const cellsOf: Tok[][] = [[]];
    // A line without commas has its cells separated by blanks (GAMS: `1 2 88052`, maxcut).
    const byBlanks = !line.some((tk) => tokenMatcher(tk, Comma));
    let before: Tok | undefined;
    for (const tk of line) {
      if (tokenMatcher(tk, Comma)) cellsOf.push([]);
      else {
        if (byBlanks && before && tokEnd(before) < tk.startOffset) cellsOf.push([]);
        cellsOf[cellsOf.length - 1].push(tk);
      }
      before = tk;
    }
    line = [];
    const cells = cellsOf.filter((c) => c.length > 0);
    if (!cells.length) return;
    const keyCells = kind === 'set' ? cells : cells.slice(0, -1);
    let value = 1;
    let vspan: Span | undefined;
    if (kind !== 'set') {
      const vc = cells[cells.length - 1];
      const f = vc[0].file;
      vspan = span(f, vc[0].startOffset, tokEnd(vc[vc.length - 1]));
      const v = parseValue(f.text.slice(vspan.start, vspan.end));
      if (v === undefined) {
        diags.push(diag(M.Expected_a_number_but_found_0, vspan, [f.text.slice(vspan.start, vspan.end)]));
        return;
      }
      value = v;
    }
    const positions = [];
    for (const c of keyCells) {
      const k = parseKey(c[0].file, c[0].startOffset, tokEnd(c[c.length - 1]), diags);
      if (!k) return;
      positions.push(...k.groups);
    }
    if (dims > 0 && positions.length === 0) {
      if (vspan)
        diags.push(diag(M.Missing_value_for_0, vspan, [vspan.file.text.slice(vspan.start, vspan.end)]));
      return;
    }
    const lastCell = cells[cells.length - 1];
    const sp =
      vspan ?? span(cells[0][0].file, cells[0][0].startOffset, tokEnd(lastCell[lastCell.length - 1]));
    for (const keys of keyTuples(positions))
      out.push(vspan ? { span: sp, keys, value, valueSpan: vspan } : { span: sp, keys, value });
  };
  let prev: Tok | undefined;
  for (const tk of tokens) {
    if (prev && lineBreakBetween(prev, tk)) flush();
    line.push(tk);
    prev = tk;
  }
  flush();
  return out;
}
