// Data lists between slashes (`/ seattle 350, san-diego 600 /`) as the formatter prints them:
// records split as grammar/data.ts splits them (at commas and line breaks outside parentheses;
// touching tokens form one word), grouped by source line, since a line break ends a record.
// Words and unquoted element texts are printed exactly as written. Imports grammar/ tokens.
import { tokenMatcher } from 'chevrotain';
import { Comma, LParen, Minus, NumberLit, Plus, RParen, type Tok } from '../../grammar/tokens.ts';

const tokEnd = (t: Tok) => t.startOffset + t.image.length;

export interface DataRecordText {
  /** First and last token index (inclusive) of the record. */
  readonly first: number;
  readonly last: number;
  /** The key (first word), or the whole record when it has no value. */
  readonly key: string;
  /** The rest: value (sign glued to the number) or element text (exact); '' when none. */
  readonly rest: string;
  /** The value is a number (right-aligned in columns). */
  readonly numeric: boolean;
  /** A comma follows the record (before the next record or the end of the list). */
  readonly comma: boolean;
}

export interface DataLine {
  readonly records: DataRecordText[];
}

interface Word {
  first: number;
  last: number;
}

/**
 * Records of the tokens (a, b) between the slashes at a and b, by source line. `kind`: 'set'
 * (the second word onwards is element text, kept exactly), 'values' (key and value, or just a
 * value for scalars), 'names' (model equation lists: words joined by blanks).
 */
export function dataLines(
  tokens: readonly Tok[],
  text: string,
  a: number,
  b: number,
  kind: 'set' | 'values' | 'names',
): DataLine[] {
  const lines: DataLine[] = [];
  let line: DataRecordText[] = [];
  let rec: Word[] = [];
  let word: Word | undefined;
  let depth = 0;
  let recFirst = -1;
  const wordText = (w: Word) => text.slice(tokens[w.first].startOffset, tokEnd(tokens[w.last]));
  const endRecord = (comma: boolean) => {
    if (word) rec.push(word);
    word = undefined;
    if (rec.length) {
      line.push(makeRecord(rec, recFirst, comma));
    } else if (comma && line.length) {
      // `a,,b`: an empty record between commas; the comma stays with the previous one.
    }
    rec = [];
    recFirst = -1;
  };
  const makeRecord = (ws: Word[], first: number, comma: boolean): DataRecordText => {
    const last = ws[ws.length - 1].last;
    const key = wordText(ws[0]);
    if (ws.length === 1) {
      const numeric = kind === 'values' && isNumberWord(tokens, ws[0]);
      return { first, last, key, rest: '', numeric, comma };
    }
    if (kind === 'set') {
      const rest = text.slice(tokens[ws[1].first].startOffset, tokEnd(tokens[last]));
      return { first, last, key, rest, numeric: false, comma };
    }
    if (kind === 'names')
      return { first, last, key: ws.map(wordText).join(' '), rest: '', numeric: false, comma };
    // Key, optional lone sign word, value.
    let k = 1;
    let sign = '';
    const sw = ws[1];
    if (
      ws.length > 2 &&
      sw.first === sw.last &&
      (tokens[sw.first].tokenType === Minus || tokens[sw.first].tokenType === Plus)
    ) {
      sign = tokens[sw.first].image;
      k = 2;
    }
    const restWords = ws.slice(k);
    const rest = sign + restWords.map(wordText).join(' ');
    const numeric = restWords.length === 1 && isNumberWord(tokens, restWords[0]);
    return { first, last, key, rest, numeric, comma };
  };
  let prev = -1;
  for (let i = a + 1; i < b; i++) {
    const tk = tokens[i];
    if (prev >= 0 && depth === 0 && breakBetween(text, tokens[prev], tk)) {
      endRecord(false);
      if (line.length) lines.push({ records: line });
      line = [];
    }
    if (depth === 0 && tokenMatcher(tk, Comma)) {
      endRecord(true);
      // A comma with no record before it on its line belongs to the previous line's last record.
      if (!line.length && lines.length && !rec.length) {
        const pl = lines[lines.length - 1].records;
        const r = pl[pl.length - 1];
        pl[pl.length - 1] = { ...r, comma: true };
      }
      prev = i;
      continue;
    }
    const touching = word !== undefined && prev >= 0 && tokEnd(tokens[prev]) === tk.startOffset;
    if (word && (touching || depth > 0)) word.last = i;
    else {
      if (word) rec.push(word);
      word = { first: i, last: i };
      if (recFirst < 0) recFirst = i;
    }
    if (tokenMatcher(tk, LParen)) depth++;
    else if (tokenMatcher(tk, RParen) && depth > 0) depth--;
    prev = i;
  }
  endRecord(false);
  if (line.length) lines.push({ records: line });
  return lines;
}

function breakBetween(text: string, a: Tok, b: Tok): boolean {
  for (let i = tokEnd(a); i < b.startOffset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function isNumberWord(tokens: readonly Tok[], w: Word): boolean {
  let i = w.first;
  if (i < w.last && (tokens[i].tokenType === Minus || tokens[i].tokenType === Plus)) i++;
  return i === w.last && tokens[i].tokenType === NumberLit;
}

/** A record as printed: key and rest with `gap` blanks between (rest right-aligned to `restWidth` when numeric). */
export function recordText(r: DataRecordText, keyWidth = 0, restWidth = 0, alignNumbers = false): string {
  if (!r.rest) return r.key;
  const key = r.key.padEnd(keyWidth);
  const rest = alignNumbers && r.numeric ? r.rest.padStart(restWidth) : r.rest;
  return keyWidth ? `${key}  ${rest}` : `${key} ${rest}`;
}
