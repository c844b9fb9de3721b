// Builds dist/: the `emd` command (CLI, language server, formatter) bundled by esbuild into ES
// modules with code splitting, so that a command loads one pre-compiled file instead of
// transpiling ~100 TypeScript modules through tsx at every start (1.6 s of CPU for
// `emd --version` before). What only some runs need (solvers, plots, the language server, the
// formatter, the importer) is behind dynamic imports and lands in chunks loaded on demand.
// Packages with native code or WebAssembly stay external and load from node_modules.
// Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build`; plain JavaScript
// so that it runs before anything is built. Writes dist/build-info.json, which bin/emd.js reads to
// tell whether dist/ is older than the sources.
import { build } from 'esbuild';
import { writeFileSync, rmSync, renameSync } from 'node:fs';
import { newestSource } from './sources-mtime.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export async function buildDist({ quiet = false } = {}) {
  const t0 = performance.now();
  const sources = newestSource();
  // Built beside dist/ and moved in place at the end, so that a failed build leaves the previous
  // one whole and readers never see a half-written folder for longer than two renames.
  const dist = join(root, 'dist');
  const out = join(root, `.dist-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      cli: join(root, 'src/cli/main.ts'),
      'prettier-plugin': join(root, 'src/prettier/index.ts'),
      // Worker threads of asynchronous solves (src/run/thread-entry.ts finds them beside the bundle).
      'pool-worker': join(root, 'src/run/pool-worker.ts'),
      'redis-bridge': join(root, 'src/run/redis-bridge.ts'),
      // Run once below, at the end of the build: writes grammar-snapshot.json.
      'grammar-snapshot': join(root, 'grammar/parser.ts'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // Native code and WebAssembly load from node_modules at run time.
    external: [
      'koffi',
      '@resvg/resvg-js',
      'highs',
      'glpk.js',
      'glpk.js/*',
      'prettier',
      'prettier/*',
      'vega',
      'vega-lite',
      'bullmq',
      'ioredis',
    ],
    // Bundled CommonJS dependencies (commander, vscode-languageserver) call require().
    banner: {
      js: "import { createRequire as __emdRequire } from 'node:module'; const require = __emdRequire(import.meta.url);",
    },
    logLevel: quiet ? 'silent' : 'warning',
  });
  // The parser's grammar analysis, which `emd` restores instead of recomputing it at every start
  // (grammar/snapshot.ts; src/cli/grammar-snapshot.ts reads it). Taken from this very bundle, so
  // it always matches the grammar.
  const { grammarSnapshot } = await import(pathToFileURL(join(out, 'grammar-snapshot.js')).href);
  writeFileSync(join(out, 'grammar-snapshot.json'), JSON.stringify(grammarSnapshot()));
  writeFileSync(join(out, 'build-info.json'), JSON.stringify({ sources, builtAt: Date.now() }) + '\n');
  const old = join(root, `.dist-old-${process.pid}`);
  try {
    renameSync(dist, old);
  } catch {
    // no previous build
  }
  renameSync(out, dist);
  rmSync(old, { recursive: true, force: true });
  if (!quiet) console.log(`emd: built dist/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();
