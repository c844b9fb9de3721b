// The stages of a fuzzing case (test/fuzz.ts), apart so that the runner's parent process
// (test/fuzz-run.ts) reads them without loading the compiler.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listModels(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...listModels(p));
    else if (/\.(emd|gms)$/.test(f)) out.push(p);
  }
  return out.sort();
}

/**
 * The stages a case goes through. `compile` (parse and check, no execution) is the fast path of a
 * long run: execution solves models and costs about 100 times more per case, so
 * `npm run fuzz -- --stages compile,format,import,lsp` covers the front end at scale, and the
 * default (every stage) keeps execution covered.
 */
export const STAGES = ['compile', 'run', 'format', 'import', 'lsp'] as const;
export type Stage = (typeof STAGES)[number];
