// The `emd import FILE.gms [-o FILE.emd] [--json]` command: imports through importGams, writes the
// .emd file, prints the diagnostics (stderr) and a summary or one JSON document (stdout). Exit codes:
// 0 imported (warnings allowed), 1 errors found, 2 usage. Imports api.ts, diagnostics/, report/,
// prettier/cli.ts (the output's print width) and import-gams.ts; the CLI (src/cli/main.ts) passes
// its host and output streams.
import { loadSource, type Host } from '../api.ts';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { importMessages as M } from '../diagnostics/messages/import.ts';
import { runToJson } from '../report/json.ts';
import { importGams } from './import-gams.ts';
import { prettierWidth } from '../prettier/cli.ts';

export interface ImportIO {
  stdout(text: string): void;
  stderr(text: string): void;
  color?: boolean;
}

export interface ImportCommandOptions {
  output?: string;
  json?: boolean;
}

/** `model.gms` → `model.emd`; a file that already ends in `.emd` → `model.imported.emd`. */
export function defaultOutputPath(input: string): string {
  const m = /^(.*?)(\.[^./\\]*)?$/.exec(input)!;
  const base = m[1] || input;
  return (m[2] ?? '').toLowerCase() === '.emd' ? `${base}.imported.emd` : `${base}.emd`;
}

/** Run the import command; returns the exit code. Never throws on user input. */
export function importCommand(file: string, o: ImportCommandOptions, io: ImportIO, host: Host): number {
  const out = o.output ?? defaultOutputPath(file);
  const abs = (p: string) => host.resolve('./_', p);
  if (abs(out) === abs(file)) {
    io.stderr(`error: the output file '${out}' is the input file; choose another with -o.\n`);
    return 2;
  }
  const emit = (ds: readonly Diagnostic[], output: string | null) => {
    if (ds.length) io.stderr(renderDiagnostics(ds, { color: io.color }) + '\n');
    const ok = !hasErrors(ds);
    if (o.json) io.stdout(JSON.stringify({ ...runToJson(ok, ds, []), output }, null, 1) + '\n');
    return ok;
  };
  const loaded = loadSource(file, host);
  if (!loaded.file) {
    emit(loaded.diagnostics, null);
    return 1;
  }
  // The width `emd fmt` would take for the output file: the imported text is already formatted.
  const r = importGams(loaded.file, host, { printWidth: prettierWidth(out) });
  const ds = [...r.diagnostics];
  let written: string | null = out;
  try {
    if (!host.writeFile) throw new Error('the host cannot write files');
    host.writeFile(out, r.emd);
  } catch (e) {
    written = null;
    ds.push(
      diag(M.Output_0_cannot_be_written_1, undefined, [out, e instanceof Error ? e.message : String(e)]),
    );
  }
  const ok = emit(ds, written);
  if (!o.json) {
    const errors = ds.filter((d) => d.severity === 'error').length;
    const warnings = ds.filter((d) => d.severity === 'warning').length;
    const counts = `${errors} error(s), ${warnings} warning(s)`;
    io.stdout(
      written ? `${file}: imported to ${written} (${counts}).\n` : `${file}: not imported (${counts}).\n`,
    );
  }
  return ok ? 0 : 1;
}
