// The one entry point for front ends (CLI, language server, playground): compile and run a model
// from a host that provides files. Imports every phase; nothing imports it but front ends.
import { createSourceFile, span, type SourceFile } from './text/source-file.ts';
import { diag, hasErrors, sortAndDeduplicate, type Diagnostic } from './diagnostics/diagnostic.ts';
import { hostMessages as H } from './diagnostics/messages/host.ts';
import { parseSource, type ParseHost } from './syntax/parse.ts';
import { checkProgram, type CheckedProgram } from './check/checker.ts';
import { executeProgram, type ExecOptions } from './interp/executor.ts';
import type { SolveSummary } from './interp/solve.ts';
import { runToJson, type RunJson } from './report/json.ts';

/** File access for the compiler: the file system in Node, memory in the browser. */
export interface Host extends ParseHost {
  writeFile?(path: string, text: string): void;
}

export interface CompileResult {
  readonly files: SourceFile[];
  readonly program?: CheckedProgram;
  readonly diagnostics: Diagnostic[];
}

export interface RunResult extends CompileResult {
  readonly ok: boolean;
  readonly solves: SolveSummary[];
  /** True when execution stopped early (an execution error or an abort). */
  readonly stopped: boolean;
}

/** Read a source file through the host, turning every failure into a diagnostic. */
export function loadSource(path: string, host: Host): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const text = host.readFile(path);
  if (text === undefined) return { diagnostics: [diag(H.File_0_not_found, undefined, [path])] };
  const nul = text.slice(0, 8192).indexOf('\u0000');
  if (nul >= 0) {
    // Point at the first offending byte (the caret shows where the binary data starts).
    const f = createSourceFile(path, text);
    return { diagnostics: [diag(H.File_0_is_not_text, span(f, nul, nul + 1), [path])] };
  }
  if (text.trim() === '') return { diagnostics: [diag(H.File_0_is_empty, undefined, [path])] };
  return { file: createSourceFile(path, text), diagnostics: [] };
}

/** Parse and check. */
export function compile(file: SourceFile, host?: Host): CompileResult {
  const parsed = parseSource(file, host);
  if (hasErrors(parsed.diagnostics))
    return { files: parsed.files, diagnostics: sortAndDeduplicate(parsed.diagnostics) };
  const checked = checkProgram(parsed.program);
  const diagnostics = sortAndDeduplicate([...parsed.diagnostics, ...checked.diagnostics]);
  return { files: parsed.files, program: hasErrors(diagnostics) ? undefined : checked, diagnostics };
}

export interface RunOptions extends ExecOptions {
  /** The folder put files are written in (and confined to); default: the model's folder. */
  readonly outputDir?: string;
}

const slashes = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
const within = (p: string, dir: string) =>
  dir === ''
    ? !p.startsWith('/') && p !== '..' && !p.startsWith('../')
    : p === dir || p.startsWith(dir.endsWith('/') ? dir : dir + '/');
const parentOf = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/'))) || '/';

/**
 * `rel` resolved in `folder` when it stays there: as written (no `/abs`, no `../..`) and for real
 * (symlinks resolved, through host.realPath, for the file when it exists, else its folder).
 */
export function confinedPath(host: ParseHost, folder: string, rel: string): string | undefined {
  const dir = slashes(folder);
  const target = slashes(host.resolve(`${dir}/_`, rel));
  if (!within(target, dir)) return undefined;
  if (!host.realPath) return target;
  const realDir = slashes(host.realPath(dir) ?? dir);
  const real = host.realPath(target) ?? host.realPath(parentOf(target));
  return real === undefined || within(slashes(real), realDir) ? target : undefined;
}

/** Parse, check and execute a model. Never throws on user input. */
export async function run(file: SourceFile, host: Host | undefined, opts: RunOptions): Promise<RunResult> {
  const c = compile(file, host);
  if (!c.program) return { ...c, ok: false, solves: [], stopped: false };
  // Option files and put files stay in the model's folder (put files: or in --output-dir), also
  // through symlinks: a link to /etc/passwd must not be read back in a diagnostic.
  const modelDir = host ? host.resolve(file.name, '.') : undefined;
  const readOptionFile =
    host && modelDir !== undefined
      ? (name: string) => {
          const p = confinedPath(host, modelDir, name);
          return p === undefined ? undefined : host.readFile(p);
        }
      : undefined;
  const putFolder = opts.outputDir ?? modelDir;
  const r = await executeProgram(c.program, {
    readOptionFile,
    resolvePutFile:
      host && putFolder !== undefined ? (p: string) => confinedPath(host, putFolder, p) : undefined,
    putFolder,
    ...opts,
    writeFile: opts.writeFile ?? host?.writeFile?.bind(host),
  });
  const diagnostics = [...c.diagnostics, ...r.diagnostics];
  return {
    files: c.files,
    program: c.program,
    diagnostics,
    ok: !hasErrors(diagnostics),
    solves: r.solves,
    stopped: r.stopped,
  };
}

export function resultToJson(r: RunResult): RunJson {
  return runToJson(r.ok, r.diagnostics, r.solves, r.program?.table);
}
