// Spacing between the tokens of a statement and the printed form of each token (keyword case):
// one pass over a statement's tokens with a stack of parenthesis roles (index list, function call,
// indexed operation, group, control head), so that `x(i,j)`, `u(g,t-1)`, `sum((i,j), c(i,j)*x(i,j))`
// and `a + b` come out as GAMS authors write them. Imports grammar/ (tokens, lexer, parser's name
// tables) and text/.
import { tokenMatcher } from 'chevrotain';
import { tokenize } from '../../grammar/lexer.ts';
import { FUNCTION_NAMES } from '../../grammar/parser.ts';
import {
  AliasKw,
  AndKw,
  AnyName,
  BinaryKw,
  Colon,
  Comma,
  DisplayKw,
  Dollar,
  Dot,
  DotDot,
  EqKw,
  EqRel,
  Equals,
  EquationKw,
  EqvKw,
  FileKw,
  ForKw,
  FreeKw,
  GeKw,
  GeOp,
  GtKw,
  GtOp,
  Identifier,
  IfKw,
  ImpKw,
  IntegerKw,
  LParen,
  LeKw,
  LeOp,
  LoopKw,
  LtKw,
  LtOp,
  Minus,
  ModelKw,
  NeKw,
  NeOp,
  NegativeKw,
  NumberLit,
  OptionKw,
  OrKw,
  ParameterKw,
  Plus,
  PositiveKw,
  Power,
  RParen,
  RepeatKw,
  ScalarKw,
  Semicolon,
  SetKw,
  Slash,
  SolveKw,
  Star,
  StringLit,
  TableKw,
  VariableKw,
  WhileKw,
  XorKw,
  type Tok,
} from '../../grammar/tokens.ts';
import { createSourceFile } from '../text/source-file.ts';
import type { Scanned } from './scan.ts';

/**
 * Keyword case: declaration keywords and the statements GAMS's model library capitalises
 * (`Sets`, `Parameters`, `Table`, `Positive Variables`, `Equations`, `Model`, `Solve`, `Display`,
 * `Option`) start with a capital; every other keyword (`loop`, `if`, `using`, `minimizing`, `and`,
 * `le`...) and the relation `=e=` is lower case. Identifiers, labels and texts keep the user's case.
 */
const CAPITALISED = new Set([
  SetKw,
  AliasKw,
  ParameterKw,
  ScalarKw,
  TableKw,
  VariableKw,
  EquationKw,
  ModelKw,
  FileKw,
  FreeKw,
  PositiveKw,
  NegativeKw,
  BinaryKw,
  IntegerKw,
  SolveKw,
  DisplayKw,
  OptionKw,
]);

const INDEXED_OPS = new Set(['sum', 'prod', 'smin', 'smax']);

export const isKeyword = (t: Tok): boolean => t.tokenType !== Identifier && tokenMatcher(t, AnyName);

/** The printed form of a token (keyword case normalised). */
export function tokenImage(t: Tok): string {
  if (t.tokenType === EqRel) return t.image.toLowerCase();
  if (!isKeyword(t)) return t.image;
  const low = t.image.toLowerCase();
  return CAPITALISED.has(t.tokenType) ? low[0].toUpperCase() + low.slice(1) : low;
}

type Role = 'index' | 'call' | 'indexed' | 'group' | 'control' | 'list';

/** Breakable operators by precedence class (lowest first); 0: not a break point. */
export const enum Brk {
  None = 0,
  Logic = 1,
  And = 2,
  Rel = 3,
  Add = 4,
}

/** Per-token results of the spacing pass; arrays are indexed by token index (file-wide). */
export interface Spacing {
  /** Separator before token i when it is not the first on its line: '' or ' ' (or raw text). */
  readonly sep: string[];
  readonly img: string[];
  /** Matching parenthesis (both directions), -1 otherwise. */
  readonly match: Int32Array;
  /** Break class of token i as an operator inside expressions. */
  readonly brk: Uint8Array;
  /** Token i belongs to raw text (explanatory text, data list): printed exactly as written. */
  readonly raw: Uint8Array;
}

export function newSpacing(n: number): Spacing {
  return {
    sep: new Array<string>(n).fill(' '),
    img: new Array<string>(n).fill(''),
    match: new Int32Array(n).fill(-1),
    brk: new Uint8Array(n),
    raw: new Uint8Array(n),
  };
}

const tokEnd = (t: Tok) => t.startOffset + t.image.length;

const operandEnd = (t: Tok) =>
  (t.tokenType === Identifier && !isKeyword(t)) ||
  t.tokenType === NumberLit ||
  t.tokenType === StringLit ||
  tokenMatcher(t, RParen);

const REL = [EqRel, Equals, LtOp, LeOp, NeOp, GeOp, GtOp, LtKw, LeKw, EqKw, NeKw, GeKw, GtKw];
const LOGIC = [OrKw, XorKw, EqvKw, ImpKw];
const CONTROL = [LoopKw, WhileKw, IfKw, ForKw, RepeatKw];

const lexCheckFile = createSourceFile('<format>', '');
const touchCache = new Map<string, boolean>();

/** Whether `a` and `b` written without a blank still lex as the same two tokens. */
export function canTouch(a: Tok, aImg: string, b: Tok, bImg: string): boolean {
  const k = `${aImg}\u0000${bImg}`;
  let ok = touchCache.get(k);
  if (ok === undefined) {
    const ts = tokenize(aImg + bImg, lexCheckFile);
    ok = ts.length === 2 && ts[0].tokenType === a.tokenType && ts[1].tokenType === b.tokenType;
    if (touchCache.size > 50_000) touchCache.clear();
    touchCache.set(k, ok);
  }
  return ok;
}

