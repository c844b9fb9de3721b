// The editor's diagnostics in the playground: the language server's analysis (lsp/analysis.ts:
// parse with error recovery, then check the statements that parsed), so that a syntax error does
// not hide the other errors, as in `emd lsp`. Imports api.ts, lsp/analysis.ts, diagnostics/,
// text/ and the playground's host and protocol; never the DOM.
import { loadSource } from '../../src/api.ts';
import { analyze } from '../../src/lsp/analysis.ts';
import { lineAndColumn } from '../../src/text/source-file.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { memoryHost, normalizePath } from './host.ts';
import { filelessDiagnostic, type LintDiagnostic } from './protocol.ts';

export function toLint(d: Diagnostic): LintDiagnostic {
  if (!d.span) return filelessDiagnostic(d);
  const { line, column } = lineAndColumn(d.span.file, d.span.start);
  return {
    file: d.span.file.name,
    from: d.span.start,
    to: Math.max(d.span.start, d.span.end),
    line,
    column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

/** Diagnostics of the file at `path` among `files` (the library with the edited text in place). */
export function checkDiagnostics(files: Map<string, string>, path: string): LintDiagnostic[] {
  return checkModel(files, path).diagnostics;
}

/** checkDiagnostics, and the files the model read (itself first, then its includes). */
export function checkModel(
  files: Map<string, string>,
  path: string,
): { diagnostics: LintDiagnostic[]; files: string[] } {
  const host = memoryHost(files);
  const loaded = loadSource(normalizePath(path), host);
  if (!loaded.file) return { diagnostics: loaded.diagnostics.map(toLint), files: [normalizePath(path)] };
  const an = analyze(loaded.file, host);
  return { diagnostics: an.diagnostics.map(toLint), files: [...new Set(an.files.map((f) => f.name))] };
}
