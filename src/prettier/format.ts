// formatSource: the EMD formatter behind the Prettier plugin, `emd fmt` and the language server.
// Refuses files with syntax errors (returns the diagnostics). After printing, it parses its own
// output and compares the statements with the input's (spans ignored); a statement that came out
// different or broken is printed exactly as written instead, and the check runs again. So the
// formatter may leave a statement alone, but never changes what a program means.
// Imports syntax/ (parseSource), text/, diagnostics/ and the formatter's modules.
import { parseSource } from '../syntax/parse.ts';
import { createSourceFile, lineAndColumn } from '../text/source-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { scanSource, triviaTexts, type Scanned } from './scan.ts';
import { Printer } from './printer.ts';
import { statementChunks } from '../../grammar/chunks.ts';
import { renderLine } from './lines.ts';
import { firstDifference } from './ast-compare.ts';
import { pushAll } from '../text/arrays.ts';

/** The line width when none is given (Prettier's default). */
export const DEFAULT_PRINT_WIDTH = 80;

export interface FormatOptions {
  /** Line width for breaking statements (default 80, Prettier's default). */
  readonly printWidth?: number;
  /** File name used in diagnostics. */
  readonly fileName?: string;
}

export type FormatResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** Statements printed exactly as written because their layout did not survive the check. */
      readonly keptAsWritten: number;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** `$include` problems do not stop formatting: included files are not read or changed. */
const INCLUDE_CODES = new Set(['E1100', 'E1101', 'E1102', 'E1103']);

function blockingErrors(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.severity === 'error' && !INCLUDE_CODES.has(d.code));
}

/**
 * Format EMD/GAMS source text. Line endings come out as `\n`; the result ends with one line break.
 * Never throws on user input: syntax errors give `{ ok: false, diagnostics }`.
 */
export function formatSource(text: string, opts: FormatOptions = {}): FormatResult {
  const src = text.replace(/\r\n?/g, '\n');
  const file = createSourceFile(opts.fileName ?? 'input.emd', src);
  const parsed = parseSource(file);
  const errors = blockingErrors(parsed.diagnostics);
  if (errors.length) return { ok: false, diagnostics: errors };
  const sc = scanSource(file);
  const width = opts.printWidth ?? DEFAULT_PRINT_WIDTH;
  const chunks = statementChunks(sc.tokens);
  const chunkStarts = chunks.map(([a]) => sc.tokens[a].startOffset);
  const chunkOfOffset = (off: number): number | undefined => {
    let lo = 0;
    let hi = chunks.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (chunkStarts[mid] <= off) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found === undefined ? (chunks.length ? 0 : undefined) : found;
  };
  // Statements the user keeps as written: the one after a `prettier-ignore` comment line, and
  // every statement that reaches into an `emd-fmt: off` ... `emd-fmt: on` region.
  const verbatim = new Set<number>();
  sc.gaps.forEach((g, k) => {
    if (k < sc.tokens.length && g.lines.some((l) => IGNORE_NEXT.test(l.text))) verbatim.add(k);
  });
  const srcLines = src.split('\n');
  const regions = offRegions(srcLines);
  if (regions.length) {
    const lineStarts = [0];
    for (const l of srcLines) lineStarts.push(lineStarts[lineStarts.length - 1] + l.length + 1);
    for (const [a, b] of chunks) {
      const s0 = sc.tokens[a].startOffset;
      const e0 = sc.tokens[b - 1].startOffset;
      if (regions.some(([o, c]) => s0 < lineStarts[c] && e0 >= lineStarts[o + 1])) verbatim.add(a);
    }
  }
  const asked = verbatim.size;
  for (let attempt = 0; attempt <= chunks.length + 1; attempt++) {
    const printed = new Printer(sc, parsed.program, width, verbatim).print();
    const lines = keepOffRegions(printed.lines.map(renderLine), srcLines, regions);
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    const out = lines.length ? lines.join('\n') + '\n' : '';
    const check = parseSource(createSourceFile(file.name, out));
    const errs = blockingErrors(check.diagnostics);
    let bad: number | undefined;
    if (errs.length) {
      const sp = errs[0].span;
      const line = sp ? lineAndColumn(sp.file, sp.start).line - 1 : 0;
      let best: number | undefined;
      for (const c of printed.chunkLines) if (c.first <= line) best = c.start;
      bad = best;
    } else {
      const k = firstDifference(parsed.program.statements, check.program.statements);
      if (k < 0) {
        // Same statements; now every comment must be there too (no comment is ever lost).
        const g = lostTrivia(sc, out, file.name);
        if (g < 0) return { ok: true, text: out, keptAsWritten: verbatim.size - asked };
        const chunk = chunks.find(([a, b]) => a < g && g < b);
        bad = chunk?.[0];
      } else {
        const stmts = parsed.program.statements;
        const s = stmts[Math.min(k, stmts.length - 1)];
        const ci = s ? chunkOfOffset(s.span.start) : undefined;
        bad = ci === undefined ? undefined : chunks[ci][0];
      }
    }
    if (bad === undefined || verbatim.has(bad)) break;
    verbatim.add(bad);
  }
  // Could not print a checked layout (a bug): leave the file as it is.
  return { ok: true, text: src, keptAsWritten: chunks.length };
}

