// Output files of a run (CSV, plots, put files, JSON, formatted and imported models): written to a
// temporary file in the same folder and renamed over the target, so an interrupted run never
// leaves a half-written file; output folders are checked and created without fs.mkdir's
// `recursive` (which loops for ever under /proc). Node only: imports node:fs and node:path;
// browser code never imports this file (report/csv.ts and plot.ts load it lazily).
import { mkdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

let tmpCounter = 0;

/**
 * Write `text` to `path` atomically: into `.<name>.<pid>.<n>.tmp` beside it, then rename (atomic
 * on POSIX within one file system). The temporary file is removed when the write fails; the
 * error (ENOENT, EACCES, ENOSPC...) is rethrown for the caller to report.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  // An existing target keeps its mode, and a symbolic link keeps pointing at the file it names
  // (the rename replaces the link's target, not the link).
  let target = path;
  let mode: number | undefined;
  const st = statSync(path, { throwIfNoEntry: false });
  if (st?.isFile()) {
    target = realpathSync(path);
    mode = st.mode & 0o7777;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${tmpCounter++}.tmp`);
  try {
    writeFileSync(tmp, text, mode === undefined ? undefined : { mode });
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}

/** A short reason from a Node file-system error, e.g. "permission denied". */
function reasonOf(e: unknown): string {
  const code = (e as { code?: string }).code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'it exists and is not a folder',
    ENOSPC: 'no space left on the device',
  };
  return (code && known[code]) ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Make `dir` a usable output folder: create it and its missing parents one level at a time, then
 * prove it writable by writing and removing a probe file. Returns why it cannot be used, or
 * undefined when it can.
 */
export function prepareOutputFolder(dir: string): string | undefined {
  if (dir.trim() === '') return 'the folder name is empty';
  const abs = resolve(dir);
  const missing: string[] = [];
  let at = abs;
  for (;;) {
    let isDir: boolean;
    try {
      isDir = statSync(at).isDirectory();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOTDIR') return `'${nearestFile(at)}' is a file, not a folder`;
      if (code !== 'ENOENT') return reasonOf(e);
      const up = dirname(at);
      if (up === at) return reasonOf(e);
      missing.push(at);
      at = up;
      continue;
    }
    if (!isDir) return `'${at}' is a file, not a folder`;
    break;
  }
  try {
    for (let k = missing.length - 1; k >= 0; k--) mkdirSync(missing[k]);
    writeFileAtomic(join(abs, `.emd-probe-${process.pid}`), '');
    unlinkSync(join(abs, `.emd-probe-${process.pid}`));
  } catch (e) {
    return reasonOf(e);
  }
  return undefined;
}

/** The nearest ancestor of `path` (itself included) that is a file (for ENOTDIR messages). */
function nearestFile(path: string): string {
  for (let at = path; dirname(at) !== at; at = dirname(at)) {
    try {
      if (statSync(at).isFile()) return at;
    } catch {
      // ENOTDIR or ENOENT: climb
    }
  }
  return path;
}
