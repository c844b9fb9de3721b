// The Node host: files from the local file system. Imports node:fs and node:path only.
import { readFileSync, realpathSync, writeFileSync, statSync } from 'node:fs';
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
    writeFileSync(path, text);
  },
};
