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

/** Split a label into runs of digits and of other characters: `1jan01` -> ['1', 'jan', '01']. */
function runs(s: string): string[] {
  return s.match(/\d+|\D+/g) ?? [];
}
const isDigits = (s: string) => s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Expand `lo*hi`. The bounds differ in one run of digits (`h1*h24`, `t01*t24`, `1*24`,
 * `1jan01*8jan01`, `bc2000*bc1` counts down) or in one letter (`A*J`), the rest being equal;
 * equal-width numbers keep their zero padding. Diagnostics at `where` on a bad range.
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
  const bad = (why: string) => {
    diags.push(diag(M.Invalid_range_0_1, where, [text, why]));
    return undefined;
  };
  const rl = runs(lo);
  const rh = runs(hi);
  let at = -1;
  if (rl.length === rh.length) {
    for (let k = 0; k < rl.length; k++) {
      const same = rl[k].toLowerCase() === rh[k].toLowerCase();
      if (same) continue;
      if (at >= 0) {
        at = -2;
        break;
      }
      at = k;
    }
  }
  if (at === -1 && rl.length === rh.length) return [lo];
  const prefix = at >= 0 ? rl.slice(0, at).join('') : '';
  const suffix = at >= 0 ? rl.slice(at + 1).join('') : '';
  const a = at >= 0 ? rl[at] : '';
  const b = at >= 0 ? rh[at] : '';
  if (at >= 0 && !isDigits(a) && !isDigits(b)) {
    // `A*J`: one letter that differs, the rest equal.
    const ca = a.charCodeAt(a.length - 1);
    const cb = b.charCodeAt(b.length - 1);
    const upper = (c: number) => c >= 65 && c <= 90;
    if (
      a.length === b.length &&
      a.slice(0, -1).toLowerCase() === b.slice(0, -1).toLowerCase() &&
      isLetterCode(ca) &&
      isLetterCode(cb) &&
      upper(ca) === upper(cb)
    ) {
      const step = ca <= cb ? 1 : -1;
      const out: string[] = [];
      for (let c = ca; ; c += step) {
        out.push(prefix + a.slice(0, -1) + String.fromCharCode(c) + suffix);
        if (c === cb) break;
      }
      return out;
    }
  }
  if (at < 0 || !isDigits(a) || !isDigits(b))
    return bad('the bounds must differ in one number (or one letter) and be equal elsewhere');
  const x = Number(a);
  const y = Number(b);
  const width = a.length === b.length ? a.length : 0;
  if (width === 0 && ((a.length > 1 && a[0] === '0') || (b.length > 1 && b[0] === '0')))
    return bad('zero-padded bounds must have the same number of digits');
  const count = Math.abs(y - x) + 1;
  if (count > MAX_RANGE) {
    diags.push(diag(M.Range_0_too_large, where, [text, count, MAX_RANGE]));
    return undefined;
  }
  const step = x <= y ? 1 : -1;
  const out = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const v = String(x + step * k);
    out[k] = prefix + (v.length < width ? '0'.repeat(width - v.length) + v : v) + suffix;
  }
  return out;
}

/**
 * A parsed label tuple: a product of groups. Each group stands for one or more dimensions and
 * lists its alternatives, each a tuple of labels of the group's width: `a` is [[a]], `h1*h3` is
 * [[h1], [h2], [h3]], `(a, b.c)`... must have alternatives of equal width: `(x.1, y.2)` is
 * [[x, 1], [y, 2]].
 */
export interface KeyResult {
  readonly groups: Label[][][];
  readonly hasRange: boolean;
}

