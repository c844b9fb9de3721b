// The EMD/GAMS statement parser: a Chevrotain EmbeddedActionsParser that builds the AST of
// src/syntax/ast.ts directly in its actions (no CST). It parses one top-level statement at a time
// (the driver in src/syntax/parse.ts cuts the token stream at `;`); table bodies and data lists
// are handed to table.ts and data.ts. Imports chevrotain, grammar/, text/, diagnostics/, AST types.
import {
  EmbeddedActionsParser,
  EMPTY_ALT,
  LLkLookaheadStrategy,
  EOF,
  tokenMatcher,
  type ILookaheadStrategy,
  type IParserErrorMessageProvider,
  type IToken,
  type Rule,
  type TokenType,
} from 'chevrotain';
import { span, lineAndColumn, type Span } from '../src/text/source-file.ts';
import { diag, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';
import type * as A from '../src/syntax/ast.ts';
import {
  AbortKw,
  UnterminatedString,
  ComparisonWord,
  AliasKw,
  AndKw,
  AnyName,
  AnyTok,
  BinaryKw,
  BreakKw,
  Colon,
  Comma,
  ContinueKw,
  DisplayKw,
  Dollar,
  Dot,
  At,
  DotDot,
  ElseIfKw,
  ElseKw,
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
  MaximizingKw,
  MinimizingKw,
  Minus,
  ModelKw,
  NeKw,
  NeOp,
  NegativeKw,
  NotKw,
  NumberLit,
  OptionKw,
  OrKw,
  ParameterKw,
  Plus,
  PositiveKw,
  Power,
  PutCloseKw,
  PutKw,
  RParen,
  RepeatKw,
  ScalarKw,
  Semicolon,
  SetKw,
  Slash,
  SolveKw,
  StatementKeyword,
  Star,
  StringLit,
  TableKw,
  UntilKw,
  UsingKw,
  VariableKw,
  WhileKw,
  XorKw,
  allTokens,
  type Tok,
} from './tokens.ts';
import { dataRecords, lineBreakBetween, type DataKind } from './data.ts';
import { layoutTable, tableDecl } from './table.ts';
import { isStatementWord } from './chunks.ts';
import type { TableBody } from './preprocess.ts';
import { buildChain } from '../src/syntax/chains.ts';
import { FUNCTION_NAMES } from '../src/ops/function-names.ts';
import {
  alternationLookahead,
  optionalLookahead,
  restoreSnapshot,
  takeSnapshot,
  type GrammarSnapshot,
  type RestoredGrammar,
} from './snapshot.ts';
import { pushAll } from '../src/text/arrays.ts';
export type { GrammarSnapshot };

// Intrinsic functions: a name in src/ops/function-names.ts followed by `(` is a Call; any other
// `name(...)` is an indexed reference (or, when an argument is not an index, a Call the checker
// reports as unknown). Re-exported for the front ends that read it from here.
export { FUNCTION_NAMES };

const INDEXED_OPS: ReadonlySet<string> = new Set(['sum', 'prod', 'smin', 'smax']);
const SPECIAL_VALUES: Readonly<
  Record<string, { value: number; special: NonNullable<A.NumberLit['special']> }>
> = {
  inf: { value: Infinity, special: 'inf' },
  eps: { value: 0, special: 'eps' },
  na: { value: NaN, special: 'na' },
  yes: { value: 1, special: 'yes' },
  no: { value: 0, special: 'no' },
};
export const MODEL_TYPES: readonly A.ModelType[] = [
  'lp',
  'mip',
  'rmip',
  'qcp',
  'nlp',
  'dnlp',
  'minlp',
  'miqcp',
  'cns',
  'mcp',
];
/** Statement words GAMS has and EMD does not: reported as E1077 instead of a confusing syntax error. */
const UNSUPPORTED_STATEMENTS: ReadonlySet<string> = new Set([
  'sos1',
  'sos2',
  'semicont',
  'semiint',
  'nonnegative',
  'execute_loadpoint',
  'execute_unloaddi',
  'execute_unloadidx',
  'embeddedcode',
  'procedure',
  'function',
]);

/** Put statements of the page's blocks (`puttl`, `puthd`) and the page break (`putpage`). */
const PUT_BLOCKS: ReadonlyMap<string, 'title' | 'header' | 'page'> = new Map([
  ['puttl', 'title'],
  ['puthd', 'header'],
  ['putpage', 'page'],
]);

/** Variable types that are not keywords (`sos2 variable x(i,s)`); before UNSUPPORTED_STATEMENTS. */
const SOS_TYPES: ReadonlySet<string> = new Set(['sos1', 'sos2']);

/**
 * Functions of no argument written without parentheses: `pi`, the clock (`jnow`, `timeElapsed`)
 * and `errorLevel` (the exit code of the last `execute`).
 */
const CLOCK_NAMES: ReadonlySet<string> = new Set(['pi', 'jnow', 'timeelapsed', 'errorlevel']);

/** Commands of `put_utility` that EMD runs: the log and listing messages, and the window title. */
const PUT_UTILITY_COMMANDS: ReadonlySet<string> = new Set(['log', 'msg', 'msglog', 'title', 'shell', 'exec']);

type PutFields = { -readonly [K in keyof A.PutStmt]: A.PutStmt[K] };

/** GDX statements (src/check/gdx-load.ts runs them): the word and its operation. */
const GDX_STATEMENTS: ReadonlyMap<string, A.GdxStmt['op']> = new Map([
  ['execute_load', 'load'],
  ['execute_loaddc', 'loaddc'],
  ['execute_unload', 'unload'],
]);

/** `execute_critical_region m, theta, out=role;`: parsed as a GDX statement, the model for the file. */
const REGION_STATEMENT = 'execute_critical_region';

/** Error-message provider: encodes the parts as JSON; the driver turns them into diagnostics. */
export interface EncodedError {
  expected: string;
}
const tokenLabel = (t: TokenType) => t.LABEL ?? t.name;
function describePaths(paths: TokenType[][][]): string {
  const seen = new Set<string>();
  for (const alt of paths) for (const p of alt) if (p.length) seen.add(tokenLabel(p[0]));
  const list = [...seen];
  if (list.length === 0) return 'something else';
  if (list.length > 6) return `${list.slice(0, 6).join(', ')}, ...`;
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}
const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) =>
    JSON.stringify({ expected: tokenLabel(expected) } satisfies EncodedError),
  buildNotAllInputParsedMessage: () => JSON.stringify({ expected: "';'" } satisfies EncodedError),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, customUserDescription }) =>
    JSON.stringify({
      expected: customUserDescription ?? describePaths(expectedPathsPerAlt),
    } satisfies EncodedError),
  buildEarlyExitMessage: ({ expectedIterationPaths, customUserDescription }) =>
    JSON.stringify({
      expected: customUserDescription ?? describePaths([expectedIterationPaths]),
    } satisfies EncodedError),
};

/** Per-parse state: diagnostics from actions, and the put files declared so far. */
export interface ParseContext {
  diagnostics: Diagnostic[];
  /** Lower-case names of declared files: `put f` selects file f only when f is one. */
  files: Set<string>;
  /**
   * Lower-case names of sets and parameters declared with a domain, with its length: data given
   * by a later declaration without a domain (`Parameter p(i); ... Parameter p / a 1 /`) is read
   * with that many labels per record.
   */
  dims: Map<string, number>;
  /** Acronyms declared so far (lower-case) with their values, for table cells (worst: `future`). */
  acronyms?: Map<string, number>;
  /**
   * Lone quotes (UnterminatedString tokens) read as characters of unquoted explanatory text
   * (`('79-80 bill cfaf)`); the parse driver reports every other one.
   */
  textQuotes?: Set<IToken>;
}

type StmtResult = A.Statement | A.Statement[] | undefined;
interface DeclItemRaw {
  name: A.Ident;
  domain?: A.DomainEntry[];
  text?: string;
  /** The text was written without quotes (it then ends at `,`, `/` or `;`). */
  textUnquoted?: boolean;
  textAfter?: A.DeclItemBase['textAfter'];
  data?: { open: Tok; tokens: Tok[]; close: Tok };
  first: Tok;
  /** The first token of the explanatory text. */
  textFirst?: Tok;
}
/** An argument inside `name(...)`: an index (IndexName/IndexLabel) or any other expression. */
type RawArg = { index: A.IndexArg } | { expr: A.Expr };

const tEnd = (t: IToken) => t.startOffset + t.image.length;
/** Span from token a to token b (same file; otherwise a's own span). */
export function tokSpan(a: IToken, b: IToken = a): Span {
  const fa = (a as Tok).file;
  if ((b as Tok).file !== fa || b.startOffset < a.startOffset) return span(fa, a.startOffset, tEnd(a));
  return span(fa, a.startOffset, tEnd(b));
}
function nodeSpan(a: { span: Span }, b: { span: Span }): Span {
  if (a.span.file !== b.span.file) return a.span;
  return span(a.span.file, a.span.start, Math.max(a.span.end, b.span.end));
}
const ident = (t: IToken): A.Ident => ({ name: t.image, span: tokSpan(t) });
const lower = (t: IToken) => t.image.toLowerCase();
const isEOF = (t: IToken) => t.tokenType === EOF;

const REL_OPS: [TokenType, A.BinaryOp][] = [
  [LtOp, 'lt'],
  [LtKw, 'lt'],
  [LeOp, 'le'],
  [LeKw, 'le'],
  [Equals, 'eq'],
  [EqKw, 'eq'],
  [NeOp, 'ne'],
  [NeKw, 'ne'],
  [GeOp, 'ge'],
  [GeKw, 'ge'],
  [GtOp, 'gt'],
  [GtKw, 'gt'],
];
/** GAMS's rule for a missing `;`, quoted in the hints where it is broken. */
export const ONLY_KEYWORDS_END =
  "Only a statement keyword (Set, Parameter, Solve, Display...) may follow a statement without ';'.";
/** Tokens that cannot start explanatory text but do continue an assignment or equation head. */
const STATEMENT_TAILS: TokenType[] = [Equals, DotDot, Dot, Dollar];
/** `us`, `usi`, `usin`: abbreviations of `using` in a solve statement. */
const isUsingAbbrev = (t: IToken) =>
  tokenMatcher(t, Identifier) && t.image.length >= 2 && 'using'.startsWith(lower(t));
/** A word that gives the direction of a solve: it starts with `min` or `max`. */
const isSenseWord = (t: IToken) => tokenMatcher(t, Identifier) && /^(min|max)/i.test(t.image);
const relOp = (t: IToken): A.BinaryOp => REL_OPS.find(([tt]) => t.tokenType === tt)![1];

/**
 * LL(k) lookahead built on first use: Chevrotain builds a lookahead function for every OR, OPTION
 * and MANY of the grammar when the parser is constructed (most of the cost every `emd` process
 * pays before it reads a file); a parse uses only some of them. Each function is built from the
 * finished grammar, so building it later gives the same function. With a grammar snapshot, from
 * the paths it stores (grammar/snapshot.ts), without computing them.
 */
class LazyLookahead extends LLkLookaheadStrategy {
  /** Set by EmdParser when it restores a snapshot. */
  restored: RestoredGrammar | undefined;
  override buildLookaheadForAlternation(
    o: Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0],
  ): ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']> {
    let f: ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']> | undefined;
    const build = () => {
      const paths = this.restored?.paths(o.rule.name, 'Alternation', o.prodOccurrence);
      return paths ? alternationLookahead(paths, o.hasPredicates) : super.buildLookaheadForAlternation(o);
    };
    return function (this: unknown, alts) {
      f ??= build();
      return f.call(this, alts);
    };
  }
  override buildLookaheadForOptional(
    o: Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0],
  ): ReturnType<ILookaheadStrategy['buildLookaheadForOptional']> {
    let f: ReturnType<ILookaheadStrategy['buildLookaheadForOptional']> | undefined;
    const build = () => {
      const paths = this.restored?.paths(o.rule.name, o.prodType, o.prodOccurrence);
      return paths ? optionalLookahead(paths[0]) : super.buildLookaheadForOptional(o);
    };
    return function (this: unknown) {
      f ??= build();
      return f.call(this);
    };
  }
}

