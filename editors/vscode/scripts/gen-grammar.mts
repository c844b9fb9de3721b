// Generates syntaxes/emd.tmLanguage.json (the TextMate grammar of the VS Code extension) from the
// keyword tokens of grammar/tokens.ts and the function table of grammar/parser.ts, so highlighting
// follows the language. Run: npx tsx editors/vscode/scripts/gen-grammar.mts (test/lsp.test.ts checks
// that the committed grammar is this script's output). Imports grammar/ only.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeclKeyword, keywords } from '../../../grammar/tokens.ts';
import { FUNCTION_NAMES, MODEL_TYPES } from '../../../grammar/parser.ts';

/** Keywords that are operators (`and`, `le`...) rather than statements. */
const OPERATOR_TOKENS = new Set(['AndKw', 'OrKw', 'XorKw', 'EqvKw', 'ImpKw', 'NotKw', 'LtKw', 'LeKw', 'EqKw', 'NeKw', 'GeKw', 'GtKw']);

/** Spellings of a keyword pattern: `sets?` is set and sets. */
function spellings(re: RegExp): string[] {
  const m = /^([a-z]+)(s\?)?$/.exec(re.source);
  if (!m) throw new Error(`keyword pattern ${re} is not a word with an optional plural s`);
  return m[2] ? [m[1], m[1] + 's'] : [m[1]];
}

const words = (ws: Iterable<string>) => [...new Set(ws)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const alt = (ws: Iterable<string>) => words(ws).join('|');

export function buildGrammar(): Record<string, unknown> {
  const decl: string[] = [];
  const stmt: string[] = [];
  const op: string[] = [];
  for (const t of keywords) {
    const ws = spellings(t.PATTERN as RegExp);
    if (OPERATOR_TOKENS.has(t.name)) op.push(...ws);
    else if ((t.CATEGORIES ?? []).includes(DeclKeyword)) decl.push(...ws);
    else stmt.push(...ws);
  }
  const fns = ['sum', 'prod', 'smin', 'smax', ...FUNCTION_NAMES];
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'EMD',
    scopeName: 'source.emd',
    fileTypes: ['emd', 'gms'],
    patterns: [
      { include: '#ontext' },
      { include: '#comment-line' },
      { include: '#directive' },
      { include: '#eol-comment' },
      { include: '#strings' },
      { include: '#relations' },
      { include: '#definition' },
      { include: '#model-types' },
      { include: '#declaration-keywords' },
      { include: '#statement-keywords' },
      { include: '#operator-keywords' },
      { include: '#functions' },
      { include: '#special-values' },
      { include: '#attributes' },
      { include: '#numbers' },
      { include: '#operators' },
    ],
    repository: {
      ontext: {
        name: 'comment.block.emd',
        begin: '(?i)^\\$\\s*ontext\\b.*$',
        end: '(?i)^\\$\\s*offtext\\b.*$',
      },
      'comment-line': { name: 'comment.line.asterisk.emd', match: '^\\*.*$' },
      directive: {
        name: 'meta.preprocessor.emd',
        match: '^(\\$\\s*[A-Za-z][A-Za-z0-9_.]*)(.*)$',
        captures: { '1': { name: 'keyword.control.directive.emd' }, '2': { name: 'string.unquoted.directive.emd' } },
      },
      'eol-comment': { name: 'comment.line.double-bang.emd', match: '!!.*$' },
      strings: {
        patterns: [
          { name: 'string.quoted.single.emd', match: "(?<![A-Za-z0-9_])'[^'\\n]*'" },
          { name: 'string.quoted.double.emd', match: '(?<![A-Za-z0-9_])"[^"\\n]*"' },
        ],
      },
      relations: { name: 'keyword.operator.relation.emd', match: '(?i)=[egln]=' },
      definition: { name: 'keyword.operator.definition.emd', match: '\\.\\.' },
      'declaration-keywords': { name: 'storage.type.declaration.emd', match: `(?i)\\b(?:${alt(decl)})\\b` },
      'statement-keywords': { name: 'keyword.control.emd', match: `(?i)\\b(?:${alt(stmt)})\\b` },
      'operator-keywords': { name: 'keyword.operator.word.emd', match: `(?i)\\b(?:${alt(op)})\\b` },
      functions: { name: 'support.function.emd', match: `(?i)\\b(?:${alt(fns)})\\b(?=\\s*[(\\[{])` },
      'model-types': {
        match: `(?i)\\b(using)\\s+(${alt(MODEL_TYPES)})\\b`,
        captures: { '1': { name: 'keyword.control.emd' }, '2': { name: 'support.constant.model-type.emd' } },
      },
      'special-values': { name: 'constant.language.emd', match: '(?i)\\b(?:inf|eps|na|yes|no|all)\\b' },
      attributes: {
        name: 'variable.other.property.emd',
        match:
          '(?i)(?<=[A-Za-z0-9_])\\.(?:lo|up|fx|l|m|scale|prior|modelstat|solvestat|objval|iterusd|resusd|numequ|numvar|numnz)\\b',
      },
      numbers: { name: 'constant.numeric.emd', match: '(?<![A-Za-z_])(?:\\d+(?:\\.(?!\\.)\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?' },
      operators: { name: 'keyword.operator.emd', match: '\\*\\*|[-+*/$<>=]' },
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../syntaxes/emd.tmLanguage.json', import.meta.url));
  writeFileSync(out, JSON.stringify(buildGrammar(), null, 2) + '\n');
  console.log(`wrote ${out}`);
}
