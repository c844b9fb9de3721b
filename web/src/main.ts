// The playground page: a CodeMirror editor with EMD highlighting and the compiler's diagnostics
// inline, the language server's completion, hover and go-to-definition (F12, Ctrl+click), a tab
// per file the model includes, a model menu, Solve (run() in a worker), Format (the formatter,
// loaded on first use), result tables and plots, shareable links, and upload and download of
// model files and of the results as CSV.
// Imports the page's modules and @codemirror/*; the compiler itself runs in worker.ts.
import { EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
  hoverTooltip,
} from '@codemirror/view';
import { defaultKeymap, history as undoHistory, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  syntaxHighlighting,
  defaultHighlightStyle,
  bracketMatching,
  indentOnInput,
} from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import {
  autocompletion,
  completionKeymap,
  closeBrackets,
  closeBracketsKeymap,
} from '@codemirror/autocomplete';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { emdLanguage, emdHighlightStyle } from './emd-mode.ts';
import { lspCompletions } from './complete.ts';
import { analysisOf, placeOf, plainHover } from './analysis.ts';
import { resultsCsv } from './results.ts';
import { normalizePath } from './host.ts';
import { libraryFiles, models } from './models.ts';
import { decodeShare, encodeShare, sharedFile } from './share.ts';
import { RUN_LIMIT_MS, WatchedChecker, timeoutMessage } from './watchdog.ts';
import { renderScalars, renderSolves, renderSymbols } from './results.ts';
import type { LintDiagnostic, WorkerRequest, WorkerResponse } from './protocol.ts';
import { lineAndColumn } from '../../src/text/source-file.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ui = {
  modelSelect: $<HTMLSelectElement>('model-select'),
  solverSelect: $<HTMLSelectElement>('solver-select'),
  solve: $<HTMLButtonElement>('solve'),
  stop: $<HTMLButtonElement>('stop'),
  share: $<HTMLButtonElement>('share'),
  format: $<HTMLButtonElement>('format'),
  revert: $<HTMLButtonElement>('revert'),
  decimals: $<HTMLSelectElement>('decimals'),
  status: $<HTMLElement>('status'),
  fileName: $<HTMLElement>('file-name'),
  fileTabs: $<HTMLElement>('file-tabs'),
  upload: $<HTMLInputElement>('upload'),
  downloadModel: $<HTMLButtonElement>('download-model'),
  downloadCsv: $<HTMLButtonElement>('download-csv'),
  editor: $<HTMLElement>('editor'),
  results: $<HTMLElement>('results'),
  listing: $<HTMLElement>('listing'),
  log: $<HTMLElement>('log'),
  problems: $<HTMLElement>('problems'),
  tabs: [...document.querySelectorAll<HTMLButtonElement>('[data-tab]')],
};

/**
 * The model (what Solve runs; its path is what includes resolve against), the file in the editor
 * (the model or one of its includes) and edits kept per path; `version` counts the edits.
 */
let mainPath = 'playground/model.emd';
let currentPath = mainPath;
const edits = new Map<string, string>();
let version = 0;
/** Files uploaded from disk, by path (`uploads/name`): runnable and includable like the library's. */
const uploaded = new Map<string, string>();
/** Paths of texts opened from links, with their labels ('shared: x.gms'). */
const sharedLabels = new Map<string, string>();

// ---------------------------------------------------------------- workers

/**
 * Two workers from the same script: one checks as you type, one runs (and is replaced on Stop,
 * the only way to interrupt a solve that never yields).
 */
function startWorker(): Worker {
  const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'emd' });
  w.postMessage({ kind: 'files', files: libraryFiles } satisfies WorkerRequest);
  return w;
}

let nextId = 1;
/** The check worker; replaced when a check does not answer in time (watchdog.ts). */
const checker = new WatchedChecker(startWorker);

let runner = startWorker();
let running: { id: number; t0: number } | undefined;

/** The text of a file: edited, else uploaded, else the library's. */
const textOf = (path: string): string => edits.get(path) ?? uploaded.get(path) ?? libraryFiles[path] ?? '';

