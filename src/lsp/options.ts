// Completion of option names (`option |`), solver names (`option lp = |`) and dollar control
// options (`$|` at the start of a line), from the tables the checker and the preprocessor use.
// Imports check/ (the option and solver tables) and grammar/preprocess.ts (the directive table).
import { ignoredOptions, knownSolvers } from '../check/checker.ts';
import { gamsModelTypeOptions, gamsSolvers, gamsStochastic } from '../check/gams-solvers.ts';
import { directiveTable } from '../../grammar/preprocess.ts';

export interface OptionCompletion {
  readonly label: string;
  readonly kind: 'option' | 'solver' | 'directive';
  readonly detail: string;
  readonly rank: number;
}

/** EMD's own options (src/check/checker.ts `option`). */
const EMD_OPTIONS: Record<string, string> = {
  decimals: 'decimals shown by display (0 to 8)',
  explain: 'explain infeasible solves (0 or 1)',
  convergence: 'the scalar shown in the progress lines of long loops',
  reuse: 're-solves refresh the previous generation in place (0 or 1)',
  warmstart: 'NLP re-solves start from the previous multipliers (0 or 1)',
};

/**
 * Completions when the word being typed (starting at `ws`) is an option name, a solver after
 * `option <type> =`, or a dollar control option; undefined in any other place.
 */
export function optionCompletions(text: string, ws: number): OptionCompletion[] | undefined {
  const ls = text.lastIndexOf('\n', ws - 1) + 1;
  if (text[ws - 1] === '$' && /^[ \t]*$/.test(text.slice(ls, ws - 1)))
    return Object.entries(directiveTable)
      .filter(([, k]) => k !== 'unsupported' && k !== 'unsupported-error')
      .map(([name, k]) => ({
        label: name,
        kind: 'directive',
        detail: k === 'ignore' ? 'listing (no effect)' : k,
        rank: 0,
      }));
  // The statement so far: from the last `;` (at most 2,000 characters back).
  const from = Math.max(text.lastIndexOf(';', ws - 1) + 1, ws - 2000);
  const stmt = text.slice(from, ws);
  const m = /(?:^|[\s(,])options?\s+([^;]*)$/i.exec(stmt);
  if (!m) return undefined;
  // The item being written: after the last comma (or the start of the list).
  const item = m[1].slice(m[1].lastIndexOf(',') + 1);
  const value = /^\s*([A-Za-z]+)\s*=\s*$/.exec(item);
  if (value) {
    const type = value[1].toLowerCase();
    if (!gamsModelTypeOptions.includes(type)) return [];
    const solvers = [
      ...knownSolvers.map((s) => ({ label: s, kind: 'solver' as const, detail: "EMD's solver", rank: 0 })),
      ...[...gamsSolvers]
        .filter(([s, types]) => !knownSolvers.includes(s) && !gamsStochastic.has(s) && types.includes(type))
        .map(([s]) => ({
          label: s,
          kind: 'solver' as const,
          detail: "GAMS solver: runs EMD's solver of the model's class",
          rank: 1,
        })),
    ];
    return solvers;
  }
  if (/=/.test(item) || (item.trim() !== '' && /\S\s+$/.test(item))) return [];
  return [
    ...Object.entries(EMD_OPTIONS).map(([label, detail]) => ({
      label,
      kind: 'option' as const,
      detail,
      rank: 0,
    })),
    ...gamsModelTypeOptions.map((t) => ({
      label: t,
      kind: 'option' as const,
      detail: `solver for ${t.toUpperCase()} models`,
      rank: 0,
    })),
    ...[...ignoredOptions].map((label) => ({
      label,
      kind: 'option' as const,
      detail: 'GAMS option (accepted, no effect in EMD)',
      rank: 1,
    })),
  ];
}
