// Entry point of the language server bundled into the extension (out/server.js, built by
// scripts/bundle.mjs from the EMD sources): `node out/server.js --stdio`. The extension runs it with
// VS Code's own Node when no EMD is found in the workspace, so the extension works out of the box.
import { runStdioServer } from '../../../src/lsp/server.ts';

void runStdioServer().then((code) => {
  process.exitCode = code;
});