/** Edited and uploaded files but the model, for the worker (it has the library). */
function otherEdits(): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(uploaded);
  for (const [p, t] of edits) out[p] = t;
  delete out[mainPath];
  return out;
}

/** Checks the model with the editor's text in place of its file; the tabs follow its includes. */
async function check(text: string): Promise<LintDiagnostic[]> {
  const others = otherEdits();
  if (currentPath !== mainPath) others[currentPath] = text;
  const main = currentPath === mainPath ? text : textOf(mainPath);
  const ds = await checker.check(nextId++, mainPath, main, others);
  showFileTabs(checker.files);
  return ds;
}

// ---------------------------------------------------------------- editor

function toCm(d: LintDiagnostic, path: string, docLength: number): CmDiagnostic {
  const here = d.file === path;
  const from = here ? Math.min(d.from, docLength) : 0;
  const to = here ? Math.min(Math.max(d.to, d.from), docLength) : 0;
  const where = !here && d.file ? `${d.file}:${d.line}:${d.column}: ` : '';
  return {
    from,
    to,
    severity: d.severity,
    source: d.code,
    message: `${where}${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}`,
  };
}

const emdLinter = linter(
  async (view) => {
    const path = currentPath;
    const text = view.state.doc.toString();
    const ds = await check(text);
    // Only this file's diagnostics and those of no file; an include's show in its own tab.
    return ds
      .filter((d) => d.file === path || d.file === null || path === mainPath)
      .map((d) => toCm(d, path, view.state.doc.length));
  },
  { delay: 400 },
);

/** Every file by path as the analysis reads it: library, uploads, edits and the editor's text. */
const analysisFor = analysisOf((text) => {
  const files = new Map<string, string>();
  for (const [p, t] of Object.entries(libraryFiles)) files.set(normalizePath(p), t);
  for (const [p, t] of [...uploaded, ...edits]) files.set(normalizePath(p), t);
  files.set(normalizePath(currentPath), text);
  return { main: mainPath, current: currentPath, files, version };
});

/** The language server's hover (lsp/hover.ts) as a tooltip. */
const emdHover = hoverTooltip(async (view, pos) => {
  const r = await analysisFor(view.state.doc.toString());
  if (!r) return null;
  const { hoverAt } = await import('../../src/lsp/hover.ts');
  const h = hoverAt(r.an, r.file, pos, placeOf);
  if (!h) return null;
  return {
    pos: h.span.start,
    end: h.span.end,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'cm-emd-hover';
      dom.textContent = plainHover(h.text);
      return { dom };
    },
  };
});

/** Go to the declaration of the name at `pos` (F12, Ctrl+click): in this file or in its tab. */
async function goToDefinition(view: EditorView, pos: number): Promise<boolean> {
  const r = await analysisFor(view.state.doc.toString());
  if (!r) return false;
  const { definitionOf } = await import('../../src/lsp/analysis.ts');
  const sp = definitionOf(r.an, r.file, pos);
  if (!sp) return false;
  if (sp.file.name !== normalizePath(currentPath)) openTab(sp.file.name);
  view.dispatch({ selection: { anchor: sp.start, head: sp.end }, scrollIntoView: true });
  view.focus();
  return true;
}

const extensions: Extension[] = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  undoHistory(),
  drawSelection(),
  indentOnInput(),
  bracketMatching(),
  closeBrackets(),
  highlightActiveLine(),
  highlightSelectionMatches(),
  autocompletion({ override: [lspCompletions(analysisFor)] }),
  emdHover,
  EditorView.domEventHandlers({
    mousedown: (e, v) => {
      if (!(e.ctrlKey || e.metaKey)) return false;
      const pos = v.posAtCoords({ x: e.clientX, y: e.clientY });
      if (pos === null) return false;
      e.preventDefault();
      void goToDefinition(v, pos);
      return true;
    },
  }),
  syntaxHighlighting(emdHighlightStyle),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  emdLanguage,
  emdLinter,
  lintGutter(),
  keymap.of([
    { key: 'Mod-Enter', run: () => (solve(), true) },
    { key: 'F12', run: (v) => (void goToDefinition(v, v.state.selection.main.head), true) },
    ...closeBracketsKeymap,
    ...defaultKeymap,
    ...searchKeymap,
    ...historyKeymap,
    ...completionKeymap,
    ...lintKeymap,
    indentWithTab,
  ]),
  EditorView.updateListener.of((u) => {
    if (u.docChanged) {
      edits.set(currentPath, u.state.doc.toString());
      version++;
    }
  }),
];

