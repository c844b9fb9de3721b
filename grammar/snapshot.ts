// A snapshot of the parser's grammar analysis: the recorded rules (Chevrotain's GAST), the
// follow sets of error recovery and the LL(k) lookahead paths of every OR, OPTION and MANY, as
// JSON with token types by name. Constructing the parser records the grammar by running every
// rule once and derives the rest from it, the largest part of an `emd check`'s start-up; the
// build (scripts/build.mjs) writes a snapshot beside the bundle, and a process that restores it
// skips that work (grammar/parser.ts, `useGrammarSnapshot`). Also the lookahead functions built
// from stored paths (the same three forms as Chevrotain's LL(k) strategy). Imports chevrotain.
import {
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  getLookaheadPaths,
  tokenMatcher,
  type IOrAlt,
  type IProduction,
  type IToken,
  type LookaheadProductionType,
  type TokenType,
} from 'chevrotain';

/** One GAST node: its class (`t`), its scalar fields, its children and its token types by name. */
interface SerialNode {
  t: string;
  def?: SerialNode[];
  /** Terminal: the token type. */
  tok?: string;
  /** MANY_SEP / AT_LEAST_ONE_SEP: the separator. */
  sep?: string;
  props: Record<string, string | number | boolean>;
}

export interface GrammarSnapshot {
  readonly version: 1;
  /** Names of the parser's token types and rules, in order: a snapshot of another grammar is refused. */
  readonly tokens: readonly string[];
  readonly ruleNames: readonly string[];
  readonly rules: readonly SerialNode[];
  /** Chevrotain's resync follows (error recovery), keyed as Chevrotain keys them. */
  readonly follows: Readonly<Record<string, readonly string[]>>;
  /** `rule|production type|occurrence` → the lookahead paths of each alternative. */
  readonly lookahead: Readonly<Record<string, readonly (readonly (readonly string[])[])[]>>;
}

type GastClass = new (o: { definition: IProduction[] } & Record<string, unknown>) => IProduction;
const CLASSES: readonly [string, GastClass][] = [
  ['Rule', Rule as unknown as GastClass],
  ['NonTerminal', NonTerminal as unknown as GastClass],
  ['Alternative', Alternative as unknown as GastClass],
  ['Alternation', Alternation as unknown as GastClass],
  ['Option', Option as unknown as GastClass],
  ['Repetition', Repetition as unknown as GastClass],
  ['RepetitionMandatory', RepetitionMandatory as unknown as GastClass],
  ['RepetitionWithSeparator', RepetitionWithSeparator as unknown as GastClass],
  ['RepetitionMandatoryWithSeparator', RepetitionMandatoryWithSeparator as unknown as GastClass],
  ['Terminal', Terminal as unknown as GastClass],
];
const classByName = new Map(CLASSES);
/** Fields that hold nodes or token types (stored apart) or a resolved reference (rebuilt). */
const STRUCTURAL = new Set(['_definition', 'definition', 'terminalType', 'separator', 'referencedRule']);

/** Productions that get a lookahead function, by their Chevrotain type name. */
const LOOKAHEAD_TYPES: ReadonlySet<string> = new Set([
  'Alternation',
  'Option',
  'Repetition',
  'RepetitionMandatory',
  'RepetitionWithSeparator',
  'RepetitionMandatoryWithSeparator',
]);

interface ProdFields {
  definition?: IProduction[];
  terminalType?: TokenType;
  separator?: TokenType;
  idx?: number;
  maxLookahead?: number;
}

