// Diagnostic values and their construction from the message table. Imports text/ only.
// Errors in user input are values (Diagnostic), never exceptions.
import { lineAndColumn, type Span } from '../text/source-file.ts';

export type Severity = 'error' | 'warning' | 'info';

/** One entry of the message table: a stable code, a severity and a template with {0}, {1}... */
export interface MessageDef {
  readonly code: string;
  readonly severity: Severity;
  readonly text: string;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where the problem is; absent for problems without a source location (e.g. a missing file). */
  readonly span?: Span;
  /** One line of advice (did-you-mean, declared-at...). */
  readonly hint?: string;
}

/** Plural nouns that follow a count in the message templates, and their singulars. */
const SINGULAR: Readonly<Record<string, string>> = {
  indices: 'index',
  arguments: 'argument',
  labels: 'label',
  dimensions: 'dimension',
  iterations: 'iteration',
  cells: 'cell',
  elements: 'element',
  rows: 'row',
  times: 'time',
  parts: 'part',
};
const PLACEHOLDER = new RegExp(`\\{(\\d+)\\}(?: (${Object.keys(SINGULAR).join('|')})\\b)?`, 'g');

/** Fill `{0}`, `{1}`... ; a count of 1 takes the singular of the noun after it ("takes 1 index"). */
export function formatTemplate(text: string, args: readonly (string | number)[]): string {
  return text.replace(PLACEHOLDER, (_, i: string, noun: string | undefined) => {
    const v = String(args[Number(i)] ?? '');
    if (noun === undefined) return v;
    return `${v} ${v === '1' ? SINGULAR[noun] : noun}`;
  });
}

/** Build a diagnostic from a message definition. */
export function diag(
  def: MessageDef,
  span: Span | undefined,
  args: readonly (string | number)[] = [],
  hint?: string,
): Diagnostic {
  return { code: def.code, severity: def.severity, message: formatTemplate(def.text, args), span, hint };
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** The JSON form of a diagnostic (the --json contract). */
export interface DiagnosticJson {
  code: string;
  severity: Severity;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  hint?: string;
}

export function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  if (!d.span)
    return {
      code: d.code,
      severity: d.severity,
      message: d.message,
      file: null,
      line: null,
      column: null,
      ...(d.hint ? { hint: d.hint } : {}),
    };
  const { line, column } = lineAndColumn(d.span.file, d.span.start);
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.span.file.name,
    line,
    column,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

/** Sort by file, position, then code; drop exact duplicates (same code, span and message). */
export function sortAndDeduplicate(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const key = `${d.code}|${d.span?.file.name ?? ''}|${d.span?.start ?? -1}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  // Stable sort keeps phase order for diagnostics without a location.
  return out
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.span?.file.name ?? '';
      const fb = b.d.span?.file.name ?? '';
      if (fa !== fb) return a.i - b.i;
      return (a.d.span?.start ?? -1) - (b.d.span?.start ?? -1) || a.i - b.i;
    })
    .map((x) => x.d);
}
