// `emd check FILE`: parses and checks a model without running it. Loaded by main.ts only when this
// command runs; imports the compile half of api.ts (no executor, no solvers).
import { loadSource, compile } from '../api.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { runToJson } from '../report/json.ts';
import { nodeHost } from './node-host.ts';
import { EXIT, runPredefined, type CliIO } from './io.ts';

export function checkCommand(
  file: string,
  o: { json?: boolean },
  io: CliIO,
  defines: Record<string, string> = {},
): number {
  const loaded = loadSource(file, nodeHost);
  const ds = loaded.file
    ? compile(loaded.file, nodeHost, { defines, predefined: runPredefined() }).diagnostics
    : loaded.diagnostics;
  if (ds.length) io.stderr(renderDiagnostics(ds, { color: io.color }) + '\n');
  const ok = !hasErrors(ds);
  if (o.json) io.stdout(JSON.stringify(runToJson(ok, ds, [])) + '\n');
  else if (ok) io.stdout(`${file}: no errors${ds.length ? `, ${ds.length} warning(s)` : ''}.\n`);
  return ok ? EXIT.ok : EXIT.modelErrors;
}
