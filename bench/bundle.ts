// A TypeScript script of the repo bundled by esbuild into one ES module, as dist/ is built (no
// tsx loader at run time, no `__name` helper on every closure), with the packages left to load
// from node_modules. Used by bench/generation.ts and test/fuzz-run.ts for their child processes.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` into `outfile` (its folder created) and returns `outfile`. */
export async function bundleScript(entry: string, outfile: string): Promise<string> {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
