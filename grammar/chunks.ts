// Top-level statements of a token stream, shared by the parser (src/syntax/parse.ts) and the
// formatter: cut at `;` outside parentheses, before a statement keyword that starts a line; a `repeat`
// without parentheses runs to the `;` after its `until`; so that each chunk is one parsed
// statement. Imports grammar/ tokens and data.ts.
import { tokenMatcher } from 'chevrotain';
import { lineBreakBetween } from './data.ts';
import {
  BinaryKw,
  DeclKeyword,
  Dot,
  FreeKw,
  Identifier,
  IntegerKw,
  LParen,
  NegativeKw,
  PositiveKw,
  RParen,
  RepeatKw,
  Semicolon,
  Slash,
  StatementKeyword,
  StringLit,
  UntilKw,
  VariableKw,
  type Tok,
} from './tokens.ts';

const isVarType = (t: Tok) =>
  tokenMatcher(t, FreeKw) ||
  tokenMatcher(t, PositiveKw) ||
  tokenMatcher(t, NegativeKw) ||
  tokenMatcher(t, BinaryKw) ||
  tokenMatcher(t, IntegerKw);

/** Variable types that are no keywords (`sos2 variables s(i)`; semicont and semiint the parser reports, E1077). */
const OTHER_VAR_TYPES: ReadonlySet<string> = new Set(['sos1', 'sos2', 'semicont', 'semiint']);
const isOtherVarType = (t: Tok, next: Tok | undefined) =>
  next !== undefined && tokenMatcher(next, VariableKw) && OTHER_VAR_TYPES.has(t.image.toLowerCase());

/** GDX and command statements whose word is an identifier, not a keyword token. */
const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  'execute_load',
  'execute_loaddc',
  'execute_unload',
  'execute_loadpoint',
  'execute_unloaddi',
  'execute_unloadidx',
  'execute_critical_region',
  'put_utility',
]);

/**
 * A statement word that is an identifier (`execute_load`, `put_utility`, `execute 'cmd'`): like a
 * statement keyword, it ends a statement without `;` when it starts a line (maxcut:
 * `abort$errorlevel 'text'` then `execute_load ...`).
 */
export function isStatementWord(t: Tok, next: Tok | undefined): boolean {
  if (!tokenMatcher(t, Identifier)) return false;
  const w = t.image.toLowerCase();
  return STATEMENT_WORDS.has(w) || (w === 'execute' && next !== undefined && tokenMatcher(next, StringLit));
}

/** [start, end) token ranges of the top-level statements; stray `;` tokens belong to none. */
export function statementChunks(tokens: readonly Tok[]): [number, number][] {
  const out: [number, number][] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const first = tokens[i];
    if (tokenMatcher(first, Semicolon)) {
      i++;
      continue;
    }
    const isDecl = tokenMatcher(first, DeclKeyword);
    const repeatNoParen =
      tokenMatcher(first, RepeatKw) && !(i + 1 < n && tokenMatcher(tokens[i + 1], LParen));
    let depth = 0;
    let inData = false;
    let seenUntil = false;
    let j = i;
    for (; j < n; j++) {
      const t = tokens[j];
      if (
        j > i &&
        !inData &&
        (tokenMatcher(t, StatementKeyword) ||
          isOtherVarType(t, tokens[j + 1]) ||
          isStatementWord(t, tokens[j + 1])) &&
        // `file.cr = 3`: the word with an attribute names the current put file.
        !(j + 1 < n && tokenMatcher(tokens[j + 1], Dot)) &&
        !isVarType(tokens[j - 1]) &&
        !isOtherVarType(tokens[j - 1], t) &&
        lineBreakBetween(tokens[j - 1], t)
      ) {
        if (depth === 0 && !repeatNoParen) break;
        if (tokenMatcher(t, DeclKeyword)) break;
      }
      if (tokenMatcher(t, LParen)) depth++;
      else if (tokenMatcher(t, RParen)) depth = Math.max(0, depth - 1);
      else if (isDecl && depth === 0 && tokenMatcher(t, Slash)) inData = !inData;
      else if (depth === 0 && tokenMatcher(t, UntilKw)) seenUntil = true;
      else if (depth === 0 && tokenMatcher(t, Semicolon) && (!repeatNoParen || seenUntil)) {
        j++;
        break;
      }
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}
