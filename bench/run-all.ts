// `npm run bench`: runs every benchmark in turn. Each prints ratios against a baseline measured in
// the same run (machines here are noisy); none of them is a pass/fail test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const skip = new Set(['run-all.ts', 'translate-child.ts']);
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && !skip.has(f) && !f.endsWith('-model.ts') && !f.includes('.test.'),
);
let failed = 0;
for (const f of files.sort()) {
  console.log(`\n=== bench/${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(dir, '..', 'bin', 'run-ts.js'), join(dir, f)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
