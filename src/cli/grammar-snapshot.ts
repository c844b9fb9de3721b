// Gives the parser the grammar snapshot that the build wrote beside the bundle
// (dist/grammar-snapshot.json, scripts/build.mjs), so that a command that parses skips
// Chevrotain's grammar recording and lookahead analysis. Running from the sources there is none,
// and the parser analyses its grammar as usual. The VS Code extension's bundled language server
// reads the one its own bundle script wrote beside out/server.js. Imports grammar/parser.ts.
import { readFileSync } from 'node:fs';
import { useGrammarSnapshot, type GrammarSnapshot } from '../../grammar/parser.ts';

export function loadGrammarSnapshot(file: URL = new URL('./grammar-snapshot.json', import.meta.url)): void {
  let snapshot: GrammarSnapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as GrammarSnapshot;
  } catch {
    return; // not built, or damaged: the parser records its grammar
  }
  useGrammarSnapshot(snapshot);
}