/** Chevrotain's members that restoring a snapshot replaces (not in its public types). */
interface RecorderInternals {
  enableRecording(): void;
  disableRecording(): void;
  topLevelRuleRecord(name: string, def: () => unknown): Rule;
  definedRulesNames: string[];
  recoveryEnabled: boolean;
  resyncFollows: Record<string, TokenType[]>;
}
const recorder = EmbeddedActionsParser.prototype as unknown as RecorderInternals;

export class EmdParser extends EmbeddedActionsParser {
  ctx: ParseContext = { diagnostics: [], files: new Set(), dims: new Map() };

  /** The snapshot being restored, during construction only. */
  private restoring: RestoredGrammar | undefined;
  /** True when this parser was built from a snapshot. */
  restored = false;

  /**
   * `validate`: run Chevrotain's grammar validations (ambiguities, left recursion). They cost about
   * half of the parser's construction, which every `emd` process pays; grammar/parser.test.ts runs
   * them, so the shipped instance skips them. `snapshot`: the grammar analysis of a previous
   * construction (grammar/snapshot.ts), used when it is of this grammar, instead of recording the
   * rules and computing the recovery follows and lookahead paths.
   */
  constructor(validate = false, snapshot?: GrammarSnapshot) {
    const lookahead = new LazyLookahead({ maxLookahead: 2 });
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      errorMessageProvider,
      skipValidations: !validate,
      lookaheadStrategy: lookahead,
    });
    // The rules are registered by the class fields above, in definition order.
    const self = this as unknown as RecorderInternals;
    const restored =
      snapshot && !validate ? restoreSnapshot(snapshot, allTokens, self.definedRulesNames) : undefined;
    if (restored) {
      // performSelfAnalysis computes the follows only when recovery is on: set them from the snapshot.
      this.restoring = lookahead.restored = restored;
      self.recoveryEnabled = false;
    }
    this.performSelfAnalysis();
    if (restored) {
      this.restored = true;
      self.recoveryEnabled = true;
      self.resyncFollows = restored.follows;
      this.restoring = undefined;
    }
  }

  /** Recording runs every rule in a recording mode; a restored snapshot needs none of it. */
  enableRecording(): void {
    if (!this.restoring) recorder.enableRecording.call(this);
  }
  disableRecording(): void {
    if (!this.restoring) recorder.disableRecording.call(this);
  }
  topLevelRuleRecord(name: string, def: () => unknown): Rule {
    return this.restoring?.rules.get(name) ?? recorder.topLevelRuleRecord.call(this, name, def);
  }

  /** This parser's grammar analysis, for the build to store beside the bundle. */
  snapshot(): GrammarSnapshot {
    const self = this as unknown as RecorderInternals;
    const rules = this.getGAstProductions();
    return takeSnapshot(
      allTokens,
      self.definedRulesNames.map((n) => rules[n]),
      self.resyncFollows,
      2,
    );
  }

  private err(
    def: (typeof M)[keyof typeof M],
    sp: Span,
    args: (string | number)[] = [],
    hint?: string,
  ): void {
    this.ctx.diagnostics.push(diag(def, sp, args, hint));
  }

  /** The last consumed token. */
  private prev(): Tok {
    return this.LA(0) as Tok;
  }

  /** Statement separators inside blocks: the last statement may omit its `;` before these. */
  private isCloser(t: IToken): boolean {
    return (
      isEOF(t) ||
      tokenMatcher(t, RParen) ||
      tokenMatcher(t, ElseIfKw) ||
      tokenMatcher(t, ElseKw) ||
      tokenMatcher(t, UntilKw)
    );
  }

  /** Unquoted explanatory text runs to the end of the line, stopping at `/`, `;` or `,`. */
  private isTextToken(): boolean {
    const t = this.LA(1);
    if (isEOF(t) || tokenMatcher(t, Slash) || tokenMatcher(t, Semicolon) || tokenMatcher(t, Comma))
      return false;
    return !lineBreakBetween(this.prev(), t as Tok);
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  /** One top-level statement and its `;`. */
  topStatement = this.RULE('topStatement', (): StmtResult => {
    const s = this.SUBRULE(this.statement);
    this.OPTION(() => this.CONSUME(Semicolon));
    return s;
  });

  statement = this.RULE('statement', (): StmtResult =>
    this.OR({
      ERR_MSG: 'a statement',
      DEF: [
        { ALT: () => this.SUBRULE(this.setDecl) },
        { ALT: () => this.SUBRULE(this.aliasDecl) },
        { ALT: () => this.SUBRULE(this.parameterDecl) },
        { ALT: () => this.SUBRULE(this.tableDecl) },
        { ALT: () => this.SUBRULE(this.variableDecl) },
        { ALT: () => this.SUBRULE(this.equationDecl) },
        { ALT: () => this.SUBRULE(this.modelDecl) },
        { ALT: () => this.SUBRULE(this.fileDecl) },
        { ALT: () => this.SUBRULE(this.solveStmt) },
        { ALT: () => this.SUBRULE(this.displayStmt) },
        { ALT: () => this.SUBRULE(this.optionStmt) },
        { ALT: () => this.SUBRULE(this.loopStmt) },
        { ALT: () => this.SUBRULE(this.whileStmt) },
        { ALT: () => this.SUBRULE(this.repeatStmt) },
        { ALT: () => this.SUBRULE(this.forStmt) },
        { ALT: () => this.SUBRULE(this.ifStmt) },
        {
          ALT: () => {
            const t = this.CONSUME(BreakKw);
            return this.ACTION((): A.BreakStmt => ({ kind: 'Break', span: tokSpan(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(ContinueKw);
            return this.ACTION((): A.ContinueStmt => ({ kind: 'Continue', span: tokSpan(t) }));
          },
        },
        { ALT: () => this.SUBRULE(this.abortStmt) },
        { ALT: () => this.SUBRULE(this.putStmt) },
        {
          // `file.cr = 3;`: an attribute of the current put file.
          GATE: () => tokenMatcher(this.LA(1), FileKw) && tokenMatcher(this.LA(2), Dot),
          ALT: () => {
            const f = this.CONSUME2(FileKw);
            const target = this.SUBRULE(this.fileAttrRef, { ARGS: [f] });
            this.CONSUME(Equals);
            const value = this.SUBRULE(this.expr);
            return this.ACTION((): A.Assignment => ({
              kind: 'Assignment',
              span: tokSpan(f, this.prev()),
              target,
              value,
            }));
          },
        },
        {
          GATE: () => PUT_BLOCKS.has(lower(this.LA(1))) && !this.startsAssignment(this.LA(2)),
          ALT: () => this.SUBRULE(this.putBlockStmt),
        },
        {
          GATE: () =>
            lower(this.LA(1)) === 'put_utility' ||
            (lower(this.LA(1)) === 'execute' && !this.startsAssignment(this.LA(2))),
          ALT: () => this.SUBRULE(this.putUtilityStmt),
        },
        {
          // `sos1 variable s(i,j)`, `SOS2 Variables ...`: a variable type word that is no keyword.
          GATE: () => SOS_TYPES.has(lower(this.LA(1))) && tokenMatcher(this.LA(2), VariableKw),
          ALT: () => {
            const kw = this.CONSUME2(Identifier);
            const d = this.SUBRULE2(this.variableDecl) as A.VariableDecl | undefined;
            return this.ACTION(
              () => d && { ...d, span: tokSpan(kw, this.prev()), varType: lower(kw) as A.VariableType },
            );
          },
        },
        {
          GATE: () => lower(this.LA(1)) === 'singleton' && tokenMatcher(this.LA(2), SetKw),
          ALT: () => {
            const kw = this.CONSUME(Identifier);
            const d = this.SUBRULE2(this.setDecl) as A.SetDecl | undefined;
            return this.ACTION(() => d && { ...d, span: tokSpan(kw, this.prev()), singleton: true as const });
          },
        },
        {
          GATE: () => /^acronyms?$/.test(lower(this.LA(1))) && !this.startsAssignment(this.LA(2)),
          ALT: () => this.SUBRULE(this.acronymDecl),
        },
        {
          GATE: () =>
            (GDX_STATEMENTS.has(lower(this.LA(1))) || lower(this.LA(1)) === REGION_STATEMENT) &&
            !this.startsAssignment(this.LA(2)),
          ALT: () => this.SUBRULE(this.gdxStmt),
        },
        {
          GATE: () => UNSUPPORTED_STATEMENTS.has(lower(this.LA(1))) && !this.startsAssignment(this.LA(2)),
          ALT: () => this.SUBRULE(this.unsupportedStmt),
        },
        { ALT: () => this.SUBRULE(this.assignOrDef) },
      ],
    }),
  );

  private startsAssignment(t: IToken): boolean {
    return (
      tokenMatcher(t, Equals) ||
      tokenMatcher(t, Colon) ||
      tokenMatcher(t, LParen) ||
      tokenMatcher(t, Dollar) ||
      tokenMatcher(t, Dot) ||
      tokenMatcher(t, DotDot)
    );
  }

  /** Statements of a block body: `s1; s2; s3` (the last `;` may be omitted before the closer). */
  stmtList = this.RULE('stmtList', (): A.Statement[] => {
    const out: A.Statement[] = [];
    this.MANY({
      GATE: () => !this.isCloser(this.LA(1)),
      DEF: () => {
        this.OR([
          { ALT: () => this.CONSUME(Semicolon) }, // empty statement
          {
            ALT: () => {
              const s = this.SUBRULE(this.statement);
              this.ACTION(() => {
                if (Array.isArray(s)) pushAll(out, s);
                else if (s) out.push(s);
              });
              // As at the top level, a statement keyword that starts a line ends a statement
              // without its `;` (tgridmix: `b(j) = dem(s,j)` then `Solve ...`).
              this.OR2([
                { ALT: () => this.CONSUME2(Semicolon) },
                {
                  GATE: () =>
                    this.isCloser(this.LA(1)) ||
                    (tokenMatcher(this.LA(1), StatementKeyword) &&
                      !tokenMatcher(this.LA(2), Dot) &&
                      lineBreakBetween(this.prev(), this.LA(1) as Tok)),
                  ALT: EMPTY_ALT(),
                },
              ]);
            },
          },
        ]);
      },
    });
    return out;
  });

  /** `execute_load 'file', a, b=c;` (see GDX_STATEMENTS); commas between items are optional. */
  gdxStmt = this.RULE('gdxStmt', (): StmtResult => {
    const kw = this.CONSUME(Identifier);
    const file = this.OR([{ ALT: () => this.CONSUME(StringLit) }, { ALT: () => this.CONSUME2(Identifier) }]);
    const items: { name: A.Ident; gdxName?: A.Ident }[] = [];
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(Comma));
      const name = this.CONSUME3(Identifier);
      let gdx: IToken | undefined;
      this.OPTION2(() => {
        this.CONSUME(Equals);
        gdx = this.CONSUME4(Identifier);
      });
      this.ACTION(() => {
        const it: { name: A.Ident; gdxName?: A.Ident } = { name: { name: name.image, span: tokSpan(name) } };
        if (gdx) it.gdxName = { name: gdx.image, span: tokSpan(gdx) };
        items.push(it);
      });
    });
    return this.ACTION((): A.GdxStmt | A.CriticalRegionStmt => {
      if (kw.image.toLowerCase() === REGION_STATEMENT) {
        const model = {
          name: tokenMatcher(file, StringLit) ? file.image.slice(1, -1) : file.image,
          span: tokSpan(file),
        };
        const regionItems = items.map((it) =>
          it.gdxName ? { name: it.name, role: it.gdxName } : { name: it.name },
        );
        return { kind: 'CriticalRegion', model, items: regionItems, span: tokSpan(kw, this.prev()) };
      }
      return {
        kind: 'Gdx',
        op: GDX_STATEMENTS.get(kw.image.toLowerCase())!,
        file: tokenMatcher(file, StringLit) ? file.image.slice(1, -1) : file.image,
        fileSpan: tokSpan(file),
        items,
        span: tokSpan(kw, this.prev()),
      };
    });
  });

  unsupportedStmt = this.RULE('unsupportedStmt', (): StmtResult => {
    const t = this.CONSUME(Identifier);
    this.MANY({ GATE: () => !tokenMatcher(this.LA(1), Semicolon), DEF: () => this.CONSUME(AnyTok) });
    this.ACTION(() => this.err(M.Statement_0_not_supported, tokSpan(t), [t.image]));
    return undefined;
  });

  // ----- Declarations

  private domainList = this.RULE('domainList', (): A.DomainEntry[] => {
    const out: A.DomainEntry[] = [];
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        const t = this.OR([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Star) }]);
        this.ACTION(() => out.push({ name: t.image, span: tokSpan(t) }));
      },
    });
    this.CONSUME(RParen);
    return out;
  });

  /** Whether the last explanatory text parsed was unquoted (set by explText's action). */
  private lastTextUnquoted = false;
  /** The first token of the last explanatory text parsed (set by explText's action). */
  private lastTextFirst: Tok | undefined;

  private explText = this.RULE('explText', (): string | undefined => {
    let first: IToken | undefined;
    let last: IToken | undefined;
    const texts: IToken[] = [];
    this.MANY({
      GATE: () => this.isTextToken(),
      DEF: () => {
        const t = this.CONSUME(AnyTok);
        first ??= t;
        last = t;
        texts.push(t);
      },
    });
    return this.ACTION(() => {
      this.lastTextUnquoted = false;
      this.lastTextFirst = first as Tok | undefined;
      if (!first || !last) return undefined;
      if (first === last && tokenMatcher(first, StringLit)) return first.image.slice(1, -1);
      this.lastTextUnquoted = true;
      for (const t of texts)
        if (t !== first && tokenMatcher(t, UnterminatedString)) this.ctx.textQuotes?.add(t);
      const f = (first as Tok).file;
      if ((last as Tok).file !== f) return first.image;
      return f.text.slice(first.startOffset, tEnd(last)).trim();
    });
  });

  private dataList = this.RULE('dataList', () => {
    const open = this.CONSUME(Slash) as Tok;
    const tokens: Tok[] = [];
    this.MANY({
      GATE: () => !tokenMatcher(this.LA(1), Slash) && !tokenMatcher(this.LA(1), Semicolon),
      DEF: () => {
        tokens.push(this.CONSUME(AnyTok) as Tok);
      },
    });
    const close = this.CONSUME2(Slash) as Tok;
    return { open, tokens, close };
  });

  private declItem = this.RULE('declItem', (): DeclItemRaw => {
    // A comparison word that starts a line after unquoted text still names the next item
    // (`eq(k)  defines addition`); elsewhere the lexer has already made such names Identifiers.
    const name = this.OR([
      { ALT: () => this.CONSUME(Identifier) },
      { ALT: () => this.CONSUME(ComparisonWord) },
    ]) as Tok;
    let domain: A.DomainEntry[] | undefined;
    let data: DeclItemRaw['data'];
    this.OPTION(() => {
      domain = this.SUBRULE(this.domainList);
    });
    const text = this.SUBRULE(this.explText);
    const textUnquoted = this.lastTextUnquoted;
    const textFirst = this.lastTextFirst;
    this.OPTION2(() => {
      data = this.SUBRULE(this.dataList);
    });
    return this.ACTION(() => ({
      name: ident(name),
      domain,
      text,
      textUnquoted,
      data,
      first: name,
      textFirst,
    }));
  });

  /** Items of a declaration, separated by commas or line breaks. */
  private declItems = this.RULE('declItems', (): DeclItemRaw[] => {
    const items: DeclItemRaw[] = [this.SUBRULE(this.declItem)];
    this.MANY(() => {
      let comma: IToken | undefined;
      this.OPTION(() => {
        comma = this.CONSUME(Comma);
      });
      const it = this.SUBRULE2(this.declItem);
      this.ACTION(() => {
        // `Parameter c cost of fuel, oil and gas ;` declares c and a parameter oil: remember where
        // an unquoted text stopped at a comma, for the hint on the symbol that follows.
        const prev = items[items.length - 1];
        // A line `p(i) = 1`, `x.lo = 0`, `e.. x =e= 1` after a declaration that misses its `;`
        // would read as one more declared item with text `= 1`: GAMS needs the `;` there.
        const tf = it.textFirst;
        if (
          !comma &&
          tf &&
          STATEMENT_TAILS.some((tt) => tokenMatcher(tf, tt)) &&
          !lineBreakBetween(it.first, tf)
        ) {
          this.err(
            M.Expected_0_but_found_1,
            tokSpan(it.first),
            ["';'", `'${it.first.image}'`],
            `is the ';' that ends the declaration missing before this line? ${ONLY_KEYWORDS_END}`,
          );
        }
        if (comma && prev.textUnquoted && !prev.data && !lineBreakBetween(comma as Tok, it.first))
          it.textAfter = { owner: prev.name.name, comma: tokSpan(comma) };
      });
      items.push(it);
    });
    return items;
  });

  private base(it: DeclItemRaw): A.DeclItemBase {
    const b: { name: A.Ident; domain?: A.DomainEntry[]; text?: string; span: Span } = {
      name: it.name,
      span: it.name.span,
    };
    if (it.domain) b.domain = it.domain;
    if (it.text !== undefined) b.text = it.text;
    if (it.textAfter) (b as { textAfter?: A.DeclItemBase['textAfter'] }).textAfter = it.textAfter;
    return b;
  }

  private data(kind: DataKind, it: DeclItemRaw): A.DataRecord[] | undefined {
    if (!it.data) return undefined;
    const diags = this.ctx.diagnostics;
    const before = diags.length;
    const dims =
      it.domain?.length ?? (kind === 'scalar' ? 0 : (this.ctx.dims.get(it.name.name.toLowerCase()) ?? 0));
    const recs = dataRecords(kind, it.name.name, dims, it.data.tokens, diags, this.ctx.acronyms);
    // The data of `Parameter c(i) cost of fuel, oil / a 1 /` belongs to `oil`, not to c: say so.
    if (it.textAfter && !it.domain) {
      const line = lineAndColumn(it.textAfter.comma.file, it.textAfter.comma.start).line;
      for (let k = before; k < diags.length; k++)
        if (!diags[k].hint)
          diags[k] = {
            ...diags[k],
            hint: `this data belongs to '${it.name.name}', declared after the ',' on line ${line} that ended the unquoted explanatory text of '${it.textAfter.owner}'; quote that text if the comma belongs to it.`,
          };
    }
    return recs;
  }

  private noteDims(name: A.Ident, domain: A.DomainEntry[] | undefined): void {
    if (domain) this.ctx.dims.set(name.name.toLowerCase(), domain.length);
  }

  private noData(it: DeclItemRaw, what: string): void {
    if (it.data) this.err(M.Data_not_allowed_for_0, tokSpan(it.data.open, it.data.close), [what]);
  }

  setDecl = this.RULE('setDecl', (): StmtResult => {
    const kw = this.CONSUME(SetKw);
    const items = this.SUBRULE(this.declItems);
    return this.ACTION((): A.SetDecl => ({
      kind: 'SetDecl',
      span: tokSpan(kw, this.prev()),
      items: items.map((it) => {
        this.noteDims(it.name, it.domain);
        const elements = this.data('set', it);
        return elements ? { ...this.base(it), elements } : this.base(it);
      }),
    }));
  });

  /** `acronym(s) a 'text', b;`: names that stand for themselves as values (checked in check/). */
  acronymDecl = this.RULE('acronymDecl', (): StmtResult => {
    const kw = this.CONSUME(Identifier);
    const items = this.SUBRULE(this.declItems);
    return this.ACTION((): A.ParameterDecl => ({
      kind: 'ParameterDecl',
      span: tokSpan(kw, this.prev()),
      keyword: 'acronym',
      items: items.map((it) => {
        const acr = this.ctx.acronyms;
        // The k-th acronym holds k * 1e301, as the checker declares it (ACRONYM_BASE).
        const key = it.name.name.toLowerCase();
        if (acr && !acr.has(key)) acr.set(key, (acr.size + 1) * 1e301);
        if (it.domain) this.err(M.Domain_not_allowed_for_scalar_0, it.name.span, [it.name.name]);
        this.noData(it, 'acronym');
        return this.base({ ...it, domain: undefined });
      }),
    }));
  });

  private aliasGroup = this.RULE('aliasGroup', (): A.Ident[] => {
    const g: A.Ident[] = [];
    this.CONSUME(LParen);
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        // `alias (*, u)`: an alias of the universe.
        const t = this.OR([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Star) }]);
        this.ACTION(() => g.push(ident(t)));
      },
    });
    this.CONSUME(RParen);
    return g;
  });

  /** `alias (a, b), (c, d);`: groups separated by commas or line breaks (mrp2). */
  aliasDecl = this.RULE('aliasDecl', (): StmtResult => {
    const kw = this.CONSUME(AliasKw);
    const groups: A.Ident[][] = [this.SUBRULE(this.aliasGroup)];
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(Comma));
      groups.push(this.SUBRULE2(this.aliasGroup));
    });
    return this.ACTION((): A.AliasDecl => ({ kind: 'AliasDecl', span: tokSpan(kw, this.prev()), groups }));
  });

  parameterDecl = this.RULE('parameterDecl', (): StmtResult => {
    const kw = this.OR([{ ALT: () => this.CONSUME(ParameterKw) }, { ALT: () => this.CONSUME(ScalarKw) }]);
    const items = this.SUBRULE(this.declItems);
    return this.ACTION((): A.ParameterDecl => {
      const keyword = tokenMatcher(kw, ScalarKw) ? 'scalar' : 'parameter';
      return {
        kind: 'ParameterDecl',
        span: tokSpan(kw, this.prev()),
        keyword,
        items: items.map((it) => {
          if (keyword === 'scalar' && it.domain) {
            this.err(M.Domain_not_allowed_for_scalar_0, it.name.span, [it.name.name]);
            it = { ...it, domain: undefined };
          }
          if (keyword === 'parameter') this.noteDims(it.name, it.domain);
          const data = this.data(keyword === 'scalar' ? 'scalar' : 'parameter', it);
          return data ? { ...this.base(it), data } : this.base(it);
        }),
      };
    });
  });

  tableDecl = this.RULE('tableDecl', (): StmtResult => {
    const kw = this.CONSUME(TableKw) as Tok;
    const name = this.CONSUME(Identifier);
    let domain: A.DomainEntry[] | undefined;
    this.OPTION(() => {
      domain = this.SUBRULE(this.domainList);
    });
    const text = this.SUBRULE(this.explText);
    return this.ACTION((): A.TableDecl => {
      const body = kw.payload as TableBody | undefined;
      const item = this.base({ name: ident(name), domain, text, first: name as Tok });
      this.noteDims(item.name, domain);
      const sp = tokSpan(kw, this.prev());
      if (!body) {
        this.err(M.Table_body_missing_0, tokSpan(name), [name.image]);
        return { kind: 'TableDecl', span: sp, item, records: [] };
      }
      const cells = layoutTable(body, this.ctx.diagnostics, domain?.length, this.ctx.acronyms);
      return tableDecl(sp, item, cells);
    });
  });

  variableDecl = this.RULE('variableDecl', (): StmtResult => {
    let typeTok: IToken | undefined;
    this.OPTION(() => {
      typeTok = this.OR([
        { ALT: () => this.CONSUME(FreeKw) },
        { ALT: () => this.CONSUME(PositiveKw) },
        { ALT: () => this.CONSUME(NegativeKw) },
        { ALT: () => this.CONSUME(BinaryKw) },
        { ALT: () => this.CONSUME(IntegerKw) },
      ]);
    });
    const kw = this.CONSUME(VariableKw);
    const items = this.SUBRULE(this.declItems);
    return this.ACTION((): A.VariableDecl => ({
      kind: 'VariableDecl',
      span: tokSpan(typeTok ?? kw, this.prev()),
      varType: typeTok ? (lower(typeTok) as A.VariableType) : 'free',
      items: items.map((it) => {
        this.noData(it, 'variable');
        return this.base(it);
      }),
    }));
  });

  equationDecl = this.RULE('equationDecl', (): StmtResult => {
    const kw = this.CONSUME(EquationKw);
    const items = this.SUBRULE(this.declItems);
    return this.ACTION((): A.EquationDecl => ({
      kind: 'EquationDecl',
      span: tokSpan(kw, this.prev()),
      items: items.map((it) => {
        this.noData(it, 'equation');
        return this.base(it);
      }),
    }));
  });

  private modelItem = this.RULE('modelItem', (): A.ModelItem => {
    const name = this.CONSUME(Identifier);
    const text = this.SUBRULE(this.explText);
    const names: IToken[] = [];
    // Model algebra: `/ all - mn - ic /`, `/ m + mn /` (partssupply).
    const minus: IToken[] = [];
    const pairs: { eq: IToken; v: IToken }[] = [];
    this.OPTION(() => {
      this.CONSUME(Slash);
      this.MANY(() => {
        let sep: IToken | undefined;
        this.OPTION2(() => {
          sep = this.OR([
            { ALT: () => this.CONSUME(Comma) },
            { ALT: () => this.CONSUME(Plus) },
            { ALT: () => this.CONSUME(Minus) },
          ]);
        });
        const eq = this.CONSUME2(Identifier);
        this.ACTION(() => (sep && tokenMatcher(sep, Minus) ? minus : names).push(eq));
        // `e.x`: equation e complementary to variable x (an MCP's pairs).
        this.OPTION3(() => {
          this.CONSUME(Dot);
          pairs.push({ eq, v: this.CONSUME3(Identifier) });
        });
      });
      this.CONSUME2(Slash);
    });
    return this.ACTION((): A.ModelItem => {
      const all = names.length === 1 && lower(names[0]) === 'all';
      const m: {
        name: A.Ident;
        text?: string;
        equations: 'all' | A.Ident[];
        without?: A.Ident[];
        matches?: A.ModelMatch[];
        span: Span;
      } = {
        name: ident(name),
        span: tokSpan(name, this.prev()),
        equations: all ? 'all' : names.map(ident),
      };
      if (minus.length > 0) m.without = minus.map(ident);
      if (text !== undefined) m.text = text;
      if (pairs.length > 0)
        m.matches = pairs.map((p) => ({
          equation: ident(p.eq),
          variable: ident(p.v),
          span: tokSpan(p.eq, p.v),
        }));
      return m;
    });
  });

  modelDecl = this.RULE('modelDecl', (): StmtResult => {
    const kw = this.CONSUME(ModelKw);
    const items: A.ModelItem[] = [this.SUBRULE(this.modelItem)];
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(Comma));
      items.push(this.SUBRULE2(this.modelItem));
    });
    return this.ACTION((): A.ModelDecl => ({ kind: 'ModelDecl', span: tokSpan(kw, this.prev()), items }));
  });

  private fileItem = this.RULE('fileItem', (): A.FileDecl => {
    const name = this.CONSUME(Identifier);
    this.SUBRULE(this.explText);
    let path: { open: Tok; close: Tok } | undefined;
    this.OPTION(() => {
      path = this.SUBRULE(this.dataList);
    });
    return this.ACTION((): A.FileDecl => {
      this.ctx.files.add(lower(name));
      const f: { kind: 'FileDecl'; name: A.Ident; path?: string; span: Span } = {
        kind: 'FileDecl',
        name: ident(name),
        span: tokSpan(name, this.prev()),
      };
      if (path && path.open.file === path.close.file) {
        let p = path.open.file.text.slice(tEnd(path.open), path.close.startOffset).trim();
        if (p.length >= 2 && (p[0] === '"' || p[0] === "'") && p[p.length - 1] === p[0]) p = p.slice(1, -1);
        if (p) f.path = p;
      }
      return f;
    });
  });

  fileDecl = this.RULE('fileDecl', (): StmtResult => {
    this.CONSUME(FileKw);
    const items: A.FileDecl[] = [this.SUBRULE(this.fileItem)];
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(Comma));
      items.push(this.SUBRULE2(this.fileItem));
    });
    return items;
  });

  // ----- Executable statements

  solveStmt = this.RULE('solveStmt', (): StmtResult => {
    const kw = this.CONSUME(SolveKw);
    const model = this.CONSUME(Identifier);
    const using: IToken[] = [];
    const senses: { word: IToken; obj: IToken }[] = [];
    this.MANY(() => {
      this.OR({
        ERR_MSG: "'using', 'minimizing' or 'maximizing'",
        DEF: [
          {
            ALT: () => {
              this.CONSUME(UsingKw);
              using.push(this.CONSUME(AnyName));
            },
          },
          {
            // GAMS also reads `us`, `usi`, `usin` as `using` (fct.gms, trig.gms: `solve m us nlp min obj`).
            GATE: () => isUsingAbbrev(this.LA(1)),
            ALT: () => {
              this.CONSUME6(Identifier);
              using.push(this.CONSUME2(AnyName));
            },
          },
          {
            ALT: () => {
              const word = this.CONSUME(MinimizingKw);
              const obj = this.CONSUME2(Identifier);
              senses.push({ word, obj });
            },
          },
          {
            ALT: () => {
              const word = this.CONSUME(MaximizingKw);
              const obj = this.CONSUME3(Identifier);
              senses.push({ word, obj });
            },
          },
          {
            // `min`, `max`, `minimising`, `maximize`... : GAMS goes by the first three letters
            // (the library compiles `maximimizing` in mlbeta.gms and `miniminzing` in stockcc.gms).
            GATE: () => isSenseWord(this.LA(1)) && tokenMatcher(this.LA(2), Identifier),
            ALT: () => {
              const word = this.CONSUME4(Identifier);
              const obj = this.CONSUME5(Identifier);
              senses.push({ word, obj });
            },
          },
        ],
      });
    });
    return this.ACTION((): A.SolveStmt | undefined => {
      const sp = tokSpan(kw, this.prev());
      let ok = true;
      if (using.length > 1) {
        this.err(M.Solve_clause_twice_0, tokSpan(using[1]), ['using']);
        ok = false;
      }
      if (senses.length > 1) {
        this.err(M.Solve_clause_twice_0, tokSpan(senses[1].word), [senses[1].word.image]);
        ok = false;
      }
      if (using.length === 0) {
        this.err(M.Solve_needs_0, sp, ["'using <model type>'"], `model types: ${MODEL_TYPES.join(', ')}.`);
        return undefined;
      }
      const type = lower(using[0]) as A.ModelType;
      if (!MODEL_TYPES.includes(type)) {
        this.err(
          M.Unknown_model_type_0,
          tokSpan(using[0]),
          [using[0].image],
          `model types: ${MODEL_TYPES.join(', ')}.`,
        );
        ok = false;
      }
      if (!ok) return undefined;
      const base = {
        kind: 'Solve' as const,
        span: sp,
        model: ident(model),
        modelType: type,
        modelTypeSpan: tokSpan(using[0]),
      };
      // CNS (a square system) and MCP (equations matched to variables) have no objective; one given
      // to an MCP anyway is reported by the checker.
      if (senses.length === 0 && (type === 'cns' || type === 'mcp')) return { ...base, sense: 'min' };
      if (senses.length === 0) {
        this.err(M.Solve_needs_0, sp, ["'minimizing' or 'maximizing' and the objective variable"]);
        return undefined;
      }
      return {
        ...base,
        sense: lower(senses[0].word).startsWith('min') ? 'min' : 'max',
        objective: ident(senses[0].obj),
      };
    });
  });

  private displayItem = this.RULE('displayItem', (): A.SymbolRef | A.StringLit | undefined =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(StringLit);
          return this.ACTION((): A.StringLit => ({
            kind: 'String',
            value: t.image.slice(1, -1),
            span: tokSpan(t),
          }));
        },
      },
      { ALT: () => this.SUBRULE(this.symbolRef) },
    ]),
  );

  /**
   * Items separated by commas; GAMS also takes a line break (turkey: `qmaxl` then `incrc` on the
   * next line) or a quoted text on either side (demo1: `"landuse" "output", croprep`) as one.
   */
  private displayItems = this.RULE('displayItems', (): (A.SymbolRef | A.StringLit)[] => {
    const out: (A.SymbolRef | A.StringLit)[] = [];
    const first = this.SUBRULE(this.displayItem);
    this.ACTION(() => first && out.push(first));
    this.MANY({
      // Items go on across lines, but a line that starts with a statement word that is not a
      // keyword token (`execute_load`, `put_utility`...) starts the next statement (maxcut:
      // `abort$errorlevel 'text'` then `execute_load ...` without `;`).
      GATE: () =>
        !(
          isStatementWord(this.LA(1) as Tok, this.LA(2) as Tok) &&
          lineBreakBetween(this.prev(), this.LA(1) as Tok)
        ) &&
        (tokenMatcher(this.LA(1), Comma) ||
          tokenMatcher(this.LA(1), StringLit) ||
          tokenMatcher(this.prev(), StringLit) ||
          lineBreakBetween(this.prev(), this.LA(1) as Tok)),
      DEF: () => {
        this.OPTION(() => this.CONSUME(Comma));
        const it = this.SUBRULE2(this.displayItem);
        this.ACTION(() => it && out.push(it));
      },
    });
    return out;
  });

  /** `display$cond items;` (tgridmix) is read as `if(cond, display items);`. */
  displayStmt = this.RULE('displayStmt', (): StmtResult => {
    const kw = this.CONSUME(DisplayKw);
    let cond: A.Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(Dollar);
      cond = this.SUBRULE(this.dollarCond);
    });
    const items = this.SUBRULE(this.displayItems);
    return this.ACTION((): A.DisplayStmt => ({
      kind: 'Display',
      span: tokSpan(kw, this.prev()),
      ...(cond ? { cond } : {}),
      items,
    }));
  });

  private optionItem = this.RULE('optionItem', (): A.OptionItem => {
    const name = this.CONSUME(AnyName);
    let value: number | string | undefined;
    let vFirst: IToken | undefined;
    let project: '<' | '<=' | undefined;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(Equals);
            this.OR2([
              {
                ALT: () => {
                  vFirst = this.CONSUME(NumberLit);
                  this.ACTION(() => (value = Number(vFirst!.image)));
                },
              },
              {
                ALT: () => {
                  vFirst = this.OR3([{ ALT: () => this.CONSUME(Minus) }, { ALT: () => this.CONSUME(Plus) }]);
                  const n = this.CONSUME2(NumberLit);
                  this.ACTION(() => (value = (vFirst!.image === '-' ? -1 : 1) * Number(n.image)));
                },
              },
              {
                ALT: () => {
                  vFirst = this.CONSUME2(AnyName);
                  this.ACTION(() => (value = vFirst!.image));
                },
              },
              {
                ALT: () => {
                  vFirst = this.CONSUME(StringLit);
                  this.ACTION(() => (value = vFirst!.image.slice(1, -1)));
                },
              },
            ]);
          },
        },
        {
          // `option a < b;` (`<=`): the projection of b onto a.
          ALT: () => {
            const op = this.OR5([{ ALT: () => this.CONSUME(LtOp) }, { ALT: () => this.CONSUME(LeOp) }]);
            vFirst = this.CONSUME4(AnyName);
            this.ACTION(() => {
              value = vFirst!.image;
              project = op.image as '<' | '<=';
            });
          },
        },
        {
          // `option p:3:1:1;` display layout: the raw text after the name.
          ALT: () => {
            vFirst = this.CONSUME(Colon);
            this.CONSUME3(NumberLit);
            this.MANY(() => {
              this.CONSUME2(Colon);
              this.CONSUME4(NumberLit);
            });
            this.ACTION(() => {
              const f = (vFirst as Tok).file;
              value = f.text.slice(tEnd(vFirst!), tEnd(this.prev()));
            });
          },
        },
      ]);
    });
    return this.ACTION((): A.OptionItem => {
      const it: {
        name: A.Ident;
        value?: number | string;
        valueSpan?: Span;
        span: Span;
        project?: '<' | '<=';
      } = {
        name: ident(name),
        span: tokSpan(name, this.prev()),
      };
      if (project) it.project = project;
      if (value !== undefined && vFirst) {
        it.value = value;
        it.valueSpan = tokenMatcher(vFirst, Colon)
          ? span((vFirst as Tok).file, tEnd(vFirst), tEnd(this.prev()))
          : tokSpan(vFirst, this.prev());
      }
      return it;
    });
  });

  optionStmt = this.RULE('optionStmt', (): StmtResult => {
    const kw = this.CONSUME(OptionKw);
    const items: A.OptionItem[] = [this.SUBRULE(this.optionItem)];
    // Items may be separated by blanks only; `else`, `elseif` and `until` end the list inside a
    // block (openpit: `if(c, option optcr=0.01 else option optcr=0);`).
    this.MANY({
      GATE: () => !this.isCloser(this.LA(this.LA(1).tokenType === Comma ? 2 : 1)),
      DEF: () => {
        this.OPTION(() => this.CONSUME(Comma));
        items.push(this.SUBRULE2(this.optionItem));
      },
    });
    return this.ACTION((): A.OptionStmt => ({ kind: 'Option', span: tokSpan(kw, this.prev()), items }));
  });

  loopStmt = this.RULE('loopStmt', (): StmtResult => {
    const kw = this.CONSUME(LoopKw);
    this.CONSUME(LParen);
    const binding = this.SUBRULE(this.binding);
    this.CONSUME(Comma);
    const body = this.SUBRULE(this.stmtList);
    this.CONSUME(RParen);
    return this.ACTION((): A.LoopStmt => ({ kind: 'Loop', span: tokSpan(kw, this.prev()), binding, body }));
  });

  whileStmt = this.RULE('whileStmt', (): StmtResult => {
    const kw = this.CONSUME(WhileKw);
    this.CONSUME(LParen);
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(Comma);
    const body = this.SUBRULE(this.stmtList);
    this.CONSUME(RParen);
    return this.ACTION((): A.WhileStmt => ({ kind: 'While', span: tokSpan(kw, this.prev()), cond, body }));
  });

  repeatStmt = this.RULE('repeatStmt', (): StmtResult => {
    const kw = this.CONSUME(RepeatKw);
    let body: A.Statement[] = [];
    let until!: A.Expr;
    this.OR([
      {
        // GAMS form: repeat ( statements until condition );
        ALT: () => {
          this.CONSUME(LParen);
          body = this.SUBRULE(this.stmtList);
          this.CONSUME(UntilKw);
          until = this.SUBRULE(this.expr);
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          body = this.SUBRULE2(this.stmtList);
          this.CONSUME2(UntilKw);
          until = this.SUBRULE2(this.expr);
        },
      },
    ]);
    return this.ACTION((): A.RepeatStmt => ({ kind: 'Repeat', span: tokSpan(kw, this.prev()), body, until }));
  });

  forStmt = this.RULE('forStmt', (): StmtResult => {
    const kw = this.CONSUME(ForKw);
    this.CONSUME(LParen);
    const v = this.CONSUME(Identifier);
    this.CONSUME(Equals);
    const from = this.SUBRULE(this.expr);
    const dir = this.CONSUME2(Identifier);
    const to = this.SUBRULE2(this.expr);
    let step: A.Expr | undefined;
    this.OPTION({
      GATE: () => lower(this.LA(1)) === 'by',
      DEF: () => {
        this.CONSUME3(Identifier);
        step = this.SUBRULE3(this.expr);
      },
    });
    this.CONSUME(Comma);
    const body = this.SUBRULE(this.stmtList);
    this.CONSUME(RParen);
    return this.ACTION((): A.ForStmt | undefined => {
      const d = lower(dir);
      if (d !== 'to' && d !== 'downto') {
        this.err(M.Expected_to_or_downto_0, tokSpan(dir), [dir.image]);
        return undefined;
      }
      const f: {
        kind: 'For';
        span: Span;
        variable: A.Ident;
        from: A.Expr;
        to: A.Expr;
        step?: A.Expr;
        down: boolean;
        body: A.Statement[];
      } = {
        kind: 'For',
        span: tokSpan(kw, this.prev()),
        variable: ident(v),
        from,
        to,
        down: d === 'downto',
        body,
      };
      if (step) f.step = step;
      return f;
    });
  });

  ifStmt = this.RULE('ifStmt', (): StmtResult => {
    const kw = this.CONSUME(IfKw);
    this.CONSUME(LParen);
    const branches: { cond: A.Expr; body: A.Statement[] }[] = [];
    const cond = this.SUBRULE(this.expr);
    this.CONSUME(Comma);
    const body = this.SUBRULE(this.stmtList);
    branches.push({ cond, body });
    this.MANY(() => {
      this.CONSUME(ElseIfKw);
      const c = this.SUBRULE2(this.expr);
      this.CONSUME2(Comma);
      const b = this.SUBRULE2(this.stmtList);
      branches.push({ cond: c, body: b });
    });
    let elseBody: A.Statement[] | undefined;
    this.OPTION(() => {
      this.CONSUME(ElseKw);
      elseBody = this.SUBRULE3(this.stmtList);
    });
    this.CONSUME(RParen);
    return this.ACTION((): A.IfStmt => {
      const s: { kind: 'If'; span: Span; branches: typeof branches; elseBody?: A.Statement[] } = {
        kind: 'If',
        span: tokSpan(kw, this.prev()),
        branches,
      };
      if (elseBody) s.elseBody = elseBody;
      return s;
    });
  });

  abortStmt = this.RULE('abortStmt', (): StmtResult => {
    const kw = this.CONSUME(AbortKw);
    let cond: A.Expr | undefined;
    let items: (A.SymbolRef | A.StringLit)[] = [];
    let suffix: IToken | undefined;
    this.OPTION3(() => {
      this.CONSUME(Dot);
      suffix = this.CONSUME(AnyName);
    });
    this.OPTION(() => {
      this.CONSUME(Dollar);
      cond = this.SUBRULE(this.dollarCond);
    });
    this.OPTION2(() => {
      items = this.SUBRULE(this.displayItems);
    });
    return this.ACTION((): A.AbortStmt | undefined => {
      const s: { kind: 'Abort'; span: Span; noError?: boolean; cond?: A.Expr; items: typeof items } = {
        kind: 'Abort',
        span: tokSpan(kw, this.prev()),
        items,
      };
      if (suffix) {
        if (lower(suffix) !== 'noerror') {
          this.err(M.Unknown_abort_suffix_0, tokSpan(suffix), [suffix.image]);
          return undefined;
        }
        s.noError = true;
      }
      if (cond) s.cond = cond;
      return s;
    });
  });

  private putItem = this.RULE('putItem', (): A.PutItem | undefined =>
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(Slash);
          return this.ACTION((): A.PutItem => ({ kind: 'PutNewline', span: tokSpan(t) }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(Comma);
          return undefined;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(At);
          const value = this.SUBRULE(this.primary);
          return this.ACTION((): A.PutItem => ({
            kind: 'PutColumn',
            span: nodeSpan({ span: tokSpan(t) }, value),
            value,
          }));
        },
      },
      {
        ALT: () => {
          // Put items are unary-level expressions: `/` is a line break here, so `a/b` needs parentheses.
          const value = this.SUBRULE(this.unaryExpr);
          let width: A.Expr | undefined;
          let decimals: A.Expr | undefined;
          let align: 'left' | 'right' | 'center' | undefined;
          this.OPTION(() => {
            this.CONSUME(Colon);
            this.OPTION3(() => {
              align = this.OR2([
                { ALT: () => (this.CONSUME(NeOp), 'center' as const) },
                { ALT: () => (this.CONSUME(LtOp), 'left' as const) },
                { ALT: () => (this.CONSUME(GtOp), 'right' as const) },
              ]);
            });
            width = this.SUBRULE(this.powExpr);
            this.OPTION2(() => {
              this.CONSUME2(Colon);
              decimals = this.SUBRULE2(this.powExpr);
            });
          });
          return this.ACTION((): A.PutItem => {
            const it: {
              kind: 'PutValue';
              span: Span;
              value: A.Expr;
              align?: 'left' | 'right' | 'center';
              width?: A.Expr;
              decimals?: A.Expr;
            } = {
              kind: 'PutValue',
              span: nodeSpan(value, decimals ?? width ?? value),
              value,
            };
            if (align) it.align = align;
            if (width) it.width = width;
            if (decimals) it.decimals = decimals;
            return it;
          });
        },
      },
    ]),
  );

  putStmt = this.RULE('putStmt', (): StmtResult => {
    const kw = this.OR([{ ALT: () => this.CONSUME(PutKw) }, { ALT: () => this.CONSUME(PutCloseKw) }]);
    const items: A.PutItem[] = [];
    this.MANY(() => {
      const it = this.SUBRULE(this.putItem);
      if (it) items.push(it);
    });
    return this.ACTION((): A.PutStmt => this.putAst(kw, tokenMatcher(kw, PutCloseKw), items));
  });

  /** `.attr` after the word `file`: the attribute of the current put file (`file.cr`). */
  private fileAttrRef = this.RULE('fileAttrRef', (f: IToken): A.SymbolRef => {
    this.CONSUME(Dot);
    const a = this.CONSUME(AnyName);
    return this.ACTION((): A.SymbolRef => ({
      kind: 'Ref',
      name: ident(f),
      attr: ident(a),
      span: tokSpan(f, a),
    }));
  });

  /** `puttl`, `puthd`, `putpage` with their items (see PUT_BLOCKS). */
  putBlockStmt = this.RULE('putBlockStmt', (): StmtResult => {
    const kw = this.CONSUME(Identifier);
    const items: A.PutItem[] = [];
    this.MANY(() => {
      const it = this.SUBRULE(this.putItem);
      if (it) items.push(it);
    });
    return this.ACTION((): A.PutStmt => ({
      ...this.putAst(kw, false, items),
      block: PUT_BLOCKS.get(lower(kw))!,
    }));
  });

  /** A put statement: the leading name of a declared file selects it. */
  private putAst(kw: IToken, close: boolean, items: A.PutItem[]): PutFields {
    const s: PutFields = { kind: 'Put', span: tokSpan(kw, this.prev()), close, items };
    const first = items[0];
    if (
      first?.kind === 'PutValue' &&
      !first.width &&
      first.value.kind === 'Ref' &&
      !first.value.attr &&
      !first.value.indices &&
      this.ctx.files.has(first.value.name.name.toLowerCase())
    ) {
      s.file = first.value.name;
      items.shift();
    }
    return s;
  }

  /**
   * `put_utility [file] 'command' / text;` (also `$cond` after the word): the log commands run
   * (`log`, `msg`, `msgLog`; `title` is accepted and ignored); any other is reported (E1321).
   */
  putUtilityStmt = this.RULE('putUtilityStmt', (): StmtResult => {
    const kw = this.CONSUME(Identifier);
    let cond: A.Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(Dollar);
      cond = this.SUBRULE(this.dollarCond);
    });
    const items: A.PutItem[] = [];
    this.MANY(() => {
      const it = this.SUBRULE(this.putItem);
      if (it) items.push(it);
    });
    return this.ACTION((): A.PutStmt | undefined => {
      const s = this.putAst(kw, false, items);
      const command = s.items[0];
      if (command?.kind !== 'PutValue' || command.value.kind !== 'String' || command.width) {
        this.err(M.Put_utility_needs_command, command ? command.span : tokSpan(kw));
        return undefined;
      }
      // `execute 'command'`: put_utility 'shell' / 'command'.
      if (kw.image.toLowerCase() === 'execute') {
        s.utility = 'shell';
        if (cond) s.cond = cond;
        return s;
      }
      const name = command.value.value.trim().toLowerCase();
      if (!PUT_UTILITY_COMMANDS.has(name)) {
        this.err(M.Put_utility_0_not_supported, command.span, [command.value.value]);
        return undefined;
      }
      items.shift();
      if (items[0]?.kind === 'PutNewline') items.shift();
      s.utility = name;
      if (cond) s.cond = cond;
      return s;
    });
  });

  /** Assignment (`p(i)$c = e`) or equation definition (`e(i)$c .. lhs =e= rhs`): same head. */
  assignOrDef = this.RULE('assignOrDef', (): StmtResult => {
    const name = this.CONSUME(Identifier);
    let attr: IToken | undefined;
    let args: RawArg[] | undefined;
    let cond: A.Expr | undefined;
    this.OPTION(() => {
      this.CONSUME(Dot);
      attr = this.CONSUME(AnyName);
    });
    this.OPTION2(() => {
      this.CONSUME(LParen);
      args = this.SUBRULE(this.refArgs);
      this.CONSUME(RParen);
    });
    this.OPTION3(() => {
      this.CONSUME(Dollar);
      cond = this.SUBRULE(this.dollarCond);
    });
    return this.OR({
      ERR_MSG: "'=' or '..'",
      DEF: [
        {
          ALT: () => {
            this.CONSUME(DotDot);
            const lhs = this.SUBRULE(this.expr);
            const rel = this.CONSUME(EqRel);
            const rhs = this.SUBRULE2(this.expr);
            return this.ACTION((): A.EquationDef | undefined => {
              let ok = true;
              if (attr) {
                this.err(M.Equation_definition_with_attribute_0, tokSpan(attr), [attr.image]);
                ok = false;
              }
              const domain: A.Ident[] = [];
              const shifts: (A.IndexName & { lag: NonNullable<A.IndexName['lag']> })[] = [];
              const tuples: A.SymbolRef[] = [];
              const fixed: { position: number; label: A.Label }[] = [];
              let restrict: A.Expr | undefined;
              for (const a of args ?? []) {
                const r = asRestriction(a);
                if ('index' in a && a.index.kind === 'IndexLabel') {
                  // `sy3("pulplogs",te-1)..`: the rows of sy3 with that label in this position.
                  fixed.push({ position: domain.length + fixed.length, label: a.index.label });
                } else if ('index' in a && a.index.kind === 'IndexName' && !a.index.lag)
                  domain.push(a.index.name);
                else if ('index' in a && a.index.kind === 'IndexName' && a.index.lag) {
                  // `kk(t+1).. k(t+1) =e= k(t)`: the rows kk(t) for t > 1 of `k(t) =e= k(t-1)`.
                  domain.push(a.index.name);
                  shifts.push(a.index as A.IndexName & { lag: NonNullable<A.IndexName['lag']> });
                } else if (r) {
                  // `cutu(bb(k,i))..`: the equation over k, i where bb(k,i).
                  domain.push(...restrictedIndices(r.ref));
                  for (const x of [r.ref, ...r.inner]) restrict = andCond(restrict, x);
                  tuples.push(r.ref, ...r.inner);
                } else {
                  const sp = 'index' in a ? a.index.span : a.expr.span;
                  this.err(M.Equation_domain_must_be_names_0, sp, [sp.file.text.slice(sp.start, sp.end)]);
                  ok = false;
                }
              }
              const r = rel.image[1].toLowerCase();
              if (r !== 'e' && r !== 'l' && r !== 'g' && r !== 'n') {
                this.err(M.Relation_0_not_supported, tokSpan(rel), [rel.image]);
                ok = false;
              }
              if (!ok) return undefined;
              const d: {
                kind: 'EquationDef';
                span: Span;
                name: A.Ident;
                domain?: A.Ident[];
                cond?: A.Expr;
                tuples?: A.SymbolRef[];
                fixed?: { position: number; label: A.Label }[];
                lhs: A.Expr;
                rel: 'e' | 'l' | 'g' | 'n';
                relSpan: Span;
                rhs: A.Expr;
              } = {
                kind: 'EquationDef',
                span: tokSpan(name, this.prev()),
                name: ident(name),
                lhs,
                rel: r as 'e' | 'l' | 'g' | 'n',
                relSpan: tokSpan(rel),
                rhs,
              };
              if (args) d.domain = domain;
              if (tuples.length) d.tuples = tuples;
              if (fixed.length) d.fixed = fixed;
              let c = andCond(restrict, cond);
              for (const sh of shifts) {
                const moved = shiftDomain(sh, [d.lhs, d.rhs, c]);
                if (!moved) {
                  this.err(M.Domain_lag_0_cannot_shift_1, sh.span, [
                    sh.span.file.text.slice(sh.span.start, sh.span.end),
                    sh.name.name,
                  ]);
                  return undefined;
                }
                [d.lhs, d.rhs] = [moved.exprs[0]!, moved.exprs[1]!];
                c = andCond(moved.exists, moved.exprs[2]);
              }
              if (c) d.cond = c;
              return d;
            });
          },
        },
        {
          ALT: () => {
            // `hx := 1/(card(nx)-1);` (minsurf, mathopt6): GAMS also reads `:=` as `=`.
            this.OPTION4(() => this.CONSUME(Colon));
            this.CONSUME(Equals);
            const value = this.SUBRULE3(this.expr);
            return this.ACTION((): A.Assignment | undefined => {
              // `aip(i,pp(p)) = ...`: assign aip(i,p) where pp(p).
              let restrict: A.Expr | undefined;
              const tuples: A.SymbolRef[] = [];
              const targs = args?.flatMap((a): RawArg[] => {
                const r = asRestriction(a);
                if (!r) return [a];
                for (const x of [r.ref, ...r.inner]) restrict = andCond(restrict, x);
                tuples.push(r.ref, ...r.inner);
                // Labels stay in their positions: `z.prior(vk(v,'small')) = 3;` assigns z(v,'small').
                return (r.ref.indices ?? []).map((ix) =>
                  ix.kind === 'IndexName'
                    ? { index: { kind: 'IndexName', name: ix.name, span: ix.name.span } }
                    : { index: ix },
                );
              });
              const target = this.makeRef(name, attr, targs, this.prev());
              if (!target || target.kind !== 'Ref') return undefined;
              cond = andCond(restrict, cond);
              const s: {
                kind: 'Assignment';
                span: Span;
                target: A.SymbolRef;
                cond?: A.Expr;
                value: A.Expr;
                tuples?: A.SymbolRef[];
              } = {
                kind: 'Assignment',
                span: tokSpan(name, this.prev()),
                target,
                value,
              };
              if (cond) s.cond = cond;
              if (tuples.length) s.tuples = tuples;
              return s;
            });
          },
        },
      ],
    });
  });

  // -------------------------------------------------------------------------------------------
  // References and index arguments

  /** `name`, `name.attr`, `name(args)`, `name.attr(args)` where every argument is an index. */
  private symbolRef = this.RULE('symbolRef', (): A.SymbolRef | undefined => {
    const name = this.CONSUME(Identifier);
    let attr: IToken | undefined;
    let args: RawArg[] | undefined;
    this.OPTION(() => {
      this.CONSUME(Dot);
      attr = this.CONSUME(AnyName);
    });
    this.OPTION2(() => {
      this.CONSUME(LParen);
      args = this.SUBRULE(this.refArgs);
      this.CONSUME(RParen);
    });
    return this.ACTION(() => {
      const r = this.makeRef(name, attr, args, this.prev());
      return r?.kind === 'Ref' ? r : undefined;
    });
  });

  /**
   * Build a Ref; when an argument is not an index: a Call if `asCall` (an unknown function, which
   * the checker reports), otherwise an error (E1076) and undefined.
   */
  private makeRef(
    name: IToken,
    attr: IToken | undefined,
    args: RawArg[] | undefined,
    last: IToken,
    asCall = false,
  ): A.SymbolRef | A.CallExpr | undefined {
    const sp = tokSpan(name, last);
    if (args && args.some((a) => 'expr' in a)) {
      if (asCall && !attr)
        return {
          kind: 'Call',
          span: sp,
          fn: ident(name),
          args: args.map((a) => ('expr' in a ? a.expr : indexToExpr(a.index))),
        };
      const bad = args.find((a) => 'expr' in a) as { expr: A.Expr };
      const bs = bad.expr.span;
      this.err(M.Index_must_be_set_or_label_0, bs, [bs.file.text.slice(bs.start, bs.end)]);
      return undefined;
    }
    const r: { kind: 'Ref'; span: Span; name: A.Ident; attr?: A.Ident; indices?: A.IndexArg[] } = {
      kind: 'Ref',
      span: sp,
      name: ident(name),
    };
    if (attr) r.attr = { name: lower(attr), span: tokSpan(attr) };
    if (args) r.indices = args.map((a) => (a as { index: A.IndexArg }).index);
    return r;
  }

  private refArgs = this.RULE('refArgs', (): RawArg[] => {
    const out: RawArg[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        out.push(this.SUBRULE(this.refArg));
      },
    });
    return out;
  });

  private refArg = this.RULE('refArg', (): RawArg =>
    this.OR([
      {
        GATE: () => tokenMatcher(this.LA(2), Comma) || tokenMatcher(this.LA(2), RParen),
        ALT: () => {
          const t = this.CONSUME(StringLit);
          return this.ACTION((): RawArg => ({
            index: {
              kind: 'IndexLabel',
              span: tokSpan(t),
              // GAMS ignores trailing blanks in quoted labels: `ydat(b, "rating  ")` is `rating`.
              label: { name: t.image.slice(1, -1).trimEnd(), span: tokSpan(t), quoted: true },
            },
          }));
        },
      },
      {
        GATE: () => {
          const n = this.LA(2);
          return (
            tokenMatcher(n, Comma) ||
            tokenMatcher(n, RParen) ||
            tokenMatcher(n, Plus) ||
            tokenMatcher(n, Minus)
          );
        },
        ALT: () => {
          const t = this.CONSUME(Identifier);
          let lag: A.IndexName['lag'];
          this.OPTION(() => {
            lag = this.SUBRULE(this.lag);
          });
          return this.ACTION((): RawArg => {
            const ix: { kind: 'IndexName'; span: Span; name: A.Ident; lag?: A.IndexName['lag'] } = {
              kind: 'IndexName',
              span: tokSpan(t, this.prev()),
              name: ident(t),
            };
            if (lag) ix.lag = lag;
            return { index: ix };
          });
        },
      },
      {
        ALT: () => {
          const e = this.SUBRULE(this.expr);
          return { expr: e };
        },
      },
    ]),
  );

  /** `+ n`, `- n`, `++ n`, `-- n` after an index name (the doubled sign must touch). */
  private lag = this.RULE('lag', (): A.IndexName['lag'] => {
    const op1 = this.OR([{ ALT: () => this.CONSUME(Plus) }, { ALT: () => this.CONSUME(Minus) }]);
    let circular = false;
    this.OPTION({
      GATE: () => {
        const n = this.LA(1);
        return (
          n.tokenType === op1.tokenType &&
          n.startOffset === tEnd(op1) &&
          (n as Tok).file === (op1 as Tok).file
        );
      },
      DEF: () => {
        this.OR2([{ ALT: () => this.CONSUME2(Plus) }, { ALT: () => this.CONSUME2(Minus) }]);
        circular = true;
      },
    });
    const amount = this.SUBRULE(this.primary);
    return this.ACTION(() => {
      const op = (circular ? op1.image + op1.image : op1.image) as '+' | '-' | '++' | '--';
      return { op, amount };
    });
  });

  /** Controlling indices: `i`, `(i,j)`, `arc(i,j)` (indices i, j where arc(i,j)), with `$cond`. */
  private binding = this.RULE('binding', (): A.IndexBinding => {
    const first = this.LA(1);
    const indices: A.Ident[] = [];
    const restricted: A.Ident[] = [];
    const tuples: A.SymbolRef[] = [];
    const conds: A.Expr[] = [];
    const item = (r: { indices: A.Ident[]; cond?: A.SymbolRef; inner?: A.SymbolRef[] } | undefined) => {
      if (!r) return;
      indices.push(...r.indices);
      if (r.cond) {
        conds.push(r.cond, ...(r.inner ?? []));
        restricted.push(...r.indices);
        tuples.push(r.cond, ...(r.inner ?? []));
      }
    };
    this.OR([
      {
        ALT: () => {
          this.CONSUME(LParen);
          this.AT_LEAST_ONE_SEP({
            SEP: Comma,
            DEF: () => {
              const r = this.SUBRULE(this.bindItem);
              this.ACTION(() => item(r));
            },
          });
          this.CONSUME(RParen);
        },
      },
      {
        ALT: () => {
          const r = this.SUBRULE2(this.bindItem);
          this.ACTION(() => item(r));
        },
      },
    ]);
    this.OPTION(() => {
      this.CONSUME(Dollar);
      const c = this.SUBRULE(this.dollarCond);
      conds.push(c);
    });
    return this.ACTION((): A.IndexBinding => {
      const b: {
        span: Span;
        indices: A.Ident[];
        cond?: A.Expr;
        restricted?: A.Ident[];
        tuples?: A.SymbolRef[];
      } = {
        span: tokSpan(first, this.prev()),
        indices,
      };
      if (restricted.length) b.restricted = restricted;
      if (tuples.length) b.tuples = tuples;
      if (conds.length)
        b.cond = conds.reduce((a, c) => ({
          kind: 'Binary',
          op: 'and',
          left: a,
          right: c,
          span: nodeSpan(a, c),
        }));
      return b;
    });
  });

  /**
   * `i`, or `arc(i,j)`: indices i and j where arc(i,j). The arguments may be lagged (`vs(v,s+1)`:
   * indices v, s where vs(v,s+1)) or labels (`tn('time-2',n)`: index n; `p('maxret')`: none).
   */
  private bindItem = this.RULE(
    'bindItem',
    (): { indices: A.Ident[]; cond?: A.SymbolRef; inner?: A.SymbolRef[] } | undefined => {
      const t = this.CONSUME(Identifier);
      let args: RawArg[] | undefined;
      this.OPTION(() => {
        this.CONSUME(LParen);
        args = this.SUBRULE(this.refArgs);
        this.CONSUME(RParen);
      });
      return this.ACTION(() => {
        if (!args) return { indices: [ident(t)] };
        // `sum(zpos(i,t(tp)), ...)`: nested restrictions (see asRestriction).
        const call = args.some((a) => 'expr' in a)
          ? this.makeRef(t, undefined, args, this.prev(), true)
          : undefined;
        const nested = call && flattenRestriction(call);
        if (nested) return { indices: restrictedIndices(nested.ref), cond: nested.ref, inner: nested.inner };
        const cond = this.makeRef(t, undefined, args, this.prev());
        if (!cond || cond.kind !== 'Ref') return undefined;
        return { indices: restrictedIndices(cond), cond };
      });
    },
  );

  // -------------------------------------------------------------------------------------------
  // Expressions, lowest precedence first:
  // or xor eqv imp < and < not < relational < + - < * / < unary - + < $ < ** < primary

  expr = this.RULE('expr', (): A.Expr => {
    const terms = [this.SUBRULE(this.andExpr)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(OrKw) },
        { ALT: () => this.CONSUME(XorKw) },
        { ALT: () => this.CONSUME(EqvKw) },
        { ALT: () => this.CONSUME(ImpKw) },
      ]);
      this.ACTION(() => ops.push(lower(op) as A.BinaryOp));
      terms.push(this.SUBRULE2(this.andExpr));
    });
    return this.ACTION(() => buildChain(terms, ops));
  });

  private andExpr = this.RULE('andExpr', (): A.Expr => {
    const terms = [this.SUBRULE(this.notExpr)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      this.CONSUME(AndKw);
      ops.push('and');
      terms.push(this.SUBRULE2(this.notExpr));
    });
    return this.ACTION(() => buildChain(terms, ops));
  });

  private notExpr = this.RULE('notExpr', (): A.Expr =>
    this.OR({
      ERR_MSG: 'an expression',
      DEF: [
        {
          ALT: () => {
            const t = this.CONSUME(NotKw);
            const e = this.SUBRULE(this.notExpr);
            return this.ACTION((): A.Expr => ({
              kind: 'Unary',
              op: 'not',
              operand: e,
              span: span((t as Tok).file, t.startOffset, e.span.end),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.relExpr) },
      ],
    }),
  );

  private relExpr = this.RULE('relExpr', (): A.Expr => {
    let left = this.SUBRULE(this.addExpr);
    this.MANY(() => {
      const op = this.OR([
        { ALT: () => this.CONSUME(LtOp) },
        { ALT: () => this.CONSUME(LeOp) },
        { ALT: () => this.CONSUME(Equals) },
        { ALT: () => this.CONSUME(NeOp) },
        { ALT: () => this.CONSUME(GeOp) },
        { ALT: () => this.CONSUME(GtOp) },
        { ALT: () => this.CONSUME(ComparisonWord) },
      ]);
      const right = this.SUBRULE2(this.addExpr);
      left = this.ACTION(() => bin(relOp(op), left, right));
    });
    return left;
  });

  private addExpr = this.RULE('addExpr', (): A.Expr => {
    const terms = [this.SUBRULE(this.mulExpr)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(Plus) }, { ALT: () => this.CONSUME(Minus) }]);
      ops.push(op.image as A.BinaryOp);
      terms.push(this.SUBRULE2(this.mulExpr));
    });
    return this.ACTION(() => buildChain(terms, ops));
  });

  private mulExpr = this.RULE('mulExpr', (): A.Expr => {
    const terms = [this.SUBRULE(this.unaryExpr)];
    const ops: A.BinaryOp[] = [];
    this.MANY(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(Star) }, { ALT: () => this.CONSUME(Slash) }]);
      ops.push(op.image as A.BinaryOp);
      terms.push(this.SUBRULE2(this.unaryExpr));
    });
    return this.ACTION(() => buildChain(terms, ops));
  });

  unaryExpr = this.RULE('unaryExpr', (): A.Expr =>
    this.OR({
      ERR_MSG: 'an expression',
      DEF: [
        {
          ALT: () => {
            const op = this.OR2([{ ALT: () => this.CONSUME(Minus) }, { ALT: () => this.CONSUME(Plus) }]);
            const e = this.SUBRULE(this.unaryExpr);
            return this.ACTION((): A.Expr => ({
              kind: 'Unary',
              op: op.image as '-' | '+',
              operand: e,
              span: span((op as Tok).file, op.startOffset, e.span.end),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.dollarExpr) },
      ],
    }),
  );

  private dollarExpr = this.RULE('dollarExpr', (): A.Expr => {
    let value = this.SUBRULE(this.powExpr);
    this.MANY(() => {
      this.CONSUME(Dollar);
      const cond = this.SUBRULE(this.dollarCond);
      value = this.ACTION((): A.Expr => ({ kind: 'Dollar', value, cond, span: nodeSpan(value, cond) }));
    });
    return value;
  });

  /** The operand of `$`: binds tighter than `* /` (`b$c*d` is `(b$c)*d`); `$not c` allowed. */
  dollarCond = this.RULE('dollarCond', (): A.Expr =>
    this.OR({
      ERR_MSG: 'a condition',
      DEF: [
        {
          ALT: () => {
            const t = this.CONSUME(NotKw);
            const e = this.SUBRULE(this.dollarCond);
            return this.ACTION((): A.Expr => ({
              kind: 'Unary',
              op: 'not',
              operand: e,
              span: span((t as Tok).file, t.startOffset, e.span.end),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.powExpr) },
      ],
    }),
  );

  powExpr = this.RULE('powExpr', (): A.Expr => {
    let left = this.SUBRULE(this.primary);
    this.MANY(() => {
      this.CONSUME(Power);
      const right = this.SUBRULE(this.powOperand);
      left = this.ACTION(() => bin('**', left, right));
    });
    return left;
  });

  /** Exponent: a primary, optionally signed (`x**-2`). */
  private powOperand = this.RULE('powOperand', (): A.Expr =>
    this.OR({
      ERR_MSG: 'an exponent',
      DEF: [
        {
          ALT: () => {
            const op = this.OR2([{ ALT: () => this.CONSUME(Minus) }, { ALT: () => this.CONSUME(Plus) }]);
            const e = this.SUBRULE(this.powOperand);
            return this.ACTION((): A.Expr => ({
              kind: 'Unary',
              op: op.image as '-' | '+',
              operand: e,
              span: span((op as Tok).file, op.startOffset, e.span.end),
            }));
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ],
    }),
  );

  primary = this.RULE('primary', (): A.Expr =>
    this.OR({
      ERR_MSG: 'an expression',
      DEF: [
        {
          ALT: () => {
            const t = this.CONSUME(NumberLit);
            return this.ACTION((): A.Expr => ({ kind: 'Number', value: Number(t.image), span: tokSpan(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(StringLit);
            return this.ACTION((): A.Expr => ({
              kind: 'String',
              value: t.image.slice(1, -1),
              span: tokSpan(t),
            }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(LParen);
            const e = this.SUBRULE(this.expr);
            this.CONSUME(RParen);
            return e;
          },
        },
        {
          GATE: () => tokenMatcher(this.LA(2), Dot),
          ALT: () => {
            const f = this.CONSUME(FileKw);
            return this.SUBRULE2(this.fileAttrRef, { ARGS: [f] });
          },
        },
        {
          GATE: () => INDEXED_OPS.has(lower(this.LA(1))) && tokenMatcher(this.LA(2), LParen),
          ALT: () => this.SUBRULE(this.indexedOp),
        },
        {
          GATE: () => FUNCTION_NAMES.has(lower(this.LA(1))) && tokenMatcher(this.LA(2), LParen),
          ALT: () => this.SUBRULE(this.callExpr),
        },
        {
          GATE: () => {
            const w = lower(this.LA(1));
            return (
              (w in SPECIAL_VALUES || CLOCK_NAMES.has(w)) &&
              !tokenMatcher(this.LA(2), LParen) &&
              !tokenMatcher(this.LA(2), Dot)
            );
          },
          ALT: () => {
            const t = this.CONSUME(Identifier);
            return this.ACTION((): A.Expr => {
              const w = lower(t);
              if (CLOCK_NAMES.has(w)) return { kind: 'Call', span: tokSpan(t), fn: ident(t), args: [] };
              const sv = SPECIAL_VALUES[w];
              return { kind: 'Number', value: sv.value, special: sv.special, span: tokSpan(t) };
            });
          },
        },
        { ALT: () => this.SUBRULE(this.refOrCall) },
      ],
    }),
  );

  private indexedOp = this.RULE('indexedOp', (): A.Expr => {
    const op = this.CONSUME(Identifier);
    this.CONSUME(LParen);
    const binding = this.SUBRULE(this.binding);
    this.CONSUME(Comma);
    const body = this.SUBRULE(this.expr);
    this.CONSUME(RParen);
    return this.ACTION((): A.Expr => ({
      kind: 'Indexed',
      op: lower(op) as A.IndexedOp['op'],
      binding,
      body,
      span: tokSpan(op, this.prev()),
    }));
  });

  private callExpr = this.RULE('callExpr', (): A.Expr => {
    const fn = this.CONSUME(Identifier);
    this.CONSUME(LParen);
    const args: A.Expr[] = [];
    this.MANY_SEP({ SEP: Comma, DEF: () => args.push(this.SUBRULE(this.expr)) });
    this.CONSUME(RParen);
    return this.ACTION((): A.Expr => ({ kind: 'Call', fn: ident(fn), args, span: tokSpan(fn, this.prev()) }));
  });

  private refOrCall = this.RULE('refOrCall', (): A.Expr => {
    const name = this.CONSUME(Identifier);
    let attr: IToken | undefined;
    let args: RawArg[] | undefined;
    this.OPTION(() => {
      this.CONSUME(Dot);
      attr = this.CONSUME(AnyName);
    });
    this.OPTION2(() => {
      this.CONSUME(LParen);
      args = this.SUBRULE(this.refArgs);
      this.CONSUME(RParen);
    });
    return this.ACTION((): A.Expr => {
      const r = this.makeRef(name, attr, args, this.prev(), true);
      // After an E1076 the statement still needs an expression; the error already stops the run.
      return r ?? { kind: 'Number', value: 0, span: tokSpan(name, this.prev()) };
    });
  });
}

/** The names a restricting reference `arc(i,j)`, `vs(v,s+1)` controls (labels control nothing). */
function restrictedIndices(r: A.SymbolRef): A.Ident[] {
  const out: A.Ident[] = [];
  for (const a of r.indices ?? [])
    if (a.kind === 'IndexName' && !out.some((o) => o.name.toLowerCase() === a.name.name.toLowerCase()))
      out.push(a.name);
  return out;
}

/**
 * `arc(i,j)` written where an index goes (`d(arc(i,j))`, `eq(low(n,nn))..`): a restricting
 * reference; with nested restrictions (`pdef(zpos(i,t(tp)))..`) the outer one over the inner ones'
 * indices (zpos(i,tp)) and, in `inner`, the nested references (t(tp)).
 */
function asRestriction(a: RawArg): { ref: A.SymbolRef; inner: A.SymbolRef[] } | undefined {
  return 'expr' in a ? flattenRestriction(a.expr) : undefined;
}

function flattenRestriction(e: A.Expr, depth = 0): { ref: A.SymbolRef; inner: A.SymbolRef[] } | undefined {
  if (e.kind === 'Ref') return !e.attr && e.indices?.length ? { ref: e, inner: [] } : undefined;
  if (e.kind !== 'Call' || !e.args.length || depth > 8) return undefined;
  const indices: A.IndexArg[] = [];
  const inner: A.SymbolRef[] = [];
  for (const a of e.args) {
    const ix = exprAsIndex(a);
    if (ix) {
      indices.push(ix);
      continue;
    }
    const nested = flattenRestriction(a, depth + 1);
    if (!nested) return undefined;
    indices.push(...nested.ref.indices!);
    inner.push(nested.ref, ...nested.inner);
  }
  return { ref: { kind: 'Ref', name: e.fn, indices, span: e.span }, inner };
}

/** An argument expression that reads as an index: a name, a quoted label, a name with a lag. */
function exprAsIndex(a: A.Expr): A.IndexArg | undefined {
  if (a.kind === 'Ref' && !a.attr && !a.indices) return { kind: 'IndexName', name: a.name, span: a.span };
  if (a.kind === 'String')
    return {
      kind: 'IndexLabel',
      label: { name: a.value.trimEnd(), span: a.span, quoted: true },
      span: a.span,
    };
  if (
    a.kind === 'Binary' &&
    (a.op === '+' || a.op === '-') &&
    a.left.kind === 'Ref' &&
    !a.left.attr &&
    !a.left.indices
  )
    return { kind: 'IndexName', name: a.left.name, lag: { op: a.op, amount: a.right }, span: a.span };
  return undefined;
}

type Lag = NonNullable<A.IndexName['lag']>;
const num = (value: number, sp: Span): A.Expr => ({ kind: 'Number', value, span: sp });
/** A lag as a signed amount: `+ n` or `- n`. */
function signed(op: Lag['op'], amount: A.Expr): A.Expr {
  if (op === '+' || op === '++') return amount;
  if (amount.kind === 'Number') return num(-amount.value, amount.span);
  return { kind: 'Unary', op: '-', operand: amount, span: amount.span };
}

/**
 * Rewrite an equation whose domain entry is lagged (`kk(t+1)..`) as one over `t`: every `t` of
 * the body moves by the opposite amount (`k(t+1)` -> `k(t)`, `k(t)` -> `k(t-1)`, `ord(t)` ->
 * `ord(t) - 1`) and the rows keep the labels GAMS gives them; a linear lag adds the condition that
 * the shifted element exists (`ord(t) > 1`). Undefined when `t` is used in a way that cannot move
 * (a bare `t` in a call other than ord, a linear lag of t under a circular domain lag).
 */
function shiftDomain(
  dom: A.IndexName & { lag: Lag },
  exprs: (A.Expr | undefined)[],
): { exprs: (A.Expr | undefined)[]; exists?: A.Expr } | undefined {
  const name = dom.name.name.toLowerCase();
  const circular = dom.lag.op === '++' || dom.lag.op === '--';
  const d = signed(dom.lag.op, dom.lag.amount);
  const sp = dom.span;
  const minus = (a: A.Expr, b: A.Expr): A.Expr =>
    a.kind === 'Number' && b.kind === 'Number' ? num(a.value - b.value, sp) : bin('-', a, b);
  let ok = true;
  const lagOf = (l: Lag | undefined): Lag | undefined => {
    const bodyCircular = l !== undefined && (l.op === '++' || l.op === '--');
    if (circular && l && !bodyCircular) ok = false;
    // The same lag as the domain's (`k(t-n)` under `b(t-n)..`): the plain index.
    if (l && l.op === dom.lag.op && sameAmount(l.amount, dom.lag.amount)) return undefined;
    const amt = minus(l ? signed(l.op, l.amount) : num(0, sp), d);
    const circ = circular || bodyCircular;
    if (amt.kind === 'Number') {
      if (amt.value === 0) return undefined;
      return amt.value > 0
        ? { op: circ ? '++' : '+', amount: amt }
        : { op: circ ? '--' : '-', amount: num(-amt.value, amt.span) };
    }
    return { op: circ ? '++' : '+', amount: amt };
  };
  const isT = (e: A.Expr) => e.kind === 'Ref' && !e.indices && !e.attr && e.name.name.toLowerCase() === name;
  const shiftArg = (a: A.Expr): A.Expr | undefined => {
    const lagged = a.kind === 'Binary' && (a.op === '+' || a.op === '-') && isT(a.left);
    if (!isT(a) && !lagged) return undefined;
    const t = lagged ? (a as A.BinaryExpr).left : a;
    const l = lagOf(
      lagged ? { op: (a as A.BinaryExpr).op as '+' | '-', amount: (a as A.BinaryExpr).right } : undefined,
    );
    if (!l) return t;
    if (l.op === '++' || l.op === '--') ok = false;
    return {
      kind: 'Binary',
      op: l.op === '+' || l.op === '++' ? '+' : '-',
      left: t,
      right: l.amount,
      span: a.span,
    };
  };
  const walk = (e: A.Expr): A.Expr => {
    switch (e.kind) {
      case 'Number':
      case 'String':
        return e;
      case 'Ref': {
        if (isT(e) || (e.attr && e.name.name.toLowerCase() === name)) ok = false;
        if (!e.indices) return e;
        const indices = e.indices.map((ix): A.IndexArg => {
          if (ix.kind !== 'IndexName' || ix.name.name.toLowerCase() !== name) return ix;
          const lag = lagOf(ix.lag);
          const { lag: _, ...rest } = ix;
          return lag ? { ...rest, lag } : rest;
        });
        return { ...e, indices };
      }
      case 'Unary':
        return { ...e, operand: walk(e.operand) };
      case 'Binary':
        return { ...e, left: walk(e.left), right: walk(e.right) };
      case 'Dollar':
        return { ...e, value: walk(e.value), cond: walk(e.cond) };
      case 'Call':
        if (e.fn.name.toLowerCase() === 'ord' && e.args.length === 1 && isT(e.args[0])) {
          if (circular) ok = false;
          return bin('-', e, d);
        }
        // `ln(t+1)` with `ln` a declared variable (an intrinsic's name, which the checker reads as
        // a reference): its arguments t and t±n are indices and shift as indices do.
        if (setFunctions.has(e.fn.name.toLowerCase())) return { ...e, args: e.args.map(walk) };
        return { ...e, args: e.args.map((a) => shiftArg(a) ?? walk(a)) };
      case 'Indexed': {
        const b = e.binding;
        const binding = b.cond ? { ...b, cond: walk(b.cond) } : b;
        return { ...e, binding, body: walk(e.body) };
      }
    }
  };
  const out = exprs.map((e) => (e ? walk(e) : undefined));
  if (!ok) return undefined;
  if (circular) return { exprs: out };
  const t: A.Expr = { kind: 'Ref', name: dom.name, span: dom.name.span };
  const ord: A.Expr = { kind: 'Call', fn: { name: 'ord', span: sp }, args: [t], span: sp };
  const card: A.Expr = { kind: 'Call', fn: { name: 'card', span: sp }, args: [t], span: sp };
  // t+d in the domain: the rows are t with ord(t) > d; t-d: those with ord(t) <= card(t) - d.
  const exists =
    dom.lag.op === '+' ? bin('gt', ord, dom.lag.amount) : bin('le', ord, bin('-', card, dom.lag.amount));
  return { exprs: out, exists };
}

/** Functions of sets, whose arguments are not indices of a reference. */
const setFunctions = new Set(['sameas', 'card', 'ord', 'diag']);

function sameAmount(a: A.Expr, b: A.Expr): boolean {
  if (a.kind === 'Number' && b.kind === 'Number') return a.value === b.value;
  return (
    a.kind === 'Ref' &&
    b.kind === 'Ref' &&
    !a.indices &&
    !b.indices &&
    !a.attr &&
    !b.attr &&
    a.name.name.toLowerCase() === b.name.name.toLowerCase()
  );
}

/** `a and b`, or the one that is there. */
function andCond(a: A.Expr | undefined, b: A.Expr | undefined): A.Expr | undefined {
  if (!a) return b;
  if (!b) return a;
  return bin('and', a, b);
}

function bin(op: A.BinaryOp, left: A.Expr, right: A.Expr): A.Expr {
  return { kind: 'Binary', op, left, right, span: nodeSpan(left, right) };
}

/** An index argument read back as an expression (for a Call built from `name(i, 3)`). */
function indexToExpr(ix: A.IndexArg): A.Expr {
  if (ix.kind === 'IndexLabel') return { kind: 'String', value: ix.label.name, span: ix.span };
  const ref: A.Expr = { kind: 'Ref', name: ix.name, span: ix.name.span };
  if (!ix.lag) return ref;
  const op = ix.lag.op === '+' || ix.lag.op === '++' ? '+' : '-';
  return { kind: 'Binary', op, left: ref, right: ix.lag.amount, span: ix.span };
}

let instance: EmdParser | undefined;
let snapshot: GrammarSnapshot | undefined;

/**
 * A grammar snapshot for the parser to start from (the CLI reads the one the build wrote beside the
 * bundle): the next parse builds the parser from it, or from scratch when it is of another grammar.
 */
export function useGrammarSnapshot(s: GrammarSnapshot | undefined): void {
  snapshot = s;
  instance = undefined;
}

/** True when the parser in use was restored from a snapshot. */
export function parserRestored(): boolean {
  return instance?.restored === true;
}

/** The one parser instance (Chevrotain's grammar analysis runs once; `input` is reset per statement). */
export function getParser(): EmdParser {
  instance ??= new EmdParser(false, snapshot);
  return instance;
}

/** The grammar analysis of a parser built from scratch (the build stores it beside the bundle). */
export function grammarSnapshot(): GrammarSnapshot {
  return new EmdParser().snapshot();
}
