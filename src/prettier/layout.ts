// Line breaking of long expressions (equation bodies, assignment values, conditions): the flat
// text when it fits; otherwise breaks before the lowest-precedence operators of the outermost
// level (`or`, `and`, relations, then binary `+`/`-`), filling each line greedily and aligning the
// continuation lines under the start of the expression; a single term that is still too long is
// broken inside its longest parenthesised group (`sum(i, ...)` bodies align after `sum(i, `).
// The result depends only on the tokens and the width, so formatting twice changes nothing.
// Imports the formatter's spacing.ts and grammar/ tokens.
import { tokenMatcher } from 'chevrotain';
import { Comma, Identifier, LParen, type Tok } from '../../grammar/tokens.ts';
import { Brk, flat, flatLength, type Spacing } from './spacing.ts';

const INDENT = 3;

export interface LayoutCtx {
  readonly sp: Spacing;
  readonly tokens: readonly Tok[];
  readonly width: number;
}

/** Absolute end column of the last line (line 0 starts at `col`; later lines carry their blanks). */
function endCol(lines: string[], col: number): number {
  return lines.length === 1 ? col + lines[0].length : lines[lines.length - 1].length;
}

/** Top-level operators of class `cls` in [a, b) (groups skipped), never at a. */
function topLevel(c: LayoutCtx, a: number, b: number): { cls: number; at: number[] } {
  let cls = 99;
  for (let i = a; i < b; i++) {
    if (tokenMatcher(c.tokens[i], LParen) && c.sp.match[i] > i) {
      i = c.sp.match[i];
      continue;
    }
    if (i > a && c.sp.brk[i] && c.sp.brk[i] < cls) cls = c.sp.brk[i];
  }
  const at: number[] = [];
  if (cls === 99) return { cls: 0, at };
  for (let i = a; i < b; i++) {
    if (tokenMatcher(c.tokens[i], LParen) && c.sp.match[i] > i) {
      i = c.sp.match[i];
      continue;
    }
    if (i > a && c.sp.brk[i] === cls) at.push(i);
  }
  return { cls, at };
}

/**
 * Lines of tokens [a, b) placed at absolute column `col` (the first line without leading blanks,
 * the others with theirs). `room`: columns that must stay free after the last line (`;`, `)`).
 */
export function layoutExpr(c: LayoutCtx, a: number, b: number, col: number, room = 0): string[] {
  if (a >= b) return [''];
  if (col + flatLength(c.sp, a, b) + room <= c.width) return [flat(c.sp, a, b)];
  const { at } = topLevel(c, a, b);
  if (at.length) {
    const segs: [number, number][] = [];
    let s = a;
    for (const k of at) {
      segs.push([s, k]);
      s = k;
    }
    segs.push([s, b]);
    return fill(c, segs, col, room);
  }
  return breakGroup(c, a, b, col, room);
}

/** Greedy filling of segments (each after the first starts with its operator). */
function fill(c: LayoutCtx, segs: [number, number][], col: number, room: number): string[] {
  const pad = ' '.repeat(col);
  let lines = layoutExpr(c, segs[0][0], segs[0][1], col, segs.length === 1 ? room : 0);
  for (let k = 1; k < segs.length; k++) {
    const [s, e] = segs[k];
    const last = k === segs.length - 1;
    const len = flatLength(c.sp, s, e);
    if (endCol(lines, col) + 1 + len + (last ? room : 0) <= c.width) {
      lines[lines.length - 1] += ' ' + flat(c.sp, s, e);
      continue;
    }
    // A new line at `col`: the operator, then its operand laid out after it.
    const op = c.sp.img[s];
    const rest = layoutExpr(c, s + 1, e, col + op.length + 1, last ? room : 0);
    lines = [...lines, pad + op + ' ' + rest[0], ...rest.slice(1)];
  }
  return lines;
}

/** Top-level commas of the group content [a, b). */
function commas(c: LayoutCtx, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) {
    if (tokenMatcher(c.tokens[i], LParen) && c.sp.match[i] > i) i = c.sp.match[i];
    else if (tokenMatcher(c.tokens[i], Comma)) out.push(i);
  }
  return out;
}

