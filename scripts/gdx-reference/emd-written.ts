// Test-only: runs test/fixtures/gdx/emd-written.gms and writes the (uncompressed) GDX file it
// unloads next to it; `gdxref dump` of that file is emd-written.dump.txt.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createSourceFile } from '../../src/text/source-file.ts';
import { run } from '../../src/api.ts';

const path = resolve('test/fixtures/gdx/emd-written.gms');
const r = await run(
  createSourceFile(path, readFileSync(path, 'utf8')),
  {
    readFile: () => undefined,
    resolve: (from, rel) => resolve(dirname(from), rel),
    writeBinaryFile: (p, b) => writeFileSync(p, b),
  },
  { out: () => {}, log: () => {}, quiet: true },
);
for (const d of r.diagnostics) console.error(d.code, d.message);
