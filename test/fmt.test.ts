// The EMD formatter (src/prettier/): on every model of models/ it is idempotent, keeps every comment,
// parses back to the same statements and lays every statement out (none kept as written); the
// classic models solve to the same results once formatted; layouts of keywords, declaration blocks,
// tables, long equations, loops and comments; syntax errors are refused with the diagnostics;
// `emd fmt` and `prettier --plugin` give the same text.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { breathe, root } from './helpers.ts';
import { main } from '../src/cli/main.ts';
import { run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { renderDiagnostics } from '../src/diagnostics/render.ts';
import { formatSource } from '../src/prettier/format.ts';
import { prettierWidth } from '../src/prettier/cli.ts';
import { scanSource, triviaTexts } from '../src/prettier/scan.ts';
import { firstDifference, withoutSpans } from '../src/prettier/ast-compare.ts';
import plugin from '../src/prettier/index.ts';
import { mutate, rng } from './fuzz.ts';

function modelFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...modelFiles(p));
    else if (/\.(emd|gms|inc)$/.test(name)) out.push(p);
  }
  return out.sort();
}

const fmt = (text: string, printWidth = 80) => {
  const r = formatSource(text, { printWidth, fileName: 'test.emd' });
  if (!r.ok) throw new Error(renderDiagnostics(r.diagnostics));
  expect(r.keptAsWritten).toBe(0);
  return r.text;
};

/** Every string of `needles` occurs in `hay`, in this order. */
function inOrder(hay: string, needles: string[]): string | undefined {
  let at = 0;
  for (const n of needles) {
    const k = hay.indexOf(n, at);
    if (k < 0) return n;
    at = k + n.length;
  }
  return undefined;
}

/**
 * Models kept as written: copies of the GAMS library's trnsport, whose text the language server,
 * parser, importer tests and benchmarks edit by string (and format, expecting a change).
 */
const KEPT_AS_WRITTEN = new Set(['models/classic/transport.gms', 'models/classic/transport_infeasible.gms']);

/**
 * Statements the formatter keeps as written, by design: they use compile-time variables
 * (`%split%`, `%hours%`, ...), whose text the formatter cannot check after substitution. The
 * settings that `--NAME=VALUE` overrides live in these files so that the models around them format.
 */
const KEPT_STATEMENTS: Record<string, number> = {
  'models/energy-hub/admm_settings.inc': 1,
  'models/iehs/admm_settings.inc': 2,
  'models/iehs/hours.inc': 1,
  'models/iehs/projection_settings.inc': 1,
  'models/microgrid/market_24h_seed_hours.inc': 1,
  'models/p2p-dlmp/admm_settings.inc': 1,
  'models/p2p-dlmp/case_4bus.inc': 27,
  'models/p2p-dlmp/case_69bus.inc': 24,
};

describe('every model in models/', () => {
  it('is formatted (emd fmt --check passes), apart from the copies of trnsport', () => {
    const unformatted = modelFiles(join(root, 'models'))
      .map((f) => relative(root, f))
      .filter((rel) => {
        const text = readFileSync(join(root, rel), 'utf8');
        // The width emd fmt and prettier take: the repository's .prettierrc.json.
        const r = formatSource(text, { fileName: rel, printWidth: prettierWidth(join(root, rel)) });
        return !r.ok || r.text !== text;
      });
    expect(unformatted).toEqual([...KEPT_AS_WRITTEN]);
  });
  for (const file of modelFiles(join(root, 'models'))) {
    const rel = relative(root, file);
    it(rel, () => {
      const text = readFileSync(file, 'utf8');
      const original = parseSource(createSourceFile(rel, text));
      const errors = original.diagnostics.filter(
        (d) => d.severity === 'error' && !/^E110[0-3]$/.test(d.code),
      );
      const once = formatSource(text, { fileName: rel, printWidth: 80 });
      if (errors.length) {
        // A model that does not parse is refused, with the parser's diagnostics.
        expect(once.ok).toBe(false);
        if (!once.ok) expect(once.diagnostics[0].message).toBe(errors[0].message);
        return;
      }
      expect(once.ok).toBe(true);
      if (!once.ok) return;
      expect(once.keptAsWritten).toBe(KEPT_STATEMENTS[rel] ?? 0);
      // Idempotent.
      const twice = formatSource(once.text, { fileName: rel, printWidth: 80 });
      expect(twice.ok && twice.text).toBe(once.text);
      // Same statements.
      const again = parseSource(createSourceFile(rel, once.text));
      const k = firstDifference(original.program.statements, again.program.statements);
      if (k >= 0)
        expect(withoutSpans(again.program.statements[k])).toEqual(
          withoutSpans(original.program.statements[k]),
        );
      // Every comment, `$` line and `$onText` line, in order.
      expect(inOrder(once.text, triviaTexts(scanSource(createSourceFile(rel, text))))).toBeUndefined();
    });
  }
});

