// The language server's editing requests over a real stream (`emd lsp --stdio`, one server for
// all of them) on a two-file model (`$include`): rename with prepareRename across the include,
// semantic tokens, quick fixes, folding ranges, document highlight, signature help, workspace
// symbols, document links, the hierarchical outline, range formatting, option completion and the
// hovers on attributes, built-ins, keywords and labels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-languageserver/node.js';
import { pos, spawnServer, stopServer } from './lsp-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'emd-lsp-features-'));
const inc = `Set i 'plants' / seattle, san-diego /;
Parameter c(i) 'unit cost' / seattle 1, san-diego 2 /
          cap(i) / seattle 3, san-diego 4 /;
`;
const main = `* A two-plant model
* with its data in data.inc
$include data.inc
Variable z 'cost';
Positive Variable x(i);
Equation cost 'total', lim(i);
cost .. z =e= sum(i, c(i)*x(i));
lim(i) ..
   x(i) =l= sqrt(cap(i));
Model m /all/;
option lp = highs;
x.up(i)=   10;
solve m using lp minimizing z;
display x.l;
`;
writeFileSync(join(dir, 'data.inc'), inc);
writeFileSync(join(dir, 'main.gms'), main);
const uri = pathToFileURL(join(dir, 'main.gms')).href;
const incUri = pathToFileURL(join(dir, 'data.inc')).href;

/** [line, character, line, character] of a range. */
const r4 = (r: any) => [r.start.line, r.start.character, r.end.line, r.end.character];

let child: ChildProcess;
let conn: MessageConnection;
const ask = (method: string, params: object): Promise<any> => conn.sendRequest(method, params);

beforeAll(async () => {
  ({ child, conn } = spawnServer());
  conn.onNotification('textDocument/publishDiagnostics', () => undefined);
  conn.listen();
  const ws = pathToFileURL(dir).href;
  const init: any = await ask('initialize', {
    processId: process.pid,
    rootUri: ws,
    workspaceFolders: [{ uri: ws, name: 'ws' }],
    capabilities: {},
  });
  expect(init.capabilities).toMatchObject({
    renameProvider: { prepareProvider: true },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    foldingRangeProvider: true,
    documentHighlightProvider: true,
    workspaceSymbolProvider: true,
    documentRangeFormattingProvider: true,
  });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'emd', version: 1, text: main },
  });
}, 60_000);

afterAll(() => stopServer(conn, child));

const doc = { textDocument: { uri } };

/** Opens `name` with `text` and asks for the code actions of the whole document. */
async function codeActions(name: string, text: string): Promise<{ other: string; actions: any }> {
  const other = pathToFileURL(join(dir, name)).href;
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: other, languageId: 'emd', version: 1, text },
  });
  const actions = await ask('textDocument/codeAction', {
    textDocument: { uri: other },
    range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
    context: { diagnostics: [] },
  });
  return { other, actions };
}

/** Semantic tokens decoded to absolute [line, character, length, type, modifiers]. */
function decode(data: number[]): number[][] {
  const out: number[][] = [];
  let line = 0;
  let ch = 0;
  for (let k = 0; k < data.length; k += 5) {
    line += data[k];
    ch = data[k] === 0 ? ch + data[k + 1] : data[k + 1];
    out.push([line, ch, data[k + 2], data[k + 3], data[k + 4]]);
  }
  return out;
}

