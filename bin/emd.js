#!/usr/bin/env node
// The `emd` command. Runs the compiled bundle in dist/ (built by `npm ci` through the `prepare`
// script: scripts/build.mjs). In a working copy whose sources changed since that build, the
// bundle is rebuilt first (esbuild takes about a second), so `emd` never runs stale code; where
// esbuild is not installed, the TypeScript sources run through tsx instead (slower to start).
import { existsSync, readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const info = new URL('build-info.json', dist);

async function fresh() {
  if (!existsSync(info)) return false;
  const built = JSON.parse(readFileSync(info, 'utf8')).sources;
  const { newestSource } = await import('../scripts/sources-mtime.mjs');
  return newestSource() <= built;
}

let main;
if (!(await fresh())) {
  try {
    const { buildDist } = await import('../scripts/build.mjs');
    await buildDist({ quiet: true });
  } catch {
    // No esbuild (a production install never has stale sources): run the sources through tsx.
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../src/cli/main.ts'));
  }
}
if (!main) ({ main } = await import('../dist/cli.js'));
process.exitCode = await main(process.argv.slice(2));
