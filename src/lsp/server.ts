// The EMD language server (LSP over stdin/stdout, `emd lsp`): diagnostics as you type (parse +
// check, debounced), hover, go to definition, find references, completion (symbols, options,
// solvers, dollar options), the outline, formatting and range formatting through the Prettier
// plugin, rename, semantic tokens, quick fixes, folding, highlights, signature help, workspace
// symbols and `$include` links. Imports vscode-languageserver, lsp/ (analysis.ts, features.ts,
// hover.ts), prettier/ (the formatter), text/ and diagnostics/.
import {
  CodeActionKind,
  CompletionItemKind,
  DocumentHighlightKind,
  FoldingRangeKind,
  ResponseError,
  DiagnosticSeverity,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type DocumentHighlight,
  type DocumentLink,
  type FoldingRange,
  type SymbolInformation,
  type WorkspaceEdit,
  type Diagnostic as LspDiagnostic,
  type InitializeResult,
  type DocumentSymbol,
  type Location,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSourceFile, lineAndColumn, type SourceFile, type Span } from '../text/source-file.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ParseHost } from '../syntax/parse.ts';
import {
  analyze,
  completionsAt,
  definitionOf,
  documentSymbols,
  referencesOf,
  type Analysis,
  type CompletionKind,
} from './analysis.ts';
import type { Sym } from '../bind/symbols.ts';
import { hoverAt } from './hover.ts';
import {
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  foldingRanges,
  highlights,
  includeLinks,
  outline,
  quickFixes,
  renameSpans,
  renameTarget,
  semanticTokens,
  signatureAt,
  statementsInRange,
  type OutlineItem,
} from './features.ts';
import { formatSource } from '../prettier/format.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';

/** Milliseconds of quiet typing before a document is analysed again. */
const DEBOUNCE_MS = 150;

/**
 * The file path of a `file:` URI, or undefined for any other URI and for one Node cannot map to a
 * path here (`file://server/share/m.gms`, `file:///a%2Fb.gms`, `file:///%E0%A4%A.gms`).
 */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Whether real path `p` is `dir` or inside it. */
const within = (p: string, dir: string) => p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function realPathOf(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/**
 * Run a request handler; an exception (a bug) is logged on stderr and answered with `fallback`:
 * the server must never exit because of one request or one document.
 */
function guarded<A extends unknown[], R>(name: string, fallback: R, fn: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    try {
      return fn(...a);
    } catch (e) {
      process.stderr.write(
        `emd lsp: internal error in ${name} (this is a bug): ${e instanceof Error ? e.stack : String(e)}\n`,
      );
      return fallback;
    }
  };
}
function pathToUri(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[A-Za-z]:[\\/]/.test(path) ? path : pathToFileURL(path).href;
}

/** LSP range of a span (offsets are UTF-16 code units, as LSP positions count by default). */
export function rangeOf(sp: Span | undefined): Range {
  if (!sp) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const a = lineAndColumn(sp.file, sp.start);
  const b = lineAndColumn(sp.file, Math.max(sp.start, sp.end));
  return {
    start: { line: a.line - 1, character: a.column - 1 },
    end: { line: b.line - 1, character: b.column - 1 },
  };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: rangeOf(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'emd',
    message: d.hint ? `${d.message}\nhint: ${d.hint}` : d.message,
  };
}

const SYMBOL_KIND: Record<Sym['kind'], SymbolKind> = {
  set: SymbolKind.Enum,
  alias: SymbolKind.TypeParameter,
  parameter: SymbolKind.Constant,
  variable: SymbolKind.Variable,
  equation: SymbolKind.Function,
  model: SymbolKind.Module,
  file: SymbolKind.File,
};

function completionKind(k: CompletionKind, s?: Sym['kind']): CompletionItemKind {
  switch (k) {
    case 'keyword':
      return CompletionItemKind.Keyword;
    case 'function':
      return CompletionItemKind.Function;
    case 'label':
      return CompletionItemKind.EnumMember;
    case 'attribute':
      return CompletionItemKind.Property;
    case 'modelType':
    case 'solver':
      return CompletionItemKind.Value;
    case 'option':
      return CompletionItemKind.Property;
    case 'directive':
      return CompletionItemKind.Keyword;
    default:
      return s === 'set' || s === 'alias'
        ? CompletionItemKind.Enum
        : s === 'variable'
          ? CompletionItemKind.Variable
          : s === 'equation'
            ? CompletionItemKind.Function
            : s === 'model'
              ? CompletionItemKind.Module
              : s === 'file'
                ? CompletionItemKind.File
                : CompletionItemKind.Constant;
  }
}

/**
 * Format through Prettier and the EMD plugin (honouring .prettierrc), or the formatter alone.
 * A file with syntax errors is not formatted: `why` says so, with the first error.
 */