describe('mutated models (test/fuzz.ts mutations)', () => {
  it('never throw; what parses formats idempotently to the same statements', async () => {
    let accepted = 0;
    for (const file of modelFiles(join(root, 'models'))) {
      await breathe();
      const text = readFileSync(file, 'utf8');
      for (let seed = 1; seed <= 3; seed++) {
        const m = mutate(text, rng(seed * 7919 + file.length));
        const r = formatSource(m, { printWidth: 80 });
        if (!r.ok) continue;
        accepted++;
        const again = formatSource(r.text, { printWidth: 80 });
        expect(again.ok && again.text === r.text, `${file} seed ${seed}`).toBe(true);
        const a = parseSource(createSourceFile('a', m)).program.statements;
        const b = parseSource(createSourceFile('b', r.text)).program.statements;
        expect(firstDifference(a, b), `${file} seed ${seed}`).toBe(-1);
      }
    }
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('formatted classic models solve as before', () => {
  const summary = (s: any) => [
    s.model,
    s.type,
    s.solver,
    s.modelStatus,
    s.solveStatus,
    s.rows,
    s.columns,
    s.nonzeros,
    s.objective,
  ];
  for (const rel of [
    'models/classic/transport.gms',
    'models/classic/unit_commitment.emd',
    'models/classic/storage_dispatch.emd',
    'models/microgrid/market_1h.emd',
    'models/nlp/hs/hs071.emd',
  ]) {
    it(rel, async () => {
      const path = join(root, rel);
      const text = readFileSync(path, 'utf8');
      const opts = { quiet: true, out: () => undefined, log: () => undefined };
      const before = await run(createSourceFile(path, text), nodeHost, opts);
      const after = await run(createSourceFile(path, fmt(text)), nodeHost, opts);
      expect(before.ok).toBe(true);
      expect(after.ok).toBe(true);
      expect(after.solves.map(summary)).toEqual(before.solves.map(summary));
      expect(after.solves.length).toBeGreaterThan(0);
    });
  }
  it('transport keeps its optimum, 153.675', async () => {
    const path = join(root, 'models/classic/transport.gms');
    const r = await run(createSourceFile(path, fmt(readFileSync(path, 'utf8'))), nodeHost, {
      quiet: true,
      out: () => undefined,
      log: () => undefined,
    });
    expect(r.solves[0].objective).toBeCloseTo(153.675, 9);
  });
});

describe('layout', () => {
  it('normalises keyword case and keeps the case of names, labels and texts', () => {
    const src = [
      'SETS I Plants /Seattle,San-Diego/;',
      'parameter CAP(I) capacity /Seattle 350, San-Diego 600/;',
      "VARIABLE X(I) 'shipped', Z;",
      'EQUATIONS OBJ;',
      'OBJ.. Z =E= SUM(I, X(I));',
      'MODEL M /ALL/;',
      'SOLVE M USING LP MINIMIZING Z;',
      'IF (Z.L GT 0 AND NOT (Z.L GE 10), DISPLAY Z.L;);',
      '',
    ].join('\n');
    expect(fmt(src)).toBe(
      [
        'Sets I  Plants  / Seattle, San-Diego /;',
        'Parameter CAP(I)  capacity  / Seattle 350, San-Diego 600 /;',
        "Variable X(I)  'shipped', Z;",
        'Equations OBJ;',
        'OBJ..  Z =e= SUM(I, X(I));',
        'Model M / ALL /;',
        'Solve M using LP minimizing Z;',
        'if(Z.L gt 0 and not (Z.L ge 10), Display Z.L;);',
        '',
      ].join('\n'),
    );
  });

  it('aligns names, texts and data in declaration blocks (transport)', () => {
    const out = fmt(readFileSync(join(root, 'models/classic/transport.gms'), 'utf8'));
    expect(out).toContain(
      [
        'Sets',
        '   i  canning plants  / seattle, san-diego /',
        '   j  markets         / new-york, chicago, topeka /;',
        '',
        'Parameters',
        '   a(i)  capacity of plant i in cases  / seattle    350',
        '                                         san-diego  600 /',
        '',
        '   b(j)  demand at market j in cases   / new-york  325',
        '                                         chicago   300',
        '                                         topeka    275 /;',
        '',
        'Table d(i,j)  distance in thousands of miles',
        '              new-york  chicago  topeka',
        '   seattle         2.5      1.7     1.8',
        '   san-diego       2.5      1.8     1.4;',
      ].join('\n'),
    );
    expect(out).toContain(
      [
        'Variables',
        '   x(i,j)  shipment quantities in cases',
        '   z       total transportation costs in thousands of dollars;',
      ].join('\n'),
    );
    expect(out).toContain('c(i,j) = f*d(i,j)/1000;');
  });

  it('lines up the records of one-line data lists across a block', () => {
    const src = [
      'Set mg / A, B, C /;',
      'Parameters',
      '  a(mg) utility scale / A 10, B 1, C 1 /',
      '  cap(mg) utility cap / A 100, B 0.5, C 0.5 /;',
      '',
    ].join('\n');
    expect(fmt(src)).toBe(
      [
        'Set mg / A, B, C /;',
        'Parameters',
        '   a(mg)    utility scale  / A 10,  B 1,   C 1   /',
        '   cap(mg)  utility cap    / A 100, B 0.5, C 0.5 /;',
        '',
      ].join('\n'),
    );
  });

  it('fills a one-line data list too long for the width into lines under the text, and keeps them when run again', () => {
    const labels = Array.from({ length: 24 }, (_, k) => `node${k + 1}`);
    const src = `Set n "grid nodes" / ${labels.join(', ')} /;\n`;
    const out = fmt(src, 60);
    expect(out).toBe(
      [
        'Set',
        '   n  "grid nodes"',
        '      / node1, node2, node3, node4, node5, node6, node7,',
        '        node8, node9, node10, node11, node12, node13,',
        '        node14, node15, node16, node17, node18, node19,',
        '        node20, node21, node22, node23, node24 /;',
        '',
      ].join('\n'),
    );
    expect(fmt(out, 60)).toBe(out);
    const a = parseSource(createSourceFile('a', src));
    const b = parseSource(createSourceFile('b', out));
    expect(b.diagnostics).toEqual([]);
    expect(firstDifference(a.program.statements, b.program.statements)).toBe(-1);
  });

  it('aligns table columns: numbers right-aligned under exactly one header, continuation blocks too', () => {
    const src = [
      'Set g /coal, gas/, f /cap, mc, fixed, startup, long_header_name/;',
      'Table unit(g,f)  unit data',
      '        cap   mc    fixed',
      'coal    60   10.25   100',
      '* gas has no fixed cost',
      'gas   1234.5  20',
      '+   startup long_header_name',
      'coal   300',
      'gas            -inf   ;',
      '',
    ].join('\n');
    const out = fmt(src);
    expect(out).toBe(
      [
        'Set g / coal, gas /, f / cap, mc, fixed, startup, long_header_name /;',
        'Table unit(g,f)  unit data',
        '            cap     mc  fixed',
        '   coal      60  10.25    100',
        '* gas has no fixed cost',
        '   gas   1234.5     20',
        '   +     startup  long_header_name',
        '   coal      300',
        '   gas                        -inf;',
        '',
      ].join('\n'),
    );
    const a = parseSource(createSourceFile('a', src));
    const b = parseSource(createSourceFile('b', out));
    expect(b.diagnostics).toEqual([]);
    expect(firstDifference(a.program.statements, b.program.statements)).toBe(-1);
  });

  it('breaks long equations before operators, aligned under the right-hand side', () => {
    const src = [
      'Set i /a,b/, t /t1*t3/;',
      'Parameter cost(i), cap(i), dem(t), rate(i,t);',
      'Variable x(i,t), z; Positive Variable s(i,t);',
      'Equation obj, bal(t);',
      'obj.. z =e= sum((i,t), cost(i)*x(i,t) + rate(i,t)*sqr(x(i,t) - cap(i))) + sum(t, dem(t)*sum(i, s(i,t)));',
      'bal(t).. sum(i, x(i,t)) + sum(i, s(i,t-1)) - sum(i, s(i,t)) =g= dem(t);',
      '',
    ].join('\n');
    expect(fmt(src, 60)).toBe(
      [
        'Set i / a, b /, t / t1*t3 /;',
        'Parameter cost(i), cap(i), dem(t), rate(i,t);',
        'Variable x(i,t), z;  Positive Variable s(i,t);',
        'Equation obj, bal(t);',
        'obj..     z =e= sum((i,t), cost(i)*x(i,t)',
        '                           + rate(i,t)*sqr(x(i,t) - cap(i)))',
        '                + sum(t, dem(t)*sum(i, s(i,t)));',
        'bal(t)..  sum(i, x(i,t)) + sum(i, s(i,t-1)) - sum(i, s(i,t))',
        '          =g= dem(t);',
        '',
      ].join('\n'),
    );
  });

  it('keeps comments where they are: $onText blocks exactly, end-of-line and in-line comments, comment lines', () => {
    const src = [
      '$onText',
      'first line',
      '',
      '',
      'third line after two blank lines',
      '$offText',
      '$onEolCom',
      '$onInline',
      'Set t hours /t1*t3/;   !! the hours',
      'Parameter d(t)  demand',
      '  / t1 10      !! night',
      '    t2 20.5',
      '*   the peak hour',
      '    t3 -5 / ;',
      'Scalar tot /* running total */ /0/;',
      '',
      '',
      '',
      'loop(t,   !! every hour',
      '* add the demand',
      '   tot = tot + d(t);  !! accumulate',
      '   if(tot > 20, display tot;',
      '   elseif tot > 10, tot = tot*2; else tot = 0;);',
      ');',
      '',
    ].join('\n');
    expect(fmt(src)).toBe(
      [
        '$onText',
        'first line',
        '',
        '',
        'third line after two blank lines',
        '$offText',
        '$onEolCom',
        '$onInline',
        'Set t  hours  / t1*t3 /;  !! the hours',
        'Parameter',
        '   d(t)  demand  / t1    10  !! night',
        '                   t2  20.5',
        '*   the peak hour',
        '                   t3    -5 /;',
        'Scalar',
        '   tot  / 0 /;  /* running total */',
        '',
        'loop(t,  !! every hour',
        '* add the demand',
        '   tot = tot + d(t);  !! accumulate',
        '   if(tot > 20,',
        '      Display tot;',
        '   elseif tot > 10,',
        '      tot = tot*2;',
        '   else',
        '      tot = 0;',
        '   );',
        ');',
        '',
      ].join('\n'),
    );
  });

  it('keeps an equation with a comment inside on its own lines (continuations keep their column)', () => {
    const src = [
      'Variable z, y;',
      'Equation e;',
      '$onEolCom',
      'e .. z =e= 2*y   !! twice',
      '        + 1;',
      '',
    ].join('\n');
    expect(fmt(src)).toBe(
      ['Variable z, y;', 'Equation e;', '$onEolCom', 'e.. z =e= 2*y  !! twice', '        + 1;', ''].join(
        '\n',
      ),
    );
  });
});

describe('syntax errors', () => {
  const bad = 'Set i /a/\nScalar s / 1 /;\ns = 1\ns = 2;\n';
  it('are refused with the diagnostics', () => {
    const r = formatSource(bad, { fileName: 'bad.emd' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['E1003', "Expected ';' but found 's'."]]);
  });
  it('make the Prettier plugin throw the rendered diagnostics', async () => {
    const err = await prettier
      .format(bad, { parser: 'emd', plugins: [plugin], filepath: 'bad.emd' })
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(
      [
        "bad.emd:4:1 - error E1003: Expected ';' but found 's'.",
        '  4 | s = 2;',
        '    | ^',
        "  hint: is a ';' missing at the end of line 3? Only a statement keyword (Set, Parameter, Solve, Display...) may follow a statement without ';'.",
      ].join('\n'),
    );
  });
  it('make emd fmt exit 1 and leave the file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-fmt-'));
    const p = join(dir, 'bad.emd');
    writeFileSync(p, bad);
    let err = '';
    const code = await main(['fmt', p], { stdout: () => undefined, stderr: (t) => void (err += t) });
    expect(code).toBe(1);
    expect(err).toContain("error E1003: Expected ';' but found 's'.");
    expect(readFileSync(p, 'utf8')).toBe(bad);
  });
});

describe('emd fmt and prettier --plugin', () => {
  const src = readFileSync(join(root, 'models/classic/unit_commitment.emd'), 'utf8');
  it('emd fmt --check reports, emd fmt writes (keeping CRLF), then --check passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-fmt-'));
    const p = join(dir, 'uc.emd');
    writeFileSync(p, src.replace(/\n/g, '\r\n'));
    const io = () => {
      const o = { out: '', err: '' };
      return {
        o,
        io: { stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) },
      };
    };
    const a = io();
    expect(await main(['fmt', '--check', p], a.io)).toBe(1);
    expect(a.o.err).toBe(`${p}: not formatted.\n`);
    const b = io();
    expect(await main(['fmt', p], b.io)).toBe(0);
    expect(b.o.out).toBe(`formatted ${p}\n`);
    expect(readFileSync(p, 'utf8')).toBe(fmt(src).replace(/\n/g, '\r\n'));
    const c = io();
    expect(await main(['fmt', '--check', p], c.io)).toBe(0);
    const d = io();
    expect(await main(['fmt', '--stdout', '--print-width', '60', p], d.io)).toBe(0);
    expect(d.o.out).toBe(fmt(src, 60).replace(/\n/g, '\r\n'));
  });
  it('the Prettier API with the plugin gives the formatter output, and picks the plugin by extension', async () => {
    expect(await prettier.format(src, { parser: 'emd', plugins: [plugin] })).toBe(fmt(src));
    expect(await prettier.format(src, { filepath: 'model.gms', plugins: [plugin], printWidth: 100 })).toBe(
      fmt(src, 100),
    );
  });
  it('claims every extension that models/ $include (.emd, .inc), or Prettier leaves it alone (.csv; .inc is not HTML)', async () => {
    const exts = new Set<string>();
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else
          for (const m of readFileSync(p, 'utf8').matchAll(/^\$\s*(?:bat)?include\s+"?([^\s"]+)/gim))
            exts.add(/\.[^./]+$/.exec(m[1])?.[0].toLowerCase() ?? '');
      }
    };
    walk(join(root, 'models'));
    expect([...exts].sort()).toEqual(['.csv', '.emd', '.inc']);
    const parserOf = async (f: string) =>
      (await prettier.getFileInfo(join(root, f), { plugins: [plugin] })).inferredParser;
    expect(await parserOf('models/iehs/iehs_data.inc')).toBe('emd');
    expect(await parserOf('models/classic/transport.gms')).toBe('emd');
    expect(await parserOf('models/microgrid/market_24h_foresight.emd')).toBe('emd');
    // CSV data: no Prettier parser, so `prettier --write .` skips it.
    expect(await parserOf('models/x/data.csv')).toBeNull();
  });
  it('the prettier command line loads src/prettier/plugin.js', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-prettier-'));
    const p = join(dir, 'uc.emd');
    writeFileSync(p, src);
    const out = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/prettier/bin/prettier.cjs'),
        '--plugin',
        join(root, 'src/prettier/plugin.js'),
        p,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out).toBe(fmt(src));
  });
});
