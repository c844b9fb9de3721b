// The newest modification time of EMD's sources, which dist/build-info.json records at build
// time; bin/emd.js compares the two to tell whether dist/ is stale. Kept apart from build.mjs so
// that the check does not load esbuild. Plain JavaScript, imports only node:.
import { readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIRS = ['src', 'grammar'];

/** Newest modification time (ms) of the TypeScript sources and package.json. */
export function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) walk(join(root, d));
  return newest;
}