async function formatText(text: string, path: string): Promise<{ text?: string; why?: string }> {
  const refused = (first: string) =>
    `EMD: not formatted: the file has syntax errors (${first.split('\n')[0].trim()}). Fix them and format again.`;
  try {
    const prettier = await import('prettier');
    const plugin = (await import('../prettier/index.ts')).default;
    const config =
      path.startsWith('/') || /^[A-Za-z]:/.test(path) ? await prettier.resolveConfig(path) : null;
    return {
      text: await prettier.format(text, {
        ...(config ?? {}),
        parser: 'emd',
        plugins: [plugin],
        filepath: path,
      }),
    };
  } catch (e) {
    if (e instanceof Error && e.name === 'SyntaxError') return { why: refused(e.message) };
    // Prettier is not installed: the same formatter directly.
    const r = formatSource(text, { fileName: path });
    if (r.ok) return { text: r.text };
    return { why: refused(r.diagnostics.length ? renderDiagnostics(r.diagnostics.slice(0, 1)) : '') };
  }
}

/** Wire the language features to a connection and start listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, { version: number; file: SourceFile; analysis: Analysis }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** URIs of included files that got diagnostics from each open document. */
  const published = new Map<string, Set<string>>();

  /** Real paths of the workspace folders the client declared: `$include` reads only inside them. */
  let workspace: string[] = [];
  const inWorkspace = (path: string) => {
    if (!workspace.length) return true;
    const real = realPathOf(path) ?? realPathOf(dirname(path));
    return real !== undefined && workspace.some((w) => within(real, w));
  };

  /** Files for `$include`: open documents first (unsaved edits), then the disk. */
  const host: ParseHost & { readBinaryFile(path: string): Uint8Array | undefined } = {
    readFile(path) {
      if (!inWorkspace(path)) return undefined;
      const open = documents.get(pathToUri(path));
      if (open) return open.getText();
      try {
        return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    /** GDX files of `$gdxin`. */
    readBinaryFile(path) {
      try {
        return statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : undefined;
      } catch {
        return undefined;
      }
    },
    resolve: (from, rel) => resolve(dirname(from), rel),
    realPath: realPathOf,
  };

  const analysisOf = (doc: TextDocument) => {
    const c = cache.get(doc.uri);
    if (c && c.version === doc.version) return c;
    const path = uriToPath(doc.uri);
    const file = createSourceFile(path ?? doc.uri, doc.getText());
    // A document outside the workspace (or with no file path) reads no other file.
    const entry = {
      version: doc.version,
      file,
      analysis: analyze(file, path !== undefined && inWorkspace(path) ? host : undefined),
    };
    cache.set(doc.uri, entry);
    return entry;
  };

  const validate = guarded('diagnostics', undefined, (doc: TextDocument) => {
    const { file, analysis } = analysisOf(doc);
    const byUri = new Map<string, LspDiagnostic[]>([[doc.uri, []]]);
    for (const d of analysis.diagnostics) {
      const uri = !d.span || d.span.file === file ? doc.uri : pathToUri(d.span.file.name);
      if (!byUri.has(uri)) byUri.set(uri, []);
      byUri.get(uri)!.push(toLspDiagnostic(d));
    }
    const before = published.get(doc.uri) ?? new Set<string>();
    for (const uri of before) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    published.set(doc.uri, new Set([...byUri.keys()].filter((u) => u !== doc.uri)));
  });

  const schedule = (doc: TextDocument) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const cur = documents.get(doc.uri);
        if (cur) validate(cur);
      }, DEBOUNCE_MS),
    );
  };

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace = folders
      .map(uriToPath)
      .map((p) => (p === undefined ? undefined : (realPathOf(p) ?? p)))
      .filter((p): p is string => p !== undefined);
    return initializeResult;
  });
  const initializeResult: InitializeResult = {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      completionProvider: { triggerCharacters: ['.', '(', ',', "'", '$', ' '] },
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: {
        legend: { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS },
        full: true,
      },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      foldingRangeProvider: true,
      documentHighlightProvider: true,
      signatureHelpProvider: { triggerCharacters: ['(', ','] },
      workspaceSymbolProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentRangeFormattingProvider: true,
    },
    serverInfo: { name: 'emd' },
  };

  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    cache.delete(e.document.uri);
    for (const uri of [e.document.uri, ...(published.get(e.document.uri) ?? [])])
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    published.delete(e.document.uri);
  });

  const at = (uri: string, pos: { line: number; character: number }) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const entry = analysisOf(doc);
    return { doc, ...entry, offset: doc.offsetAt(pos) };
  };
  const location = (sp: Span, docUri: string, file: SourceFile): Location => ({
    uri: sp.file === file ? docUri : pathToUri(sp.file.name),
    range: rangeOf(sp),
  });

  /** A declaration's place as a link, its path relative to the workspace folder that holds it. */
  const declLink = (sp: Span) => {
    const { line } = lineAndColumn(sp.file, sp.start);
    const real = realPathOf(sp.file.name) ?? sp.file.name;
    const folder = workspace.find((w) => within(real, w));
    const shown = folder ? relative(folder, real).split(sep).join('/') : basename(sp.file.name);
    return `[${shown}:${line}](${pathToUri(sp.file.name)}#L${line})`;
  };

  connection.onHover(
    guarded('hover', null, (p) => {
      const x = at(p.textDocument.uri, p.position);
      const h = x && hoverAt(x.analysis, x.file, x.offset, declLink);
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.text }, range: rangeOf(h.span) } : null;
    }),
  );

  connection.onDefinition(
    guarded('definition', null, (p) => {
      const x = at(p.textDocument.uri, p.position);
      const sp = x && definitionOf(x.analysis, x.file, x.offset);
      return sp ? location(sp, p.textDocument.uri, x.file) : null;
    }),
  );

  connection.onReferences(
    guarded('references', [] as Location[], (p) => {
      const x = at(p.textDocument.uri, p.position);
      if (!x) return [];
      return referencesOf(x.analysis, x.file, x.offset, p.context.includeDeclaration).map((sp) =>
        location(sp, p.textDocument.uri, x.file),
      );
    }),
  );

  connection.onCompletion(
    guarded('completion', [] as CompletionItem[], (p): CompletionItem[] => {
      const x = at(p.textDocument.uri, p.position);
      if (!x) return [];
      return completionsAt(x.analysis, x.doc.getText(), x.offset).map((c) => ({
        label: c.label,
        kind: completionKind(c.kind, c.symbolKind),
        detail: c.detail,
        sortText: `${c.rank}_${c.label.toLowerCase()}`,
      }));
    }),
  );

  const toDocumentSymbol = (it: OutlineItem): DocumentSymbol => ({
    name: it.name,
    detail: it.detail,
    kind: it.kind === 'definition' ? SymbolKind.Method : SYMBOL_KIND[it.kind],
    range: rangeOf(it.span),
    selectionRange: rangeOf(it.selection),
    children: it.children.map(toDocumentSymbol),
  });
  connection.onDocumentSymbol(
    guarded('documentSymbol', [] as DocumentSymbol[], (p): DocumentSymbol[] => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const { file, analysis } = analysisOf(doc);
      const details = new Map(documentSymbols(analysis, file).map((d) => [d.span, d.detail]));
      return outline(analysis, file, (s) => details.get(s.declSpan) ?? s.name).map(toDocumentSymbol);
    }),
  );

  connection.onPrepareRename(
    guarded('prepareRename', null, (p) => {
      const x = at(p.textDocument.uri, p.position);
      const sp = x && renameTarget(x.analysis, x.file, x.offset);
      return sp ? { range: rangeOf(sp), placeholder: sp.file.text.slice(sp.start, sp.end) } : null;
    }),
  );

  connection.onRenameRequest((p): WorkspaceEdit | ResponseError | null => {
    const x = at(p.textDocument.uri, p.position);
    if (!x) return null;
    const r = renameSpans(x.analysis, x.file, x.offset, p.newName);
    if ('error' in r) return new ResponseError(-32602, r.error);
    const changes: Record<string, TextEdit[]> = {};
    for (const sp of r.spans) {
      const uri = sp.file === x.file ? p.textDocument.uri : pathToUri(sp.file.name);
      (changes[uri] ??= []).push({ range: rangeOf(sp), newText: p.newName });
    }
    return { changes };
  });

  connection.languages.semanticTokens.on(
    guarded('semanticTokens', { data: [] as number[] }, (p) => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return { data: [] };
      const { file, analysis } = analysisOf(doc);
      return { data: semanticTokens(analysis, file) };
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', [] as CodeAction[], (p): CodeAction[] => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const { file, analysis } = analysisOf(doc);
      return quickFixes(analysis, file, doc.offsetAt(p.range.start), doc.offsetAt(p.range.end)).map((f) => {
        const changes: Record<string, TextEdit[]> = {};
        for (const c of f.changes)
          (changes[c.file === file ? doc.uri : pathToUri(c.file.name)] ??= []).push({
            range: rangeOf({ file: c.file, start: c.start, end: c.end }),
            newText: c.newText,
          });
        return {
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLspDiagnostic(f.diagnostic)],
          isPreferred: f.preferred,
          edit: { changes },
        };
      });
    }),
  );

  connection.onFoldingRanges(
    guarded('foldingRanges', [] as FoldingRange[], (p): FoldingRange[] => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const { file, analysis } = analysisOf(doc);
      return foldingRanges(analysis, file).map((f) => ({
        startLine: f.startLine,
        endLine: f.endLine,
        ...(f.comment ? { kind: FoldingRangeKind.Comment } : {}),
      }));
    }),
  );

  connection.onDocumentHighlight(
    guarded('documentHighlight', [] as DocumentHighlight[], (p): DocumentHighlight[] => {
      const x = at(p.textDocument.uri, p.position);
      if (!x) return [];
      return highlights(x.analysis, x.file, x.offset).map((h) => ({
        range: rangeOf(h.span),
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    }),
  );

  connection.onSignatureHelp(
    guarded('signatureHelp', null, (p) => {
      const x = at(p.textDocument.uri, p.position);
      const sig = x && signatureAt(x.analysis, x.doc.getText(), x.offset);
      if (!sig) return null;
      return {
        signatures: [
          {
            label: sig.label,
            documentation: sig.doc,
            parameters: sig.parameters.map((label) => ({ label })),
          },
        ],
        activeSignature: 0,
        activeParameter: sig.active,
      };
    }),
  );

  connection.onWorkspaceSymbol(
    guarded('workspaceSymbol', [] as SymbolInformation[], (p): SymbolInformation[] => {
      const q = p.query.toLowerCase();
      const out: SymbolInformation[] = [];
      const seen = new Set<string>();
      for (const doc of documents.all()) {
        const { file, analysis } = analysisOf(doc);
        for (const s of analysis.table.ordered) {
          if (!s.name.toLowerCase().includes(q)) continue;
          const uri = s.declSpan.file === file ? doc.uri : pathToUri(s.declSpan.file.name);
          const key = `${uri}#${s.declSpan.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            name: s.name,
            kind: SYMBOL_KIND[s.kind],
            location: { uri, range: rangeOf(s.declSpan) },
          });
        }
      }
      return out;
    }),
  );

  connection.onDocumentLinks(
    guarded('documentLinks', [] as DocumentLink[], (p): DocumentLink[] => {
      const doc = documents.get(p.textDocument.uri);
      const path = uriToPath(p.textDocument.uri);
      if (!doc || path === undefined) return [];
      const { file } = analysisOf(doc);
      const exists = (f: string) =>
        inWorkspace(f) && (documents.get(pathToUri(f)) !== undefined || isFile(f));
      return includeLinks(file, (rel) => resolve(dirname(path), rel), exists).flatMap((l) =>
        l.target
          ? [{ range: rangeOf({ file, start: l.start, end: l.end }), target: pathToUri(l.target) }]
          : [],
      );
    }),
  );

  /**
   * One edit replacing [start, end) of the document by its formatted text, or none; a file with
   * syntax errors gets a warning saying why (a notification, not window.showWarningMessage: a
   * request that clients may not answer).
   */
  const formatEdits = async (doc: TextDocument, start: number, end: number): Promise<TextEdit[]> => {
    const slice = doc.getText().slice(start, end);
    const r = await formatText(slice, uriToPath(doc.uri) ?? 'untitled.emd').catch(() => ({
      text: undefined,
      why: undefined,
    }));
    if (r.why)
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: r.why,
      });
    if (r.text === undefined) return [];
    // A range inside the document keeps what follows its last statement on the line.
    const whole = end === doc.getText().length || slice.endsWith('\n');
    const out = whole ? r.text : r.text.replace(/\n$/, '');
    if (out === slice) return [];
    return [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: out }];
  };

  connection.onDocumentRangeFormatting(async (p): Promise<TextEdit[]> => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const cover = guarded('rangeFormatting', undefined, () => {
      const { file, analysis } = analysisOf(doc);
      return statementsInRange(analysis, file, doc.offsetAt(p.range.start), doc.offsetAt(p.range.end));
    })();
    return cover ? formatEdits(doc, cover[0], cover[1]) : [];
  });

  connection.onDocumentFormatting(async (p): Promise<TextEdit[]> => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? formatEdits(doc, 0, doc.getText().length) : [];
  });

  documents.listen(connection);
  connection.listen();
}

/** `emd lsp`: serve on stdin/stdout until the client says exit (the connection ends the process). */
export function runStdioServer(): Promise<number> {
  // stdout carries the protocol: anything logged must go to stderr.
  const toErr = (...a: unknown[]) => void process.stderr.write(a.map(String).join(' ') + '\n');
  console.log = toErr;
  console.info = toErr;
  console.debug = toErr;
  // Last line of defence: a bug in a timer or a handler is logged, and the server goes on.
  process.on('uncaughtException', (e) => toErr('emd lsp: internal error (this is a bug):', e?.stack ?? e));
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection);
  return new Promise<number>(() => undefined);
}
