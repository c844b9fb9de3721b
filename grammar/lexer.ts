// The Chevrotain lexer of EMD/GAMS code: text (with comments and table bodies already blanked by
// preprocess.ts) to tokens tagged with their file. Never fails: characters no token matches become
// `Other` tokens that the parser reports. Imports chevrotain, grammar/tokens.ts and text/.
import { Lexer, createTokenInstance, type IToken } from 'chevrotain';
import type { SourceFile } from '../src/text/source-file.ts';
import { lexerTokens, Other, type Tok } from './tokens.ts';

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
  return out;
}