const view = new EditorView({ parent: ui.editor, state: EditorState.create({ doc: '', extensions }) });

/** Shows `path` (the model or one of its includes) in the editor, with its edits. */
function openTab(path: string): void {
  currentPath = path;
  view.setState(EditorState.create({ doc: textOf(path), extensions }));
  ui.revert.disabled = libraryFiles[path] === undefined;
  for (const b of ui.fileTabs.querySelectorAll<HTMLButtonElement>('button'))
    b.classList.toggle('active', b.dataset.file === path);
}

/** One tab per file the model reads: the model first, then its includes. */
function showFileTabs(files: readonly string[]): void {
  const list = files.length ? files : [mainPath];
  const shown = [...ui.fileTabs.querySelectorAll<HTMLButtonElement>('button')].map((b) => b.dataset.file);
  if (shown.join('\n') === list.join('\n')) return;
  ui.fileTabs.replaceChildren(
    ...list.map((f) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.file = f;
      b.textContent = f === mainPath ? (sharedLabels.get(f) ?? f) : f.slice(f.lastIndexOf('/') + 1);
      b.title = f;
      b.classList.toggle('active', f === currentPath);
      b.addEventListener('click', () => openTab(f));
      return b;
    }),
  );
}

function openFile(path: string, text: string, opts: { keepHash?: boolean } = {}): void {
  mainPath = currentPath = path;
  ui.fileName.textContent = sharedLabels.get(path) ?? path;
  ui.fileTabs.replaceChildren();
  showFileTabs([path]);
  view.setState(EditorState.create({ doc: text, extensions }));
  ui.modelSelect.value =
    libraryFiles[path] !== undefined || sharedLabels.has(path) || uploaded.has(path) ? path : '';
  ui.revert.disabled = libraryFiles[path] === undefined;
  if (!opts.keepHash)
    window.history.replaceState(
      null,
      '',
      libraryFiles[path] !== undefined ? `#model=${encodeURIComponent(path)}` : location.pathname,
    );
}

function openModel(path: string): void {
  openFile(path, textOf(path));
}

// ---------------------------------------------------------------- menu

function fillMenu(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  ui.modelSelect.append(new Option('(your model)', ''));
  for (const m of models) {
    let g = groups.get(m.group);
    if (!g) {
      g = document.createElement('optgroup');
      g.label = m.group;
      groups.set(m.group, g);
      ui.modelSelect.append(g);
    }
    const file = m.path.slice(m.path.lastIndexOf('/') + 1);
    const o = new Option(m.title === file ? file : `${file} — ${m.title}`, m.path);
    o.title = m.title;
    g.append(o);
  }
}

// ---------------------------------------------------------------- solve

function setStatus(text: string, state: 'idle' | 'running' | 'done' | 'failed'): void {
  ui.status.textContent = text;
  document.body.dataset.state = state;
  ui.solve.disabled = state === 'running';
  ui.stop.disabled = state !== 'running';
}

function showTab(name: string): void {
  for (const b of ui.tabs) b.classList.toggle('active', b.dataset.tab === name);
  for (const p of document.querySelectorAll<HTMLElement>('[data-panel]')) p.hidden = p.dataset.panel !== name;
}

function solve(): void {
  if (running) return;
  const id = nextId++;
  running = { id, t0: performance.now() };
  ui.listing.textContent = '';
  ui.log.textContent = '';
  ui.problems.textContent = '';
  setStatus('Solving…', 'running');
  const solver = ui.solverSelect.value || undefined;
  runner.onmessage = (e: MessageEvent<WorkerResponse>) => onRunMessage(e.data);
  runner.onerror = (e) => {
    e.preventDefault();
    finishFailed(`the worker failed: ${e.message}`);
  };
  // The run's watchdog: a run that never yields is stopped like Stop does.
  setTimeout(() => {
    if (running?.id === id) restartRunner(`Stopped: ${timeoutMessage('run', RUN_LIMIT_MS)}.`);
  }, RUN_LIMIT_MS);
  const others = otherEdits();
  if (currentPath !== mainPath) others[currentPath] = view.state.doc.toString();
  runner.postMessage({
    kind: 'run',
    id,
    path: mainPath,
    text: currentPath === mainPath ? view.state.doc.toString() : textOf(mainPath),
    edits: others,
    solver,
  } satisfies WorkerRequest);
}

