// Regenerates generated documentation (docs/diagnostics.md) from the sources.
import { writeFileSync } from 'node:fs';
import { renderCatalogue } from '../src/diagnostics/catalogue.ts';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), renderCatalogue());
console.log('docs/diagnostics.md written');
