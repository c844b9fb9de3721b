// Test-only cross-check: dumps each GDX file with EMD's reader and with the reference library
// (the gdxref tool of build.sh) and reports whether the two dumps are identical.
//   node bin/run-ts.js scripts/gdx-reference/compare.ts /tmp/gdxref-build/gdxref FILE...
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dumpGdx } from '../../test/gdx-dump.ts';

const [tool, ...files] = process.argv.slice(2);
let bad = 0;
for (const f of files) {
  const ours = dumpGdx(new Uint8Array(readFileSync(f)));
  let ref: string;
  try {
    ref = execFileSync(tool, ['dump', f], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    ref = `reference failed: ${String(e)}`;
  }
  if (ours === ref) console.log(`same  ${f} (${ours.split('\n').length - 1} lines)`);
  else {
    bad++;
    const a = ours.split('\n');
    const b = ref.split('\n');
    const i = a.findIndex((l, k) => l !== b[k]);
    console.log(`DIFF  ${f} at line ${i + 1}:\n  emd: ${a[i]}\n  ref: ${b[i]}`);
  }
}
process.exit(bad ? 1 : 0);
