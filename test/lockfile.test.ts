// `npm ci` refuses a lock file whose packages name optional dependencies without entries (the
// registry here serves only this platform's builds). scripts/prune-lock.mjs fixes it after an
// `npm install`; this test keeps the committed lock file installable on a fresh machine.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('package-lock.json', () => {
  it('has an entry for every optional dependency it names (run node scripts/prune-lock.mjs)', () => {
    const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
    const pkgs: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const dangling: string[] = [];
    for (const [where, entry] of Object.entries(pkgs)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        let base = where;
        let found = false;
        for (;;) {
          if (pkgs[`${base ? base + '/' : ''}node_modules/${dep}`]) found = true;
          if (found || base === '') break;
          const i = base.lastIndexOf('/node_modules/');
          base = i >= 0 ? base.slice(0, i) : '';
        }
        if (!found) dangling.push(`${where} -> ${dep}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});
