// Where the extension finds the EMD language server, in this order: the `emd.command` setting
// when the user set one; an EMD checkout or installation in a workspace folder (its `bin/emd.js`,
// or `node_modules/<package>/bin/emd.js` of a package whose bin is `emd` and which ships the EMD
// language server, `dist/cli.js`); else the server bundled into the extension (out/server.js, run
// with VS Code's own Node). The npm name `emd` belongs to an unrelated package, so a bare `emd` on
// the PATH is never assumed. Imports node:fs and node:path only (no vscode), so that it is tested
// without VS Code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type ServerLocation =
  | { readonly kind: 'command'; readonly command: string; readonly args: string[]; readonly why: string }
  | { readonly kind: 'node'; readonly script: string; readonly args: string[]; readonly why: string };

/** Whether `dir` holds an EMD package: package.json with bin `emd` → bin/emd.js, and the built CLI. */
function isEmdPackage(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      bin?: Record<string, string> | string;
    };
    const bin = typeof pkg.bin === 'string' ? undefined : pkg.bin?.emd;
    return (
      bin !== undefined &&
      bin.replace(/^\.\//, '') === 'bin/emd.js' &&
      existsSync(join(dir, 'bin', 'emd.js')) &&
      (existsSync(join(dir, 'dist', 'cli.js')) || existsSync(join(dir, 'src', 'lsp', 'server.ts')))
    );
  } catch {
    return false;
  }
}

/** EMD packages in `folder`: the folder itself (a checkout), then its node_modules (scoped too). */
export function emdPackagesIn(folder: string): string[] {
  const out: string[] = [];
  if (isEmdPackage(folder)) out.push(folder);
  const nm = join(folder, 'node_modules');
  let names: string[] = [];
  try {
    names = readdirSync(nm);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const dirs = name.startsWith('@')
      ? (() => {
          try {
            return readdirSync(join(nm, name)).map((n) => join(nm, name, n));
          } catch {
            return [];
          }
        })()
      : [join(nm, name)];
    for (const d of dirs) if (isEmdPackage(d)) out.push(d);
  }
  return out;
}

/**
 * The server to start. `setting`: emd.command and emd.args as the user set them (command '' or
 * undefined: not set); `folders`: the workspace folders' paths; `bundled`: out/server.js of the
 * extension.
 */
export function findServer(
  setting: { command?: string; args?: string[] },
  folders: readonly string[],
  bundled: string,
): ServerLocation {
  if (setting.command)
    return {
      kind: 'command',
      command: setting.command,
      args: [...(setting.args ?? []), 'lsp'],
      why: 'the emd.command setting',
    };
  for (const f of folders) {
    const [pkg] = emdPackagesIn(f);
    if (pkg)
      return {
        kind: 'node',
        script: join(pkg, 'bin', 'emd.js'),
        args: ['lsp'],
        why: `the workspace's EMD at ${pkg}`,
      };
  }
  return { kind: 'node', script: bundled, args: [], why: 'the language server bundled with the extension' };
}
