// Renders the catalogue of every diagnostic code (docs/diagnostics.md) from the message table.
// Imports messages.ts.
import { allMessageTables } from './messages.ts';

const PHASES: Record<string, string> = {
  host: 'Files and command line (E0xxx)',
  syntax: 'Lexing and parsing (E1xxx)',
  check: 'Binding and checking (E2xxx)',
  exec: 'Execution (E3xxx)',
  model: 'Model generation and classification (E4xxx)',
  solver: 'Solvers (E5xxx)',
  gdx: 'GDX files (E7xxx)',
};

export function renderCatalogue(): string {
  const out: string[] = [
    '# Diagnostics',
    '',
    'Every diagnostic EMD reports, by code. Errors (`E`) stop the run; warnings (`W`) do not.',
    'Generated from `src/diagnostics/messages/` by `npm run docs`; a test keeps this file in step.',
    '',
  ];
  for (const [phase, table] of Object.entries(allMessageTables)) {
    const defs = Object.values(table).sort((a, b) => a.code.localeCompare(b.code));
    if (!defs.length) continue;
    out.push(`## ${PHASES[phase] ?? phase}`, '', '| code | severity | message |', '| --- | --- | --- |');
    for (const d of defs) out.push(`| ${d.code} | ${d.severity} | ${d.text.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}
