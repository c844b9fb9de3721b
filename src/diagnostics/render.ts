// Renders diagnostics as text: location, code, message, the source line with a caret, a hint.
// One renderer shared by the CLI, the LSP and the browser. Imports text/ and diagnostic.ts.
import { lineAndColumn, lineText } from '../text/source-file.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface RenderOptions {
  color?: boolean;
  /** At most this many diagnostics are rendered, then a count of the rest (default MAX_RENDERED). */
  maxDiagnostics?: number;
}

/** Diagnostics rendered before the rest are only counted: 10,000 errors help nobody. */
export const MAX_RENDERED = 100;
/** Longest source line shown whole; a longer one is clipped to a window around the caret. */
export const MAX_LINE_WIDTH = 120;

/**
 * The part of a source line to show: the whole line when short, else a window of about
 * MAX_LINE_WIDTH characters around columns [from, to) (1-based), with `…` where text was cut.
 * Returns the text and the caret's column and width in it.
 */
export function clipLine(
  text: string,
  column: number,
  width: number,
): { text: string; column: number; width: number } {
  if (text.length <= MAX_LINE_WIDTH) return { text, column, width };
  const shown = Math.min(width, MAX_LINE_WIDTH - 40);
  let start = Math.max(0, column - 1 - 30);
  const end = Math.min(text.length, start + MAX_LINE_WIDTH);
  start = Math.max(0, Math.min(start, end - MAX_LINE_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { text: head + text.slice(start, end) + tail, column: column - start + head.length, width: shown };
}

export function renderDiagnostic(d: Diagnostic, opts: RenderOptions = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev =
    d.severity === 'error'
      ? c('31', 'error')
      : d.severity === 'warning'
        ? c('33', 'warning')
        : c('36', 'info');
  const lines: string[] = [];
  if (!d.span) {
    lines.push(`${sev} ${d.code}: ${d.message}`);
  } else {
    const { file } = d.span;
    const { line, column } = lineAndColumn(file, d.span.start);
    lines.push(`${file.name}:${line}:${column} - ${sev} ${d.code}: ${d.message}`);
    // Tabs as one space and control characters as U+FFFD keep the caret under its column.
    const full = lineText(file, line)
      .replace(/\t/g, ' ')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
    const gutter = String(line);
    const pad = ' '.repeat(gutter.length);
    // The end is exclusive: after `%name%` substitution it maps to the end of the reference.
    const endPos = lineAndColumn(file, Math.max(d.span.start + 1, d.span.end));
    const fullWidth =
      endPos.line === line ? Math.max(1, endPos.column - column) : Math.max(1, full.length - column + 1);
    const shown = clipLine(full, column, fullWidth);
    lines.push(`  ${gutter} | ${shown.text}`);
    lines.push(
      `  ${pad} | ${' '.repeat(shown.column - 1)}${c('31', '^' + '~'.repeat(Math.max(0, shown.width - 1)))}`,
    );
  }
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

export function renderDiagnostics(ds: readonly Diagnostic[], opts: RenderOptions = {}): string {
  const max = opts.maxDiagnostics ?? MAX_RENDERED;
  const out = ds.slice(0, max).map((d) => renderDiagnostic(d, opts));
  if (ds.length > max) {
    const rest = ds.slice(max);
    const errors = rest.filter((d) => d.severity === 'error').length;
    out.push(
      `… and ${rest.length} more diagnostic${rest.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}), not shown.`,
    );
  }
  return out.join('\n\n');
}