/** A term without top-level operators to break at: break inside its longest group. */
function breakGroup(c: LayoutCtx, a: number, b: number, col: number, room: number): string[] {
  let best = -1;
  let bestLen = -1;
  for (let i = a; i < b; i++) {
    if (tokenMatcher(c.tokens[i], LParen) && c.sp.match[i] > i) {
      const m = c.sp.match[i];
      if (m < b) {
        const len = flatLength(c.sp, i + 1, m);
        if (len > bestLen) {
          best = i;
          bestLen = len;
        }
      }
      i = m;
    }
  }
  if (best < 0) return [flat(c.sp, a, b)];
  const close = c.sp.match[best];
  const prefix = flat(c.sp, a, best + 1);
  const suffix = close + 1 < b ? flat(c.sp, close + 1, b) : '';
  const suffixLen = 1 + suffix.length + (close + 1 < b ? c.sp.sep[close + 1].length : 0);
  let inner: string[];
  let lines: string[];
  const pcol = col + prefix.length;
  if (pcol > c.width / 2 + INDENT && pcol > col + INDENT) {
    // Hanging: break after `(` and indent the content from the line's start.
    const hcol = col + INDENT;
    inner = args(c, best, close, hcol, room + suffixLen);
    lines = [prefix, ' '.repeat(hcol) + inner[0], ...inner.slice(1)];
  } else {
    inner = args(c, best, close, pcol, room + suffixLen);
    lines = [prefix + inner[0], ...inner.slice(1)];
  }
  lines[lines.length - 1] += ')' + (suffix ? c.sp.sep[close + 1] + suffix : '');
  return lines;
}

/** The content of the group opened at `open` (closed at `close`), placed at column `col`. */
function args(c: LayoutCtx, open: number, close: number, col: number, room: number): string[] {
  const a = open + 1;
  const cs = commas(c, a, close);
  if (!cs.length) return layoutExpr(c, a, close, col, room);
  const before = open > 0 ? c.tokens[open - 1] : undefined;
  const indexed =
    before?.tokenType === Identifier && ['sum', 'prod', 'smin', 'smax'].includes(before.image.toLowerCase());
  const pad = ' '.repeat(col);
  if (indexed) {
    // `sum(binding, body)`: the body follows the binding, or starts a new line under it.
    const binding = flat(c.sp, a, cs[0] + 1);
    const bcol = col + binding.length + 1;
    if (bcol <= c.width / 2 + INDENT) {
      const body = layoutExpr(c, cs[0] + 1, close, bcol, room);
      return [binding + ' ' + body[0], ...body.slice(1)];
    }
    const body = layoutExpr(c, cs[0] + 1, close, col, room);
    return [binding, pad + body[0], ...body.slice(1)];
  }
  return layoutList(c, a, close, col, room);
}

/** Comma-separated items [a, b) (arguments, display items): as many per line as fit, aligned at `col`. */
export function layoutList(c: LayoutCtx, a: number, b: number, col: number, room = 0): string[] {
  const cs = commas(c, a, b);
  const pad = ' '.repeat(col);
  const parts: [number, number][] = [];
  let s = a;
  for (const k of cs) {
    parts.push([s, k + 1]);
    s = k + 1;
  }
  if (s < b) parts.push([s, b]);
  let lines = layoutExpr(c, parts[0][0], parts[0][1], col, parts.length === 1 ? room : 0);
  for (let k = 1; k < parts.length; k++) {
    const [ps, pe] = parts[k];
    const last = k === parts.length - 1;
    const len = flatLength(c.sp, ps, pe);
    if (endCol(lines, col) + 1 + len + (last ? room : 0) <= c.width) {
      lines[lines.length - 1] += ' ' + flat(c.sp, ps, pe);
      continue;
    }
    const sub = layoutExpr(c, ps, pe, col, last ? room : 0);
    lines = [...lines, pad + sub[0], ...sub.slice(1)];
  }
  return lines;
}

/**
 * `lhs rel rhs` (an equation body after `..`, or `target = value`): on one line when it fits;
 * else either the right-hand side laid out after `lhs rel `, or the relation starting a new line
 * under the left-hand side, whichever needs fewer lines (over-long lines count heavily; the first
 * form wins ties).
 */
export function layoutRelation(
  c: LayoutCtx,
  a: number,
  rel: number,
  b: number,
  col: number,
  room: number,
): string[] {
  const total = flatLength(c.sp, a, b);
  if (col + total + room <= c.width) return [flat(c.sp, a, b)];
  const lhs = flat(c.sp, a, rel);
  const relText = c.sp.img[rel];
  const rhsCol = col + lhs.length + relText.length + 2;
  const left = layoutExpr(c, a, rel, col, 0);
  const rhsB = layoutExpr(c, rel + 1, b, col + relText.length + 1, room);
  const below = [...left, ' '.repeat(col) + relText + ' ' + rhsB[0], ...rhsB.slice(1)];
  if (rhsCol > c.width / 2 + INDENT) return below;
  const rhsA = layoutExpr(c, rel + 1, b, rhsCol, room);
  const after = [lhs + ' ' + relText + ' ' + rhsA[0], ...rhsA.slice(1)];
  return cost(c, after, col, room) <= cost(c, below, col, room) ? after : below;
}

function cost(c: LayoutCtx, lines: string[], col: number, room: number): number {
  let over = 0;
  lines.forEach((l, k) => {
    const end = (k === 0 ? col : 0) + l.length + (k === lines.length - 1 ? room : 0);
    if (end > c.width) over++;
  });
  return over * 100 + lines.length;
}
