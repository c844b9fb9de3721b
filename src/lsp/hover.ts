// Hover on what is not a symbol name: an attribute (`x.l`), a built-in (`sum`, `sqrt`), a keyword
// and a label (`seattle`: the sets it belongs to). Symbol names are hoverText's (analysis.ts).
// Imports lsp/analysis.ts, bind/, ops/ (the function table) and text/.
import { setList, type Sym } from '../bind/symbols.ts';
import type { SourceFile, Span } from '../text/source-file.ts';
import { functions } from '../ops/functions.ts';
import { hoverText, keywordWords, type Analysis } from './analysis.ts';

const ATTRIBUTE: Record<string, string> = {
  l: 'level: the value in the last solution (or the starting point)',
  lo: 'lower bound',
  up: 'upper bound',
  fx: 'fixed value: sets both bounds and the level',
  m: 'marginal: the dual value (reduced cost of a variable, shadow price of an equation)',
  scale: 'scale factor',
  prior: 'branching priority (integer variables)',
  modelstat: 'model status of the last solve (1 optimal, 2 locally optimal, 4 infeasible...)',
  solvestat: 'solver status of the last solve (1 normal completion...)',
  objval: 'objective value of the last solve',
  iterusd: 'iterations used by the last solve',
  resusd: 'seconds used by the last solve',
  numequ: 'number of equations of the last solve',
  numvar: 'number of variables of the last solve',
  numnz: 'number of nonzeros of the last solve',
  handle: 'handle of an asynchronous solve (solveLink 3 or 6)',
};

const INDEXED: Record<string, string> = {
  sum: 'sum(index, expression): the sum of the expression over the index set (0 when empty).',
  prod: 'prod(index, expression): the product of the expression over the index set (1 when empty).',
  smin: 'smin(index, expression): the smallest value over the index set (+inf when empty).',
  smax: 'smax(index, expression): the largest value over the index set (-inf when empty).',
};

const KEYWORD: Record<string, string> = {
  set: 'declares sets: the index spaces of the model, with their elements.',
  alias: 'gives a set a second name, to index it twice (`alias (i,ii)`).',
  parameter: 'declares parameters: data indexed by sets.',
  scalar: 'declares scalar parameters: data without an index.',
  table: 'declares a parameter with its data as a two-dimensional table.',
  variable: 'declares variables: the unknowns of the model (free unless a type precedes).',
  positive: 'variables bounded below by 0.',
  negative: 'variables bounded above by 0.',
  binary: 'variables that take 0 or 1.',
  integer: 'variables that take integer values.',
  free: 'variables without bounds.',
  equation: 'declares equations; `name(i) .. lhs =e= rhs;` defines them.',
  model: 'groups equations into a model (`/all/` or a list).',
  solve: 'solves a model: `solve m using lp minimizing z;`.',
  using: 'names the model type of a solve (lp, mip, nlp, ...).',
  minimizing: 'the objective variable to minimize.',
  maximizing: 'the objective variable to maximize.',
  display: 'writes the values of symbols to the listing.',
  option: 'sets an option: solver choice, limits, display layout.',
  loop: 'repeats statements for every element of a set: `loop(i, ...);`.',
  if: 'runs statements when a condition holds: `if(c, ... else ...);`.',
  while: 'repeats statements while a condition holds.',
  repeat: 'repeats statements until a condition holds.',
  for: 'counts a scalar from one value to another: `for(s = 1 to 10, ...);`.',
  abort: 'stops the run with a message (when its condition holds).',
  file: 'declares a put file.',
  put: 'writes text and values to the current put file.',
};

/** The word around `offset`: letters, digits, `_`, and `-`/`+` inside labels. */
function wordAt(text: string, offset: number, label: boolean): { start: number; end: number } | undefined {
  const ch = label ? /[A-Za-z0-9_+-]/ : /[A-Za-z0-9_]/;
  let s = offset;
  while (s > 0 && ch.test(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && ch.test(text[e])) e++;
  return e > s ? { start: s, end: e } : undefined;
}

export interface Hover {
  readonly text: string;
  readonly span: Span;
}

/** Markdown for the hover at `offset`; `where` writes a declaration's place (a link). */
export function hoverAt(
  an: Analysis,
  file: SourceFile,
  offset: number,
  where?: (sp: Span) => string,
): Hover | undefined {
  const sym = hoverText(an, file, offset, where);
  if (sym) return sym;
  const text = file.text;
  const w = wordAt(text, offset, false);
  if (w) {
    const word = text.slice(w.start, w.end);
    const key = word.toLowerCase();
    const span = { file, start: w.start, end: w.end };
    // `x.l`: an attribute after a symbol name.
    if (text[w.start - 1] === '.') {
      const before = wordAt(text, w.start - 1, false);
      const owner = before && an.table.get(text.slice(before.start, before.end));
      if (owner && ATTRIBUTE[key])
        return { text: `\`${owner.name}.${key}\`: ${ATTRIBUTE[key]} of ${owner.kind} ${owner.name}.`, span };
    }
    if (INDEXED[key])
      return {
        text: `\`\`\`emd\n${INDEXED[key].split(':')[0]}\n\`\`\`\n${INDEXED[key].split(': ')[1]}`,
        span,
      };
    const f = functions.get(key);
    if (f && /^\s*\(/.test(text.slice(w.end, w.end + 40))) {
      const args = Array.from({ length: f.maxArgs }, (_, k) => (f.maxArgs === 1 ? 'x' : `x${k + 1}`)).map(
        (p, k) => (k >= f.minArgs ? `[${p}]` : p),
      );
      const kind = f.setFunction ? 'set function' : f.random ? 'random function' : 'function';
      return {
        text: `\`\`\`emd\n${key}(${args.join(', ')})\n\`\`\`\nGAMS ${kind}${f.nonsmooth ? ' (non-smooth: a model using it on variables is DNLP)' : ''}.`,
        span,
      };
    }
    const kw = key.endsWith('s') && KEYWORD[key.slice(0, -1)] ? key.slice(0, -1) : key;
    if (KEYWORD[kw] && keywordWords().includes(key))
      return { text: `**${word}** (keyword): ${KEYWORD[kw]}`, span };
  }
  // A label: the sets it is an element of.
  const lw = wordAt(text, offset, true);
  if (!lw) return undefined;
  const label = text.slice(lw.start, lw.end);
  const id = an.table.universe.lookup(label);
  if (id === undefined) return undefined;
  const sets = an.table.ordered.filter(
    (s): s is Extract<Sym, { kind: 'set' }> =>
      s.kind === 'set' && s.domain.length <= 1 && setList(s).some((r) => r.keys[0] === id),
  );
  const name = an.table.universe.name(id);
  return {
    text: `Label '${name}'${sets.length ? `\n\nelement of ${sets.map((s) => s.name).join(', ')}` : ''}`,
    span: { file, start: lw.start, end: lw.end },
  };
}
