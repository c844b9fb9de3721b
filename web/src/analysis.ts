// The language server's analysis of the model in the page (lsp/analysis.ts, loaded on first use),
// for completion, hover and go-to-definition: the model read from the bundled library with the
// edited texts in place, cached until a text changes. Also the hover as plain text. Imports api.ts,
// lsp/ (lazily), text/ and the playground's host.
import type { Analysis } from '../../src/lsp/analysis.ts';
import type { SourceFile, Span } from '../../src/text/source-file.ts';
import { lineAndColumn } from '../../src/text/source-file.ts';
import { loadSource } from '../../src/api.ts';
import { memoryHost, normalizePath } from './host.ts';

/**
 * The model to analyse when the edited file's text is `text`: the model's path (what Solve runs),
 * the path of the file in the editor (the model or one of its includes) and every file by path.
 */
export type ModelFiles = (text: string) => {
  main: string;
  current: string;
  files: Map<string, string>;
  /** Changes whenever an edited text does. */
  version: number;
};

export interface EditedAnalysis {
  readonly an: Analysis;
  /** The file in the editor, as the analysis read it (hover and definition take its offsets). */
  readonly file: SourceFile;
}

/** An analysis source: the analysis for the editor's text, recomputed only when a text changed. */
export function analysisOf(filesOf: ModelFiles): (text: string) => Promise<EditedAnalysis | undefined> {
  let cached: { key: string; value: EditedAnalysis | undefined } | undefined;
  return async (text) => {
    const { analyze } = await import('../../src/lsp/analysis.ts');
    const { main, current, files, version } = filesOf(text);
    const key = JSON.stringify([main, current, version, text]);
    if (cached?.key !== key) {
      const host = memoryHost(files);
      const root = loadSource(normalizePath(main), host).file;
      const an = root && analyze(root, host);
      const file = an?.files.find((f) => f.name === normalizePath(current));
      cached = { key, value: an && file ? { an, file } : undefined };
    }
    return cached.value;
  };
}

/** Where a declaration is, as the hover shows it: `file:line`. */
export function placeOf(sp: Span): string {
  return `${sp.file.name}:${lineAndColumn(sp.file, sp.start).line}`;
}

/** The language server's Markdown hover as plain text (code fences and emphasis dropped). */
export function plainHover(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !l.startsWith('```'))
    .join('\n')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}
