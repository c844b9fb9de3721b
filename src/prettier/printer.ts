// The EMD formatter's printer: walks the token stream statement by statement (statement kinds come
// from the AST, which is matched to the tokens by offset) and prints each kind in its layout —
// declaration blocks with aligned names, texts and data; tables in columns; equations broken before
// operators; loop and if bodies indented — while every comment, `$` line and blank line between
// tokens is put back where it was. A statement it cannot lay out safely is printed as written.
// Imports grammar/ (tokens, statement chunks via syntax/parse.ts), syntax/ast.ts types, text/arrays.ts
// and the formatter's own modules.
import { tokenMatcher } from 'chevrotain';
import {
  AliasKw,
  BinaryKw,
  Comma,
  DeclKeyword,
  DotDot,
  ElseIfKw,
  ElseKw,
  EqRel,
  Equals,
  EquationKw,
  FileKw,
  FreeKw,
  Identifier,
  IntegerKw,
  LParen,
  ModelKw,
  NegativeKw,
  PositiveKw,
  PutCloseKw,
  PutKw,
  RParen,
  RepeatKw,
  Semicolon,
  SetKw,
  Slash,
  TableKw,
  UntilKw,
  VariableKw,
  type Tok,
} from '../../grammar/tokens.ts';
import type { TableBody } from '../../grammar/preprocess.ts';
import { statementChunks } from '../../grammar/chunks.ts';
import type * as A from '../syntax/ast.ts';
import type { Gap, Scanned } from './scan.ts';
import { computeSpacing, flat, flatLength, newSpacing, type Spacing } from './spacing.ts';
import { layoutExpr, layoutList, layoutRelation, type LayoutCtx } from './layout.ts';
import { dataLines, recordText, type DataLine } from './data-list.ts';
import { layoutTableBody } from './table-layout.ts';
import { addComment, type Line } from './lines.ts';
import { pushAll, maxOf } from '../text/arrays.ts';

/** Indentation of declaration items, loop bodies and continuation lines (the GAMS library's habit). */
export const INDENT = 3;
/** Equation heads longer than this do not widen the aligned column of their neighbours. */
const MAX_ALIGNED_HEAD = 30;

const tokEnd = (t: Tok) => t.startOffset + t.image.length;
const spaces = (n: number) => ' '.repeat(Math.max(0, n));

interface DeclItem {
  name: number;
  /** End (exclusive) of name and domain. */
  nameEnd: number;
  text?: [number, number];
  data?: { open: number; close: number };
  /** Index of the comma after the item, if any. */
  comma?: number;
}

interface Decl {
  /** First token after the keyword(s). */
  start: number;
  items: DeclItem[];
  /** The `;`, or b when missing. */
  semi: number;
  kind: 'set' | 'values' | 'names' | 'file' | 'none';
}

export interface PrintResult {
  readonly lines: Line[];
  /** For each top-level chunk: its first token and its [first, last] output line. */
  readonly chunkLines: { start: number; first: number; last: number }[];
}

export class Printer implements LayoutCtx {
  readonly tokens: Tok[];
  readonly sp: Spacing;
  readonly text: string;
  private readonly astAt = new Map<number, A.Statement>();
  private readonly declCache = new Map<number, Decl | null>();

  constructor(
    readonly sc: Scanned,
    program: A.Program,
    readonly width: number,
    /** Start tokens of statements printed exactly as written. */
    private readonly verbatim: ReadonlySet<number>,
  ) {
    this.tokens = sc.tokens;
    this.text = sc.file.text;
    this.sp = newSpacing(this.tokens.length);
    const visit = (ss: readonly A.Statement[]) => {
      for (const s of ss) {
        if (s.span.file !== sc.file) continue;
        if (!this.astAt.has(s.span.start)) this.astAt.set(s.span.start, s);
        if (s.kind === 'Loop' || s.kind === 'While' || s.kind === 'Repeat' || s.kind === 'For') visit(s.body);
        else if (s.kind === 'If') {
          for (const b of s.branches) visit(b.body);
          if (s.elseBody) visit(s.elseBody);
        }
      }
    };
    visit(program.statements);
  }

  /** The statement node starting at token i (file declarations start at their first name). */
  private nodeAt(i: number): A.Statement | undefined {
    const t = this.tokens[i];
    if (t.tokenType === FileKw && i + 1 < this.tokens.length)
      return this.astAt.get(this.tokens[i + 1].startOffset);
    return this.astAt.get(t.startOffset);
  }

  print(): PrintResult {
    const chunks = statementChunks(this.tokens);
    for (const [a, b] of chunks) this.prepare(a, b);
    const out: Line[] = [];
    const chunkLines: PrintResult['chunkLines'] = [];
    this.block(chunks, 0, 0, this.tokens.length, out, chunkLines);
    return { lines: out, chunkLines };
  }

  // -------------------------------------------------------------------------------------------
  // Preparation: raw zones (texts, data lists) and spacing

  private prepare(a: number, b: number): void {
    const t = this.tokens;
    // Declarations anywhere in the chunk (they may sit in loop bodies): mark texts and data raw.
    for (let i = a; i < b; i++) {
      if (!tokenMatcher(t[i], DeclKeyword) && t[i].tokenType !== TableKw) continue;
      const prev = i > a ? t[i - 1] : undefined;
      if (prev && (isVarType(prev) || this.sp.raw[i - 1])) continue;
      if (i > a && !(prev && (tokenMatcher(prev, Semicolon) || tokenMatcher(prev, Comma)))) continue;
      let e = i;
      while (e < b && !tokenMatcher(t[e], Semicolon)) e++;
      this.markRaw(i, Math.min(b, e + 1));
    }
    computeSpacing(this.sc, this.sp, a, b, t[a].tokenType === PutKw || t[a].tokenType === PutCloseKw);
  }

