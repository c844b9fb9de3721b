// Messages between the playground page and its compiler worker (worker.ts): types, and the one
// constructor of a diagnostic with no place in the file.
import type { RunJson } from '../../src/report/json.ts';

/** A diagnostic with offsets into its file, for inline display in the editor. */
export interface LintDiagnostic {
  readonly file: string | null;
  readonly from: number;
  readonly to: number;
  readonly line: number | null;
  readonly column: number | null;
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

/** A diagnostic with no position: shown at the top of the editor. */
export function filelessDiagnostic(d: {
  readonly severity: LintDiagnostic['severity'];
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}): LintDiagnostic {
  return {
    file: null,
    from: 0,
    to: 0,
    line: null,
    column: null,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}

export type WorkerRequest =
  /** The model library: every bundled file by path (sent once; requests add the edited file). */
  | { readonly kind: 'files'; readonly files: Readonly<Record<string, string>> }
  | {
      readonly kind: 'check';
      readonly id: number;
      readonly path: string;
      readonly text: string;
      /** Edited texts of other files (the model's includes), by path, in place of the library's. */
      readonly edits?: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'run';
      readonly id: number;
      readonly path: string;
      readonly text: string;
      readonly edits?: Readonly<Record<string, string>>;
      /** Solver for every solve (like emd solve --solver); undefined: the model's own choice. */
      readonly solver?: string;
    };

export type WorkerResponse =
  | {
      readonly kind: 'checked';
      readonly id: number;
      readonly diagnostics: LintDiagnostic[];
      /** The files the model read: itself, then its includes (the editor's tabs). */
      readonly files?: string[];
    }
  /** Display output and solver logs, in batches while the run goes on. */
  | { readonly kind: 'output'; readonly id: number; readonly out: string; readonly log: string }
  | {
      readonly kind: 'done';
      readonly id: number;
      readonly json: RunJson;
      readonly diagnostics: LintDiagnostic[];
      /** The diagnostics as the CLI prints them (location, caret line, hint). */
      readonly rendered: string;
      /** Files written by put statements. */
      readonly written: Readonly<Record<string, string>>;
      readonly seconds: number;
      /** The Web Workers that solved the run's asynchronous solves (solve-pool.ts), by name. */
      readonly solveWorkers: readonly string[];
    }
  /** A bug: run() threw (user errors arrive as diagnostics in `done`). */
  | { readonly kind: 'crashed'; readonly id: number; readonly message: string };
