// Source files, spans and line/column lookup. Imports nothing.
// Nodes and tokens store offsets only; line and column are computed when a diagnostic is printed.

export interface SourceFile {
  /** Path as given by the user (relative or absolute); used in messages. */
  readonly name: string;
  readonly text: string;
  /** Lazily computed offsets of line starts. */
  lineStarts?: number[];
  /**
   * Set on the text read after `%name%` substitution: the file it was made from. Both have the
   * same lines; line and column are reported in the original.
   */
  readonly origin?: SourceOrigin;
}

/** How a substituted text maps back to its file. */
export interface SourceOrigin {
  readonly file: SourceFile;
  /** One replacement per four numbers, in order: [start, end) here, [start, end) in `file`. */
  readonly edits: readonly number[];
}

/**
 * The offset in `file.origin.file` of offset `pos` of a substituted text. A position inside a
 * replacement maps into the replaced `%name%` (its first character stays the first, the rest are
 * clamped), so a caret spans the reference.
 */
export function originalOffset(file: SourceFile, pos: number): number {
  const e = file.origin?.edits;
  if (!e || e.length === 0) return pos;
  let lo = 0;
  let hi = e.length / 4 - 1;
  if (pos < e[0]) return pos;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (e[mid * 4] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const k = lo * 4;
  if (pos < e[k + 1]) return e[k + 2] + Math.min(pos - e[k], Math.max(0, e[k + 3] - e[k + 2] - 1));
  return pos - e[k + 1] + e[k + 3];
}

/** A half-open range [start, end) of offsets into one source file. */
export interface Span {
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
}

export function createSourceFile(name: string, text: string): SourceFile {
  return { name, text };
}

export function span(file: SourceFile, start: number, end: number): Span {
  return { file, start, end };
}

export function computeLineStarts(file: SourceFile): number[] {
  if (file.lineStarts) return file.lineStarts;
  const starts = [0];
  const t = file.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (t.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  file.lineStarts = starts;
  return starts;
}

/** 1-based line and column of an offset (binary search over line starts). */
export function lineAndColumn(file: SourceFile, pos: number): { line: number; column: number } {
  if (file.origin) return lineAndColumn(file.origin.file, originalOffset(file, pos));
  const starts = computeLineStarts(file);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: pos - starts[lo] + 1 };
}

/** Text of a 1-based line without its line break. */
export function lineText(file: SourceFile, line: number): string {
  if (file.origin) return lineText(file.origin.file, line);
  const starts = computeLineStarts(file);
  const s = starts[line - 1] ?? file.text.length;
  let e = line < starts.length ? starts[line] : file.text.length;
  while (e > s && (file.text[e - 1] === '\n' || file.text[e - 1] === '\r')) e--;
  return file.text.slice(s, e);
}
