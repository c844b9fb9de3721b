// formatSource: the EMD formatter behind the Prettier plugin, `emd fmt` and the language server.
// Refuses files with syntax errors (returns the diagnostics). After printing, it parses its own
// output and compares the statements with the input's (spans ignored); a statement that came out
// different or broken is printed exactly as written instead, and the check runs again. So the
// formatter may leave a statement alone, but never changes what a program means.
// Imports syntax/ (parseSource), text/, diagnostics/ and the formatter's modules.
import { parseSource } from '../syntax/parse.ts';
import { createSourceFile, lineAndColumn } from '../text/source-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { scanSource } from './scan.ts';
import { Printer } from './printer.ts';
import { statementChunks } from '../../grammar/chunks.ts';
import { renderLine } from './lines.ts';
import { firstDifference } from './ast-compare.ts';

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
  const width = opts.printWidth ?? 80;
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
  const verbatim = new Set<number>();
  for (let attempt = 0; attempt <= chunks.length + 1; attempt++) {
    const printed = new Printer(sc, parsed.program, width, verbatim).print();
    const lines = printed.lines.map(renderLine);
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
      if (k < 0) return { ok: true, text: out, keptAsWritten: verbatim.size };
      const stmts = parsed.program.statements;
      const s = stmts[Math.min(k, stmts.length - 1)];
      const ci = s ? chunkOfOffset(s.span.start) : undefined;
      bad = ci === undefined ? undefined : chunks[ci][0];
    }
    if (bad === undefined || verbatim.has(bad)) break;
    verbatim.add(bad);
  }
  // Could not print a checked layout (a bug): leave the file as it is.
  return { ok: true, text: src, keptAsWritten: chunks.length };
}