/**
 * The first gap of `sc` with a comment (or `$` line) that the formatted text `out` lacks, or -1.
 * Comments may move (an in-line comment of a declaration goes to the end of its line; two
 * trailing comments share one line), so each is looked for after the previous one first, then
 * anywhere.
 */
function lostTrivia(sc: Scanned, out: string, name: string): number {
  const pool = triviaTexts(scanSource(createSourceFile(name, out))).join('\n');
  let cursor = 0;
  for (let g = 0; g < sc.gaps.length; g++) {
    const gap = sc.gaps[g];
    for (const piece of [gap.trailing, ...gap.lines.map((l) => l.text.trim())]) {
      if (!piece) continue;
      const at = pool.indexOf(piece, cursor);
      if (at >= 0) cursor = at + piece.length;
      else if (!pool.includes(piece)) return g;
    }
  }
  return -1;
}

/** A comment line asking to keep the next statement as written. */
const IGNORE_NEXT = /^\s*(?:\*|!!|#|\/\/|\/\*)\s*(?:prettier-ignore|emd-fmt:\s*ignore)\b/i;
/** `* emd-fmt: off` / `* emd-fmt: on` (any comment form, on a line of its own). */
const OFF_ON = /^\s*(?:\*|!!|#|\/\/|\/\*)\s*emd-fmt:\s*(off|on)\b/i;

/** [off line, on line] pairs (line numbers; the `on` line is lines.length when missing). */
function offRegions(lines: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  lines.forEach((l, k) => {
    const m = OFF_ON.exec(l);
    if (!m) return;
    if (m[1].toLowerCase() === 'off' && open < 0) open = k;
    else if (m[1].toLowerCase() === 'on' && open >= 0) {
      out.push([open, k]);
      open = -1;
    }
  });
  if (open >= 0) out.push([open, lines.length]);
  return out;
}

/**
 * The formatted lines with the text between each `emd-fmt: off` and `on` line of the source put
 * back exactly (the markers are comments, which the formatter keeps in order). Unchanged when
 * the markers of the two texts do not pair up.
 */
function keepOffRegions(out: string[], src: readonly string[], regions: [number, number][]): string[] {
  if (!regions.length) return out;
  const mine = offRegions(out);
  if (mine.length !== regions.length) return out;
  const res: string[] = [];
  let from = 0;
  mine.forEach(([o, c], k) => {
    const [so, sc] = regions[k];
    pushAll(pushAll(res, out.slice(from, o + 1)), src.slice(so + 1, sc));
    from = c;
  });
  pushAll(res, out.slice(from));
  return res;
}
