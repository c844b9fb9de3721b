// Mutation fuzzing of every model in models/: token deletions, duplications, swaps, random bytes
// and blow-ups (long operator chains, deep nesting, huge ranges and widths). Every mutated input
// must end in a result or in diagnostics, never in an exception or an internal error, in every
// stage: parse, check and execution (run), the formatter, the importer, and the language
// server's analysis, completion and hover. Used by test/fuzz.test.ts (a fixed-seed run),
// test/fuzz-run.ts (`npm run fuzz -- --cases N`) and bench/fuzz.ts.
import { readFileSync } from 'node:fs';
import { createSourceFile } from '../src/text/source-file.ts';
import { compile, run, type Host } from '../src/api.ts';
import { formatSource } from '../src/prettier/format.ts';
import { importGams } from '../src/import/import-gams.ts';
import { analyze, completionsAt } from '../src/lsp/analysis.ts';
import { hoverAt } from '../src/lsp/hover.ts';
import {
  foldingRanges,
  highlights,
  outline,
  quickFixes,
  renameSpans,
  semanticTokens,
  signatureAt,
} from '../src/lsp/features.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { shareResults } from '../src/text/share.ts';
import { STAGES, type Stage } from './fuzz-stages.ts';

/** Small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN =
  /[A-Za-z_][\w]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|"[^"\n]*"|'[^'\n]*'|=[eElLgGnN]=|\.\.|\*\*|[^\s\w]|\s+/g;

/** Inserts that stress limits: long chains, deep nesting, big ranges, wide put fields, many indices. */
const BLOWUPS: ((r: () => number) => string)[] = [
  (r) => ' 1' + ' + 1'.repeat(200 + Math.floor(r() * 3000)),
  (r) => '('.repeat(50 + Math.floor(r() * 500)) + '1' + ')'.repeat(50 + Math.floor(r() * 500)),
  () => ' /t1*t10000000/ ',
  () => ':1e9:500 ',
  (r) => ` sum((${Array.from({ length: 60 + Math.floor(r() * 10) }, (_, k) => `i${k}`).join(',')}), 1) `,
  (r) => `\n$include ${r() < 0.5 ? '.' : '../' + 'x/'.repeat(3)}\n`,
  () => '\u0000',
];

export function mutate(text: string, r: () => number): string {
  const toks = text.match(TOKEN) ?? [];
  const n = toks.length;
  if (n === 0) return String.fromCharCode(Math.floor(r() * 256));
  const pick = () => Math.floor(r() * n);
  if (r() < 0.05) {
    const t = toks.slice();
    t.splice(pick(), 0, BLOWUPS[Math.floor(r() * BLOWUPS.length)](r));
    return t.join('');
  }
  const kind = Math.floor(r() * 5);
  const t = toks.slice();
  const times = 1 + Math.floor(r() * 3);
  for (let k = 0; k < times; k++) {
    const i = pick();
    const j = pick();
    switch (kind) {
      case 0:
        t.splice(i, 1);
        break;
      case 1:
        t.splice(i, 0, t[i]);
        break;
      case 2:
        [t[i], t[j]] = [t[j], t[i]];
        break;
      case 3: {
        const bytes = Array.from({ length: 1 + Math.floor(r() * 6) }, () =>
          String.fromCharCode(Math.floor(r() * 256)),
        );
        t.splice(i, 0, bytes.join(''));
        break;
      }
      default:
        t.splice(i, 0, t[j]);
    }
  }
  return t.join('');
}

/** In-memory host serving the mutated file and the real files beside it (for $include). */
function hostFor(path: string, text: string, base: Host): Host {
  return {
    readFile: (p) => (p === path ? text : base.readFile(p)),
    resolve: (from, rel) => base.resolve(from, rel),
    writeFile: () => undefined,
  };
}

export interface FuzzOutcome {
  file: string;
  seed: number;
  error?: unknown;
}

/**
 * While/repeat/for iterations a fuzzed run may make; the limit itself is a diagnostic
 * (E3004/E3022) the fuzzer also exercises.
 */
const FUZZ_LOOP_LIMIT = 20;
/**
 * Execution time of one fuzzed run (ms): past it the run is interrupted before its next statement
 * (the SIGINT path, W3020), so a mutated decomposition loop over 200 or 500 iterations does not
 * spend half a minute solving (market_24h_decomposed took 26 s of the suite). Crashes show in the
 * first passes of a loop.
 */
const FUZZ_RUN_MS = 500;

/** A clock for `interrupted`: true once `ms` have passed since its first call. */
function timeBudget(ms: number): () => boolean {
  let t0: number | undefined;
  return () => performance.now() - (t0 ??= performance.now()) > ms;
}

export async function fuzzOnce(path: string, seed: number, base: Host): Promise<FuzzOutcome> {
  const text = readFileSync(path, 'utf8');
  const r = rng(seed);
  const mutated = mutate(text, r);
  try {
    const res = await run(createSourceFile(path, mutated), hostFor(path, mutated, base), {
      quiet: true,
      out: () => undefined,
      log: () => undefined,
      maxLoopIterations: FUZZ_LOOP_LIMIT,
      solverOptions: { max_iter: 200 },
      interrupted: timeBudget(FUZZ_RUN_MS),
    });
    if (!res.ok && res.diagnostics.length === 0)
      return { file: path, seed, error: new Error('failed without a diagnostic') };
    return { file: path, seed };
  } catch (e) {
    return { file: path, seed, error: e };
  }
}

/** Diagnostics that mean a bug (an exception caught at a phase boundary), not bad input. */
const INTERNAL = /^E(1006|6999)$/;