  private markRaw(a: number, b: number): void {
    const d = this.decl(a, b);
    if (!d) return;
    for (const it of d.items) {
      if (it.text) for (let k = it.text[0]; k < it.text[1]; k++) this.sp.raw[k] = 1;
      if (it.data) for (let k = it.data.open + 1; k < it.data.close; k++) this.sp.raw[k] = 1;
    }
  }

  /** The items of a declaration statement [a, b), read as grammar/parser.ts reads them. */
  private decl(a: number, b: number): Decl | undefined {
    const cached = this.declCache.get(a);
    if (cached !== undefined) return cached ?? undefined;
    const d = this.readDecl(a, b);
    this.declCache.set(a, d ?? null);
    return d;
  }

  private readDecl(a: number, b: number): Decl | undefined {
    const t = this.tokens;
    let i = a;
    if (isVarType(t[i]) && i + 1 < b && t[i + 1].tokenType === VariableKw) i++;
    const kw = t[i];
    let kind: Decl['kind'];
    if (kw.tokenType === SetKw) kind = 'set';
    else if (kw.tokenType === ModelKw) kind = 'names';
    else if (kw.tokenType === FileKw) kind = 'file';
    else if (kw.tokenType === VariableKw || kw.tokenType === EquationKw) kind = 'none';
    else if (kw.tokenType === TableKw) kind = 'none';
    else if (tokenMatcher(kw, DeclKeyword) && kw.tokenType !== AliasKw) kind = 'values';
    else return undefined;
    const semi = b > a && tokenMatcher(t[b - 1], Semicolon) ? b - 1 : b;
    const items: DeclItem[] = [];
    let j = i + 1;
    const start = j;
    while (j < semi) {
      if (tokenMatcher(t[j], Comma)) {
        if (!items.length || items[items.length - 1].comma !== undefined) return undefined;
        items[items.length - 1].comma = j;
        j++;
        continue;
      }
      if (t[j].tokenType !== Identifier) return undefined;
      const item: DeclItem = { name: j, nameEnd: j + 1 };
      j++;
      // A domain as the parser reads one: `(` then a name or `*` (else the parenthesis is text).
      if (
        kind !== 'names' &&
        kind !== 'file' &&
        j + 1 < semi &&
        tokenMatcher(t[j], LParen) &&
        (t[j + 1].tokenType === Identifier || t[j + 1].image === '*')
      ) {
        let depth = 0;
        for (; j < semi; j++) {
          if (tokenMatcher(t[j], LParen)) depth++;
          else if (tokenMatcher(t[j], RParen) && --depth === 0) break;
        }
        if (j >= semi) return undefined;
        j++;
        item.nameEnd = j;
      }
      const ts = j;
      while (
        j < semi &&
        !this.sc.gaps[j].newline &&
        !tokenMatcher(t[j], Slash) &&
        !tokenMatcher(t[j], Comma) &&
        !tokenMatcher(t[j], Semicolon)
      )
        j++;
      if (j > ts) item.text = [ts, j];
      if (j < semi && tokenMatcher(t[j], Slash)) {
        let k = j + 1;
        while (k < semi && !tokenMatcher(t[k], Slash)) k++;
        if (k >= semi) return undefined;
        item.data = { open: j, close: k };
        j = k + 1;
      }
      items.push(item);
      if (kw.tokenType === TableKw) {
        // The body follows in the table gap; only the `;` may come after the head.
        if (j !== semi) return undefined;
      }
    }
    if (!items.length) return undefined;
    return { start, items, semi, kind };
  }

  // -------------------------------------------------------------------------------------------
  // Blocks: statements and the trivia between them

  /**
   * Print the statements `ranges` (each [start, end) of tokens) at `indent`, with the trivia of
   * every gap from `from` to `to` (inclusive) in place.
   */
  private block(
    ranges: [number, number][],
    indent: number,
    from: number,
    to: number,
    out: Line[],
    chunkLines?: PrintResult['chunkLines'],
  ): void {
    const st = { blank: false, atStart: out.length === 0 || !chunkLines };
    const heads = this.equationHeads(ranges);
    for (const [a, w] of this.alignedAssignments(ranges)) heads.set(a, w);
    let g = from;
    let prevSingle: Line | undefined;
    for (let k = 0; k < ranges.length; k++) {
      const [a, b] = ranges[k];
      // Statements the user wrote on one line (`x.lo = 1;  x.up = 5;`) stay together when short.
      let sameLine = prevSingle !== undefined;
      for (; g <= a; g++) {
        const gap = this.sc.gaps[g];
        if (gap.newline || gap.lines.length || gap.trailing) sameLine = false;
        this.emitGap(gap, out, st);
      }
      const lines = this.statement(a, b, indent, heads.get(a));
      const firstOut = out.length;
      if (
        sameLine &&
        prevSingle &&
        lines.length === 1 &&
        !prevSingle.comment &&
        !lines[0].comment &&
        prevSingle.text.length + 2 + lines[0].text.trimStart().length <= this.width
      ) {
        prevSingle.text += '  ' + lines[0].text.trimStart();
        chunkLines?.push({ start: a, first: firstOut - 1, last: firstOut - 1 });
      } else {
        if (st.blank && out.length && out[out.length - 1].text !== '' && !st.atStart) out.push({ text: '' });
        pushAll(out, lines);
        chunkLines?.push({ start: a, first: firstOut, last: out.length - 1 });
      }
      st.blank = false;
      st.atStart = false;
      prevSingle = lines.length === 1 && this.kindOf(a) !== 'EquationDef' ? out[out.length - 1] : undefined;
      g = b;
    }
    for (; g <= to; g++) this.emitGap(this.sc.gaps[g], out, st, true);
  }

