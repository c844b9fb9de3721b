// The EMD extension for VS Code: starts the language server (`emd lsp --stdio`) for .emd/.gms files
// and adds "EMD: Solve model", which runs `emd solve` on the current file and shows its output in
// the "EMD" output channel. Imports vscode and vscode-languageclient only.
import * as vscode from 'vscode';
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** The `emd` command line from the settings: executable, then the arguments before the subcommand. */
function emdCommand(): { command: string; args: string[] } {
  const cfg = vscode.workspace.getConfiguration('emd');
  return { command: cfg.get<string>('command', 'emd'), args: cfg.get<string[]>('args', []) };
}

function startClient(): LanguageClient {
  const { command, args } = emdCommand();
  // TransportKind.stdio appends `--stdio`, which `emd lsp` accepts.
  const serverOptions: ServerOptions = {
    command,
    args: [...args, 'lsp'],
    transport: TransportKind.stdio,
    options: { shell: process.platform === 'win32' },
  };
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
      `EMD: could not start '${command} ${[...args, 'lsp'].join(' ')}' (${String(e)}). Set emd.command in the settings.`,
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
  const { command, args } = emdCommand();
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
        code === 0 ? 'solved' : code === 1 ? 'model errors' : code === 3 ? 'a solve ended without a solution' : `exit code ${code}`;
      out.appendLine(`\n[${what}, ${((Date.now() - started) / 1000).toFixed(1)} s]`);
      resolve();
    });
  });
}

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('EMD');
  client = startClient();
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('emd.solveModel', solveModel),
    vscode.commands.registerCommand('emd.restartServer', async () => {
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
