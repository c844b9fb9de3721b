// The solver table: which adapter solves which problem classes, the default solver per class, and
// the options each solver accepts (validated here, with did-you-mean, before an adapter runs).
// Imports the adapters, solvers/types.ts and diagnostics/.
import type { ProblemClass, SolveOptions, SolverAdapter } from './types.ts';
import { glpkAdapter } from './glpk/adapter.ts';
import { glpkOptions } from './glpk/options.ts';
import { createHighsAdapter } from './highs/adapter.ts';
import { highsOptions } from './highs/options.ts';
import { createNlpAdapter, ipmBackend, ipoptBackend, ipmOptions, nlpClasses } from './nlp-adapter.ts';
import { ipoptOptions } from './ipopt/options.ts';
import { extractQuadratic } from '../model/classify.ts';
import { createNlpOracle } from '../ad/oracle.ts';
import { ModelStat, SolveStat } from './status.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { solverMessages as S } from '../diagnostics/messages/solver.ts';
import { hostMessages as H } from '../diagnostics/messages/host.ts';
import { suggest } from '../diagnostics/suggest.ts';

import type { OptionTable } from './option-table.ts';
export type { OptionSpec, OptionTable } from './option-table.ts';

export const highsAdapter: SolverAdapter = createHighsAdapter({ extractQuadratic });

/** ipm is loaded on first use (it is the largest module, and the registry loads without it). */
export const ipmAdapter: SolverAdapter = createNlpAdapter({
  name: 'ipm',
  classes: nlpClasses,
  backend: ipmBackend(async () => (await import('./ipm/solver.ts')).solveNlpAsync),
  createOracle: (p) => createNlpOracle(p),
});

export const ipoptAdapter: SolverAdapter = createNlpAdapter({
  name: 'ipopt',
  classes: nlpClasses,
  backend: ipoptBackend(),
  createOracle: (p) => createNlpOracle(p),
});

interface SolverEntry {
  readonly adapter: SolverAdapter;
  readonly options: OptionTable;
}

/**
 * The capability table. highs has no MIQP (HiGHS solves convex QP without integers; the class is
 * not listed so that a MIQP is refused before the solve). ipm and ipopt take LP too (as an NLP).
 */
const table: Readonly<Record<string, SolverEntry>> = {
  glpk: { adapter: glpkAdapter, options: glpkOptions },
  highs: { adapter: highsAdapter, options: highsOptions },
  ipm: { adapter: ipmAdapter, options: ipmOptions },
  ipopt: { adapter: ipoptAdapter, options: ipoptOptions },
};

/** Defaults per class: the WASM/TS solvers, so that every class runs in the browser too. */
const defaults: Readonly<Record<ProblemClass, string>> = {
  lp: 'glpk',
  mip: 'glpk',
  qp: 'highs',
  miqp: 'highs',
  qcp: 'ipm',
  nlp: 'ipm',
  dnlp: 'ipm',
};

export const solverNames: readonly string[] = Object.keys(table);

/**
 * The MIP portfolio, used when nobody chose the MIP solver: GLPK first, for at most `seconds`;
 * a search it has not finished by then goes to HiGHS with the rest of the time limit. Measured on
 * the GAMS Model Library (docs/gams-compatibility.md): GLPK solves every MIP that passes in under
 * 5 s, where HiGHS is 2–18× slower, and HiGHS solves hard ones that GLPK does not finish in
 * minutes (tba, korpet). The budget is wall-clock time (glpk.js has no node limit), so on a
 * loaded machine a model near the budget may switch solvers; both answer to the same gap.
 */
export const mipPortfolio = { first: 'glpk', then: 'highs', seconds: 5 } as const;

/**
 * GAMS's default optcr (the option reference's 1e-4; releases before the change used 0.1) and
 * optca; reslim has no default limit here (GAMS's is 1e10 s or 1000 s by release).
 */
export const gamsLimitDefaults = { optcr: 1e-4, optca: 0 } as const;

/**
 * The adapter called `name` (case-insensitive), or undefined. Its solve() validates the options
 * first and returns Setup Failure (solve status 9) with the message when one is wrong.
 */
export function getSolver(name: string): SolverAdapter | undefined {
  return checked[name.toLowerCase()];
}

export function defaultSolverFor(cls: ProblemClass): string {
  return defaults[cls];
}

/** The option table of a solver (validation, and docs/nlp.md). */
export function solverOptions(name: string): OptionTable | undefined {
  return table[name.toLowerCase()]?.options;
}

/**
 * Diagnostics for options a solver does not know or values of the wrong type. Option names are
 * matched case-insensitively. An unknown name gets a did-you-mean hint.
 */
export function validateSolverOptions(
  solver: string,
  options: Readonly<Record<string, number | string>> | undefined,
): Diagnostic[] {
  const entry = table[solver.toLowerCase()];
  if (!entry || !options) return [];
  return checkOptions(solver.toLowerCase(), entry.options, options);
}

