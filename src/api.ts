// The one entry point for front ends (CLI, language server, playground): compile and run a model
// from a host that provides files. Imports every phase; nothing imports it but front ends.
import { createSourceFile, span, type SourceFile, type Span } from './text/source-file.ts';
import { diag, hasErrors, sortAndDeduplicate, type Diagnostic } from './diagnostics/diagnostic.ts';
import { hostMessages as H } from './diagnostics/messages/host.ts';
import { gdxinKey, parseSource, type ParseHost, type ParseOptions } from './syntax/parse.ts';
import { checkProgram, type CheckedProgram } from './check/checker.ts';
import type { ExecOptions } from './interp/executor.ts';
import type { SymbolTable } from './bind/symbols.ts';
import type { SolveSummary } from './run/solve.ts';
import { runToJson, type RunJson } from './report/json.ts';
import type { Deflater } from './data/gdx/format.ts';

/** File access for the compiler: the file system in Node, memory in the browser. */
export interface Host extends ParseHost {
  writeFile?(path: string, text: string): void;
  writeBinaryFile?(path: string, bytes: Uint8Array): void;
  /** zlib compression for the GDX files written (node:zlib in Node; absent: uncompressed). */
  deflater?: Deflater;
  /** True when `path` names a folder (a better message than "not found"). */
  isDirectory?(path: string): boolean;
}

export interface CompileResult {
  readonly files: SourceFile[];
  readonly program?: CheckedProgram;
  readonly diagnostics: Diagnostic[];
  /** Files written by `$echo`/`$onEcho` (path → text); run() saves them through the host. */
  readonly written?: ReadonlyMap<string, string>;
}

export interface RunResult extends CompileResult {
  readonly ok: boolean;
  readonly solves: SolveSummary[];
  /** True when execution stopped early (an execution error or an abort). */
  readonly stopped: boolean;
  /** True when the run was interrupted (SIGINT). */
  readonly interrupted?: boolean;
  /** Parameters the run did not change after its first solve began: the model's inputs. */
  readonly inputs?: string[];
}

/** Read a source file through the host, turning every failure into a diagnostic. */
export function loadSource(path: string, host: Host): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const text = host.readFile(path);
  if (text === undefined) {
    if (host.isDirectory?.(path))
      return {
        diagnostics: [
          diag(H.Path_0_is_a_folder, undefined, [path], 'give one model file (.gms or .emd) inside it.'),
        ],
      };
    return { diagnostics: [diag(H.File_0_not_found, undefined, [path])] };
  }
  const nul = text.slice(0, 8192).indexOf('\u0000');
  if (nul >= 0) {
    // Point at the first offending byte (the caret shows where the binary data starts).
    const f = createSourceFile(path, text);
    return { diagnostics: [diag(H.File_0_is_not_text, span(f, nul, nul + 1), [path])] };
  }
  if (text.trim() === '') return { diagnostics: [diag(H.File_0_is_empty, undefined, [path])] };
  return { file: createSourceFile(path, text), diagnostics: [] };
}

/**
 * Parse and check. `opts`: compile-time variables of the command line (`--n=10`) and predefined
 * names (`%system.date%`...). Writes no file.
 */
export function compile(file: SourceFile, host?: Host, opts: ParseOptions = {}): CompileResult {
  const parsed = parseSource(file, host, opts);
  const written = parsed.written ? { written: parsed.written } : {};
  if (hasErrors(parsed.diagnostics))
    return { files: parsed.files, diagnostics: sortAndDeduplicate(parsed.diagnostics), ...written };
  const snaps = parsed.gdxSnapshots;
  const readBinary = host?.readBinaryFile
    ? (from: string, name: string, at?: Span) => {
        // A `$gdxin` after a `$call`: the file as it was at that line.
        const key = at && snaps ? gdxinKey(at) : undefined;
        if (key !== undefined && snaps!.has(key)) return snaps!.get(key);
        return host.readBinaryFile!(host.resolve(from, name));
      }
    : undefined;
  const checked = checkProgram(parsed.program, { readBinary });
  const diagnostics = sortAndDeduplicate([...parsed.diagnostics, ...checked.diagnostics]);
  return {
    files: parsed.files,
    program: hasErrors(diagnostics) ? undefined : checked,
    diagnostics,
    ...written,
  };
}

