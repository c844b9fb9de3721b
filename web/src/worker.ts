// The playground's compiler worker: lint.ts for the editor's diagnostics and run() for Solve, over
// the in-memory host (bundled models plus the edited file). Results go back as the --json
// document. Imports api.ts, diagnostics/ and the playground's host, lint and protocol; never the DOM.
import { loadSource, resultToJson, run } from '../../src/api.ts';
import { renderDiagnostics } from '../../src/diagnostics/render.ts';
import { memoryHost, normalizePath } from './host.ts';
import { checkModel, toLint } from './lint.ts';
import { filelessDiagnostic, type WorkerRequest, type WorkerResponse } from './protocol.ts';
import { asksForAsyncSolves, canSharePool, WebPool, type WebPoolBackend } from './solve-pool.ts';

const library = new Map<string, string>();
/** The Web Workers of asynchronous solves, started at the first run that asks for them. */
let solvePool: WebPool | undefined;

const post = (m: WorkerResponse) => (self as unknown as Worker).postMessage(m);

/** The library with the edited texts in place of their files. */
function filesWith(
  path: string,
  text: string,
  edits: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const files = new Map(library);
  for (const [p, t] of Object.entries(edits)) files.set(normalizePath(p), t);
  files.set(normalizePath(path), text);
  return files;
}

function check(m: Extract<WorkerRequest, { kind: 'check' }>): void {
  post({ kind: 'checked', id: m.id, ...checkModel(filesWith(m.path, m.text, m.edits), m.path) });
}

async function solve(m: Extract<WorkerRequest, { kind: 'run' }>): Promise<void> {
  const { id, path, solver } = m;
  const t0 = performance.now();
  const written = new Map<string, string>();
  const host = memoryHost(filesWith(path, m.text, m.edits), written);
  // Output is sent in batches: a loop of many solves would otherwise post thousands of messages.
  let out = '';
  let log = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (out || log) post({ kind: 'output', id, out, log });
    out = log = '';
  };
  const later = () => (timer ??= setTimeout(flush, 100));
  const loaded = loadSource(normalizePath(path), host);
  if (!loaded.file) {
    post({
      kind: 'done',
      id,
      json: { ok: false, diagnostics: [], solves: [], symbols: {} },
      diagnostics: loaded.diagnostics.map(toLint),
      rendered: renderDiagnostics(loaded.diagnostics),
      written: {},
      seconds: 0,
      solveWorkers: [],
    });
    return;
  }
  // Asynchronous solves (solveLink 3 or 6) on Web Workers when the page is cross-origin isolated,
  // started before the run (solve-pool.ts says why) and kept for the next runs.
  let backend: WebPoolBackend | undefined;
  // The model's own texts (the library's other files would always contain some).
  const texts = [m.text, ...Object.values(m.edits ?? {})];
  const pool = canSharePool() && asksForAsyncSolves(texts) ? (solvePool ??= new WebPool()) : undefined;
  await pool?.ready();
  const r = await run(loaded.file, host, {
    solver,
    asyncBackend: pool ? () => (backend = pool.backend()) : undefined,
    out: (t) => {
      out += t;
      later();
    },
    log: (line) => {
      log += line.endsWith('\n') ? line : line + '\n';
      later();
    },
    report: (t) => {
      out += t.endsWith('\n') ? t : t + '\n';
      later();
    },
  });
  if (timer !== undefined) clearTimeout(timer);
  flush();
  post({
    kind: 'done',
    id,
    json: resultToJson(r),
    diagnostics: r.diagnostics.map(toLint),
    rendered: renderDiagnostics(r.diagnostics),
    written: Object.fromEntries(written),
    seconds: (performance.now() - t0) / 1000,
    solveWorkers: backend?.workersUsed() ?? [],
  });
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.kind === 'files') {
    library.clear();
    for (const [k, v] of Object.entries(m.files)) library.set(normalizePath(k), v);
    return;
  }
  try {
    if (m.kind === 'check') check(m);
    else await solve(m);
  } catch (err) {
    // run() and compile() return user errors as diagnostics; a throw is a bug worth showing.
    const message = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    if (m.kind === 'check')
      post({
        kind: 'checked',
        id: m.id,
        diagnostics: [
          filelessDiagnostic({ severity: 'error', code: 'internal', message: `internal error: ${message}` }),
        ],
      });
    else post({ kind: 'crashed', id: m.id, message });
  }
};
