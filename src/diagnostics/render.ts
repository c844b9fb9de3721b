// Renders diagnostics as text: location, code, message, the source line with a caret, a hint.
// One renderer shared by the CLI, the LSP and the browser. Imports text/ and diagnostic.ts.
import { lineAndColumn, lineText } from '../text/source-file.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface RenderOptions {
  color?: boolean;
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
    const text = lineText(file, line).replace(/\t/g, ' ');
    const gutter = String(line);
    const pad = ' '.repeat(gutter.length);
    // The end is exclusive: after `%name%` substitution it maps to the end of the reference.
    const endPos = lineAndColumn(file, Math.max(d.span.start + 1, d.span.end));
    const width =
      endPos.line === line ? Math.max(1, endPos.column - column) : Math.max(1, text.length - column + 1);
    lines.push(`  ${gutter} | ${text}`);
    lines.push(`  ${pad} | ${' '.repeat(column - 1)}${c('31', '^' + '~'.repeat(Math.max(0, width - 1)))}`);
  }
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

export function renderDiagnostics(ds: readonly Diagnostic[], opts: RenderOptions = {}): string {
  return ds.map((d) => renderDiagnostic(d, opts)).join('\n\n');
}