export interface RunOptions extends ExecOptions {
  /** The folder put files are written in (and confined to); default: the model's folder. */
  readonly outputDir?: string;
  /** Compile-time variables (`--n=10`) and predefined names (`%system.date%`...). */
  readonly compile?: ParseOptions;
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
  return execute(compile(file, host, opts.compile), file, host, opts);
}

/**
 * Execute a compiled program (the result of compile() on `file`). A compiled program can be
 * executed again: each execution starts from a fresh run context (generations, notes), with the
 * data its statements assign. Never throws on user input.
 */
export async function execute(
  c: CompileResult,
  file: SourceFile,
  host: Host | undefined,
  opts: RunOptions,
): Promise<RunResult> {
  if (!c.program) return { ...c, ok: false, solves: [], stopped: false };
  // GAMS writes $echo files at compile time; EMD writes them once the model compiled.
  if (c.written && host?.writeFile)
    for (const [path, text] of c.written) {
      try {
        host.writeFile(path, text);
      } catch {
        // A read-only folder: the run goes on with the text already read from memory.
      }
    }
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
  // Inputs: parameters whose values the run did not change after its first solve began (all the
  // parameters the execution did not change, in a run without solves). Plots leave them out.
  const table = c.program.table;
  let before = new Map<string, string>();
  // The executor (and through it the solvers) loads with the first run: `emd check`, the language
  // server and the formatter compile without it.
  const [{ executeProgram }, { runSolve }, { runCriticalRegion }] = await Promise.all([
    import('./interp/executor.ts'),
    import('./run/solve.ts'),
    import('./run/critical-region.ts'),
  ]);
  const r = await executeProgram(
    c.program,
    {
      readOptionFile,
      resolvePutFile:
        host && putFolder !== undefined ? (p: string) => confinedPath(host, putFolder, p) : undefined,
      putFolder,
      readBinaryFile: host?.readBinaryFile
        ? (name) => host.readBinaryFile!(host.resolve(file.name, name))
        : undefined,
      writeBinaryFile: host?.writeBinaryFile
        ? (name, bytes) => host.writeBinaryFile!(host.resolve(file.name, name), bytes)
        : undefined,
      deflater: host?.deflater,
      ...opts,
      atStart: () => {
        before = parameterPrints(table);
        opts.atStart?.();
      },
      beforeFirstSolve: () => {
        before = parameterPrints(table);
        opts.beforeFirstSolve?.();
      },
      writeFile: opts.writeFile ?? host?.writeFile?.bind(host),
    },
    runSolve,
    runCriticalRegion,
  );
  const after = parameterPrints(table);
  const inputs = [...before].filter(([name, print]) => after.get(name) === print).map(([name]) => name);
  const diagnostics = [...c.diagnostics, ...r.diagnostics];
  return {
    files: c.files,
    program: c.program,
    diagnostics,
    ok: !hasErrors(diagnostics),
    solves: r.solves,
    stopped: r.stopped,
    interrupted: r.interrupted,
    inputs,
  };
}

/** A fingerprint of each parameter's records (count, keys and values), by declared name. */
function parameterPrints(table: SymbolTable): Map<string, string> {
  const out = new Map<string, string>();
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  for (const s of table.ordered) {
    if (s.kind !== 'parameter') continue;
    let n = 0;
    let h = 0;
    for (const [k, r] of s.records) {
      n++;
      h =
        (Math.imul(h ^ (typeof k === 'number' ? k : hashString(k)), 0x9e3779b1) + Math.imul(h >>> 7, 31)) | 0;
      h = (h + hashNumber(r.value, f64, u32)) | 0;
    }
    out.set(s.name, `${n}:${h}`);
  }
  return out;
}

function hashString(k: string): number {
  let h = 0;
  for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
  return h;
}

/** The bits of `v` (written into `f64`, read through `u32`, its two halves) mixed into 32. */
function hashNumber(v: number, f64: Float64Array, u32: Uint32Array): number {
  f64[0] = v;
  return Math.imul(u32[0] ^ Math.imul(u32[1], 0x85ebca6b), 0xc2b2ae35);
}

export function resultToJson(r: RunResult): RunJson {
  const doc = runToJson(r.ok, r.diagnostics, r.solves, r.program?.table);
  if (r.inputs) doc.inputs = r.inputs;
  return r.interrupted ? { ...doc, status: 'interrupted' } : doc;
}
