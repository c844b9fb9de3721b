// Real models of the GAMS Model Library (test/fixtures/gamslib/) through the preprocessing stage:
// their dollar control lines give no diagnostic and the program text comes out as GAMS reads it.
// Where a model then stops, it stops on a construct of another kind (named in each test).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createSourceFile, lineAndColumn } from '../src/text/source-file.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { compile } from '../src/api.ts';
import { initialDollarState, preprocess } from '../grammar/preprocess.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import type * as A from '../src/syntax/ast.ts';

const dir = join(import.meta.dirname, 'fixtures', 'gamslib');
const load = (name: string) => {
  const path = join(dir, name);
  return createSourceFile(path, nodeHost.readFile(path)!);
};
const where = (d: { code: string; span?: A.Node['span'] }) =>
  d.span ? `${d.code} ${lineAndColumn(d.span.file, d.span.start).line}` : d.code;
const dollarCodes = /^(E12|W12|W110|E110)/;

describe('GAMS Model Library: dollar control', () => {
  it('tanksize: $onEchoV writes assignpar.gms, $batInclude with 11 arguments loops on $shift and $goto', () => {
    const r = parseSource(load('tanksize.gms'), nodeHost);
    expect(r.diagnostics.filter((d) => dollarCodes.test(d.code)).map(where)).toEqual([]);
    const assigned = r.program.statements
      .filter((s): s is A.Assignment => s.kind === 'Assignment')
      .slice(0, 11)
      .map((s) => s.target.name.name);
    expect(assigned).toEqual([
      'prmin',
      'prmax',
      'slb',
      'sub',
      'si',
      'dlb',
      'dub',
      'demand',
      'ts',
      'csti',
      'cstc',
    ]);
    expect(r.written?.get(join(dir, 'assignpar.gms'))).toBe(
      "$label start\n%1(p) = pdata(p,'%1');\n$shift\n$if not x%1 == x $goto start\n",
    );
    // The whole model then compiles: `uniform` and `option MINLP=convert;` are known too.
    const c = compile(load('tanksize.gms'), nodeHost);
    expect(c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });

  it('jacobi: $eolCom on $ lines, $if not set … $set, $setDDList and $if not errorFree', () => {
    const ok = parseSource(load('jacobi.gms'), nodeHost, { defines: { vars: '20', parts: '4' } });
    expect(ok.diagnostics.filter((d) => dollarCodes.test(d.code)).map(where)).toEqual([]);
    const sets = ok.program.statements.filter((s): s is A.SetDecl => s.kind === 'SetDecl');
    const elements = (name: string) =>
      sets
        .flatMap((s) => s.items)
        .find((i) => i.name.name === name)
        ?.elements?.map((e) => e.keys.map((k) => k.name).join('.'));
    expect(elements('i')?.length).toBe(20);
    expect(elements('k')).toEqual(['block_1', 'block_2', 'block_3', 'block_4']);
    expect(elements('iters')?.length).toBe(101);
    // A double-dash parameter that $setDDList does not list stops the compilation, as in GAMS.
    const bad = parseSource(load('jacobi.gms'), nodeHost, { defines: { varz: '20' } });
    expect(bad.diagnostics.filter((d) => dollarCodes.test(d.code)).map((d) => d.message)).toEqual([
      "Unknown double-dash parameter '--varz': $setDDList allows vars, parts, iters.",
      'Compilation aborted by $abort: wrong double dash parameters: --vars=n --parts=n iters=n',
    ]);
  });

  it('mexsd: $maxCol 72 makes the notes right of the tables comments', () => {
    const file = load('mexsd.gms');
    const pre = preprocess(file, initialDollarState());
    expect(pre.diagnostics.filter((d) => dollarCodes.test(d.code)).map(where)).toEqual([]);
    const km = [...pre.tables.values()].find((b) =>
      /^Table km/.test(file.text.slice(b.keywordOffset, b.keywordOffset + 8)),
    )!;
    const lines = km.lines.map((l) => l.file.text.slice(l.start, l.end).trimEnd()).filter((l) => l.trim());
    expect(lines).toEqual([
      '                     p-low    p-high    wmax     expo',
      ' coke.coahuila        52         100     230      1.3',
      ' pellets.ore-north    18.7        38      60      1.3',
      ' pellets.ore-south    18.7        38     115      1.3',
    ]);
    // Past `$Maxcol 120` the columns count again.
    expect(pre.lexText.split('\n')[155]).toContain(
      'Parameter   wbar(cm,im)   stock of mine products (million tons)',
    );
  });
});
