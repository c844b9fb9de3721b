// Mutation fuzzing of every model in models/: token deletions, duplications, swaps and random
// bytes. Every mutated input must end in a result or in diagnostics, never in an exception.
// Used by test/fuzz.test.ts (a bounded number of cases) and bench/fuzz.ts (many more).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSourceFile } from '../src/text/source-file.ts';
import { run, type Host } from '../src/api.ts';

export function listModels(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...listModels(p));
    else if (/\.(emd|gms)$/.test(f)) out.push(p);
  }
  return out.sort();
}

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

export function mutate(text: string, r: () => number): string {
  const toks = text.match(TOKEN) ?? [];
  const n = toks.length;
  if (n === 0) return String.fromCharCode(Math.floor(r() * 256));
  const pick = () => Math.floor(r() * n);
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

export async function fuzzOnce(path: string, seed: number, base: Host): Promise<FuzzOutcome> {
  const text = readFileSync(path, 'utf8');
  const r = rng(seed);
  const mutated = mutate(text, r);
  try {
    const res = await run(createSourceFile(path, mutated), hostFor(path, mutated, base), {
      quiet: true,
      out: () => undefined,
      log: () => undefined,
      maxLoopIterations: 200,
      solverOptions: { max_iter: 200 },
    });
    if (!res.ok && res.diagnostics.length === 0)
      return { file: path, seed, error: new Error('failed without a diagnostic') };
    return { file: path, seed };
  } catch (e) {
    return { file: path, seed, error: e };
  }
}
