// The VS Code extension (editors/vscode, issue 17): a real name and no placeholder repository; it
// finds the language server out of the box (find-server.ts: the setting, the workspace's EMD — a
// checkout or an npm package with the `emd` bin and the EMD CLI, never the unrelated npm `emd` —,
// else the server bundled into the extension), and the bundled server (scripts/bundle.mjs, the
// EMD language server in one CommonJS file) answers `initialize` over stdio, with the grammar
// snapshot beside it that the parser restores instead of analysing its grammar at start-up.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './helpers.ts';
import { getParser, parserRestored, useGrammarSnapshot } from '../grammar/parser.ts';
import { loadGrammarSnapshot } from '../src/cli/grammar-snapshot.ts';
import { findServer } from '../editors/vscode/src/find-server.ts';
// @ts-expect-error a plain JavaScript build script without types
import { bundleServer } from '../editors/vscode/scripts/bundle.mjs';

const ext = join(root, 'editors/vscode');
const pkg = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const bundled = '/ext/out/server.js';

/** A package folder with package.json `bin`, and the files named. */
function fakePackage(dir: string, bin: unknown, files: string[]): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', bin }));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

describe('VS Code extension', () => {
  it('has a real name, publisher and formatter id, and no placeholder repository', () => {
    expect(pkg.name).toBe('emd-modeling');
    expect(pkg.publisher).toBe('emd-modeling');
    expect(pkg.repository).toBeUndefined();
    expect(JSON.stringify(pkg)).not.toMatch(/example\.(invalid|com)|TODO|placeholder/i);
    expect(pkg.contributes.configurationDefaults['[emd]']['editor.defaultFormatter']).toBe(
      `${pkg.publisher}.${pkg.name}`,
    );
    expect(pkg.contributes.configuration.properties['emd.command'].default).toBe('');
    expect(pkg.contributes.languages[0].extensions).toEqual(['.emd', '.gms', '.inc']);
  });

  it('finds the server: the setting, the workspace checkout or package, else the bundled one', () => {
    const ws = mkdtempSync(join(tmpdir(), 'emd-vscode-'));
    expect(findServer({ command: 'npx', args: ['emd'] }, [ws], bundled)).toMatchObject({
      kind: 'command',
      command: 'npx',
      args: ['emd', 'lsp'],
    });
    // Nothing in the workspace; the unrelated npm package `emd` (another bin) is not taken.
    fakePackage(join(ws, 'node_modules/emd'), { emd: './cli.js' }, ['cli.js']);
    expect(findServer({ command: '' }, [ws], bundled)).toMatchObject({
      kind: 'node',
      script: bundled,
      args: [],
    });
    // An EMD package installed under a scope.
    const mine = fakePackage(join(ws, 'node_modules/@acme/emd-lang'), { emd: 'bin/emd.js' }, [
      'bin/emd.js',
      'dist/cli.js',
    ]);
    expect(findServer({}, [ws], bundled)).toEqual({
      kind: 'node',
      script: join(mine, 'bin/emd.js'),
      args: ['lsp'],
      why: `the workspace's EMD at ${mine}`,
    });
    // This repository opened as the workspace: its own bin/emd.js.
    expect(findServer({}, [root], bundled)).toMatchObject({ kind: 'node', script: join(root, 'bin/emd.js') });
  });

  it('bundles a language server that answers initialize over stdio', async () => {
    const out = await bundleServer(join(mkdtempSync(join(tmpdir(), 'emd-vscode-out-')), 'server.js'));
    const init = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    const answer = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [out, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('"capabilities"') && text.trimEnd().endsWith('}')) {
          child.kill();
          resolve(text);
        }
      });
      child.on('error', reject);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
    });
    const body = JSON.parse(answer.slice(answer.indexOf('{')));
    expect(body.result.capabilities).toMatchObject({ hoverProvider: true, documentFormattingProvider: true });
    // The snapshot written beside the bundle is of this grammar: the parser is restored from it.
    try {
      loadGrammarSnapshot(pathToFileURL(join(dirname(out), 'grammar-snapshot.json')));
      getParser();
      expect(parserRestored()).toBe(true);
    } finally {
      useGrammarSnapshot(undefined);
    }
  });
});
