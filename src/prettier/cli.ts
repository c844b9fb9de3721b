// `emd fmt [--check] [--stdout] [--print-width n] FILE...`: formats model files in place with the
// same formatter as the Prettier plugin. Exit codes: 0 done (or already formatted), 1 a file has
// syntax errors or, with --check, is not formatted, 2 usage. Imports api.ts, cli/node-host.ts,
// diagnostics/ and format.ts.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../report/output-files.ts';
import { dirname, join, resolve } from 'node:path';
import { loadSource } from '../api.ts';
import { nodeHost } from '../cli/node-host.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { DEFAULT_PRINT_WIDTH, formatSource } from './format.ts';

export interface FmtIO {
  stdout(text: string): void;
  stderr(text: string): void;
  color?: boolean;
}

export interface FmtOptions {
  check?: boolean;
  stdout?: boolean;
  printWidth?: string;
}

/**
 * `printWidth` of the nearest `.prettierrc` or `.prettierrc.json` (JSON) above `file`, so that
 * `emd fmt` and `prettier --plugin` agree in a project that configures Prettier.
 */
export function prettierWidth(file: string): number | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    for (const name of ['.prettierrc', '.prettierrc.json']) {
      const p = join(dir, name);
      if (!existsSync(p)) continue;
      try {
        const cfg = JSON.parse(readFileSync(p, 'utf8')) as { printWidth?: unknown };
        return typeof cfg.printWidth === 'number' ? cfg.printWidth : undefined;
      } catch {
        return undefined;
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function fmtCommand(files: string[], o: FmtOptions, io: FmtIO): number {
  let width: number | undefined;
  if (o.printWidth !== undefined) {
    width = Number(o.printWidth);
    if (!Number.isInteger(width) || width < 20) {
      io.stderr(`error: --print-width expects a whole number of at least 20, got '${o.printWidth}'.\n`);
      return 2;
    }
  }
  let failed = 0;
  let unformatted = 0;
  for (const file of files) {
    const text = nodeHost.readFile(file);
    if (text === undefined) {
      io.stderr(renderDiagnostics(loadSource(file, nodeHost).diagnostics, { color: io.color }) + '\n');
      failed++;
      continue;
    }
    const r = formatSource(text, {
      fileName: file,
      printWidth: width ?? prettierWidth(file) ?? DEFAULT_PRINT_WIDTH,
    });
    if (!r.ok) {
      io.stderr(renderDiagnostics(r.diagnostics, { color: io.color }) + '\n');
      io.stderr(`${file}: not formatted (syntax errors).\n`);
      failed++;
      continue;
    }
    if (r.keptAsWritten > 0)
      io.stderr(
        `${file}: ${r.keptAsWritten} statement(s) kept as written (their layout did not survive the check).\n`,
      );
    const out = text.includes('\r\n') ? r.text.replace(/\n/g, '\r\n') : r.text;
    if (o.stdout) {
      io.stdout(out);
      continue;
    }
    if (out === text) continue;
    if (o.check) {
      io.stderr(`${file}: not formatted.\n`);
      unformatted++;
      continue;
    }
    writeFileAtomic(file, out);
    io.stdout(`formatted ${file}\n`);
  }
  if (o.check && !failed && !unformatted) io.stdout(`${files.length} file(s) formatted.\n`);
  return failed || unformatted ? 1 : 0;
}