const internalOf = (ds: readonly Diagnostic[]) => ds.find((d) => INTERNAL.test(d.code));

/** One stage's failure on one input: the stage and the exception or internal diagnostic. */
export interface StageFailure {
  stage: Stage;
  error: unknown;
}

export { listModels, STAGES, type Stage } from './fuzz-stages.ts';

/**
 * Every stage on one input text (the mutated model at `path`). Returns the failures, in stage
 * order; an empty list means every stage ended in a result or in diagnostics.
 */
export async function allStages(
  path: string,
  text: string,
  base: Host,
  seed: number,
  stages: ReadonlySet<Stage> = new Set(STAGES),
): Promise<StageFailure[]> {
  // compile, import and the language server's analysis each parse and check the same text: once
  // is enough (src/text/share.ts). Not with execution, which could change the checked program
  // the later stages would then see.
  const cases = () => stagesOf(path, text, base, seed, stages);
  return stages.has('run') ? cases() : shareResults(cases);
}

async function stagesOf(
  path: string,
  text: string,
  base: Host,
  seed: number,
  stages: ReadonlySet<Stage>,
): Promise<StageFailure[]> {
  const out: StageFailure[] = [];
  const file = createSourceFile(path, text);
  const host = hostFor(path, text, base);
  const stage = async (name: Stage, f: () => unknown) => {
    if (!stages.has(name)) return;
    try {
      const d = await f();
      if (d instanceof Error) out.push({ stage: name, error: d });
    } catch (e) {
      out.push({ stage: name, error: e });
    }
  };
  // With `run` also selected, compiling first would do the same work twice.
  if (!stages.has('run'))
    await stage('compile', () => {
      const res = compile(file, host);
      const bad = internalOf(res.diagnostics);
      return bad && new Error(`${bad.code} ${bad.message}`);
    });
  await stage('run', async () => {
    const res = await run(file, host, {
      quiet: true,
      out: () => undefined,
      log: () => undefined,
      maxLoopIterations: FUZZ_LOOP_LIMIT,
      solverOptions: { max_iter: 200 },
      writeFile: () => undefined,
      interrupted: timeBudget(FUZZ_RUN_MS),
    });
    if (!res.ok && res.diagnostics.length === 0) return new Error('failed without a diagnostic');
    const bad = internalOf(res.diagnostics);
    return bad && new Error(`${bad.code} ${bad.message}`);
  });
  await stage('format', () => {
    const r = formatSource(text, { fileName: path });
    const bad = !r.ok && internalOf(r.diagnostics);
    return bad ? new Error(`${bad.code} ${bad.message}`) : undefined;
  });
  await stage('import', () => {
    const r = importGams(file, host);
    const bad = internalOf(r.diagnostics);
    return bad && new Error(`${bad.code} ${bad.message}`);
  });
  await stage('lsp', () => {
    const an = analyze(file, host);
    const r = rng(seed ^ 0x9e3779b9);
    for (let k = 0; k < 3; k++) {
      const off = Math.floor(r() * (text.length + 1));
      completionsAt(an, text, off);
      hoverAt(an, file, off);
      signatureAt(an, text, off);
      highlights(an, file, off);
      renameSpans(an, file, off, 'renamed');
      quickFixes(an, file, off, Math.min(text.length, off + 200));
    }
    semanticTokens(an, file);
    foldingRanges(an, file);
    outline(an, file, (s) => s.name);
    const bad = internalOf(an.diagnostics);
    return bad && new Error(`${bad.code} ${bad.message}`);
  });
  return out;
}

/** A crash class: the stage, the error's name and first message line without numbers and paths. */
export function crashClass(f: StageFailure): string {
  const e = f.error;
  const name = e instanceof Error ? e.name : typeof e;
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const norm = msg
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 100);
  const frame =
    e instanceof Error
      ? (e.stack ?? '')
          .split('\n')[1]
          ?.trim()
          .replace(/:\d+:\d+\)?$/, '')
      : '';
  return `${f.stage}: ${name}: ${norm}${frame ? ` @ ${frame.split('/').pop()}` : ''}`;
}

/**
 * A smaller input that fails in the same class: drops runs of tokens, halving the run length
 * (delta debugging), within `budget` attempts.
 */
export async function minimize(
  path: string,
  text: string,
  cls: string,
  base: Host,
  seed: number,
  budget = 150,
  stages: ReadonlySet<Stage> = new Set(STAGES),
  /** Called after each attempt (the runner's watchdog hears the job is alive); true stops here. */
  afterAttempt: () => boolean = () => false,
): Promise<string> {
  let toks: string[] = text.match(TOKEN) ?? [text];
  let stop = false;
  const same = async (t: string) => {
    const r = (await allStages(path, t, base, seed, stages)).some((f) => crashClass(f) === cls);
    stop = afterAttempt();
    return r;
  };
  let chunk = Math.max(1, toks.length >> 1);
  while (chunk >= 1 && budget > 0 && !stop) {
    let removed = false;
    for (let i = 0; i < toks.length && budget > 0 && !stop; i += chunk) {
      const cand = [...toks.slice(0, i), ...toks.slice(i + chunk)];
      budget--;
      if (cand.length && (await same(cand.join('')))) {
        toks = cand;
        removed = true;
        i -= chunk;
      }
    }
    if (!removed) chunk >>= 1;
  }
  return toks.join('');
}

/** The mutated text of case `seed` of the model at `path`. */
export function mutatedCase(path: string, seed: number): string {
  return mutate(readFileSync(path, 'utf8'), rng(seed));
}
