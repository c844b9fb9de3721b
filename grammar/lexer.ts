// The Chevrotain lexer of EMD/GAMS code: text (with comments and table bodies already blanked by
// preprocess.ts) to tokens tagged with their file. Never fails: characters no token matches become
// `Other` tokens that the parser reports. Imports chevrotain, grammar/tokens.ts and text/.
import { Lexer, createTokenInstance, tokenMatcher, type IToken } from 'chevrotain';
import type { SourceFile } from '../src/text/source-file.ts';
import {
  BreakKw,
  Comma,
  ComparisonWord,
  ContinueKw,
  ElseKw,
  Identifier,
  lexerTokens,
  NumberLit,
  Other,
  RParen,
  Semicolon,
  StringLit,
  type Tok,
} from './tokens.ts';

let lexer: Lexer | undefined;

/**
 * A lexer for the token set. `validate`: Chevrotain's checks of the token patterns (about a third
 * of the construction, which every `emd` process pays); grammar/parser-validation.test.ts runs
 * them, so the shipped lexer skips them. The optimisations are always ensured.
 */
export function createLexer(validate = false): Lexer {
  return new Lexer(lexerTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: !validate,
  });
}

function getLexer(): Lexer {
  lexer ??= createLexer();
  return lexer;
}

/**
 * Tokenize `text` (offsets are offsets into `file.text`; `text` has the same length with comments
 * blanked). Unmatched characters become `Other` tokens, one per run.
 */
export function tokenize(text: string, file: SourceFile): Tok[] {
  const r = getLexer().tokenize(text);
  const tokens = r.tokens as Tok[];
  let out: Tok[] = tokens;
  if (r.errors.length > 0) {
    // Merge the error runs into the token stream as Other tokens (both lists are sorted by offset).
    const others: IToken[] = r.errors.map((e) =>
      createTokenInstance(
        Other,
        text.substr(e.offset, e.length),
        e.offset,
        e.offset + e.length - 1,
        NaN,
        NaN,
        NaN,
        NaN,
      ),
    );
    out = [];
    let j = 0;
    for (const t of tokens) {
      while (j < others.length && others[j].startOffset < t.startOffset) out.push(others[j++] as Tok);
      out.push(t);
    }
    while (j < others.length) out.push(others[j++] as Tok);
  }
  for (let i = 0; i < out.length; i++) out[i].file = file;
  namesFromComparisonWords(out);
  namesFromLoopControl(out);
  return out;
}

/** Tokens after which a comparison word is an operator: the tokens that can end an operand. */
const endsOperand = (t: IToken): boolean =>
  tokenMatcher(t, Identifier) ||
  tokenMatcher(t, NumberLit) ||
  tokenMatcher(t, StringLit) ||
  tokenMatcher(t, RParen);

/**
 * GAMS lets `lt le eq ne ge gt` name symbols (`Set ne / ne1*ne3 /;`, `bc(ne)`, `ge(s,ss) = yes;`):
 * such a word is an operator only where an operator can stand, after a token that ends an
 * operand. Elsewhere it is retyped as an Identifier, in place. (A name at the start of a line
 * after unquoted explanatory text, `eq(k)  defines addition`, is taken by the declaration rule.)
 */
function namesFromComparisonWords(tokens: IToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!tokenMatcher(t, ComparisonWord)) continue;
    if (i > 0 && endsOperand(tokens[i - 1])) continue;
    t.tokenType = Identifier;
    t.tokenTypeIdx = Identifier.tokenTypeIdx!;
  }
}

/**
 * `break` and `continue` are statements only where a statement stands alone: after `;`, `,`,
 * `else` or at the start, and before `;`, `)` or the end. Elsewhere they name symbols, as older
 * GAMS models do (tsp42: `scalar continue;`, `continue = 1;`, `while(continue, ...)`).
 */
function namesFromLoopControl(tokens: IToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!tokenMatcher(t, BreakKw) && !tokenMatcher(t, ContinueKw)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const startsStatement =
      !prev || tokenMatcher(prev, Semicolon) || tokenMatcher(prev, Comma) || tokenMatcher(prev, ElseKw);
    const endsStatement = !next || tokenMatcher(next, Semicolon) || tokenMatcher(next, RParen);
    if (startsStatement && endsStatement) continue;
    t.tokenType = Identifier;
    t.tokenTypeIdx = Identifier.tokenTypeIdx!;
  }
}