  private kindOf(a: number): string | undefined {
    return this.nodeAt(a)?.kind;
  }

  /** Trivia of one gap: a trailing comment joins the last line; own lines follow. */
  private emitGap(gap: Gap, out: Line[], st: { blank: boolean; atStart: boolean }, closing = false): void {
    if (gap.table) return;
    if (gap.trailing) {
      if (out.length && !out[out.length - 1].own) addComment(out[out.length - 1], gap.trailing);
      else out.push({ text: gap.trailing, own: true });
    }
    for (const l of gap.lines) {
      if ((l.blankBefore || st.blank) && out.length && out[out.length - 1].text !== '' && !st.atStart)
        out.push({ text: '' });
      st.blank = false;
      out.push({ text: l.text, own: true });
      st.atStart = false;
    }
    if (gap.blankAfter && !closing) st.blank = true;
  }

  /** Head widths for runs of adjacent equation definitions (aligned bodies). */
  private equationHeads(ranges: [number, number][]): Map<number, number> {
    const out = new Map<number, number>();
    let run: { a: number; w: number }[] = [];
    const flush = () => {
      const ws = run.map((r) => r.w).filter((w) => w <= MAX_ALIGNED_HEAD);
      const w = maxOf(ws, 0);
      for (const r of run) out.set(r.a, Math.max(w, r.w));
      run = [];
    };
    let prevEnd = -1;
    for (const [a, b] of ranges) {
      const node = this.nodeAt(a);
      const dd = node?.kind === 'EquationDef' ? this.findTop(a, b, (t) => t.tokenType === DotDot) : -1;
      if (dd < 0) {
        flush();
        prevEnd = -1;
        continue;
      }
      let adjacent = prevEnd >= 0;
      for (let g = prevEnd; adjacent && g <= a; g++) {
        const gap = this.sc.gaps[g];
        if (gap.lines.length || gap.blankAfter) adjacent = false;
      }
      if (!adjacent) flush();
      run.push({ a, w: flatLength(this.sp, a, dd + 1) });
      prevEnd = b;
    }
    flush();
    return out;
  }

  /**
   * Left-hand side widths for runs of hand-aligned assignments: two or more one-line assignments
   * on adjacent lines (no blank or comment line between) whose `=` stand in one source column,
   * with more than one space before at least one of them. They stay aligned.
   */
  private alignedAssignments(ranges: [number, number][]): Map<number, number> {
    const out = new Map<number, number>();
    let run: { a: number; w: number; col: number; padded: boolean }[] = [];
    const flush = () => {
      if (run.length >= 2 && run.some((r) => r.padded) && run.every((r) => r.col === run[0].col)) {
        const w = maxOf(run.map((r) => r.w));
        for (const r of run) out.set(r.a, w);
      }
      run = [];
    };
    let prevEnd = -1;
    for (const [a, b] of ranges) {
      const eq =
        this.nodeAt(a)?.kind === 'Assignment' && !this.multiLine(a, b) && !this.hasTrivia(a, b)
          ? this.findTop(a, b, (t) => t.tokenType === Equals)
          : -1;
      if (eq < 0) {
        flush();
        prevEnd = -1;
        continue;
      }
      const gap = this.sc.gaps[a];
      if (prevEnd !== a || !gap.newline || gap.lines.length || gap.blankAfter || gap.trailing) flush();
      const before = this.tokens[eq].startOffset - tokEnd(this.tokens[eq - 1]);
      run.push({ a, w: flatLength(this.sp, a, eq), col: this.column(eq), padded: before > 1 });
      prevEnd = b;
    }
    flush();
    return out;
  }

  /** First token in [a, b) at parenthesis depth 0 that satisfies `p`, or -1. */
  private findTop(a: number, b: number, p: (t: Tok) => boolean): number {
    let depth = 0;
    for (let i = a; i < b; i++) {
      const t = this.tokens[i];
      if (this.sp.raw[i]) continue;
      if (tokenMatcher(t, LParen)) depth++;
      else if (tokenMatcher(t, RParen)) depth--;
      else if (depth === 0 && p(t)) return i;
    }
    return -1;
  }

  /** Interior trivia of [a, b): a comment or `$` line between two of its tokens. */
  private hasTrivia(a: number, b: number): boolean {
    for (let i = a + 1; i < b; i++) {
      const g = this.sc.gaps[i];
      if (g.trailing || g.lines.length) return true;
    }
    return false;
  }

