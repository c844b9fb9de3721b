// EMD/GAMS highlighting for CodeMirror 6: a StreamLanguage tokenizer whose keyword, function and
// model-type lists come from the grammar (grammar/tokens.ts, grammar/parser.ts), so the editor
// colours exactly the words the parser knows. Also a completion source over the same lists.
// Imports grammar/ and @codemirror/*.
import { HighlightStyle, StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';
import type { TokenType } from 'chevrotain';
import {
  keywords,
  DeclKeyword,
  StatementKeyword,
  AndKw,
  OrKw,
  XorKw,
  EqvKw,
  ImpKw,
  NotKw,
  LtKw,
  LeKw,
  EqKw,
  NeKw,
  GeKw,
  GtKw,
} from '../../grammar/tokens.ts';
import { FUNCTION_NAMES, MODEL_TYPES } from '../../grammar/parser.ts';

type Style = 'definitionKeyword' | 'controlKeyword' | 'operatorKeyword' | 'keyword';

const operatorWords: readonly TokenType[] = [
  AndKw,
  OrKw,
  XorKw,
  EqvKw,
  ImpKw,
  NotKw,
  LtKw,
  LeKw,
  EqKw,
  NeKw,
  GeKw,
  GtKw,
];

/** Each keyword's whole-word pattern (`/sets?/i` accepts `set` and `sets`) and its style. */
const keywordTable: readonly { re: RegExp; style: Style; label: string }[] = keywords.map((t) => {
  const src = (t.PATTERN as RegExp).source;
  const cats = t.CATEGORIES ?? [];
  const style: Style = cats.includes(DeclKeyword)
    ? 'definitionKeyword'
    : cats.includes(StatementKeyword)
      ? 'controlKeyword'
      : operatorWords.includes(t)
        ? 'operatorKeyword'
        : 'keyword';
  return {
    re: new RegExp(`^(?:${src})$`, 'i'),
    style,
    label: src.replace(/.\?/g, '').replace(/[^a-z]/gi, ''),
  };
});

/** Words GAMS lets users reuse as names but that read as keywords in context. */
const contextWords = new Set([
  'all',
  'inf',
  'eps',
  'na',
  'yes',
  'no',
  'sum',
  'prod',
  'smin',
  'smax',
  'ord',
  'card',
  'sameas',
  'minimize',
  'maximize',
]);
const indexedOps = new Set(['sum', 'prod', 'smin', 'smax']);
const modelTypes = new Set<string>(MODEL_TYPES);
const attributes = new Set([
  'l',
  'm',
  'lo',
  'up',
  'fx',
  'scale',
  'prior',
  'modelstat',
  'solvestat',
  'objval',
  'iterusd',
  'resusd',
  'numequ',
  'numvar',
  'numnz',
  'optfile',
  'holdfixed',
  'solprint',
  'limrow',
  'limcol',
  'reslim',
  'iterlim',
  'workspace',
  'val',
  'len',
  'off',
  'tl',
  'te',
  'ts',
  'pw',
  'nd',
  'nw',
  'nr',
  'lw',
  'ap',
  'pc',
]);

export function keywordStyle(word: string): Style | undefined {
  for (const k of keywordTable) if (k.re.test(word)) return k.style;
  return undefined;
}

/**
 * Where a declaration statement is: `item` expects a name, `name` has seen one (a domain, text,
 * data or the next item may follow), `domain` is inside its parentheses, `data` between slashes,
 * `table` in a table's body (no explanatory text there). `none` outside declarations.
 */
type Decl = 'none' | 'item' | 'name' | 'domain' | 'data' | 'table';

interface State {
  /** Inside $ontext ... $offtext. */
  block: boolean;
  /** The rest of a `$` control line. */
  dollarLine: boolean;
  /** The previous token was a `.` right after a name or a closing bracket. */
  afterDot: boolean;
  /** The previous word (lower case), for model types after `using`. */
  prevWord: string;
  /** The previous token ended with a name, a number or a closing bracket. */
  afterValue: boolean;
  decl: Decl;
  /** Parenthesis depth inside a declaration's domain. */
  depth: number;
  /** The declaration is a table: its body starts on the next line. */
  tableHead: boolean;
}

const wordChar = /[A-Za-z0-9_]/;

export const emdParser: StreamParser<State> = {
  name: 'emd',
  startState: () => ({
    block: false,
    dollarLine: false,
    afterDot: false,
    prevWord: '',
    afterValue: false,
    decl: 'none',
    depth: 0,
    tableHead: false,
  }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (stream.sol()) {
      state.dollarLine = false;
      state.afterDot = false;
      // A new line starts a new item of a declaration, or a table's body.
      if (state.tableHead) {
        state.tableHead = false;
        state.decl = 'table';
      } else if (state.decl === 'name') state.decl = 'item';
    }
    if (state.block) {
      if (stream.sol() && stream.match(/^\$offtext\b/i)) {
        state.block = false;
        return 'processingInstruction';
      }
      stream.skipToEnd();
      return 'blockComment';
    }
    if (stream.sol()) {
      if (stream.peek() === '*') {
        stream.skipToEnd();
        return 'lineComment';
      }
      if (stream.match(/^\$ontext\b/i)) {
        state.block = true;
        return 'processingInstruction';
      }
      if (stream.match(/^\$[A-Za-z]+/)) {
        state.dollarLine = true;
        return 'processingInstruction';
      }
    }
    if (stream.eatSpace()) return null;
    if (state.dollarLine) {
      stream.skipToEnd();
      return 'meta';
    }
    const afterDot = state.afterDot;
    state.afterDot = false;
    const ch = stream.peek()!;
    const d = declToken(stream, state, ch);
    if (d !== undefined) return d;
    // A quote opens a string only when no word character precedes it (`Plant's` is text).
    if ((ch === "'" || ch === '"') && !wordChar.test(stream.string.charAt(stream.pos - 1))) {
      stream.next();
      while (!stream.eol()) if (stream.next() === ch) break;
      state.afterValue = true;
      return 'string';
    }
    if (stream.match(/^=[eEgGlLnNxXcCbB]=/)) {
      state.afterValue = false;
      return 'compareOperator';
    }
    if (stream.match('..')) {
      state.afterValue = false;
      return 'definitionOperator';
    }
    if (stream.match(/^(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?/)) {
      state.afterValue = true;
      return 'number';
    }
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) {
      const word = stream.current();
      const lower = word.toLowerCase();
      const prev = state.prevWord;
      state.prevWord = lower;
      state.afterValue = true;
      if (afterDot && attributes.has(lower)) return 'propertyName';
      if (prev === 'using' && modelTypes.has(lower)) return 'typeName';
      const k = keywordStyle(word);
      if (k) {
        state.afterValue = false;
        if (k === 'definitionKeyword') {
          const alias = lower === 'alias';
          state.decl = alias ? 'none' : 'item';
          state.tableHead = lower === 'table';
        }
        return k;
      }
      if (state.decl === 'item') {
        state.decl = 'name';
        return 'variableName.definition';
      }
      if (indexedOps.has(lower) || (FUNCTION_NAMES.has(lower) && stream.match(/^\s*\(/, false)))
        return 'variableName.standard';
      if (contextWords.has(lower)) return 'atom';
      return 'variableName';
    }
    if (ch === '.') {
      stream.next();
      state.afterDot = state.afterValue;
      state.afterValue = false;
      return 'punctuation';
    }
    if (stream.match(/^(\*\*|<=|>=|<>|[-+*/=<>$])/)) {
      state.afterValue = false;
      return 'operator';
    }
    stream.next();
    if (ch === ')' || ch === ']' || ch === '}') {
      state.afterValue = true;
      return 'paren';
    }
    state.afterValue = false;
    if (ch === '(' || ch === '[' || ch === '{') return 'paren';
    if (ch === ';' || ch === ',') return 'separator';
    return null;
  },
  languageData: { commentTokens: { line: '*' } },
};

/**
 * Declarations: the explanatory text after a declared name (unquoted, up to `/`, `,`, `;` or the
 * end of the line) and the `/ ... /` data lists. Returns undefined when the ordinary rules apply.
 */
function declToken(stream: StringStream, state: State, ch: string): string | null | undefined {
  if (state.decl === 'none') return undefined;
  if (ch === ';') {
    state.decl = 'none';
    state.tableHead = false;
    return undefined;
  }
  switch (state.decl) {
    case 'data':
      if (ch === '/') {
        stream.next();
        state.decl = 'name';
        return 'punctuation';
      }
      return label(stream);
    case 'table':
      return label(stream);
    case 'item':
      // A data list that starts on the line after the name (`a(i) text` newline `/ x 1 /`).
      if (ch === '/') {
        stream.next();
        state.decl = 'data';
        return 'punctuation';
      }
      return undefined;
    case 'domain':
      if (ch === '(' || ch === '[') state.depth++;
      if ((ch === ')' || ch === ']') && --state.depth === 0) state.decl = 'name';
      return undefined;
    case 'name':
      if (ch === '/') {
        stream.next();
        state.decl = 'data';
        return 'punctuation';
      }
      if (ch === '(' || ch === '[') {
        state.decl = 'domain';
        state.depth = 1;
        stream.next();
        return 'paren';
        return undefined;
      }
      if (ch === ',') {
        state.decl = 'item';
        return undefined;
      }
      if (ch === "'" || ch === '"') return undefined;
      // Explanatory text: GAMS ends unquoted text at these characters and at the line's end.
      stream.match(/^[^/,;]*/);
      return 'docComment';
    default:
      return undefined;
  }
}

/** A label in data (`san-diego`, `new-york`): one token with its `-` and `+`. */
function label(stream: StringStream): string | undefined {
  return stream.match(/^[A-Za-z_][A-Za-z0-9_]*(?:[-+][A-Za-z0-9_]+)*/) ? 'variableName' : undefined;
}

export const emdLanguage = StreamLanguage.define(emdParser);

/** Colours close to the GAMS IDE's: declarations bold, text and comments muted. */
export const emdHighlightStyle = HighlightStyle.define([
  { tag: t.definitionKeyword, color: '#7a1fa2', fontWeight: '600' },
  { tag: t.controlKeyword, color: '#0b57d0', fontWeight: '600' },
  { tag: [t.keyword, t.operatorKeyword], color: '#0b57d0' },
  { tag: t.definition(t.variableName), color: '#1d1f21', fontWeight: '600' },
  { tag: t.standard(t.variableName), color: '#00796b' },
  { tag: t.typeName, color: '#b3261e', fontWeight: '600' },
  { tag: t.propertyName, color: '#b3261e' },
  { tag: t.atom, color: '#8a5a00' },
  { tag: t.number, color: '#116644' },
  { tag: t.string, color: '#a31515' },
  { tag: t.docComment, color: '#5f6b7a', fontStyle: 'italic' },
  { tag: [t.lineComment, t.blockComment], color: '#8a8f98', fontStyle: 'italic' },
  { tag: [t.processingInstruction, t.meta], color: '#b05d00' },
  { tag: [t.compareOperator, t.definitionOperator], color: '#b3261e', fontWeight: '600' },
]);
