// Test-only: reads GDX files with EMD and writes them again with EMD (compressed with node:zlib,
// or not) into OUTDIR, for the reference library to read back (compare.ts).
//   node bin/run-ts.js scripts/gdx-reference/rewrite.ts OUTDIR FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateSync } from 'node:zlib';
import { readGdx } from '../../src/data/gdx/read.ts';
import { writeGdx } from '../../src/data/gdx/write.ts';
import { GAMS_SPECIALS } from '../../src/data/gdx/format.ts';

const [out, ...files] = process.argv.slice(2);
for (const f of files) {
  const r = readGdx(new Uint8Array(readFileSync(f)), { specials: GAMS_SPECIALS });
  if (!r.ok) throw new Error(`${f}: ${r.error.message}`);
  for (const compress of [false, true]) {
    const w = writeGdx(r.file.symbols, {
      producer: r.file.producer,
      uels: r.file.uels,
      acronyms: r.file.acronyms,
      specials: GAMS_SPECIALS,
      compress,
      deflater: { deflate: (b) => new Uint8Array(deflateSync(b)) },
    });
    if (!w.ok) throw new Error(`${f}: ${w.message}`);
    writeFileSync(`${out}/${basename(f, '.gdx')}${compress ? '-z' : ''}.gdx`, w.bytes);
  }
}