let lastJson: Extract<WorkerResponse, { kind: 'done' }> | undefined;

function onRunMessage(m: WorkerResponse): void {
  if (!running || !('id' in m) || m.id !== running.id) return;
  if (m.kind === 'output') {
    ui.listing.append(m.out);
    ui.log.append(m.log);
    return;
  }
  if (m.kind === 'crashed') {
    finishFailed(`internal error (a bug): ${m.message}`);
    return;
  }
  if (m.kind !== 'done') return;
  running = undefined;
  lastJson = m;
  const errors = m.diagnostics.filter((d) => d.severity === 'error').length;
  const solves = m.json.solves.length;
  const summary = `${solves} solve${solves === 1 ? '' : 's'}, ${errors ? `${errors} error${errors === 1 ? '' : 's'}, ` : ''}${m.seconds.toFixed(2)} s`;
  const pool = m.solveWorkers.length ? `, asynchronous solves on ${m.solveWorkers.length} Web Workers` : '';
  document.body.dataset.solveWorkers = m.solveWorkers.join(' ');
  setStatus(
    m.json.ok ? `Done: ${summary}${pool}` : `Stopped: ${summary}${pool}`,
    m.json.ok ? 'done' : 'failed',
  );
  ui.problems.textContent = m.rendered;
  for (const [path, text] of Object.entries(m.written)) ui.listing.append(`\n---- file ${path}\n${text}`);
  renderResults();
  ui.downloadCsv.disabled = false;
  showTab('results');
}

function renderResults(): void {
  if (!lastJson) return;
  const decimals = Number(ui.decimals.value);
  const json = lastJson.json;
  const parts: HTMLElement[] = [];
  if (json.solves.length) parts.push(renderSolves(json, decimals));
  if (lastJson.rendered) {
    const pre = document.createElement('pre');
    const worst = lastJson.diagnostics.some((d) => d.severity === 'error')
      ? 'error'
      : lastJson.diagnostics.some((d) => d.severity === 'warning')
        ? 'warning'
        : 'info';
    pre.className = `diagnostics severity-${worst}`;
    pre.textContent = lastJson.rendered;
    parts.push(pre);
  }
  const scalars = renderScalars(json, decimals);
  if (scalars) parts.push(scalars);
  const symbols = renderSymbols(json, decimals);
  parts.push(symbols);
  ui.results.replaceChildren(...parts);
  import('./plots.ts')
    .then(({ renderPlots }) => renderPlots(json, symbols))
    .catch((err: Error) => {
      symbols.prepend(`plots unavailable: ${err.message}`);
    });
}

function finishFailed(message: string): void {
  running = undefined;
  ui.problems.textContent = message;
  setStatus(message.split('\n')[0], 'failed');
  showTab('problems');
}

function restartRunner(status: string): void {
  runner.terminate();
  runner = startWorker();
  running = undefined;
  setStatus(status, 'failed');
}

function stop(): void {
  if (running) restartRunner('Stopped by the user.');
}

// ---------------------------------------------------------------- share

async function share(): Promise<void> {
  const hash = await encodeShare({ path: mainPath, text: textOf(mainPath) || view.state.doc.toString() });
  window.history.replaceState(null, '', `#${hash}`);
  try {
    await navigator.clipboard.writeText(location.href);
    ui.status.textContent = 'Link copied to the clipboard.';
  } catch {
    ui.status.textContent = 'Link is in the address bar.';
  }
}

