// Builds the extension's JavaScript with esbuild: out/extension.js (the client, CommonJS, vscode
// external) and out/server.js (the EMD language server from ../../src, bundled whole, so the
// extension needs no `emd` installed). Prettier, when the workspace has it, is not bundled: the
// server then formats with the EMD formatter directly, as it does without Prettier.
// Usage: node scripts/bundle.mjs [--server-only]
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  logLevel: 'warning',
};

export async function bundleServer(outfile = join(here, 'out', 'server.js')) {
  await build({
    ...common,
    entryPoints: [join(here, 'src', 'server.ts')],
    outfile,
    // The server never solves; these are only reachable through code it does not run.
    external: [
      'prettier',
      'prettier/*',
      'koffi',
      'highs',
      'glpk.js',
      'glpk.js/*',
      'vega',
      'vega-lite',
      '@resvg/resvg-js',
    ],
    // import.meta.url (package.json lookups) has no meaning in CommonJS: the bundle's own file.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  // The parser's grammar analysis beside the server (src/cli/grammar-snapshot.ts reads it at
  // start-up), taken from the same sources by a bundle of the parser alone, as scripts/build.mjs
  // does for dist/.
  const parserOut = join(dirname(outfile), `grammar-snapshot-${process.pid}.cjs`);
  await build({
    ...common,
    minify: false,
    entryPoints: [join(here, '..', '..', 'grammar', 'parser.ts')],
    outfile: parserOut,
  });
  try {
    const { grammarSnapshot } = createRequire(import.meta.url)(parserOut);
    writeFileSync(join(dirname(outfile), 'grammar-snapshot.json'), JSON.stringify(grammarSnapshot()));
  } finally {
    rmSync(parserOut, { force: true });
  }
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleServer();
  if (!process.argv.includes('--server-only'))
    await build({
      ...common,
      entryPoints: [join(here, 'src', 'extension.ts')],
      outfile: join(here, 'out', 'extension.js'),
      external: ['vscode'],
    });
}
