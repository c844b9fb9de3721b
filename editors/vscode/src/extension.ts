// The EMD extension for VS Code: starts the language server for .emd/.gms files (found by
// find-server.ts: the emd.command setting, the workspace's EMD, else the server bundled into the
// extension) and adds "EMD: Solve model", which runs `emd solve` on the current file and shows its
// output in the "EMD" output channel. Imports vscode, vscode-languageclient and find-server.ts.
import * as vscode from 'vscode';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { findServer, type ServerLocation } from './find-server';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;
let extensionPath = '';

/** Where the language server is: the setting, the workspace's EMD, or the bundled one. */
function serverLocation(): ServerLocation {
  const cfg = vscode.workspace.getConfiguration('emd');
  return findServer(
    { command: cfg.get<string>('command', ''), args: cfg.get<string[]>('args', []) },
    (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    join(extensionPath, 'out', 'server.js'),
  );
}

/** The command line that runs `emd <subcommand>`: through the setting, or Node on a bin/emd.js. */
function emdCommand(): { command: string; args: string[] } | undefined {
  const loc = serverLocation();
  if (loc.kind === 'command') return { command: loc.command, args: loc.args.slice(0, -1) };
  // The bundled server cannot solve: that needs an EMD installation.
  if (loc.script.endsWith(join('out', 'server.js'))) return undefined;
  return { command: process.execPath, args: [loc.script] };
}

function startClient(): LanguageClient {
  const loc = serverLocation();
  output?.appendLine(`EMD language server: ${loc.why}.`);
  // TransportKind.stdio appends `--stdio`, which `emd lsp` accepts. A script runs in VS Code's
  // own Node (ELECTRON_RUN_AS_NODE), so nothing needs to be on the PATH.
  const serverOptions: ServerOptions =
    loc.kind === 'command'
      ? {
          command: loc.command,
          args: loc.args,
          transport: TransportKind.stdio,
          options: { shell: process.platform === 'win32' },
        }
      : { module: loc.script, args: loc.args, transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'emd' },
      { scheme: 'untitled', language: 'emd' },
    ],
    outputChannel: output,
  };
  const c = new LanguageClient('emd', 'EMD language server', serverOptions, clientOptions);
  void c.start().catch((e: unknown) => {
    void vscode.window.showErrorMessage(
      `EMD: could not start the language server from ${loc.why} (${String(e)}). Check emd.command in the settings.`,
    );
  });
  return c;
}

/** Run `emd solve` on the active EMD file; stream its output (log, displays, summary) to the channel. */
async function solveModel(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  if (!doc || doc.languageId !== 'emd') {
    void vscode.window.showWarningMessage('EMD: open an .emd or .gms file to solve it.');
    return;
  }
  if (doc.isUntitled) {
    void vscode.window.showWarningMessage('EMD: save the model to a file first.');
    return;
  }
  if (doc.isDirty) await doc.save();
  const emd = emdCommand();
  if (!emd) {
    void vscode.window.showWarningMessage(
      'EMD: solving needs EMD installed (npm install in the workspace, or set emd.command); the bundled language server only checks and formats.',
    );
    return;
  }
  const { command, args } = emd;
  const solver = vscode.workspace.getConfiguration('emd').get<string>('solver', '');
  const argv = [...args, 'solve', doc.fileName, ...(solver ? ['--solver', solver] : [])];
  const out = output!;
  out.clear();
  out.show(true);
  out.appendLine(`$ ${command} ${argv.join(' ')}`);
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const p = spawn(command, argv, { cwd: dirname(doc.fileName), shell: process.platform === 'win32' });
    p.stdout.on('data', (b: Buffer) => out.append(b.toString()));
    p.stderr.on('data', (b: Buffer) => out.append(b.toString()));
    p.on('error', (e) => {
      out.appendLine(`could not run ${command}: ${e.message} (set emd.command in the settings)`);
      resolve();
    });
    p.on('close', (code) => {
      const what =
        code === 0
          ? 'solved'
          : code === 1
            ? 'model errors'
            : code === 3
              ? 'a solve ended without a solution'
              : `exit code ${code}`;
      out.appendLine(`\n[${what}, ${((Date.now() - started) / 1000).toFixed(1)} s]`);
      resolve();
    });
  });
}

export function activate(context: vscode.ExtensionContext): void {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel('EMD');
  client = startClient();
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('emd.solveModel', solveModel),
    vscode.commands.registerCommand('emd.restartServer', async () => {
      await client?.stop();
      client = startClient();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(async () => {
      await client?.stop();
      client = startClient();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('emd.command') || e.affectsConfiguration('emd.args')) {
        await client?.stop();
        client = startClient();
      }
    }),
  );
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