  private multiLine(a: number, b: number): boolean {
    for (let i = a + 1; i < b; i++) if (this.sc.gaps[i].newline) return true;
    return false;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private statement(a: number, b: number, indent: number, headWidth?: number): Line[] {
    if (this.verbatim.has(a)) return this.asWritten(a, b, indent);
    const node = this.nodeAt(a);
    const t = this.tokens;
    if (t.slice(a, b).some((x) => x.payload === 'delim')) return this.asWritten(a, b, indent);
    if (t[a].tokenType === TableKw) return this.table(a, b, indent) ?? this.asWritten(a, b, indent);
    if (!node) return this.preserved(a, b, indent);
    switch (node.kind) {
      case 'SetDecl':
      case 'ParameterDecl':
      case 'VariableDecl':
      case 'EquationDecl':
      case 'ModelDecl':
      case 'FileDecl':
        return (
          this.declaration(a, b, indent, node) ??
          (this.decl(a, b) ? this.preserved(a, b, indent) : this.asWritten(a, b, indent))
        );
      case 'EquationDef':
        return this.equation(a, b, indent, headWidth);
      case 'Assignment':
        return this.assignment(a, b, indent, headWidth);
      case 'Loop':
      case 'While':
      case 'For':
      case 'If':
      case 'Repeat':
        return this.control(a, b, indent, node) ?? this.preserved(a, b, indent);
      default:
        return this.simple(a, b, indent);
    }
  }

  /** The statement exactly as written (first line re-indented), comments and all. */
  private asWritten(a: number, b: number, indent: number): Line[] {
    const s = this.tokens[a].startOffset;
    const e = tokEnd(this.tokens[b - 1]);
    const src = this.text.slice(s, e).split(/\r\n|\r|\n/);
    return src.map((l, k) => ({ text: k === 0 ? spaces(indent) + l : l.trimEnd(), own: k > 0 }));
  }

  /**
   * The statement with its own line breaks: each source line re-spaced, continuation lines keep
   * their column relative to the first line (at least one indentation step in). Comments between
   * its tokens stay on their lines. Used when comments sit inside a statement.
   */
  private preserved(a: number, b: number, indent: number): Line[] {
    const out: Line[] = [];
    const firstCol = this.column(a);
    let s = a;
    const missingSemi = !tokenMatcher(this.tokens[b - 1], Semicolon);
    for (let i = a + 1; i <= b; i++) {
      if (i < b && !this.sc.gaps[i].newline) continue;
      // Tokens [s, i) form one source line.
      const text = this.flatWithInline(s, i);
      const col = s === a ? indent : Math.max(indent + INDENT, this.column(s) + indent - firstCol);
      out.push({ text: spaces(col) + text });
      if (i < b) {
        const g = this.sc.gaps[i];
        if (g.trailing) addComment(out[out.length - 1], g.trailing);
        for (const l of g.lines) out.push({ text: l.text, own: true });
      }
      s = i;
    }
    if (missingSemi && this.inBody) out[out.length - 1].text += ';';
    return out;
  }

  /**
   * flat(sp, s, e) with the in-line comments between its tokens (`a {{ note }} + b`, `$onInline` comments:
   * the trailing trivia of a gap without a line break) kept in place, one space either side.
   */
  private flatWithInline(s: number, e: number): string {
    let out = '';
    let from = s;
    for (let k = s + 1; k < e; k++) {
      const c = this.sc.gaps[k].trailing;
      if (!c || this.sc.gaps[k].newline) continue;
      // No space between the comment and a `,` `;` `)` written tight to the previous token.
      const tight = this.sp.sep[k] === '' && /^[,;)]$/.test(this.tokens[k].image);
      out += flat(this.sp, from, k) + ' ' + c + (tight ? '' : ' ');
      from = k;
      // `b {{ c }} * 2`, not `b {{ c }} *2`: an operator written tight keeps a space either side.
      if (
        !tight &&
        this.sp.sep[k] === '' &&
        k + 1 < e &&
        this.sp.sep[k + 1] === '' &&
        /^(\*\*?|\/|\^)$/.test(this.tokens[k].image)
      ) {
        out += flat(this.sp, k, k + 1) + ' ';
        from = k + 1;
      }
    }
    return out + flat(this.sp, from, e);
  }

  /** Set while printing a loop/if body (a last statement without `;` gets one). */
  private inBody = false;

  private column(i: number): number {
    const t = this.text;
    let p = this.tokens[i].startOffset;
    let c = 0;
    while (p > 0 && t.charCodeAt(p - 1) !== 10 && t.charCodeAt(p - 1) !== 13) {
      p--;
      c++;
    }
    return c;
  }

  /** `;` or nothing: bodies get a `;` after their last statement. */
  private semiOf(b: number): { end: number; semi: string } {
    const has = tokenMatcher(this.tokens[b - 1], Semicolon);
    return { end: has ? b - 1 : b, semi: has || this.inBody ? ';' : '' };
  }

  /** Solve, display, option, alias, abort, put, break, continue and anything unrecognised. */
  private simple(a: number, b: number, indent: number): Line[] {
    if (this.hasTrivia(a, b)) return this.preserved(a, b, indent);
    const { end, semi } = this.semiOf(b);
    const one = flat(this.sp, a, end) + semi;
    if (indent + one.length <= this.width || end - a < 3) return [{ text: spaces(indent) + one }];
    // The keyword with what is written tight to it (`abort$(cond)`), then the items filled at the
    // column after it.
    let k = a + 1;
    while (k < end && this.sp.sep[k] === '')
      k = (tokenMatcher(this.tokens[k], LParen) ? this.sp.match[k] : k) + 1;
    if (k >= end) return [{ text: spaces(indent) + one }];
    const head = flat(this.sp, a, k);
    const body = layoutList(this, k, end, indent + head.length + 1, semi.length);
    const lines = [spaces(indent) + head + ' ' + body[0], ...body.slice(1)];
    lines[lines.length - 1] += semi;
    return lines.map((text) => ({ text }));
  }

