// Gives the parser the grammar snapshot that the build wrote beside the bundle
// (dist/grammar-snapshot.json, scripts/build.mjs), so that a command that parses skips
// Chevrotain's grammar recording and lookahead analysis. Running from the sources there is none,
// and the parser analyses its grammar as usual. Imports grammar/parser.ts.
import { readFileSync } from 'node:fs';
import { useGrammarSnapshot, type GrammarSnapshot } from '../../grammar/parser.ts';

export function loadGrammarSnapshot(): void {
  let text: string;
  try {
    text = readFileSync(new URL('./grammar-snapshot.json', import.meta.url), 'utf8');
  } catch {
    return; // not built: the parser records its grammar
  }
  useGrammarSnapshot(JSON.parse(text) as GrammarSnapshot);
}