export function checkOptions(
  solver: string,
  spec: OptionTable,
  options: Readonly<Record<string, number | string>>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [rawName, value] of Object.entries(options)) {
    const name = rawName.toLowerCase();
    const s = spec[name];
    if (!s) {
      const near = suggest(name, Object.keys(spec));
      out.push(
        diag(
          S.Unknown_option_0_for_solver_1,
          undefined,
          [rawName, solver],
          near ? `did you mean '${near}'?` : `options of ${solver}: ${Object.keys(spec).join(', ')}.`,
        ),
      );
      continue;
    }
    const bad = (expect: string) =>
      out.push(
        diag(S.Option_0_of_solver_1_expects_2_not_3, undefined, [rawName, solver, expect, String(value)]),
      );
    switch (s.type) {
      case 'number':
      case 'integer': {
        const v = typeof value === 'number' ? value : Number(value);
        const kind = s.type === 'integer' ? 'an integer' : 'a number';
        const range = rangeText(s.min, s.max);
        if (typeof value === 'string' && value.trim() === '') bad(kind + range);
        else if (Number.isNaN(v) || (s.type === 'integer' && !Number.isInteger(v))) bad(kind + range);
        else if ((s.min !== undefined && v < s.min) || (s.max !== undefined && v > s.max)) bad(kind + range);
        break;
      }
      case 'boolean':
        if (!booleanWords.includes(String(value).toLowerCase())) bad('yes or no (1 or 0)');
        break;
      case 'string':
        if (s.values && !s.values.includes(String(value).toLowerCase())) {
          const near = suggest(String(value), s.values);
          out.push(
            diag(
              S.Option_0_of_solver_1_expects_2_not_3,
              undefined,
              [rawName, solver, `one of ${s.values.join(', ')}`, String(value)],
              near ? `did you mean '${near}'?` : undefined,
            ),
          );
        }
        break;
    }
  }
  return out;
}

const booleanWords = ['0', '1', 'yes', 'no', 'true', 'false', 'on', 'off'];

/** A boolean option value as true/false (after validation). */
export function optionIsTrue(v: number | string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  return ['1', 'yes', 'true', 'on'].includes(String(v).toLowerCase());
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` in [${min}, ${max}]`;
  if (min !== undefined) return ` >= ${min}`;
  if (max !== undefined) return ` <= ${max}`;
  return '';
}

/** Option names lower-cased, so that adapters read them by their table names. */
function normalized(
  options: Readonly<Record<string, number | string>> | undefined,
): Record<string, number | string> | undefined {
  if (!options) return undefined;
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(options)) out[k.toLowerCase()] = v;
  return out;
}

function withOptionCheck(name: string, e: SolverEntry): SolverAdapter {
  return {
    name: e.adapter.name,
    classes: e.adapter.classes,
    available: () => e.adapter.available(),
    async solve(p, cls, opts: SolveOptions) {
      const ds = opts.options ? checkOptions(name, e.options, opts.options) : [];
      if (ds.length) {
        const reason = ds.map((d) => `${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`).join(' ');
        return {
          solver: name,
          modelStatus: ModelStat.NoSolutionReturned,
          solveStatus: SolveStat.SetupFailure,
          iterations: 0,
          seconds: 0,
          message: reason,
          issue: { kind: 'options', reason },
        };
      }
      return e.adapter.solve(p, cls, { ...opts, options: normalized(opts.options) });
    },
  };
}

const checked: Readonly<Record<string, SolverAdapter>> = Object.fromEntries(
  Object.entries(table).map(([k, e]) => [k, withOptionCheck(k, e)]),
);

/**
 * Checks the command line's solver choice and solver options before anything runs: an unknown
 * solver (E0005), an option the chosen solver lacks or a value of the wrong type (E5500, E5501),
 * and, without --solver, an option no solver has (E0011). Options that some solver has pass: the
 * solver that runs reports them if it lacks them.
 */
export function checkRunOptions(opts: {
  solver?: string;
  solverOptions?: Record<string, number | string>;
}): Diagnostic[] {
  const options = opts.solverOptions ?? {};
  if (opts.solver !== undefined) {
    if (!getSolver(opts.solver)) {
      const near = suggest(opts.solver, solverNames);
      return [
        diag(
          H.Unknown_solver_0,
          undefined,
          [opts.solver],
          `${near ? `did you mean '${near}'? ` : ''}solvers: ${solverNames.join(', ')}.`,
        ),
      ];
    }
    return validateSolverOptions(opts.solver, options);
  }
  const out: Diagnostic[] = [];
  const all = new Set(solverNames.flatMap((n) => Object.keys(solverOptions(n) ?? {})));
  for (const name of Object.keys(options)) {
    if (all.has(name.toLowerCase())) continue;
    const near = suggest(name.toLowerCase(), [...all]);
    out.push(
      diag(
        H.No_solver_has_option_0,
        undefined,
        [name, solverNames.join(', ')],
        near ? `did you mean '${near}'?` : undefined,
      ),
    );
  }
  return out;
}