  private equation(a: number, b: number, indent: number, headWidth?: number): Line[] {
    if (this.hasTrivia(a, b)) return this.preserved(a, b, indent);
    const { end, semi } = this.semiOf(b);
    const dd = this.findTop(a, end, (t) => t.tokenType === DotDot);
    const rel = dd < 0 ? -1 : this.findTop(dd + 1, end, (t) => t.tokenType === EqRel);
    if (rel < 0) return this.preserved(a, b, indent);
    const head = flat(this.sp, a, dd + 1);
    const bodyCol = indent + Math.max(head.length, headWidth ?? 0) + 2;
    const body = layoutRelation(this, dd + 1, rel, end, bodyCol, semi.length);
    const lines = [spaces(indent) + head.padEnd(bodyCol - indent) + body[0], ...body.slice(1)];
    lines[lines.length - 1] += semi;
    return lines.map((text) => ({ text }));
  }

  private assignment(a: number, b: number, indent: number, lhsWidth?: number): Line[] {
    if (this.hasTrivia(a, b)) return this.preserved(a, b, indent);
    const { end, semi } = this.semiOf(b);
    const eq = this.findTop(a, end, (t) => t.tokenType === Equals);
    if (eq < 0) return this.preserved(a, b, indent);
    if (lhsWidth !== undefined) {
      const one = flat(this.sp, a, eq).padEnd(lhsWidth) + ' ' + flat(this.sp, eq, end) + semi;
      if (indent + one.length <= this.width) return [{ text: spaces(indent) + one }];
    }
    const body = layoutRelation(this, a, eq, end, indent, semi.length);
    const lines = [spaces(indent) + body[0], ...body.slice(1)];
    lines[lines.length - 1] += semi;
    return lines.map((text) => ({ text }));
  }

  // -------------------------------------------------------------------------------------------
  // Loops and conditionals

  /** Statements of a body [s, e): split at `;` outside parentheses; empty statements dropped. */
  private bodyRanges(s: number, e: number): [number, number][] {
    const out: [number, number][] = [];
    let start = s;
    let depth = 0;
    for (let i = s; i < e; i++) {
      const t = this.tokens[i];
      if (this.sp.raw[i]) continue;
      if (tokenMatcher(t, LParen)) depth++;
      else if (tokenMatcher(t, RParen)) depth--;
      else if (depth === 0 && tokenMatcher(t, Semicolon)) {
        if (i > start) out.push([start, i + 1]);
        start = i + 1;
      }
    }
    if (start < e) out.push([start, e]);
    return out;
  }

  private control(a: number, b: number, indent: number, node: A.Statement): Line[] | undefined {
    const t = this.tokens;
    const hasSemi = tokenMatcher(t[b - 1], Semicolon);
    const end = hasSemi ? b - 1 : b;
    // Sections: [header tokens] then body [s, e), possibly several (if/elseif/else).
    interface Section {
      head: [number, number];
      body: [number, number];
    }
    const sections: Section[] = [];
    let footer: [number, number];
    if (node.kind === 'Repeat' && !tokenMatcher(t[a + 1], LParen)) {
      const u = this.findTop(a + 1, end, (x) => x.tokenType === UntilKw);
      if (u < 0) return undefined;
      sections.push({ head: [a, a + 1], body: [a + 1, u] });
      footer = [u, end];
    } else {
      const open = a + 1;
      const close = this.sp.match[open];
      if (!tokenMatcher(t[open], LParen) || close < 0 || close !== end - 1) return undefined;
      if (node.kind === 'Repeat') {
        const u = this.findTop(open + 1, close, (x) => x.tokenType === UntilKw);
        if (u < 0) return undefined;
        sections.push({ head: [a, open + 1], body: [open + 1, u] });
        footer = [u, close + 1];
      } else {
        const comma = this.findTop(open + 1, close, (x) => tokenMatcher(x, Comma));
        if (comma < 0) return undefined;
        let hs = a;
        let bs = comma + 1;
        let headEnd = comma + 1;
        for (;;) {
          const next =
            node.kind === 'If'
              ? this.findTop(bs, close, (x) => x.tokenType === ElseIfKw || x.tokenType === ElseKw)
              : -1;
          if (next < 0) {
            sections.push({ head: [hs, headEnd], body: [bs, close] });
            break;
          }
          sections.push({ head: [hs, headEnd], body: [bs, next] });
          hs = next;
          if (t[next].tokenType === ElseKw) {
            headEnd = next + 1;
          } else {
            const c2 = this.findTop(next + 1, close, (x) => tokenMatcher(x, Comma));
            if (c2 < 0) return undefined;
            headEnd = c2 + 1;
          }
          bs = headEnd;
        }
        footer = [close, close + 1];
      }
    }
    // Comments inside a header or the footer: keep the statement's own lines.
    for (const sec of sections) if (this.hasTrivia(sec.head[0], sec.head[1])) return undefined;
    if (this.hasTrivia(footer[0], footer[1])) return undefined;
    const semi = hasSemi || this.inBody ? ';' : '';
    const bodies = sections.map((sec) => this.bodyRanges(sec.body[0], sec.body[1]));
    const saved = this.inBody;
    this.inBody = true;
    try {
      // One line: a single simple statement in a single section, no comments, fits.
      if (sections.length === 1 && bodies[0].length <= 1 && !this.hasTrivia(a, b)) {
        const inner = bodies[0].length ? this.statement(bodies[0][0][0], bodies[0][0][1], 0) : [];
        const innerKind = bodies[0].length ? this.kindOf(bodies[0][0][0]) : undefined;
        const simpleInner =
          inner.length <= 1 && !['Loop', 'While', 'For', 'If', 'Repeat'].includes(innerKind ?? '');
        if (simpleInner) {
          const head = flat(this.sp, sections[0].head[0], sections[0].head[1]);
          const foot = flat(this.sp, footer[0], footer[1]);
          const mid = inner.length ? (head.endsWith('(') ? '' : ' ') + inner[0].text.trim() : '';
          const tail = (foot.startsWith(')') ? '' : ' ') + foot + semi;
          const one = head + mid + tail;
          if (indent + one.length <= this.width && !this.multiLineBody(sections[0]))
            return [{ text: spaces(indent) + one }];
        }
      }
      const out: Line[] = [];
      sections.forEach((sec, k) => {
        out.push({ text: spaces(indent) + flat(this.sp, sec.head[0], sec.head[1]) });
        this.block(bodies[k], indent + INDENT, sec.head[1], sec.body[1], out);
      });
      const foot = flat(this.sp, footer[0], footer[1]);
      out.push({ text: spaces(indent) + foot + semi });
      return out;
    } finally {
      this.inBody = saved;
    }
  }

