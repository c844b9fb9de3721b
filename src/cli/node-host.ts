// The Node host: files from the local file system (output files written atomically), zlib for GDX.
// Imports node:fs, node:path, node:zlib and report/output-files.ts.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Host } from '../api.ts';
import { writeFileAtomic } from '../report/output-files.ts';

export const nodeHost: Host = {
  readFile(path: string): string | undefined {
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  resolve(from: string, rel: string): string {
    return resolve(dirname(from), rel);
  },
  realPath(path: string): string | undefined {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
  writeFile(path: string, text: string): void {
    writeFileAtomic(path, text);
  },
  readBinaryFile(path: string): Uint8Array | undefined {
    try {
      if (!statSync(path).isFile()) return undefined;
      return new Uint8Array(readFileSync(path));
    } catch {
      return undefined;
    }
  },
  writeBinaryFile(path: string, bytes: Uint8Array): void {
    writeFileAtomic(path, bytes);
  },
  deflater: { deflate: (data) => new Uint8Array(deflateSync(data)) },
};