/**
 * Fill spacing for tokens [a, b) of one statement (raw flags must be set already). `put`: a put
 * statement, whose items are separated by blanks and whose `/` is an item, not a division.
 */
export function computeSpacing(sc: Scanned, sp: Spacing, a: number, b: number, put = false): void {
  const toks = sc.tokens;
  const text = sc.file.text;
  const stack: { role: Role; open: number; args: number }[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i];
    sp.img[i] = sp.raw[i] ? t.image : tokenImage(t);
    if (sp.raw[i]) {
      // Raw tokens keep the exact text between them (they never span lines).
      sp.sep[i] = i > a && sp.raw[i - 1] ? text.slice(tokEnd(toks[i - 1]), t.startOffset) : ' ';
      continue;
    }
    const top = stack.length ? stack[stack.length - 1] : undefined;
    const role: Role = top?.role ?? 'group';
    // Classify operators.
    const tt = t.tokenType;
    if (tt === Plus || tt === Minus) {
      const p = i > a ? toks[i - 1] : undefined;
      sp.brk[i] = p && !sp.raw[i - 1] && operandEnd(p) && role !== 'index' ? Brk.Add : Brk.None;
    } else if (REL.includes(tt)) sp.brk[i] = tt === EqRel ? Brk.None : Brk.Rel;
    else if (tt === AndKw) sp.brk[i] = Brk.And;
    else if (LOGIC.includes(tt)) sp.brk[i] = Brk.Logic;
    if (i === a) {
      sp.sep[i] = '';
    } else {
      const p = toks[i - 1];
      let s = sep(p, t, i, role, sp, put);
      if (s === '' && !canTouch(p, sp.img[i - 1], t, sp.img[i])) s = ' ';
      // Signs written apart stay apart (`t+ +1` is not the circular lead `t++1`).
      if (
        s === '' &&
        (tt === Plus || tt === Minus) &&
        (p.tokenType === Plus || p.tokenType === Minus) &&
        tokEnd(p) !== t.startOffset
      )
        s = ' ';
      sp.sep[i] = s;
    }
    if (tokenMatcher(t, LParen)) {
      stack.push({ role: openRole(toks, i, a, sp, top), open: i, args: 0 });
    } else if (tokenMatcher(t, RParen)) {
      const o = stack.pop();
      if (o) {
        sp.match[o.open] = i;
        sp.match[i] = o.open;
      }
    } else if (tt === Comma && top) top.args++;
  }
}

function openRole(
  toks: Tok[],
  i: number,
  a: number,
  sp: Spacing,
  top: { role: Role; args: number } | undefined,
): Role {
  if (i === a) return 'group';
  const p = toks[i - 1];
  if (sp.raw[i - 1]) return 'group';
  if (p.tokenType === Identifier) {
    const w = p.image.toLowerCase();
    if (INDEXED_OPS.has(w)) return 'indexed';
    if (FUNCTION_NAMES.has(w)) return 'call';
    return 'index';
  }
  if (CONTROL.includes(p.tokenType)) return 'control';
  if (p.tokenType === AliasKw) return 'list';
  if (tokenMatcher(p, Comma) && top?.role === 'list') return 'list';
  // The binding of `sum((i,j), ...)` or `loop((i,j), ...)`.
  if (tokenMatcher(p, LParen) && top && (top.role === 'indexed' || top.role === 'control') && top.args === 0)
    return 'index';
  return 'group';
}

function sep(p: Tok, t: Tok, i: number, role: Role, sp: Spacing, put: boolean): string {
  if (sp.raw[i - 1]) return ' ';
  const pt = p.tokenType;
  const tt = t.tokenType;
  if (tokenMatcher(t, RParen) || tokenMatcher(p, LParen)) return '';
  if (tt === Comma || tt === Semicolon) return '';
  if (pt === Comma) return role === 'index' ? '' : ' ';
  if (tt === Dot || pt === Dot) return '';
  if (tt === Colon || pt === Colon) return '';
  if (tt === Dollar || pt === Dollar) return '';
  if (tt === DotDot) return '';
  if (pt === DotDot) return ' ';
  if (tt === Power || pt === Power) return '';
  if (put && (tt === Slash || pt === Slash)) return ' ';
  // The slashes around a data list (`Model m / all /`, `Set i / a, b /`) stand apart.
  if (tt === Slash && i + 1 < sp.raw.length && sp.raw[i + 1]) return ' ';
  if (tt === Star || pt === Star || tt === Slash || pt === Slash) {
    // `*` in a domain list `(g,*)` follows the rules above; as an operator it is written tight.
    return '';
  }
  if (tokenMatcher(t, LParen)) {
    if (pt === Identifier) return '';
    if (CONTROL.includes(pt)) return '';
    if (pt === Plus || pt === Minus) return sp.brk[i - 1] ? ' ' : '';
    return ' ';
  }
  if (tt === Plus || tt === Minus) {
    if (sp.brk[i]) return ' ';
    if (operandEnd(p) && role === 'index') return ''; // lag `t-1`
    return ' ';
  }
  if (pt === Plus || pt === Minus) {
    if (sp.brk[i - 1]) return ' ';
    // Unary sign (`-x`, `x**-2`) or the amount of a lag (`t-1`, `t++1`).
    return '';
  }
  return ' ';
}

/** The text of tokens [a, b) on one line (the separator before a is dropped). */
export function flat(sp: Spacing, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i === a ? '' : sp.sep[i]) + sp.img[i];
  return s;
}

/** Length of flat(sp, a, b) without building it. */
export function flatLength(sp: Spacing, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) n += (i === a ? 0 : sp.sep[i].length) + sp.img[i].length;
  return n;
}