  /** The user wrote the body on lines of its own: keep it that way even when it would fit. */
  private multiLineBody(sec: { head: [number, number]; body: [number, number] }): boolean {
    return sec.body[0] < sec.body[1] && this.sc.gaps[sec.body[0]].newline;
  }

  // -------------------------------------------------------------------------------------------
  // Declarations

  private declaration(a: number, b: number, indent: number, node: A.Statement): Line[] | undefined {
    const d = this.decl(a, b);
    if (!d) return undefined;
    // The items must be the parser's items.
    const names = astItemNames(node);
    if (
      names &&
      (names.length !== d.items.length || names.some((n, k) => n !== this.tokens[d.items[k].name].image))
    )
      return undefined;
    const kw = flat(this.sp, a, d.start);
    const semi = d.semi < b ? ';' : this.inBody ? ';' : '';
    if (!this.multiLine(a, b) && !this.hasTrivia(a, b)) {
      const parts = d.items.map((it) => this.itemOneLine(it, d));
      let s = kw;
      d.items.forEach((it, k) => {
        s += (k === 0 ? ' ' : d.items[k - 1].comma !== undefined ? ', ' : ' ') + parts[k];
      });
      s += semi;
      if (indent + s.length <= this.width) return [{ text: spaces(indent) + s }];
    }
    return this.declBlock(a, b, indent, d, kw, semi);
  }

  private itemOneLine(it: DeclItem, d: Decl): string {
    // Two blanks set an explanatory text apart (it may hold several words), as GAMS authors do.
    let s = flat(this.sp, it.name, it.nameEnd);
    if (it.text) s += '  ' + this.rawText(it.text[0], it.text[1]);
    if (it.data) s += (it.text ? '  ' : ' ') + this.dataOneLine(it, d);
    return s;
  }

  private rawText(s: number, e: number): string {
    return this.text.slice(this.tokens[s].startOffset, tokEnd(this.tokens[e - 1]));
  }

  private dataKind(d: Decl): 'set' | 'values' | 'names' {
    return d.kind === 'set' ? 'set' : d.kind === 'names' ? 'names' : 'values';
  }

  private dataOneLine(it: DeclItem, d: Decl, widths?: number[]): string {
    const { open, close } = it.data!;
    if (d.kind === 'file') {
      const inner = this.text.slice(tokEnd(this.tokens[open]), this.tokens[close].startOffset).trim();
      return inner ? `/ ${inner} /` : '/ /';
    }
    const recs = dataLines(this.tokens, this.text, open, close, this.dataKind(d)).flatMap((l) => l.records);
    if (!recs.length) return '/ /';
    const n = recs.length;
    const parts = recs.map((r, k) => {
      const txt = recordText(r) + (k < n - 1 ? ',' : '');
      return widths && n > 1 && k < widths.length ? txt.padEnd(widths[k] + (k < n - 1 ? 1 : 0)) : txt;
    });
    return `/ ${parts.join(' ')} /`;
  }

  /** Whether the item's data list keeps several lines (its records were on several lines). */
  private dataMulti(it: DeclItem, d: Decl): DataLine[] | undefined {
    if (!it.data || d.kind === 'file') return undefined;
    const { open, close } = it.data;
    if (!this.multiLine(open, close + 1)) return undefined;
    const lines = dataLines(this.tokens, this.text, open, close, this.dataKind(d));
    return lines.length > 1 ? lines : undefined;
  }

  /**
   * The records of a one-line data list that does not fit between `col` and `width`, grouped
   * greedily into lines that do (`/ ` and ` /` counted); undefined when it fits or one line would
   * hold everything anyway.
   */
  private dataFilled(it: DeclItem, d: Decl, col: number, width: number): DataLine[] | undefined {
    if (!it.data || d.kind === 'file') return undefined;
    if (col + this.dataOneLine(it, d).length <= width) return undefined;
    const recs = dataLines(this.tokens, this.text, it.data.open, it.data.close, this.dataKind(d)).flatMap(
      (l) => l.records,
    );
    // Lines measured as declBlock's dataWidth measures them (slashes 4, each record 2 more), so
    // that the filled list fits where it is placed.
    const lines: DataLine[] = [];
    let cur: DataLine['records'][number][] = [];
    let used = col + 4;
    recs.forEach((r, k) => {
      const w = recordText(r).length + 2;
      if (cur.length && used + w > width) {
        lines.push({ records: cur });
        cur = [];
        used = col + 4;
      }
      used += w;
      cur.push({ ...r, comma: k < recs.length - 1 });
    });
    if (cur.length) lines.push({ records: cur });
    return lines.length > 1 ? lines : undefined;
  }

