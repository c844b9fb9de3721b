// The language server end to end: `emd lsp --stdio` as a child process, driven over JSON-RPC
// (vscode-jsonrpc through vscode-languageserver) on the transport model: diagnostics as you type
// (with a syntax error and a check error at once), hover, definition, references, completion,
// document symbols, formatting. Also the VS Code grammar against grammar/tokens.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-languageserver/node.js';
import { root } from './helpers.ts';
import { pos, spawnServer, stopServer } from './lsp-stream.ts';
import { keywords } from '../grammar/tokens.ts';
import { FUNCTION_NAMES } from '../grammar/parser.ts';
import { buildGrammar } from '../editors/vscode/scripts/gen-grammar.mts';

const transport = readFileSync(join(root, 'models/classic/transport.gms'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'emd-lsp-'));
const path = join(dir, 'transport.gms');
writeFileSync(path, transport);
const uri = pathToFileURL(path).href;

let child: ChildProcess;
let conn: MessageConnection;
const diagnostics: { uri: string; diagnostics: any[] }[] = [];
let onDiagnostics: (() => void) | undefined;

function nextDiagnostics(): Promise<any[]> {
  const n = diagnostics.filter((d) => d.uri === uri).length;
  return new Promise((res) => {
    onDiagnostics = () => {
      const mine = diagnostics.filter((d) => d.uri === uri);
      if (mine.length > n) {
        onDiagnostics = undefined;
        res(mine[mine.length - 1].diagnostics);
      }
    };
  });
}

beforeAll(async () => {
  ({ child, conn } = spawnServer());
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: any[] }) => {
    diagnostics.push(p);
    onDiagnostics?.();
  });
  conn.listen();
  const init: any = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
  });
  expect(init.capabilities).toMatchObject({
    hoverProvider: true,
    definitionProvider: true,
    documentFormattingProvider: true,
  });
  await conn.sendNotification('initialized', {});
}, 60_000);

afterAll(() => stopServer(conn, child));

