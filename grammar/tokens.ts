// Token types of EMD/GAMS for the Chevrotain lexer and parser. Imports chevrotain and text/ (types).
//
// Keywords are case-insensitive and use `longer_alt: Identifier`, so `setting` is an identifier and
// `Sets` a keyword. Words GAMS lets users take as names (`min`, `max`, `to`, `all`, `smax`, model
// types, attributes) are plain identifiers that the parser recognises by spelling.
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { SourceFile } from '../src/text/source-file.ts';

/** Category of every token: text, data lists and file paths consume "any token". */
export const AnyTok = createToken({ name: 'AnyTok', pattern: Lexer.NA });
/** Identifiers and keywords: what may follow a `.` as an attribute (`x.l`, `m.modelstat`). */
export const AnyName = createToken({ name: 'AnyName', pattern: Lexer.NA, categories: [AnyTok] });
/** Tokens that may start a statement at the beginning of a line (used to recover from a missing `;`). */
export const StatementKeyword = createToken({ name: 'StatementKeyword', pattern: Lexer.NA });
/** Declaration keywords: never inside a loop body, so they also end a broken block. */
export const DeclKeyword = createToken({
  name: 'DeclKeyword',
  pattern: Lexer.NA,
  categories: [StatementKeyword],
});

/** `lt le eq ne ge gt`: operators that GAMS also lets users take as names (grammar/lexer.ts). */
export const ComparisonWord = createToken({ name: 'ComparisonWord', pattern: Lexer.NA });

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\f\v]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  categories: [AnyName],
  label: 'a name',
});

const letter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * A quote opens a string only when it does not follow a letter or underscore: in unquoted
 * explanatory text `Plant's capacity` the apostrophe is just a character (as in GAMS). After a
 * digit it does (`put x:0:0' cuts';`). Strings never span lines. A quote with no closing quote on
 * its line is an UnterminatedString token of that one character, and the rest of the line is read
 * as usual: unquoted explanatory text may hold it (`('79-80 bill cfaf)`); anywhere else the
 * parse driver reports it.
 */
function matchString(text: string, offset: number, terminated: boolean): [string] | null {
  if (offset > 0 && letter(text.charCodeAt(offset - 1))) return null;
  const q = text.charCodeAt(offset);
  if (q !== 39 && q !== 34) return null;
  let i = offset + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === q) return terminated ? [text.slice(offset, i + 1)] : null;
    if (c === 10 || c === 13) break;
    i++;
  }
  return terminated ? null : [text[offset]];
}