  /**
   * A multi-line data list as lines at column `col`: the first starts with `/ `, the others are
   * indented by 2; one record per line gets aligned columns. Undefined when a comment line sits
   * where it cannot be kept (inside a line, right after the opening slash).
   */
  private dataBlock(it: DeclItem, d: Decl, lines: DataLine[], col: number): Line[] | undefined {
    const { open, close } = it.data!;
    const gaps = this.sc.gaps;
    if (gaps[open + 1]?.lines.length) return undefined;
    for (const l of lines) {
      const first = l.records[0].first;
      const last = l.records[l.records.length - 1].last;
      for (let i = first + 1; i <= last; i++) if (gaps[i].lines.length) return undefined;
    }
    const single = lines.every((l) => l.records.length === 1);
    const recs = lines.flatMap((l) => l.records);
    const withRest = recs.filter((r) => r.rest);
    const keyW = single
      ? maxOf(
          withRest.map((r) => r.key.length),
          0,
        )
      : 0;
    const restW = single
      ? maxOf(
          withRest.map((r) => r.rest.length),
          0,
        )
      : 0;
    const alignNumbers = single && withRest.length > 0 && withRest.every((r) => r.numeric);
    const lastRec = recs[recs.length - 1];
    const out: Line[] = [];
    lines.forEach((l, k) => {
      const first = l.records[0].first;
      const last = l.records[l.records.length - 1].last;
      const g = gaps[first];
      if (k > 0) {
        if (g.trailing) addComment(out[out.length - 1], g.trailing);
        for (const tl of g.lines) out.push({ text: tl.text, own: true });
      }
      const parts = l.records.map(
        (r) => recordText(r, keyW, restW, alignNumbers) + (r.comma && r !== lastRec ? ',' : ''),
      );
      const line: Line = { text: (k === 0 ? spaces(col) + '/ ' : spaces(col + 2)) + parts.join(' ') };
      if (k === 0 && g.trailing) addComment(line, g.trailing);
      for (let i = first + 1; i <= last; i++) if (gaps[i].trailing) addComment(line, gaps[i].trailing!);
      // The gap after the line's last token up to the next line is read with the next line.
      out.push(line);
    });
    // The closing slash: after the last record, or on its own line after comment lines.
    const gc = gaps[close];
    if (gc.trailing) addComment(out[out.length - 1], gc.trailing);
    if (gc.lines.length) {
      for (const tl of gc.lines) out.push({ text: tl.text, own: true });
      out.push({ text: spaces(col) + '/' });
    } else out[out.length - 1].text += ' /';
    return out;
  }

