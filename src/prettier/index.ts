// Prettier plugin for EMD/GAMS models (.emd, .gms): `prettier --plugin ./src/prettier/plugin.js`.
// The parser runs EMD's own parser and formatter (format.ts) and refuses files with syntax errors;
// the printer hands Prettier the formatted text. Imports prettier/doc, diagnostics/ and format.ts.
import type { Parser, Plugin, Printer, SupportLanguage } from 'prettier';
import { utils } from 'prettier/doc';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { lineAndColumn } from '../text/source-file.ts';
import { formatSource } from './format.ts';

/** The parsed (and already formatted) file: Prettier only needs a root node with offsets. */
export interface EmdRoot {
  readonly type: 'emd-root';
  readonly formatted: string;
  readonly start: number;
  readonly end: number;
}

export const languages: SupportLanguage[] = [
  {
    name: 'EMD',
    parsers: ['emd'],
    // .inc: the files models $include (Prettier would otherwise take them for HTML).
    extensions: ['.emd', '.gms', '.inc'],
    vscodeLanguageIds: ['emd'],
  },
];

/** A syntax error as Prettier reports it: the rendered EMD diagnostics, with the first location. */
export class EmdSyntaxError extends Error {
  readonly loc?: { start: { line: number; column: number } };
  constructor(message: string, loc?: { line: number; column: number }) {
    super(message);
    this.name = 'SyntaxError';
    if (loc) this.loc = { start: loc };
  }
}

const emdParser: Parser<EmdRoot> = {
  astFormat: 'emd',
  parse(text, options) {
    const fileName = options.filepath ?? 'input.emd';
    const r = formatSource(text, { printWidth: options.printWidth, fileName });
    if (!r.ok) {
      const first = r.diagnostics[0]?.span;
      const loc = first ? lineAndColumn(first.file, first.start) : undefined;
      throw new EmdSyntaxError(renderDiagnostics(r.diagnostics), loc);
    }
    return { type: 'emd-root', formatted: r.text, start: 0, end: text.length };
  },
  locStart: (n) => n.start,
  locEnd: (n) => n.end,
};

const emdPrinter: Printer<EmdRoot> = {
  print(path) {
    // Line breaks as Prettier's literal lines, so that its endOfLine option applies.
    return utils.replaceEndOfLine(path.node.formatted);
  },
};

export const parsers = { emd: emdParser };
export const printers = { emd: emdPrinter };

const plugin: Plugin<EmdRoot> = { languages, parsers, printers };
export default plugin;