describe('emd lsp editing requests', () => {
  it('renames a symbol in the file and in its include (prepareRename first), and refuses a clash', async () => {
    const prep = await ask('textDocument/prepareRename', { ...doc, position: pos(main, 'c(i)*x') });
    expect(prep).toEqual({
      range: { start: pos(main, 'c(i)*x'), end: pos(main, 'c(i)*x', 1) },
      placeholder: 'c',
    });
    expect(await ask('textDocument/prepareRename', { ...doc, position: pos(main, 'sqrt', 1) })).toBeNull();
    const edit = await ask('textDocument/rename', {
      ...doc,
      position: pos(main, 'c(i)*x'),
      newName: 'price',
    });
    expect(Object.keys(edit.changes).sort()).toEqual([incUri, uri].sort());
    expect(edit.changes[incUri].map((e: any) => [...r4(e.range), e.newText])).toEqual([
      [1, 10, 1, 11, 'price'],
    ]);
    expect(edit.changes[uri].map((e: any) => [...r4(e.range), e.newText])).toEqual([[6, 21, 6, 22, 'price']]);
    await expect(
      ask('textDocument/rename', { ...doc, position: pos(main, 'c(i)*x'), newName: 'Cap' }),
    ).rejects.toThrow("'cap' is already declared (parameter).");
    await expect(
      ask('textDocument/rename', { ...doc, position: pos(main, 'c(i)*x'), newName: 'sum' }),
    ).rejects.toThrow("'sum' is a reserved word.");
  });

  it('gives semantic tokens by symbol kind, with declarations and assignments marked, and keywords', async () => {
    const t = decode((await ask('textDocument/semanticTokens/full', doc)).data);
    // Legend: type (set), typeParameter (alias), parameter, variable, function (equation), class
    // (model), namespace (file), keyword, enumMember (label); modifiers: declaration 1,
    // modification 2. Nothing in the comments of lines 0-1 nor in the $include line.
    expect(t.filter((x) => x[0] <= 6)).toEqual([
      [3, 0, 8, 7, 0], // Variable
      [3, 9, 1, 3, 1], // z
      [4, 0, 8, 7, 0], // Positive
      [4, 9, 8, 7, 0], // Variable
      [4, 18, 1, 3, 1], // x(
      [4, 20, 1, 0, 0], // (i)
      [5, 0, 8, 7, 0], // Equation
      [5, 9, 4, 4, 1], // cost
      [5, 23, 3, 4, 1], // lim(
      [5, 27, 1, 0, 0],
      [6, 0, 4, 4, 0], // cost ..
      [6, 8, 1, 3, 0], // z
      [6, 18, 1, 0, 0], // sum(i
      [6, 21, 1, 2, 0], // c(
      [6, 23, 1, 0, 0],
      [6, 26, 1, 3, 0], // x(
      [6, 28, 1, 0, 0],
    ]);
    expect(t.find((x) => x[0] === 11)).toEqual([11, 0, 1, 3, 2]); // x.up(i) = 10: written
    expect(t.filter((x) => x[0] >= 12)).toEqual([
      [12, 0, 5, 7, 0], // solve
      [12, 6, 1, 5, 0], // m
      [12, 8, 5, 7, 0], // using
      [12, 17, 10, 7, 0], // minimizing
      [12, 28, 1, 3, 0], // z
      [13, 0, 7, 7, 0], // display
      [13, 8, 1, 3, 0], // x.l
    ]);
  });

  it('gives semantic tokens for labels, quoted or not, in data, tables and references', async () => {
    const text = [
      "Set i 'plants of the model' / seattle, 'san diego', h1*h3 /;",
      'Parameter c(i) cost of a solve / seattle 1, san-diego 2 /;',
      'Table d(i,i)',
      '           seattle  h1',
      '  seattle     1     2;',
      'c(\'seattle\')$(not c("h2")) = 3;',
      '',
    ].join('\n');
    const other = pathToFileURL(join(dir, 'labels.gms')).href;
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: other, languageId: 'emd', version: 1, text },
    });
    const t = decode((await ask('textDocument/semanticTokens/full', { textDocument: { uri: other } })).data);
    expect(t).toEqual([
      [0, 0, 3, 7, 0], // Set (not `of` nor `model` in the text)
      [0, 4, 1, 0, 1], // i
      [0, 30, 7, 8, 0], // seattle
      [0, 39, 11, 8, 0], // 'san diego'
      [0, 52, 5, 8, 0], // h1*h3: one token
      [1, 0, 9, 7, 0], // Parameter (not `solve` in the text)
      [1, 10, 1, 2, 1], // c
      [1, 12, 1, 0, 0],
      [1, 33, 7, 8, 0], // seattle
      [1, 44, 9, 8, 0], // san-diego
      [2, 0, 5, 7, 0], // Table
      [2, 6, 1, 2, 1], // d
      [2, 8, 1, 0, 0],
      [2, 10, 1, 0, 0],
      [3, 11, 7, 8, 0], // column seattle
      [3, 20, 2, 8, 0], // column h1
      [4, 2, 7, 8, 0], // row seattle
      [5, 0, 1, 2, 2], // c( written
      [5, 2, 9, 8, 0], // 'seattle'
      [5, 14, 3, 7, 0], // not
      [5, 18, 1, 2, 0], // c(
      [5, 20, 4, 8, 0], // "h2"
    ]);
  });

  it('folds multi-line statements and comment blocks, and highlights reads and writes', async () => {
    expect(await ask('textDocument/foldingRange', doc)).toEqual([
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 7, endLine: 8 },
    ]);
    const hl = await ask('textDocument/documentHighlight', { ...doc, position: pos(main, 'x(i)', 0, 1) });
    expect(hl.map((h: any) => [...r4(h.range), h.kind])).toEqual([
      [4, 18, 4, 19, 3],
      [6, 26, 6, 27, 2],
      [8, 3, 8, 4, 2],
      [11, 0, 11, 1, 3],
      [13, 8, 13, 9, 2],
    ]);
  });

  it('shows signatures of functions, of indexed symbols (their domain) and of sum', async () => {
    const sig = async (p: object) => {
      const h = await ask('textDocument/signatureHelp', { ...doc, position: p });
      return [h.signatures[0].label, h.signatures[0].parameters.map((x: any) => x.label), h.activeParameter];
    };
    expect(await sig(pos(main, 'sqrt(', 5))).toEqual(['sqrt(x)', ['x'], 0]);
    expect(await sig(pos(main, 'c(i)*', 2))).toEqual(['c(i)', ['i'], 0]);
    expect(await sig(pos(main, 'sum(i,', 6))).toEqual(['sum(index, expression)', ['index', 'expression'], 1]);
    expect(await ask('textDocument/signatureHelp', { ...doc, position: pos(main, 'Model') })).toBeNull();
  });

  it('finds workspace symbols in included files and links the $include path', async () => {
    const ws = await ask('workspace/symbol', { query: 'CA' });
    expect(ws.map((s: any) => [s.name, s.kind, s.location.uri, ...r4(s.location.range)])).toEqual([
      ['cap', 14, incUri, 2, 10, 2, 13],
    ]);
    const links = await ask('textDocument/documentLink', doc);
    expect(links.map((l: any) => [...r4(l.range), l.target])).toEqual([[2, 9, 2, 17, incUri]]);
  });

  it('outlines declarations with their full items and equation definitions under their equation', async () => {
    const o = await ask('textDocument/documentSymbol', doc);
    const flat = (xs: any[]): any[] =>
      xs.map((x) => [x.name, x.kind, ...r4(x.range), ...r4(x.selectionRange), flat(x.children)]);
    expect(flat(o)).toEqual([
      ['z', 13, 3, 9, 3, 17, 3, 9, 3, 10, []],
      ['x', 13, 4, 18, 4, 22, 4, 18, 4, 19, []],
      ['cost', 12, 5, 9, 5, 21, 5, 9, 5, 13, [['cost ..', 6, 6, 0, 6, 31, 6, 0, 6, 4, []]]],
      ['lim', 12, 5, 23, 5, 29, 5, 23, 5, 26, [['lim(i) ..', 6, 7, 0, 8, 24, 7, 0, 7, 3, []]]],
      ['m', 2, 9, 6, 9, 13, 9, 6, 9, 7, []],
    ]);
  });

  it('formats the statements a range touches, and only those', async () => {
    const edits = await ask('textDocument/rangeFormatting', {
      ...doc,
      range: { start: pos(main, 'x.up', 1), end: pos(main, 'x.up', 3) },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits.map((e: any) => [...r4(e.range), e.newText])).toEqual([[11, 0, 11, 14, 'x.up(i) = 10;']]);
  });

  it('completes option names, solver names after `option lp =`, and dollar control options', async () => {
    const labels = async (p: object) =>
      (await ask('textDocument/completion', { ...doc, position: p })).map((c: any) => c.label);
    const names = await labels(pos(main, 'lp = highs'));
    expect(names.slice(0, 6)).toEqual(['decimals', 'explain', 'convergence', 'reuse', 'warmstart', 'lp']);
    expect(names).toContain('reslim');
    expect(names).not.toContain('sum');
    const solvers = await labels(pos(main, 'highs'));
    expect(solvers.slice(0, 4)).toEqual(['glpk', 'highs', 'ipm', 'ipopt']);
    expect(solvers).toContain('cplex');
    expect(solvers).not.toContain('path'); // an MCP solver, not an LP one
    const dollar = await labels(pos(main, 'include', 0));
    expect(dollar).toContain('ontext');
    expect(dollar).toContain('batinclude');
  });

  it('hovers attributes, built-ins, keywords and labels, and links a declaration relative to the workspace', async () => {
    const hover = async (p: object) =>
      (await ask('textDocument/hover', { ...doc, position: p }))?.contents.value;
    expect(await hover(pos(main, 'x.l', 2))).toBe(
      '`x.l`: level: the value in the last solution (or the starting point) of variable x.',
    );
    expect(await hover(pos(main, 'sum(', 1))).toBe(
      '```emd\nsum(index, expression)\n```\nthe sum of the expression over the index set (0 when empty).',
    );
    expect(await hover(pos(main, 'sqrt(', 1))).toBe('```emd\nsqrt(x)\n```\nGAMS function.');
    expect(await hover(pos(main, 'Model', 1))).toBe(
      '**Model** (keyword): groups equations into a model (`/all/` or a list).',
    );
    expect(await hover(pos(main, 'Variable z', 2))).toBe(
      '**Variable** (keyword): declares variables: the unknowns of the model (free unless a type precedes).',
    );
    const d = await hover(pos(main, 'c(i)*'));
    expect(d).toBe(
      `\`\`\`emd\nParameter c(i) 'unit cost'\n\`\`\`\n2 records: seattle 1, san-diego 2\n\ndeclared at [data.inc:2](${incUri}#L2)`,
    );
  });

  it('offers quick fixes: the did-you-mean name, a declaration, a missing semicolon', async () => {
    const text = 'Set i /a,b/;\nParameter p(i), cc(i);\np(i) = ccc(i) + q(i);\nScalar u, v;\nu = 1\nv = 2;\n';
    const { other, actions } = await codeActions('fixes.gms', text);
    expect(
      actions.map((a: any) => [
        a.title,
        a.kind,
        a.diagnostics[0].code,
        a.edit.changes[other].map((e: any) => [...r4(e.range), e.newText]),
      ]),
    ).toEqual([
      ["Change to 'cc'", 'quickfix', 'E2001', [[2, 7, 2, 10, 'cc']]],
      ["Declare parameter 'ccc'", 'quickfix', 'E2001', [[2, 0, 2, 0, 'Parameter ccc(i);\n']]],
      ["Change to 'i'", 'quickfix', 'E2001', [[2, 16, 2, 17, 'i']]],
      ["Declare parameter 'q'", 'quickfix', 'E2001', [[2, 0, 2, 0, 'Parameter q(i);\n']]],
      ["Insert ';' at the end of line 5", 'quickfix', 'E1003', [[4, 5, 4, 5, ';']]],
    ]);
    expect(actions[0].isPreferred).toBe(true);
  });

  it('declares an undeclared name as its uses call for: set, variable, parameter or scalar', async () => {
    const text = [
      'Set i /a,b/;',
      'Parameter p(i), d(k);',
      'Variable z; Equation e;',
      'e .. z =e= sum(i, y(i)) + sum(j, p(j)) + w;',
      'q(i) = 2;',
      'v.up(i) = 3;',
      'display u.l;',
      'r = 1;',
      '',
    ].join('\n');
    const { other, actions } = await codeActions('declare.gms', text);
    expect(
      actions
        .filter((a: any) => a.title.startsWith('Declare'))
        .map((a: any) => [a.title, a.edit.changes[other].map((e: any) => [...r4(e.range), e.newText])]),
    ).toEqual([
      ["Declare set 'k'", [[1, 0, 1, 0, 'Set k;\n']]], // a domain
      ["Declare variable 'y'", [[3, 0, 3, 0, 'Variable y(i);\n']]], // in an equation
      ["Declare set 'j'", [[3, 0, 3, 0, 'Set j(i);\n']]], // a sum index, indexing p over i
      ["Declare variable 'w'", [[3, 0, 3, 0, 'Variable w;\n']]],
      ["Declare parameter 'q'", [[4, 0, 4, 0, 'Parameter q(i);\n']]], // assigned
      ["Declare variable 'v'", [[5, 0, 5, 0, 'Variable v(i);\n']]], // .up
      ["Declare variable 'u'", [[6, 0, 6, 0, 'Variable u;\n']]], // .l
      ["Declare scalar 'r'", [[7, 0, 7, 0, 'Scalar r;\n']]], // assigned, no index
    ]);
  });
});
