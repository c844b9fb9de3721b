// The in-memory host of the playground: files by POSIX path ('models/x/y.emd'), with includes
// resolved against the including file's folder. Imports api.ts types only.
import type { Host } from '../../src/api.ts';

/** Normalizes 'a/./b/../c' to 'a/c'; a leading '/' is dropped (all paths are repository-relative). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * A host over `files` (not copied: the caller's map is the file system). Lookups are exact first,
 * then case-insensitive, as GAMS models written on Windows often spell includes loosely.
 * Files written by put statements go to `written`; GDX files (execute_unload) to `binary`, where
 * $gdxin and execute_load find them.
 */
export function memoryHost(
  files: ReadonlyMap<string, string>,
  written: Map<string, string> = new Map(),
  binary: Map<string, Uint8Array> = new Map(),
): Host {
  /** The stored name of `path` (exact, else case-insensitive), or undefined. */
  const stored = (path: string): string | undefined => {
    const p = normalizePath(path);
    if (written.has(p) || files.has(p)) return p;
    const lower = p.toLowerCase();
    for (const k of files.keys()) if (k.toLowerCase() === lower) return k;
    return undefined;
  };
  return {
    readFile(path: string): string | undefined {
      const k = stored(path);
      return k === undefined ? undefined : (written.get(k) ?? files.get(k));
    },
    // One name per file: a file that includes itself under another spelling is a cycle.
    realPath: stored,
    resolve(from: string, rel: string): string {
      if (rel.startsWith('/')) return normalizePath(rel);
      const dir = dirname(normalizePath(from));
      return normalizePath(dir ? `${dir}/${rel}` : rel);
    },
    writeFile(path: string, text: string): void {
      written.set(normalizePath(path), text);
    },
    readBinaryFile(path: string): Uint8Array | undefined {
      return binary.get(normalizePath(path));
    },
    writeBinaryFile(path: string, bytes: Uint8Array): void {
      binary.set(normalizePath(path), bytes);
    },
  };
}
