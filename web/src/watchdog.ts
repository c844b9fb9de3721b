// Watchdogs for the playground's workers: a request that gets no answer in time has its worker
// terminated and replaced (a shared link can hold a model that keeps compile() busy for ever,
// and a worker cannot be interrupted otherwise). Imports protocol.ts; no DOM, so the
// tests drive it with a fake worker.
import {
  filelessDiagnostic,
  type LintDiagnostic,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.ts';

/** The part of a Worker the watchdog uses. */
export interface WorkerLike {
  postMessage(m: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
}

/** How long the check worker may take for one request, and a run before it is stopped. */
export const CHECK_LIMIT_MS = 10_000;
export const RUN_LIMIT_MS = 300_000;

/** What the page says when a worker is stopped by its watchdog. */
export function timeoutMessage(what: 'check' | 'run', limitMs: number): string {
  return `the ${what} did not finish in ${limitMs / 1000} s and was stopped`;
}

/** The diagnostic a check that timed out returns: at the top of the file, like a file-less one. */
export function timeoutDiagnostic(limitMs: number): LintDiagnostic {
  return filelessDiagnostic({
    severity: 'error',
    code: 'timeout',
    message: timeoutMessage('check', limitMs),
  });
}

/**
 * The check worker behind a watchdog: check() answers with the worker's diagnostics, or, when the
 * worker has not answered within `limitMs`, terminates it, starts a fresh one with `start()`, and
 * answers that request and every other one still waiting (lost with the old worker) with
 * timeoutDiagnostic().
 */
export class WatchedChecker {
  private worker: WorkerLike;
  private readonly pending = new Map<
    number,
    { resolve: (ds: LintDiagnostic[]) => void; timer: ReturnType<typeof setTimeout> }
  >();
  /** How many times the worker was replaced. */
  restarts = 0;

  constructor(
    private readonly start: () => WorkerLike,
    readonly limitMs: number = CHECK_LIMIT_MS,
  ) {
    this.worker = this.attach(start());
  }

  /** The files the last answered check read (the model, then its includes). */
  files: string[] = [];

  check(
    id: number,
    path: string,
    text: string,
    edits?: Readonly<Record<string, string>>,
  ): Promise<LintDiagnostic[]> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.expire(), this.limitMs);
      this.pending.set(id, { resolve, timer });
      this.worker.postMessage({ kind: 'check', id, path, text, ...(edits ? { edits } : {}) });
    });
  }

  private attach(w: WorkerLike): WorkerLike {
    w.onmessage = (e) => {
      const m = e.data;
      if (m.kind !== 'checked') return;
      const p = this.pending.get(m.id);
      if (!p) return;
      clearTimeout(p.timer);
      this.pending.delete(m.id);
      if (m.files) this.files = m.files;
      p.resolve(m.diagnostics);
    };
    return w;
  }

  private expire(): void {
    this.worker.onmessage = null;
    this.worker.terminate();
    this.worker = this.attach(this.start());
    this.restarts++;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) {
      clearTimeout(p.timer);
      p.resolve([timeoutDiagnostic(this.limitMs)]);
    }
  }
}