export const StringLit = createToken({
  name: 'StringLit',
  pattern: { exec: (text: string, offset: number) => matchString(text, offset, true) },
  start_chars_hint: ["'", '"'],
  line_breaks: false,
  categories: [AnyTok],
  label: 'a quoted string',
});
/** A quote without its closing quote on the same line: reported by the parser, never thrown. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: { exec: (text: string, offset: number) => matchString(text, offset, false) },
  start_chars_hint: ["'", '"'],
  line_breaks: false,
  categories: [AnyTok],
  label: 'an unterminated string',
});

/** `=e=`, `=l=`, `=g=`, `=n=` (and the unsupported `=x=`, `=c=`, `=b=`, reported by the parser). */
export const EqRel = createToken({
  name: 'EqRel',
  pattern: /=[eEgGlLnNxXcCbB]=/,
  categories: [AnyTok],
  label: "'=e=', '=l=' or '=g='",
});
export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./, categories: [AnyTok], label: "'..'" });
/** `12`, `1.5`, `.5`, `1e-3`, `2.5E+6`; `1..` is not a number followed by `.`. */
export const NumberLit = createToken({
  name: 'NumberLit',
  pattern: /(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?/,
  categories: [AnyTok],
  label: 'a number',
});
export const Power = createToken({ name: 'Power', pattern: /\*\*/, categories: [AnyTok], label: "'**'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, categories: [AnyTok], label: "'*'" });
export const LeOp = createToken({ name: 'LeOp', pattern: /<=/, categories: [AnyTok], label: "'<='" });
export const GeOp = createToken({ name: 'GeOp', pattern: />=/, categories: [AnyTok], label: "'>='" });
export const NeOp = createToken({ name: 'NeOp', pattern: /<>/, categories: [AnyTok], label: "'<>'" });
export const LtOp = createToken({ name: 'LtOp', pattern: /</, categories: [AnyTok], label: "'<'" });
export const GtOp = createToken({ name: 'GtOp', pattern: />/, categories: [AnyTok], label: "'>'" });
export const Equals = createToken({ name: 'Equals', pattern: /=/, categories: [AnyTok], label: "'='" });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: [AnyTok], label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: [AnyTok], label: "'-'" });
export const Slash = createToken({ name: 'Slash', pattern: /\//, categories: [AnyTok], label: "'/'" });
export const Dollar = createToken({ name: 'Dollar', pattern: /\$/, categories: [AnyTok], label: "'$'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, categories: [AnyTok], label: "','" });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, categories: [AnyTok], label: "';'" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [AnyTok], label: "':'" });
export const Dot = createToken({ name: 'Dot', pattern: /\./, categories: [AnyTok], label: "'.'" });
/** `@n` in a put statement: move to column n. */
export const At = createToken({ name: 'At', pattern: /@/, categories: [AnyTok], label: "'@'" });
/** GAMS accepts `( )`, `[ ]` and `{ }` as parentheses. */
export const LParen = createToken({ name: 'LParen', pattern: Lexer.NA, categories: [AnyTok], label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: Lexer.NA, categories: [AnyTok], label: "')'" });
const LRound = createToken({ name: 'LRound', pattern: /\(/, categories: [LParen, AnyTok], label: "'('" });
const LSquare = createToken({ name: 'LSquare', pattern: /\[/, categories: [LParen, AnyTok], label: "'['" });
const LCurly = createToken({ name: 'LCurly', pattern: /\{/, categories: [LParen, AnyTok], label: "'{'" });
const RRound = createToken({ name: 'RRound', pattern: /\)/, categories: [RParen, AnyTok], label: "')'" });
const RSquare = createToken({ name: 'RSquare', pattern: /\]/, categories: [RParen, AnyTok], label: "']'" });
const RCurly = createToken({ name: 'RCurly', pattern: /\}/, categories: [RParen, AnyTok], label: "'}'" });

/** Characters no token matches (`#`, `\`, control bytes; `@` outside put statements): made into tokens by the lexer wrapper. */
export const Other = createToken({
  name: 'Other',
  pattern: Lexer.NA,
  categories: [AnyTok],
  label: 'a character',
});

const keywordTokens: TokenType[] = [];
function kw(name: string, pattern: RegExp, label: string, categories: TokenType[] = []): TokenType {
  const t = createToken({
    name,
    pattern,
    longer_alt: Identifier,
    categories: [AnyName, AnyTok, ...categories],
    label: `'${label}'`,
  });
  keywordTokens.push(t);
  return t;
}

// Declarations (singular and plural spellings).
export const SetKw = kw('SetKw', /sets?/i, 'set', [DeclKeyword]);
export const AliasKw = kw('AliasKw', /alias/i, 'alias', [DeclKeyword]);
export const ParameterKw = kw('ParameterKw', /parameters?/i, 'parameter', [DeclKeyword]);
export const ScalarKw = kw('ScalarKw', /scalars?/i, 'scalar', [DeclKeyword]);
export const TableKw = kw('TableKw', /table/i, 'table', [DeclKeyword]);
export const VariableKw = kw('VariableKw', /variables?/i, 'variable', [DeclKeyword]);
export const EquationKw = kw('EquationKw', /equations?/i, 'equation', [DeclKeyword]);
export const ModelKw = kw('ModelKw', /models?/i, 'model', [DeclKeyword]);
export const FileKw = kw('FileKw', /files?/i, 'file', [DeclKeyword]);
export const FreeKw = kw('FreeKw', /free/i, 'free', [DeclKeyword]);
export const PositiveKw = kw('PositiveKw', /positive/i, 'positive', [DeclKeyword]);
export const NegativeKw = kw('NegativeKw', /negative/i, 'negative', [DeclKeyword]);
export const BinaryKw = kw('BinaryKw', /binary/i, 'binary', [DeclKeyword]);
export const IntegerKw = kw('IntegerKw', /integer/i, 'integer', [DeclKeyword]);
// Statements.
export const SolveKw = kw('SolveKw', /solve/i, 'solve', [StatementKeyword]);
export const UsingKw = kw('UsingKw', /using/i, 'using');
export const MinimizingKw = kw('MinimizingKw', /minimizing/i, 'minimizing');
export const MaximizingKw = kw('MaximizingKw', /maximizing/i, 'maximizing');
export const DisplayKw = kw('DisplayKw', /display/i, 'display', [StatementKeyword]);
export const OptionKw = kw('OptionKw', /options?/i, 'option', [StatementKeyword]);
export const LoopKw = kw('LoopKw', /loop/i, 'loop', [StatementKeyword]);
export const WhileKw = kw('WhileKw', /while/i, 'while', [StatementKeyword]);
export const RepeatKw = kw('RepeatKw', /repeat/i, 'repeat', [StatementKeyword]);
export const UntilKw = kw('UntilKw', /until/i, 'until');
export const ForKw = kw('ForKw', /for/i, 'for', [StatementKeyword]);
export const IfKw = kw('IfKw', /if/i, 'if', [StatementKeyword]);
export const ElseIfKw = kw('ElseIfKw', /elseif/i, 'elseif');
export const ElseKw = kw('ElseKw', /else/i, 'else');
export const BreakKw = kw('BreakKw', /break/i, 'break', [StatementKeyword]);
export const ContinueKw = kw('ContinueKw', /continue/i, 'continue', [StatementKeyword]);
export const AbortKw = kw('AbortKw', /abort/i, 'abort', [StatementKeyword]);
export const PutCloseKw = kw('PutCloseKw', /putclose/i, 'putclose', [StatementKeyword]);
export const PutKw = kw('PutKw', /put/i, 'put', [StatementKeyword]);
// Operators spelled as words.
export const AndKw = kw('AndKw', /and/i, 'and');
export const OrKw = kw('OrKw', /or/i, 'or');
export const XorKw = kw('XorKw', /xor/i, 'xor');
export const EqvKw = kw('EqvKw', /eqv/i, 'eqv');
export const ImpKw = kw('ImpKw', /imp/i, 'imp');
export const NotKw = kw('NotKw', /not/i, 'not');
export const LtKw = kw('LtKw', /lt/i, 'lt', [ComparisonWord]);
export const LeKw = kw('LeKw', /le/i, 'le', [ComparisonWord]);
export const EqKw = kw('EqKw', /eq/i, 'eq', [ComparisonWord]);
export const NeKw = kw('NeKw', /ne/i, 'ne', [ComparisonWord]);
export const GeKw = kw('GeKw', /ge/i, 'ge', [ComparisonWord]);
export const GtKw = kw('GtKw', /gt/i, 'gt', [ComparisonWord]);

/** Keywords, longest first: a keyword that is a prefix of another (`eq`/`eqv`, `else`/`elseif`) must come later. */
export const keywords: readonly TokenType[] = [...keywordTokens].sort(
  (a, b) => String(b.PATTERN).length - String(a.PATTERN).length,
);

/** Every token the lexer produces, in matching order. */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  StringLit,
  UnterminatedString,
  EqRel,
  DotDot,
  NumberLit,
  Power,
  Star,
  LeOp,
  GeOp,
  NeOp,
  LtOp,
  GtOp,
  Equals,
  Plus,
  Minus,
  Slash,
  Dollar,
  Comma,
  Semicolon,
  Colon,
  Dot,
  At,
  LRound,
  LSquare,
  LCurly,
  RRound,
  RSquare,
  RCurly,
  ...keywords,
  Identifier,
];

/** Every token type the parser knows (lexer tokens plus categories and the synthetic `Other`). */
export const allTokens: TokenType[] = [
  AnyTok,
  AnyName,
  StatementKeyword,
  DeclKeyword,
  ComparisonWord,
  LParen,
  RParen,
  Other,
  ...lexerTokens,
];

/** A token tagged with the source file it came from (included files keep their own spans). */
export interface Tok extends IToken {
  file: SourceFile;
}
