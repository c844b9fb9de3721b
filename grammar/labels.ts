// Labels and values in GAMS data: dotted label tuples (`s.f`, `'a b'.c`, `(a,b).c`), element
// ranges (`h1*h24`, `t01*t24`, `1*24`) and data values (`2.5`, `-inf`, `eps`, `na`, `yes`).
// Shared by data lists (data.ts) and table bodies (table.ts). Works on source text offsets.
// Imports text/, diagnostics/ and the AST types.
import { span, type SourceFile } from '../src/text/source-file.ts';
import { diag, type Diagnostic, type MessageDef } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';
import type { Label } from '../src/syntax/ast.ts';

/** Largest range GAMS-style `a1*a100000` we expand: checking 10^6 elements takes seconds and
 * hundreds of MB, so a typo like `1*1e9` (or `t1*t10000000`) gets a clear E1021 instead. */
export const MAX_RANGE = 1_000_000;

const isLabelChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 43 || c === 45;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Parse a data value written in `t[s, e)`: a number with optional sign, or `inf`, `-inf`, `eps`
 * (-0: present but zero, the convention the checker uses), `na` (NaN), `yes` (1), `no` (0).
 * Undefined when the text is not a value. Plain decimals are converted without building a string
 * (integer mantissa / 10^k is correctly rounded, so the result equals Number(text)).
 */
export function parseValueAt(t: string, s: number, e: number): number | undefined {
  let i = s;
  let neg = false;
  let c = t.charCodeAt(i);
  if (c === 45 || c === 43) {
    neg = c === 45;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = 0;
  let seenDot = false;
  for (; i < e; i++) {
    c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) seenDot = true;
    else break;
  }
  if (i === e && digits > 0) {
    if (digits <= 15 && frac <= 22) {
      const v = frac ? m / POW10[frac] : m;
      return neg ? -v : v;
    }
    return Number(t.slice(s, e));
  }
  return parseValue(t.slice(s, e));
}

/** parseValue for a string (see parseValueAt). */
export function parseValue(s: string): number | undefined {
  const n = s.length;
  if (n === 0) return undefined;
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return Number(s);
  switch (s.toLowerCase()) {
    case 'inf':
    case '+inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'eps':
    case '+eps':
    case '-eps':
      return -0;
    case 'na':
      return NaN;
    case 'yes':
      return 1;
    case 'no':
      return 0;
  }
  return undefined;
}

/**
 * Expand `lo*hi`: both bounds end in a number and share the text before it (`h1*h24`, `t01*t24`,
 * `1*24`); equal-width bounds keep their zero padding. Diagnostics at `where` on a bad range.
 */
export function expandRange(
  lo: string,
  hi: string,
  file: SourceFile,
  start: number,
  end: number,
  diags: Diagnostic[],
): string[] | undefined {
  const where = span(file, start, end);
  const text = `${lo}*${hi}`;
  const ml = /^(.*?)(\d+)$/.exec(lo);
  const mh = /^(.*?)(\d+)$/.exec(hi);
  if (!ml || !mh) {
    diags.push(diag(M.Invalid_range_0_1, where, [text, 'both bounds must end in a number']));
    return undefined;
  }
  if (ml[1].toLowerCase() !== mh[1].toLowerCase()) {
    diags.push(
      diag(M.Invalid_range_0_1, where, [
        text,
        `the bounds must share the prefix before the number ('${ml[1]}' and '${mh[1]}' differ)`,
      ]),
    );
    return undefined;
  }
  const a = Number(ml[2]);
  const b = Number(mh[2]);
  if (a > b) {
    diags.push(diag(M.Invalid_range_0_1, where, [text, 'the first bound is larger than the last']));
    return undefined;
  }
  const width = ml[2].length === mh[2].length ? ml[2].length : 0;
  if (width === 0 && ml[2].length > 1 && ml[2][0] === '0') {
    diags.push(
      diag(M.Invalid_range_0_1, where, [text, 'zero-padded bounds must have the same number of digits']),
    );
    return undefined;
  }
  const count = b - a + 1;
  if (count > MAX_RANGE) {
    diags.push(diag(M.Range_0_too_large, where, [text, count, MAX_RANGE]));
    return undefined;
  }
  const prefix = ml[1];
  const out = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const s = String(a + k);
    out[k] = prefix + (s.length < width ? '0'.repeat(width - s.length) + s : s);
  }
  return out;
}

/** A parsed label tuple: per dimension, the labels it stands for (several for ranges and `(a,b)`). */
export interface KeyResult {
  readonly positions: Label[][];
  readonly hasRange: boolean;
}

/** Reads one label tuple; a class so that the hot path creates no closures. */
class KeyReader {
  i: number;
  hasRange = false;
  failed = false;
  constructor(
    readonly file: SourceFile,
    readonly t: string,
    readonly start: number,
    readonly end: number,
    readonly diags: Diagnostic[],
    readonly rangeError: MessageDef | undefined,
  ) {
    this.i = start;
  }