async function openFromHash(): Promise<void> {
  const h = await decodeShare(location.hash);
  if (h.kind === 'code') {
    // The link's path is not trusted: the text opens under a name of its own, never as a library
    // file (its edits are kept under that name like any other file's).
    const f = sharedFile(h.model.path, [...Object.keys(libraryFiles), ...sharedLabels.keys()]);
    sharedLabels.set(f.path, f.label);
    edits.set(f.path, h.model.text);
    const o = new Option(f.label, f.path);
    o.title = f.path;
    ui.modelSelect.append(o);
    openFile(f.path, h.model.text, { keepHash: true });
  } else if (h.kind === 'model' && libraryFiles[h.path] !== undefined) openModel(h.path);
  else {
    openModel(models.find((m) => m.path === 'models/classic/transport.gms')?.path ?? models[0].path);
    if (h.kind === 'bad') setStatus(`Could not open the link: ${h.message}.`, 'failed');
    else if (h.kind === 'model') setStatus(`No model ${h.path} in the library.`, 'failed');
  }
}

// ---------------------------------------------------------------- format

/** Format the editor's text as `emd fmt` does (the formatter loads on first use). */
async function format(): Promise<void> {
  const { formatSource } = await import('../../src/prettier/format.ts');
  const text = view.state.doc.toString();
  const r = formatSource(text, { fileName: currentPath });
  if (!r.ok) {
    const d = r.diagnostics[0];
    const at = d?.span ? ` (line ${lineAndColumn(d.span.file, d.span.start).line}: ${d.message})` : '';
    setStatus(`Not formatted: the model has syntax errors${at}. Fix them and format again.`, 'idle');
    return;
  }
  if (r.text !== text) view.dispatch({ changes: { from: 0, to: text.length, insert: r.text } });
  setStatus(r.text === text ? 'Already formatted.' : 'Formatted.', 'idle');
}

// ---------------------------------------------------------------- upload and download

/** Saves `text` as a file named `name` through the browser's download. */
function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * Opens model files from disk: each under `uploads/` (so a model's `$include`s of the other files
 * find them); the first .gms or .emd file opens as the model.
 */
async function upload(files: FileList): Promise<void> {
  let first: string | undefined;
  for (const f of [...files]) {
    const path = `uploads/${f.name.replace(/[\\/]/g, '_')}`;
    uploaded.set(path, await f.text());
    edits.delete(path);
    if (!first && /\.(gms|emd)$/i.test(f.name)) first = path;
    if (![...ui.modelSelect.options].some((o) => o.value === path)) {
      const o = new Option(`uploaded: ${f.name}`, path);
      o.title = path;
      ui.modelSelect.append(o);
    }
  }
  version++;
  if (first) openFile(first, textOf(first));
  setStatus(`Uploaded ${files.length} file${files.length === 1 ? '' : 's'}.`, 'idle');
}

// ---------------------------------------------------------------- wiring

fillMenu();
ui.modelSelect.addEventListener('change', () => {
  if (ui.modelSelect.value) openModel(ui.modelSelect.value);
});
ui.solve.addEventListener('click', solve);
ui.stop.addEventListener('click', stop);
ui.share.addEventListener('click', () => void share());
ui.format.addEventListener('click', () => void format());
ui.revert.addEventListener('click', () => {
  edits.delete(currentPath);
  version++;
  if (currentPath === mainPath) openModel(currentPath);
  else openTab(currentPath);
});
ui.decimals.addEventListener('change', renderResults);
ui.upload.addEventListener('change', () => {
  if (ui.upload.files?.length) void upload(ui.upload.files).then(() => (ui.upload.value = ''));
});
ui.downloadModel.addEventListener('click', () =>
  download(currentPath.slice(currentPath.lastIndexOf('/') + 1), view.state.doc.toString(), 'text/plain'),
);
ui.downloadCsv.addEventListener('click', () => {
  if (lastJson)
    download(
      `${mainPath.slice(mainPath.lastIndexOf('/') + 1).replace(/\.\w+$/, '')}.csv`,
      resultsCsv(lastJson.json),
      'text/csv',
    );
});
for (const b of ui.tabs) b.addEventListener('click', () => showTab(b.dataset.tab!));
window.addEventListener('hashchange', () => void openFromHash());
showTab('results');
setStatus('Ready. Ctrl+Enter solves.', 'idle');
void openFromHash();