/** The one label tuple of a key without alternatives (no range, no `(a,b)`), else undefined. */
export function singleTuple(k: KeyResult): Label[] | undefined {
  if (!k.groups.every((g) => g.length === 1)) return undefined;
  return k.groups.length === 1 ? k.groups[0][0] : k.groups.flatMap((g) => g[0]);
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

  /** The next non-blank character (-1 at the end), without moving. */
  peek(): number {
    let j = this.i;
    while (j < this.end && isSpace(this.t.charCodeAt(j))) j++;
    return j < this.end ? this.t.charCodeAt(j) : -1;
  }

  /** One label: quoted (trailing blanks inside the quotes are dropped, as GAMS does) or a run of label characters. */
  label(): Label | undefined {
    const { t, end, file } = this;
    const c = t.charCodeAt(this.i);
    if (c === 39 || c === 34) {
      const s = this.i;
      let j = s + 1;
      while (j < end && t.charCodeAt(j) !== c) j++;
      this.i = Math.min(end, j + 1);
      return { name: t.slice(s + 1, j).trimEnd(), span: span(file, s, this.i), quoted: true };
    }
    // `#p`: all elements of set p (food: `stock(p) / #p 500 /`).
    const setRef = c === 35;
    const s = setRef ? this.i + 1 : this.i;
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
    return setRef
      ? { name: t.slice(s, i), span: span(file, s - 1, i), setRef: true }
      : { name: t.slice(s, i), span: span(file, s, i) };
  }

  /** A label or a range `lo*hi` (blanks may stand around the `*`); pushes the labels it stands for. */
  atom(out: Label[]): void {
    const { t, file } = this;
    const s = this.i;
    const lo = this.label();
    if (!lo) return;
    if (this.peek() === 42) {
      this.skipSpaces();
      this.i++;
      this.skipSpaces();
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

  /**
   * `a.b*c.d` inside parentheses: the tuples it stands for (the product of its parts). A part may
   * be a group itself: `(maize.(n-maize, s-maize), potato.s-potato)` (egypt, rdata).
   */
  dotted(out: Label[][]): void {
    let acc: Label[][] = [[]];
    for (;;) {
      if (this.i < this.end && this.t.charCodeAt(this.i) === 40) {
        const alts = this.parenGroup();
        if (!alts) return;
        acc = acc.flatMap((a) => alts.map((alt) => [...a, ...alt]));
      } else {
        const labels: Label[] = [];
        this.atom(labels);
        if (this.failed) return;
        acc =
          labels.length === 1
            ? acc.map((a) => [...a, labels[0]])
            : acc.flatMap((a) => labels.map((l) => [...a, l]));
      }
      if (this.peek() !== 46) break;
      this.skipSpaces();
      this.i++;
      this.skipSpaces();
    }
    for (const a of acc) out.push(a);
  }

  /** `(a, b.c, d*f)`: the alternatives of one group; all must have the same width. */
  parenGroup(): Label[][] | undefined {
    const { t, end, file } = this;
    const open = this.i;
    this.i++;
    const alts: Label[][] = [];
    for (;;) {
      this.skipSpaces();
      const from = alts.length;
      this.dotted(alts);
      if (this.failed) return undefined;
      if (alts.length > from && alts[from].length !== alts[0].length) {
        const w = alts[0].length;
        this.diags.push(
          diag(M.Labels_in_parentheses_differ_0_1_2, span(file, open, Math.min(end, this.i)), [
            t.slice(open, this.i),
            alts[0].length,
            alts[from].length,
          ]),
        );
        this.failed = true;
        return undefined;
      }
      this.skipSpaces();
      const i = this.i;
      const c = i < end ? t.charCodeAt(i) : -1;
      if (c === 44) {
        this.i++;
        continue;
      }
      // A line break separates labels like a comma (a group may run over several lines).
      if (c === 41) {
        this.i++;
        return alts;
      }
      if (c >= 0 && i > 0 && /[\n\r]/.test(t.slice(this.lastEnd(alts), i))) continue;
      this.diags.push(
        diag(M.Expected_0_but_found_1, span(file, i, Math.min(end, i + 1)), [
          "',' or ')'",
          c < 0 ? 'the end of the labels' : `'${t[i]}'`,
        ]),
      );
      this.failed = true;
      return undefined;
    }
  }

  /** End offset of the last label read into alts (for the line-break test). */
  private lastEnd(alts: Label[][]): number {
    const a = alts[alts.length - 1];
    return a && a.length ? a[a.length - 1].span.end : this.i;
  }

  read(): KeyResult | undefined {
    const { t, end, file } = this;
    const groups: Label[][][] = [];
    while (!this.failed) {
      let alts: Label[][];
      if (this.i < end && t.charCodeAt(this.i) === 40) {
        const g = this.parenGroup();
        if (!g) break;
        alts = g;
      } else {
        const labels: Label[] = [];
        this.atom(labels);
        if (this.failed) break;
        alts = labels.map((l) => [l]);
      }
      groups.push(alts);
      // Blanks may stand around the dots of a tuple (`GAB  .951127`, `boston  .chicago`).
      const c = this.peek();
      if (c < 0) break;
      if (c === 46) {
        this.skipSpaces();
        this.i++;
        this.skipSpaces();
        continue;
      }
      this.skipSpaces();
      this.diags.push(
        diag(M.Invalid_character_0_in_label_1, span(file, this.i, this.i + 1), [
          t[this.i],
          t.slice(this.start, end),
        ]),
      );
      this.failed = true;
    }
    return this.failed ? undefined : { groups, hasRange: this.hasRange };
  }
}

/**
 * Parse the label tuple written in `file.text[start, end)`: `a`, `s.f`, `'a b'.c`, `h1*h3.x`,
 * `(a,b).c`, `1.(2.2, 6.3)`; blanks may stand around dots and `*`. `rangeError`: when set, a
 * range is an error with that message (table headers and row labels). Returns undefined after
 * reporting a diagnostic.
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

/** Every label tuple a key stands for (the product of its groups). */
export function keyTuples(groups: readonly Label[][][]): Label[][] {
  if (groups.every((g) => g.length === 1)) return [groups.flatMap((g) => g[0])];
  let acc: Label[][] = [[]];
  for (const g of groups) {
    const next: Label[][] = [];
    for (const a of acc) for (const alt of g) next.push([...a, ...alt]);
    acc = next;
  }
  return acc;
}
