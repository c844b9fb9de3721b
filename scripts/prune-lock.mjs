// Removes from package-lock.json the optional dependencies that have no entry of their own.
// Why: the package registry this project installs from serves only the platforms it needs, so npm
// cannot record the other platforms' optional packages (e.g. @rollup/rollup-darwin-x64), and
// `npm ci` then refuses the lock file ("Missing: ... from lock file"). Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages ?? {};
let removed = 0;
for (const [where, entry] of Object.entries(pkgs)) {
  if (!entry.optionalDependencies) continue;
  for (const dep of Object.keys(entry.optionalDependencies)) {
    // Resolution as npm does: nested node_modules first, then up to the root.
    const candidates = [];
    let base = where;
    for (;;) {
      candidates.push(`${base ? base + '/' : ''}node_modules/${dep}`);
      const i = base.lastIndexOf('/node_modules/');
      if (base === '') break;
      base = i >= 0 ? base.slice(0, i) : '';
    }
    if (!candidates.some((c) => pkgs[c])) {
      delete entry.optionalDependencies[dep];
      removed++;
    }
  }
  if (Object.keys(entry.optionalDependencies).length === 0) delete entry.optionalDependencies;
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`prune-lock: removed ${removed} optional dependencies without a lock entry`);
