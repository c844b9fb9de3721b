// Entry point of the language server bundled into the extension (out/server.js, built by
// scripts/bundle.mjs from the EMD sources): `node out/server.js --stdio`. The extension runs it with
// VS Code's own Node when no EMD is found in the workspace, so the extension works out of the box.
// The grammar snapshot that scripts/bundle.mjs writes beside out/server.js spares the server
// Chevrotain's grammar analysis at start-up, as `emd` does with dist/grammar-snapshot.json.
import { runStdioServer } from '../../../src/lsp/server.ts';
import { loadGrammarSnapshot } from '../../../src/cli/grammar-snapshot.ts';

loadGrammarSnapshot();

void runStdioServer().then((code) => {
  process.exitCode = code;
});
