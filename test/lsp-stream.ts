// Fuzzing the language server over a real stream: one `emd lsp --stdio` child process, driven
// over JSON-RPC, receives each mutated text (didOpen, then a didChange to a second mutation) and
// the requests an editor sends while typing (hover, definition, references, completion, document
// symbols, formatting, highlights, signatures, rename, tokens, folding, links, quick fixes,
// range formatting) at random positions. A case fails when a request is answered with an
// error, when no answer comes within the time limit, or when the process exits. Used by
// test/hardening/lsp.test.ts (a fixed-seed run) and test/fuzz-run.ts (`--stages lsp-stream`).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver/node.js';
import { rng } from './fuzz.ts';

const root = join(import.meta.dirname, '..');

/** The requests sent per case, each at a random position. */
const REQUESTS = [
  'textDocument/hover',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/completion',
  'textDocument/documentHighlight',
  'textDocument/signatureHelp',
  'textDocument/prepareRename',
] as const;

export interface LspStreamFailure {
  request: string;
  error: string;
}

export class LspStream {
  private readonly child: ChildProcess;
  private readonly conn: MessageConnection;
  private exitCode: number | null | undefined;
  private version = 0;

  private constructor(workspace: string) {
    const { child, conn } = spawnServer('pipe');
    this.child = child;
    this.conn = conn;
    this.child.on('exit', (code) => (this.exitCode = code));
    this.child.stderr!.resume();
    this.conn.onNotification('textDocument/publishDiagnostics', () => undefined);
    this.conn.listen();
    this.workspace = workspace;
  }
  private readonly workspace: string;

  /** Starts a server whose workspace folder is `workspace` and initializes it. */
  static async start(workspace: string): Promise<LspStream> {
    const s = new LspStream(workspace);
    const ws = pathToFileURL(workspace).href;
    await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: ws,
      workspaceFolders: [{ uri: ws, name: 'ws' }],
      capabilities: {},
    });
    await s.conn.sendNotification('initialized', {});
    return s;
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** One case: `text`, then `changed`, with requests at positions drawn from `seed`. */
  async fuzzCase(name: string, text: string, changed: string, seed: number, limitMs: number) {
    const failures: LspStreamFailure[] = [];
    const uri = pathToFileURL(join(this.workspace, name)).href;
    const r = rng(seed ^ 0x5bd1e995);
    const at = (t: string) => {
      const lines = t.split('\n');
      const line = Math.floor(r() * (lines.length + 1));
      return { line, character: Math.floor(r() * ((lines[line]?.length ?? 0) + 2)) };
    };
    const ask = async (method: string, params: object) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, rej) => {
        timer = setTimeout(() => rej(new Error(`no answer within ${limitMs} ms`)), limitMs);
      });
      try {
        await Promise.race([this.conn.sendRequest(method, params), timeout]);
      } catch (e) {
        failures.push({ request: method, error: e instanceof Error ? e.message : String(e) });
      } finally {
        clearTimeout(timer);
      }
    };
    const requests = async (t: string) => {
      for (const m of REQUESTS)
        await ask(m, { textDocument: { uri }, position: at(t), context: { includeDeclaration: true } });
      await ask('textDocument/documentSymbol', { textDocument: { uri } });
      for (const m of [
        'textDocument/semanticTokens/full',
        'textDocument/foldingRange',
        'textDocument/documentLink',
      ])
        await ask(m, { textDocument: { uri } });
      const a = at(t);
      const b = at(t);
      const [from, to] =
        a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
      await ask('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: from, end: to },
        context: { diagnostics: [] },
      });
      await ask('textDocument/rangeFormatting', {
        textDocument: { uri },
        range: { start: from, end: to },
        options: { tabSize: 2, insertSpaces: true },
      });
      await ask('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
    };
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'emd', version: ++this.version, text },
    });
    await requests(text);
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++this.version },
      contentChanges: [{ text: changed }],
    });
    await requests(changed);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (!this.alive) failures.push({ request: 'process', error: `exited with code ${this.exitCode}` });
    return failures;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    }
    this.conn.dispose();
    this.child.kill();
  }
}

/** Position of the `nth` occurrence of `needle` in `text` plus `delta` characters (for tests). */
export function pos(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`'${needle}' not in the text`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** A new `emd lsp --stdio` process and a connection to it (not yet listening). */
export function spawnServer(stderr: 'inherit' | 'pipe' = 'inherit'): {
  child: ChildProcess;
  conn: MessageConnection;
} {
  const child = spawn(process.execPath, [join(root, 'bin/emd.js'), 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', stderr],
  });
  const conn = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  return { child, conn };
}

/** Shut a test's server down (shutdown, exit) and end its process. */
export async function stopServer(conn: MessageConnection | undefined, child: ChildProcess | undefined) {
  if (conn) {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    conn.dispose();
  }
  child?.kill();
}