  skipSpaces(): void {
    while (this.i < this.end && isSpace(this.t.charCodeAt(this.i))) this.i++;
  }

  /** One label: quoted or a run of label characters. */
  label(): Label | undefined {
    const { t, end, file } = this;
    const c = t.charCodeAt(this.i);
    if (c === 39 || c === 34) {
      const s = this.i;
      let j = s + 1;
      while (j < end && t.charCodeAt(j) !== c) j++;
      this.i = Math.min(end, j + 1);
      return { name: t.slice(s + 1, j), span: span(file, s, this.i), quoted: true };
    }
    const s = this.i;
    let i = s;
    while (i < end) {
      const d = t.charCodeAt(i);
      if (d === 46 || d === 42 || d === 40 || d === 41 || d === 44 || d === 39 || d === 34 || isSpace(d))
        break;
      i++;
    }
    this.i = i;
    if (i === s) {
      this.diags.push(diag(M.Empty_label, span(file, s, Math.min(end, s + 1))));
      this.failed = true;
      return undefined;
    }
    for (let k = s; k < i; k++) {
      if (!isLabelChar(t.charCodeAt(k))) {
        this.diags.push(diag(M.Invalid_character_0_in_label_1, span(file, k, k + 1), [t[k], t.slice(s, i)]));
        this.failed = true;
        return undefined;
      }
    }
    return { name: t.slice(s, i), span: span(file, s, i) };
  }

  /** A label or a range `lo*hi`; pushes the labels it stands for. */
  atom(out: Label[]): void {
    const { t, end, file } = this;
    const s = this.i;
    const lo = this.label();
    if (!lo) return;
    if (this.i < end && t.charCodeAt(this.i) === 42) {
      this.i++;
      const hi = this.label();
      if (!hi) return;
      this.hasRange = true;
      if (this.rangeError) {
        this.diags.push(diag(this.rangeError, span(file, s, this.i), [t.slice(s, this.i)]));
        this.failed = true;
        return;
      }
      const names = expandRange(lo.name, hi.name, file, s, this.i, this.diags);
      if (!names) {
        this.failed = true;
        return;
      }
      const sp = span(file, s, this.i);
      for (const name of names) out.push({ name, span: sp });
      return;
    }
    out.push(lo);
  }

  read(): KeyResult | undefined {
    const { t, end, file } = this;
    const positions: Label[][] = [];
    while (!this.failed) {
      const alts: Label[] = [];
      if (this.i < end && t.charCodeAt(this.i) === 40) {
        // `(a, b, c)`: this position stands for each of the listed labels.
        this.i++;
        for (;;) {
          this.skipSpaces();
          this.atom(alts);
          if (this.failed) break;
          this.skipSpaces();
          const i = this.i;
          const c = i < end ? t.charCodeAt(i) : -1;
          if (c === 44) {
            this.i++;
            continue;
          }
          if (c === 41) {
            this.i++;
            break;
          }
          this.diags.push(
            diag(M.Expected_0_but_found_1, span(file, i, Math.min(end, i + 1)), [
              "',' or ')'",
              c < 0 ? 'the end of the labels' : `'${t[i]}'`,
            ]),
          );
          this.failed = true;
          break;
        }
      } else this.atom(alts);
      if (this.failed) break;
      positions.push(alts);
      if (this.i >= end) break;
      if (t.charCodeAt(this.i) === 46) {
        this.i++;
        continue;
      }
      this.diags.push(
        diag(M.Invalid_character_0_in_label_1, span(file, this.i, this.i + 1), [
          t[this.i],
          t.slice(this.start, end),
        ]),
      );
      this.failed = true;
    }
    return this.failed ? undefined : { positions, hasRange: this.hasRange };
  }
}

/**
 * Parse the label tuple written in `file.text[start, end)`: `a`, `s.f`, `'a b'.c`, `h1*h3.x`,
 * `(a,b).c`. `rangeError`: when set, a range is an error with that message (table headers and row
 * labels). Returns undefined after reporting a diagnostic.
 */
export function parseKey(
  file: SourceFile,
  start: number,
  end: number,
  diags: Diagnostic[],
  rangeError?: MessageDef,
): KeyResult | undefined {
  return new KeyReader(file, file.text, start, end, diags, rangeError).read();
}

/** Every label tuple a key stands for (the product of its positions). */
export function keyTuples(positions: readonly Label[][]): Label[][] {
  if (positions.every((p) => p.length === 1)) return [positions.map((p) => p[0])];
  let acc: Label[][] = [[]];
  for (const p of positions) {
    const next: Label[][] = [];
    for (const a of acc) for (const l of p) next.push([...a, l]);
    acc = next;
  }
  return acc;
}
