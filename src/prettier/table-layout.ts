// Table bodies laid out again in columns: row labels left-aligned in the first column, each column
// as wide as its widest header or number, headers and numbers right-aligned to the column's right
// edge (so every number overlaps exactly its own header, as GAMS requires), two blanks between
// columns; `+` continuation blocks keep their own headers. Which header a number belongs to is
// found as grammar/table.ts finds it (overlapping visual columns, tabs at stops of 8).
// Comment lines between rows stay where they are. Imports grammar/preprocess.ts types and text/.
import type { TableBody, TableLine } from '../../grammar/preprocess.ts';
import type { SourceFile } from '../text/source-file.ts';
import type { Line } from './lines.ts';
import { tableWords } from '../../grammar/table.ts';

const TAB = 8;

interface Word {
  text: string;
  c0: number;
  c1: number;
}

/** Blank-separated words of [from, end) with visual columns (the parser's own splitter). */
function words(t: string, from: number, end: number, col0: number): Word[] {
  return tableWords(t, from, end, col0).map((w) => ({ text: t.slice(w.start, w.end), c0: w.c0, c1: w.c1 }));
}

interface Row {
  kind: 'row';
  label: string;
  /** Cell text by header index of its block. */
  cells: Map<number, string>;
  trailing?: string;
}
interface Block {
  kind: 'header';
  plus: boolean;
  headers: Word[];
  trailing?: string;
  rows: Row[];
}
type Piece = Block | Row | { kind: 'trivia'; text: string } | { kind: 'blank' };

export interface TableLayoutInput {
  readonly file: SourceFile;
  readonly body: TableBody;
  /** [start, end) of the source region holding the body (after the header line, before the `;`). */
  readonly start: number;
  readonly end: number;
  readonly indent: number;
}

/**
 * The body as lines (with their indentation) and the comment after the table's header line, or undefined when it cannot be laid out safely
 * (delimited rows, lines from included files, a number under no or several headers).
 */
export function layoutTableBody(inp: TableLayoutInput): { lines: Line[]; headTrailing?: string } | undefined {
  const { file, body } = inp;
  const t = file.text;
  if (body.lines.some((l) => l.delim || l.file !== file)) return undefined;
  const byStart = new Map<number, TableLine>();
  for (const l of body.lines) byStart.set(l.start, l);
  const pieces: Piece[] = [];
  let block: Block | undefined;
  // Walk the physical lines of the region.
  let p = inp.start;
  // The region starts right after the table's header line: the rest of that line is a comment, if anything.
  while (p < inp.end && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13) p++;
  const headTrailing = t.slice(inp.start, p).trim() || undefined;
  if (p < inp.end) p += t.charCodeAt(p) === 13 && t.charCodeAt(p + 1) === 10 ? 2 : 1;
  let blank = false;
  while (p < inp.end) {
    let e = p;
    while (e < t.length && t.charCodeAt(e) !== 10 && t.charCodeAt(e) !== 13) e++;
    const lineEnd = Math.min(e, inp.end);
    const bl = byStart.get(p);
    if (bl) {
      const code = t.slice(bl.start, bl.end);
      const trailing = t.slice(bl.end, lineEnd).trim() || undefined;
      if (code.trim() === '') {
        if (trailing) pieces.push({ kind: 'trivia', text: trailing });
        else blank = true;
      } else {
        if (blank && (block || pieces.length)) pieces.push({ kind: 'blank' });
        blank = false;
        let first = bl.start;
        while (first < bl.end && /\s/.test(t[first])) first++;
        if (!block || t[first] === '+') {
          let from = bl.start;
          let col = 0;
          const plus = !!block;
          if (plus) {
            for (let k = bl.start; k <= first; k++)
              col = t.charCodeAt(k) === 9 ? (Math.floor(col / TAB) + 1) * TAB : col + 1;
            from = first + 1;
          }
          block = { kind: 'header', plus, headers: words(t, from, bl.end, col), trailing, rows: [] };
          pieces.push(block);
        } else {
          const ws = words(t, bl.start, bl.end, 0);
          const row: Row = { kind: 'row', label: ws[0].text, cells: new Map(), trailing };
          // Headers and words are both sorted by column: one pointer walks the headers.
          const hs = block.headers;
          let h = 0;
          for (let k = 1; k < ws.length; k++) {
            const w = ws[k];
            while (h < hs.length && hs[h].c1 <= w.c0) h++;
            if (h >= hs.length || hs[h].c0 >= w.c1) return undefined;
            if ((h + 1 < hs.length && hs[h + 1].c0 < w.c1) || row.cells.has(h)) return undefined;
            row.cells.set(h, w.text);
          }
          block.rows.push(row);
          pieces.push(row);
        }
      }
    } else {
      const s = t.slice(p, lineEnd);
      if (s.trim() === '') blank = true;
      else {
        if (blank && pieces.length) pieces.push({ kind: 'blank' });
        blank = false;
        pieces.push({ kind: 'trivia', text: s.trimEnd() });
      }
    }
    if (e >= inp.end) break;
    p = e + (t.charCodeAt(e) === 13 && t.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  // Column widths: the row label column is shared by all blocks.
  let labelW = 0;
  for (const pc of pieces) if (pc.kind === 'row') labelW = Math.max(labelW, pc.label.length);
  for (const pc of pieces) if (pc.kind === 'header' && pc.plus) labelW = Math.max(labelW, 1);
  const pad = ' '.repeat(inp.indent);
  const out: Line[] = [];
  const layouts = new Map<Block, { right: number[] }>();
  for (const pc of pieces) {
    if (pc.kind !== 'header') continue;
    const right: number[] = [];
    let col = inp.indent + labelW;
    pc.headers.forEach((h, k) => {
      let w = h.text.length;
      for (const r of pc.rows) w = Math.max(w, r.cells.get(k)?.length ?? 0);
      col += 2 + w;
      right.push(col);
    });
    layouts.set(pc, { right });
  }
  let current: Block | undefined;
  for (const pc of pieces) {
    if (pc.kind === 'trivia') out.push({ text: pc.text, own: true });
    else if (pc.kind === 'blank') out.push({ text: '' });
    else if (pc.kind === 'header') {
      current = pc;
      const { right } = layouts.get(pc)!;
      let s = pad + (pc.plus ? '+' : '');
      pc.headers.forEach((h, k) => {
        s = s.padEnd(right[k] - h.text.length) + h.text;
      });
      out.push({ text: s.trimEnd(), comment: pc.trailing });
    } else if (current) {
      const { right } = layouts.get(current)!;
      let s = pad + pc.label;
      current.headers.forEach((_, k) => {
        const v = pc.cells.get(k);
        if (v !== undefined) s = s.padEnd(right[k] - v.length) + v;
      });
      out.push({ text: s, comment: pc.trailing });
    }
  }
  return { lines: out, headTrailing };
}