  private declBlock(
    a: number,
    b: number,
    indent: number,
    d: Decl,
    kw: string,
    semi: string,
  ): Line[] | undefined {
    const t = this.tokens;
    const gaps = this.sc.gaps;
    // Comments may sit before items, after an item's name or text and inside data lists; comment
    // lines elsewhere (inside a domain, between keywords, before a comma) are not laid out here.
    for (let i = a + 1; i < d.start; i++) if (gaps[i].lines.length || gaps[i].trailing) return undefined;
    for (const it of d.items) {
      for (let i = it.name + 1; i < it.nameEnd; i++)
        if (gaps[i].lines.length || gaps[i].trailing) return undefined;
      const preEnd = it.data ? it.data.open : it.text ? it.text[1] - 1 : it.nameEnd - 1;
      for (let i = it.nameEnd; i <= preEnd; i++) if (gaps[i].lines.length) return undefined;
      if (it.comma !== undefined && gaps[it.comma].lines.length) return undefined;
    }
    const inner = indent + INDENT;
    const names = d.items.map((it) => flat(this.sp, it.name, it.nameEnd));
    const texts = d.items.map((it) => (it.text ? this.rawText(it.text[0], it.text[1]) : ''));
    const nameW = maxOf(names.map((n) => n.length));
    const textCol = inner + nameW + 2;
    // A one-line list too long for the line even under the text is filled into lines, and from
    // then on laid out as a list the user wrote on several lines (so formatting again keeps it).
    const multi = d.items.map(
      (it) => this.dataMulti(it, d) ?? this.dataFilled(it, d, textCol, this.width - semi.length),
    );
    const oneLine = d.items.map((it, k) => (it.data && !multi[k] ? this.dataOneLine(it, d) : ''));
    const dataWidth = (k: number): number => {
      if (!multi[k]) return oneLine[k].length;
      let w = 0;
      for (const l of multi[k]!)
        w = Math.max(w, 4 + l.records.reduce((x, r) => x + recordText(r).length + 2, 0));
      return w;
    };
    // A data list goes in the block's data column when it fits there, else under the text.
    const fitsAt = (k: number, col: number) => col + dataWidth(k) + semi.length <= this.width;
    let inline = d.items.map(
      (it, k) => !!it.data && fitsAt(k, textCol + (texts[k] ? texts[k].length + 2 : 0)),
    );
    const textW = maxOf(
      d.items.map((_, k) => (inline[k] ? texts[k].length : 0)),
      0,
    );
    const dataCol = textCol + (textW ? textW + 2 : 0);
    inline = inline.map((v, k) => v && fitsAt(k, dataCol));
    // Record columns shared by the single-line lists of the block (two or more records each).
    const widths: number[] = [];
    d.items.forEach((it, k) => {
      if (!inline[k] || multi[k] || !it.data || d.kind !== 'values') return;
      const recs = dataLines(t, this.text, it.data.open, it.data.close, this.dataKind(d)).flatMap(
        (l) => l.records,
      );
      if (recs.length < 2) return;
      recs.forEach((r, j) => (widths[j] = Math.max(widths[j] ?? 0, recordText(r).length)));
    });
    let aligned = d.items.map((it, k) =>
      inline[k] && !multi[k] && it.data ? this.dataOneLine(it, d, widths) : oneLine[k],
    );
    if (aligned.some((s, k) => inline[k] && !multi[k] && dataCol + s.length + semi.length > this.width))
      aligned = oneLine;
    const out: Line[] = [{ text: spaces(indent) + kw }];
    const st = { blank: false, atStart: true };
    for (let k = 0; k < d.items.length; k++) {
      const it = d.items[k];
      // Trivia before the item (after the keyword, or after the previous item and its comma).
      this.emitGap(gaps[it.name], out, st);
      if (st.blank && out[out.length - 1].text !== '') out.push({ text: '' });
      st.blank = false;
      st.atStart = false;
      let head = spaces(inner) + names[k];
      if (texts[k]) head = head.padEnd(textCol) + texts[k];
      const itemLines: Line[] = [];
      if (it.data && inline[k] && multi[k]) {
        const db = this.dataBlock(it, d, multi[k]!, dataCol);
        if (!db) return undefined;
        db[0].text = head.padEnd(dataCol) + db[0].text.trimStart();
        pushAll(itemLines, db);
      } else if (it.data && inline[k]) {
        itemLines.push({ text: head.padEnd(dataCol) + aligned[k] });
      } else if (it.data) {
        itemLines.push({ text: head });
        const db = multi[k]
          ? this.dataBlock(it, d, multi[k]!, textCol)
          : [{ text: spaces(textCol) + oneLine[k] }];
        if (!db) return undefined;
        pushAll(itemLines, db);
      } else itemLines.push({ text: head });
      // Comments after the name or text go on the item's first line.
      const preEnd = it.data ? it.data.open : it.text ? it.text[1] - 1 : it.nameEnd - 1;
      for (let i = it.nameEnd; i <= preEnd; i++)
        if (gaps[i].trailing) addComment(itemLines[0], gaps[i].trailing!);
      if (it.data && !multi[k]) {
        for (let i = it.data.open + 1; i <= it.data.close; i++) {
          if (gaps[i].lines.length) return undefined;
          if (gaps[i].trailing) addComment(itemLines[itemLines.length - 1], gaps[i].trailing!);
        }
      }
      if (it.comma !== undefined && gaps[it.comma].trailing)
        addComment(itemLines[itemLines.length - 1], gaps[it.comma].trailing!);
      // A text that is a lone `(` keeps its comma: without it `(` and the next item's name would
      // read as a domain.
      if (
        it.comma !== undefined &&
        it.text &&
        it.text[1] - it.text[0] === 1 &&
        tokenMatcher(t[it.text[0]], LParen)
      )
        itemLines[itemLines.length - 1].text += ',';
      pushAll(out, itemLines);
    }
    if (d.semi < b) {
      const g = gaps[d.semi];
      if (g.trailing) addComment(out[out.length - 1], g.trailing);
      if (g.lines.length) {
        for (const l of g.lines) out.push({ text: l.text, own: true });
        out.push({ text: spaces(indent) + semi });
        return out;
      }
    }
    out[out.length - 1].text += semi;
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Tables

  private table(a: number, b: number, indent: number): Line[] | undefined {
    const d = this.decl(a, b);
    if (!d || d.items.length !== 1) return undefined;
    const it = d.items[0];
    const t = this.tokens;
    const body = t[a].payload as TableBody | undefined;
    if (!body) return undefined;
    // The body gap: before the `;` (the only token after the head).
    const gapIdx = d.semi;
    const gap = this.sc.gaps[gapIdx];
    if (gap?.table !== body && body.lines.length) return undefined;
    if (this.hasTrivia(a, it.text ? it.text[1] : it.nameEnd)) return undefined;
    let head = flat(this.sp, a, it.nameEnd);
    if (it.text) head += '  ' + this.rawText(it.text[0], it.text[1]);
    const out: Line[] = [{ text: spaces(indent) + head }];
    const semi = d.semi < b ? ';' : '';
    if (body.lines.length) {
      const lay = layoutTableBody({
        file: this.sc.file,
        body,
        start: tokEnd(t[d.semi - 1]),
        end: d.semi < t.length ? t[d.semi].startOffset : this.text.length,
        indent: indent + INDENT,
      });
      if (!lay) return undefined;
      if (lay.headTrailing) addComment(out[0], lay.headTrailing);
      pushAll(out, lay.lines);
    }
    const last = out[out.length - 1];
    if (last.own || last.text === '') out.push({ text: spaces(indent) + semi });
    else last.text += semi;
    return out;
  }
}

function isVarType(t: Tok): boolean {
  const tt = t.tokenType;
  return tt === FreeKw || tt === PositiveKw || tt === NegativeKw || tt === BinaryKw || tt === IntegerKw;
}

/** Names of a declaration's items in the AST (undefined for file declarations: one node per file). */
function astItemNames(node: A.Statement): string[] | undefined {
  switch (node.kind) {
    case 'SetDecl':
    case 'ParameterDecl':
    case 'VariableDecl':
    case 'EquationDecl':
    case 'ModelDecl':
      return node.items.map((i) => i.name.name);
    default:
      return undefined;
  }
}
