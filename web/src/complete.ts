// Completion in the playground's editor: the language server's (lsp/analysis.ts completionsAt)
// over the analysis of the edited text, its `$include`d files read from the bundled library: the
// domain's sets and labels in an index position, attributes after `x.`, options after `option`,
// the declared names (one-letter ones too), functions and keywords; never words of comments.
// The analysis (web/src/analysis.ts) loads on the first completion. Imports lsp/analysis.ts
// (lazily), @codemirror/autocomplete types and the playground's analysis.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { CompletionKind } from '../../src/lsp/analysis.ts';
import type { EditedAnalysis } from './analysis.ts';

const TYPE: Record<CompletionKind, string> = {
  keyword: 'keyword',
  function: 'function',
  symbol: 'variable',
  label: 'enum',
  attribute: 'property',
  modelType: 'type',
  option: 'property',
  solver: 'constant',
  directive: 'keyword',
};

/** A completion source for `autocompletion({ override: [...] })`. */
export function lspCompletions(
  analysisFor: (text: string) => Promise<EditedAnalysis | undefined>,
): (ctx: CompletionContext) => Promise<CompletionResult | null> {
  return async (ctx) => {
    const word = ctx.matchBefore(/[A-Za-z0-9_]*/)!;
    const before = ctx.state.sliceDoc(Math.max(0, word.from - 1), word.from);
    if (word.from === word.to && !ctx.explicit && !/[.(,$']/.test(before)) return null;
    const { completionsAt } = await import('../../src/lsp/analysis.ts');
    const text = ctx.state.doc.toString();
    const r = await analysisFor(text);
    if (!r) return null;
    const seen = new Set<string>();
    const options: Completion[] = [];
    for (const c of completionsAt(r.an, text, ctx.pos)) {
      if (seen.has(c.label)) continue;
      seen.add(c.label);
      options.push({ label: c.label, type: TYPE[c.kind], detail: c.detail, boost: -Math.min(c.rank, 99) });
    }
    // A quoted label replaces the quote typed before it.
    return { from: before === "'" ? word.from - 1 : word.from, options, validFor: /^'?[A-Za-z0-9_-]*$/ };
  };
}