function serializeNode(p: IProduction): SerialNode {
  const entry = CLASSES.find(([, C]) => p.constructor === C);
  if (!entry) throw new Error(`grammar snapshot: unknown production ${p.constructor.name}`);
  const f = p as IProduction & ProdFields;
  const props: SerialNode['props'] = {};
  for (const [k, v] of Object.entries(p))
    if (!STRUCTURAL.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
      props[k] = v;
  const out: SerialNode = { t: entry[0], props };
  if (f.terminalType) out.tok = f.terminalType.name;
  if (f.separator) out.sep = f.separator.name;
  if (entry[0] !== 'Terminal' && entry[0] !== 'NonTerminal')
    out.def = (f.definition ?? []).map(serializeNode);
  return out;
}

function deserializeNode(n: SerialNode, tokens: ReadonlyMap<string, TokenType>): IProduction {
  const C = classByName.get(n.t);
  if (!C) throw new Error(`grammar snapshot: unknown production ${n.t}`);
  const tok = (name: string) => {
    const t = tokens.get(name);
    if (!t) throw new Error(`grammar snapshot: unknown token ${name}`);
    return t;
  };
  const o: { definition: IProduction[] } & Record<string, unknown> = {
    definition: (n.def ?? []).map((c) => deserializeNode(c, tokens)),
  };
  if (n.tok !== undefined) o.terminalType = tok(n.tok);
  if (n.sep !== undefined) o.separator = tok(n.sep);
  return Object.assign(new C(o), n.props);
}

/** Visit every production of a rule (not into the rules it references), parents first. */
function eachProduction(p: IProduction, f: (p: IProduction) => void): void {
  f(p);
  if (!(p instanceof NonTerminal)) for (const c of (p as ProdFields).definition ?? []) eachProduction(c, f);
}

const lookaheadKey = (rule: string, type: string, occurrence: number) => `${rule}|${type}|${occurrence}`;

/**
 * The snapshot of a parser just constructed (without one): `rules` its recorded grammar in
 * definition order, `follows` its resync follows, `maxLookahead` the parser's default. Computes
 * every lookahead path (the work a parser without a snapshot does lazily, on first use).
 */
export function takeSnapshot(
  tokenTypes: readonly TokenType[],
  rules: readonly Rule[],
  follows: Readonly<Record<string, readonly TokenType[]>>,
  maxLookahead: number,
): GrammarSnapshot {
  const lookahead: Record<string, string[][][]> = {};
  for (const rule of rules)
    eachProduction(rule, (p) => {
      const type = CLASSES.find(([, C]) => p.constructor === C)![0];
      if (!LOOKAHEAD_TYPES.has(type)) return;
      const f = p as IProduction & ProdFields;
      const paths = getLookaheadPaths({
        occurrence: f.idx!,
        rule,
        prodType: type as LookaheadProductionType,
        maxLookahead: f.maxLookahead || maxLookahead,
      });
      lookahead[lookaheadKey(rule.name, type, f.idx!)] = paths.map((alt) =>
        alt.map((path) => path.map((t) => t.name)),
      );
    });
  return {
    version: 1,
    tokens: tokenTypes.map((t) => t.name),
    ruleNames: rules.map((r) => r.name),
    rules: rules.map(serializeNode),
    follows: Object.fromEntries(Object.entries(follows).map(([k, ts]) => [k, ts.map((t) => t.name)])),
    lookahead,
  };
}

/** A snapshot read back against the live token types; undefined when it is of another grammar. */
export interface RestoredGrammar {
  readonly rules: ReadonlyMap<string, Rule>;
  readonly follows: Record<string, TokenType[]>;
  /** The stored paths of one production, or undefined (then computed as usual). */
  paths(rule: string, type: string, occurrence: number): TokenType[][][] | undefined;
}

export function restoreSnapshot(
  s: GrammarSnapshot,
  tokenTypes: readonly TokenType[],
  ruleNames: readonly string[],
): RestoredGrammar | undefined {
  if (
    s.version !== 1 ||
    s.tokens.length !== tokenTypes.length ||
    s.tokens.some((n, i) => n !== tokenTypes[i].name) ||
    s.ruleNames.length !== ruleNames.length ||
    s.ruleNames.some((n, i) => n !== ruleNames[i])
  )
    return undefined;
  const tokens = new Map(tokenTypes.map((t) => [t.name, t]));
  const byName = (names: readonly string[]) => names.map((n) => tokens.get(n)!);
  return {
    rules: new Map(s.rules.map((r) => [String(r.props.name), deserializeNode(r, tokens) as Rule])),
    follows: Object.fromEntries(Object.entries(s.follows).map(([k, ns]) => [k, byName(ns)])),
    paths(rule, type, occurrence) {
      const p = s.lookahead[lookaheadKey(rule, type, occurrence)];
      return p?.map((alt) => alt.map(byName));
    },
  };
}

/** What the lookahead functions read of the parser. */
interface Lookahead {
  LA(k: number): IToken;
}

/** The token types a one-token lookahead accepts, by index (categories expanded). */
function firstTokenIndex<T>(types: readonly TokenType[], value: (i: number) => T, out: T[], k = 0): T[] {
  for (const t of types) {
    out[t.tokenTypeIdx!] ??= value(k);
    for (const sub of t.categoryMatches ?? []) out[sub] ??= value(k);
  }
  return out;
}

/** True when the path `path` matches the next tokens. */
function matches(p: Lookahead, path: readonly TokenType[]): boolean {
  for (let i = 0; i < path.length; i++) if (!tokenMatcher(p.LA(i + 1), path[i])) return false;
  return true;
}

/** The lookahead function of an OR: the index of the first alternative whose paths match. */
export function alternationLookahead(
  alts: readonly TokenType[][][],
  hasPredicates: boolean,
): (this: Lookahead, orAlts?: IOrAlt<unknown>[]) => number | undefined {
  if (hasPredicates)
    return function (this: Lookahead, orAlts) {
      for (let t = 0; t < alts.length; t++) {
        const gate = orAlts?.[t]?.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        if (alts[t].some((path) => matches(this, path))) return t;
      }
      return undefined;
    };
  if (alts.every((alt) => alt.every((path) => path.length === 1))) {
    const choice: number[] = [];
    alts.forEach((alt, k) => firstTokenIndex(alt.flat(), (i) => i, choice, k));
    return function (this: Lookahead) {
      return choice[this.LA(1).tokenTypeIdx];
    };
  }
  return function (this: Lookahead) {
    for (let t = 0; t < alts.length; t++) if (alts[t].some((path) => matches(this, path))) return t;
    return undefined;
  };
}

/** The lookahead function of an OPTION, MANY or AT_LEAST_ONE: whether one of its paths matches. */
export function optionalLookahead(paths: readonly TokenType[][]): (this: Lookahead) => boolean {
  if (paths.every((path) => path.length === 1)) {
    const accepts = firstTokenIndex(paths.flat(), () => true, [] as boolean[]);
    return function (this: Lookahead) {
      return accepts[this.LA(1).tokenTypeIdx] === true;
    };
  }
  return function (this: Lookahead) {
    return paths.some((path) => matches(this, path));
  };
}