describe('emd lsp', () => {
  it('publishes no diagnostics for the transport model, then the errors of an edit as you type', async () => {
    const first = nextDiagnostics();
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'emd', version: 1, text: transport },
    });
    expect(await first).toEqual([]);

    // A misspelt parameter in a definition, and a statement that does not parse: both reported,
    // and the statements around the broken one are still checked.
    const edited = transport
      .replace('supply(i) ..   sum(j, x(i,j))  =l=  a(i) ;', 'supply(i) ..   sum(j, x(i,j))  =l=  aa(i) ;')
      .replace('Model transport /all/ ;', 'extra .. z =e= ;\n\nModel transport /all/ ;');
    const next = nextDiagnostics();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    const ds = await next;
    expect(
      ds.map((d) => [d.code, d.message.split('\n')[0], d.range.start.line, d.range.start.character]),
    ).toEqual([
      ['E2001', "'aa' is not declared.", pos(edited, 'aa(i)').line, pos(edited, 'aa(i)').character],
      [
        'E1003',
        "Expected an expression but found ';'.",
        pos(edited, '=e= ;').line,
        pos(edited, '=e= ;', 4).character,
      ],
    ]);
    expect(ds[0].message).toContain("hint: did you mean 'a'?");
    expect(ds[0].severity).toBe(1);

    const back = nextDiagnostics();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: transport }],
    });
    expect(await back).toEqual([]);
  });

  it('hovers a table with its domain, text and first records, and a scalar with its value', async () => {
    const h: any = await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: pos(transport, 'f * d(i,j)', 4),
    });
    expect(h.contents.kind).toBe('markdown');
    expect(h.contents.value).toContain("Table d(i,j) 'distance in thousands of miles'");
    expect(h.contents.value).toContain(
      '6 records: seattle.new-york 2.5, seattle.chicago 1.7, seattle.topeka 1.8, san-diego.new-york 2.5',
    );
    const declLine = pos(transport, 'Table d(i,j)').line + 1;
    // Workspace-relative, as a link to the line.
    expect(h.contents.value).toContain(`declared at [transport.gms:${declLine}](${uri}#L${declLine})`);
    const f: any = await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: pos(transport, 'f * d(i,j)'),
    });
    expect(f.contents.value).toContain("Scalar f 'freight in dollars per case per thousand miles'");
    expect(f.contents.value).toContain('= 90');
    const s: any = await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: pos(transport, 'sum(j, x(i,j))', 4),
    });
    expect(s.contents.value).toContain("Set j(*) 'markets'");
    expect(s.contents.value).toContain('3 elements: new-york, chicago, topeka');
    const eq: any = await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: pos(transport, 'supply(i) ..'),
    });
    expect(eq.contents.value).toContain("Equation supply(i) 'observe supply limit at plant i'");
    expect(eq.contents.value).toContain('supply(i) ..   sum(j, x(i,j))  =l=  a(i) ;');
  });

  it('goes to the declaration and finds every reference', async () => {
    const def: any = await conn.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: pos(transport, '=l=  a(i)', 5),
    });
    expect(def.uri).toBe(uri);
    expect(def.range.start).toEqual(pos(transport, 'a(i)  capacity'));
    const refs: any[] = await conn.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: pos(transport, 'x(i,j)  shipment'),
      context: { includeDeclaration: true },
    });
    // Declared once; used in Positive Variable, the three equations and the display (twice).
    expect(refs.map((r) => r.range.start.line)).toEqual(
      [
        pos(transport, 'x(i,j)  shipment'),
        pos(transport, 'Variable x'),
        pos(transport, 'x(i,j)) ;'),
        pos(transport, 'x(i,j))  =l='),
        pos(transport, 'x(i,j))  =g='),
        pos(transport, 'x.l'),
        pos(transport, 'x.m'),
      ].map((p) => p.line),
    );
  });

  it('completes set elements in index positions, attributes, and symbols', async () => {
    // In `sum(i, x(i,j))` of demand(j): the second index of x has domain j.
    const items: any[] = await conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: pos(transport, 'x(i,j))  =g=', 4),
    });
    const labels = [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map((c) => c.label);
    expect(labels.slice(0, 4)).toEqual(['j', "'chicago'", "'new-york'", "'topeka'"]);
    expect(labels).toContain('i');
    const attrs: any[] = await conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: pos(transport, 'x.l', 2),
    });
    expect(attrs.map((c) => c.label)).toEqual(['l', 'lo', 'up', 'fx', 'm', 'scale', 'prior']);
    const all: any[] = await conn.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    const names = all.map((c) => c.label);
    for (const w of ['transport', 'supply', 'sum', 'sqrt', 'solve', 'minimizing', 'parameters'])
      expect(names).toContain(w);
  });

  it('lists the declarations as document symbols', async () => {
    const syms: any[] = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    expect(syms.map((s) => s.name)).toEqual([
      'i',
      'j',
      'a',
      'b',
      'd',
      'f',
      'c',
      'x',
      'z',
      'cost',
      'supply',
      'demand',
      'transport',
    ]);
    expect(syms[0]).toMatchObject({ kind: 10, detail: 'Set i(*) canning plants' });
  });

  it('formats the document through the Prettier plugin', async () => {
    const edits: any[] = await conn.sendRequest('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toHaveLength(1);
    expect(edits[0].newText).toContain('Sets\n   i  canning plants  / seattle, san-diego /\n');
    expect(edits[0].newText).toContain('cost..  z =e= sum((i,j), c(i,j)*x(i,j));');
  });

  it('says why a file with a syntax error is not formatted (no edits, a warning message)', async () => {
    const broken = join(dir, 'broken.gms');
    const brokenUri = pathToFileURL(broken).href;
    const text = 'Scalar a;\na = ;\n';
    writeFileSync(broken, text);
    const shown = new Promise<any>((res) => conn.onNotification('window/showMessage', res));
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: brokenUri, languageId: 'emd', version: 1, text },
    });
    const edits: any[] = await conn.sendRequest('textDocument/formatting', {
      textDocument: { uri: brokenUri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([]);
    const msg = await shown;
    expect(msg.type).toBe(2);
    expect(msg.message).toMatch(
      /^EMD: not formatted: the file has syntax errors \(.*broken\.gms:2:5 - error E1003: Expected an expression but found ';'\.\)/,
    );
  });
});

describe('VS Code grammar (editors/vscode/syntaxes/emd.tmLanguage.json)', () => {
  const file = JSON.parse(readFileSync(join(root, 'editors/vscode/syntaxes/emd.tmLanguage.json'), 'utf8'));
  /** Whether rule `name` highlights the word `w` (followed by a parenthesis, as a call would be). */
  const highlights = (name: string, w: string): boolean => {
    const m = new RegExp(String(file.repository[name].match).replace(/^\(\?i\)/, ''), 'i').exec(`${w}(`);
    return m !== null && m.index === 0 && m[0] === w;
  };
  it('is the generator output for the current token table', () => {
    expect(file).toEqual(buildGrammar());
  });
  it('highlights every keyword of grammar/tokens.ts, in both spellings', () => {
    const rules = ['declaration-keywords', 'statement-keywords', 'operator-keywords'];
    for (const t of keywords) {
      const m = /^([a-z]+)(s\?)?$/.exec((t.PATTERN as RegExp).source);
      expect(m, String(t.PATTERN)).not.toBeNull();
      const words = m![2] ? [m![1], m![1] + 's'] : [m![1]];
      for (const w of words) {
        expect(
          rules.some((r) => highlights(r, w)),
          w,
        ).toBe(true);
        expect(
          rules.some((r) => highlights(r, w.toUpperCase())),
          w,
        ).toBe(true);
      }
    }
    expect(rules.some((r) => highlights(r, 'setting'))).toBe(false);
  });
  it('knows every intrinsic function', () => {
    for (const f of FUNCTION_NAMES) expect(highlights('functions', f), f).toBe(true);
    expect(highlights('functions', 'sum')).toBe(true);
  });
});
