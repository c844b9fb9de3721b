// The Node host: files from the local file system. Imports node:fs and node:path only.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
  writeFile(path: string, text: string): void {
    writeFileSync(path, text);
  },
};
