// The Node host: files from the local file system, zlib for GDX. Imports node:fs, node:path and
// node:zlib only.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Host } from '../api.ts';

export const nodeHost: Host = {
  readFile(path: string): string | undefined {
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  resolve(from: string, rel: string): string {
    return resolve(dirname(from), rel);
  },
  writeFile(path: string, text: string): void {
    writeFileSync(path, text);
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
    writeFileSync(path, bytes);
  },
  deflater: { deflate: (data) => new Uint8Array(deflateSync(data)) },
};
