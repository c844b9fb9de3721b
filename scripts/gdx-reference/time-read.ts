// Test-only: time EMD's GDX reader on files (ms per file after a warm-up read, records read).
//   node bin/run-ts.js scripts/gdx-reference/time-read.ts FILE...
import { readFileSync } from 'node:fs';
import { readGdx } from '../../src/data/gdx/read.ts';

for (const f of process.argv.slice(2)) {
  const b = new Uint8Array(readFileSync(f));
  readGdx(b); // warm up
  const t0 = performance.now();
  const r = readGdx(b);
  const ms = performance.now() - t0;
  const n = r.ok ? r.file.symbols.reduce((s, x) => s + x.records.length, 0) : -1;
  console.log(`${f}: ${(b.length / 1024).toFixed(0)} KB, ${n} records, ${ms.toFixed(1)} ms`);
}
