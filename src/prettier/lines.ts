// Output lines of the formatter: code text, an optional trailing comment that nothing may follow,
// and whether the line is trivia kept verbatim. Imports nothing.

export interface Line {
  /** Code, with its indentation. */
  text: string;
  /** End-of-line or in-line comment(s) after the code; code is never appended after it. */
  comment?: string;
  /** A comment line, `$` line or a line of an `$onText` block: printed exactly. */
  own?: boolean;
}

export function renderLine(l: Line): string {
  if (l.own) return l.text;
  if (l.comment) return l.text.trimEnd() === '' ? l.text + l.comment : `${l.text.trimEnd()}  ${l.comment}`;
  return l.text.trimEnd();
}

/** Attach a trailing comment to a line (after any comment it already has). */
export function addComment(l: Line, c: string): void {
  l.comment = l.comment ? `${l.comment}  ${c}` : c;
}
