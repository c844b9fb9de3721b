// The playground page: a CodeMirror editor with EMD highlighting and the compiler's diagnostics
// inline, a model menu, Solve (run() in a worker), Format (the formatter, loaded on first use),
// result tables and plots, and shareable links.
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
  editor: $<HTMLElement>('editor'),
  results: $<HTMLElement>('results'),
  listing: $<HTMLElement>('listing'),
  log: $<HTMLElement>('log'),
  problems: $<HTMLElement>('problems'),
  tabs: [...document.querySelectorAll<HTMLButtonElement>('[data-tab]')],
};

/** The edited file: its path (what includes resolve against) and edits kept per path. */
let currentPath = 'playground/model.emd';
const edits = new Map<string, string>();
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

function check(path: string, text: string): Promise<LintDiagnostic[]> {
  return checker.check(nextId++, path, text);
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
    const ds = await check(path, text);
    return ds.map((d) => toCm(d, path, view.state.doc.length));
  },
  { delay: 400 },
);

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
  autocompletion({
    override: [
      lspCompletions((text) => ({
        path: currentPath,
        files: new Map([
          ...Object.entries(libraryFiles).map(([p, t]) => [normalizePath(p), t] as [string, string]),
          [normalizePath(currentPath), text],
        ]),
      })),
    ],
  }),
  syntaxHighlighting(emdHighlightStyle),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  emdLanguage,
  emdLinter,
  lintGutter(),
  keymap.of([
    { key: 'Mod-Enter', run: () => (solve(), true) },
    ...closeBracketsKeymap,
    ...defaultKeymap,
    ...searchKeymap,
    ...historyKeymap,
    ...completionKeymap,
    ...lintKeymap,
    indentWithTab,
  ]),
  EditorView.updateListener.of((u) => {
    if (u.docChanged) edits.set(currentPath, u.state.doc.toString());
  }),
];

const view = new EditorView({ parent: ui.editor, state: EditorState.create({ doc: '', extensions }) });

function openFile(path: string, text: string, opts: { keepHash?: boolean } = {}): void {
  currentPath = path;
  ui.fileName.textContent = sharedLabels.get(path) ?? path;
  view.setState(EditorState.create({ doc: text, extensions }));
  ui.modelSelect.value = libraryFiles[path] !== undefined || sharedLabels.has(path) ? path : '';
  ui.revert.disabled = libraryFiles[path] === undefined;
  if (!opts.keepHash)
    window.history.replaceState(
      null,
      '',
      libraryFiles[path] !== undefined ? `#model=${encodeURIComponent(path)}` : location.pathname,
    );
}

function openModel(path: string): void {
  openFile(path, edits.get(path) ?? libraryFiles[path] ?? '');
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
  runner.postMessage({
    kind: 'run',
    id,
    path: currentPath,
    text: view.state.doc.toString(),
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
  setStatus(m.json.ok ? `Done: ${summary}` : `Stopped: ${summary}`, m.json.ok ? 'done' : 'failed');
  ui.problems.textContent = m.rendered;
  for (const [path, text] of Object.entries(m.written)) ui.listing.append(`\n---- file ${path}\n${text}`);
  renderResults();
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
  const hash = await encodeShare({ path: currentPath, text: view.state.doc.toString() });
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
  openModel(currentPath);
});
ui.decimals.addEventListener('change', renderResults);
for (const b of ui.tabs) b.addEventListener('click', () => showTab(b.dataset.tab!));
window.addEventListener('hashchange', () => void openFromHash());
showTab('results');
setStatus('Ready. Ctrl+Enter solves.', 'idle');
void openFromHash();
