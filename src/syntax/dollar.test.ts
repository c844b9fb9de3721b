// Compile-time variables and the dollar control options of the preprocessing stage, read through
// parseSource with files in memory.
import { describe, expect, it } from 'vitest';
import { codes, kinds, recs } from '../../grammar/test-util.ts';
import { initialDollarState, preprocess } from '../../grammar/preprocess.ts';
import { createSourceFile, lineAndColumn } from '../text/source-file.ts';
import { renderDiagnostic } from '../diagnostics/render.ts';
import {
  parseSource,
  type CommandRunner,
  type ParseHost,
  type ParseOptions,
  type ParseResult,
} from './parse.ts';
import type * as A from './ast.ts';

function host(files: Record<string, string>): ParseHost {
  return {
    readFile: (p) => files[p],
    resolve: (from, rel) => {
      if (rel.startsWith('/')) return rel;
      const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '/m';
      return rel === '.' ? dir : `${dir}/${rel}`;
    },
  };
}

function run(text: string, files: Record<string, string> = {}, opts: ParseOptions = {}): ParseResult {
  return parseSource(createSourceFile('/m/main.gms', text), host({ '/m/main.gms': text, ...files }), opts);
}

/** What the lexer sees of a one-file program: its non-blank lines, trimmed. */
function code(text: string, opts: ParseOptions = {}): string[] {
  const pre = preprocess(createSourceFile('t.gms', text), initialDollarState(opts));
  return pre.lexText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
}

/** Data of every declaration: `name=records`. */
function data(r: ParseResult): string[] {
  const out: string[] = [];
  for (const s of r.program.statements) {
    if (s.kind === 'SetDecl')
      for (const i of s.items) out.push(`${i.name.name}=${recs(i.elements).join(' ')}`);
    if (s.kind === 'ParameterDecl')
      for (const i of s.items) out.push(`${i.name.name}=${recs(i.data).join(' ')}`);
    if (s.kind === 'TableDecl') out.push(`${s.item.name.name}=${recs(s.records).join(' ')}`);
  }
  return out;
}

describe('%name% substitution', () => {
  it('replaces defined names everywhere: labels, data, strings, tables, include paths', () => {
    const r = run(
      [
        '$set qmax 3',
        '$setGlobal inc data',
        'Set q / q1*q%qmax% /;',
        "Parameter p(q) 'p of q%qmax%' / q%qmax% %qmax%.5 /;",
        'Table t(q,*)',
        '      a%qmax%',
        '  q%qmax%  7',
        ';',
        '$include %inc%.inc',
      ].join('\n'),
      { '/m/data.inc': 'Scalar s / %qmax%%qmax% /;' },
    );
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['q=q1=1 q2=1 q3=1', 'p=q3=3.5', 't=q3.a3=7', 's==33']);
    const p = r.program.statements.find((s): s is A.ParameterDecl => s.kind === 'ParameterDecl')!;
    expect(p.items[0].text).toBe('p of q3');
  });

  it('leaves undefined names as they are, and the parser reports them at their column', () => {
    const r = run('$set a 1234567\nScalar s;\ns = %a% + %b%;');
    expect(codes(r)).toEqual(['E1209 3:11']);
    expect(renderDiagnostic(r.diagnostics[0])).toBe(
      [
        "/m/main.gms:3:11 - error E1209: Compile-time variable '%b%' is not defined.",
        '  3 | s = %a% + %b%;',
        '    |           ^~~',
        '  hint: define it with $set b value, or on the command line with --b=value.',
      ].join('\n'),
    );
  });

  it('maps positions after a substitution back to the file (line, column, caret width)', () => {
    const r = run('$set long abcdefghij\n$set s x\nScalar %s%, y;\ny = %long% + %s% + zz;');
    expect(codes(r)).toEqual([]);
    const t = r.program.statements.find((s) => s.kind === 'Assignment')!;
    // The statement's span starts at `y` and the text after the substitutions maps back.
    expect(lineAndColumn(t.span.file, t.span.start)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn(t.span.file, t.span.end)).toEqual({ line: 4, column: 22 });
    expect(t.span.file.text.split('\n')[3]).toBe('y = abcdefghij + x + zz;');
  });

  it('takes --name=value from the command line as global variables', () => {
    expect(code('Scalar n / %n% /;', { defines: { n: '10' } })).toEqual(['Scalar n / 10 /;']);
    expect(code('$if not set n $set n 5\nScalar n / %n% /;', { defines: { N: '7' } })).toEqual([
      'Scalar n / 7 /;',
    ]);
    expect(code('$if not set n $set n 5\nScalar n / %n% /;')).toEqual(['Scalar n / 5 /;']);
  });

  it('knows the predefined names: %system.…%, %gams.…%, %modelStat.…% and friends', () => {
    expect(
      code(
        '$title My model\nx = %modelStat.Optimal% + %solveStat.NormalCompletion% + %solPrint.Quiet% + %solveLink.CallModule%;\nput "%system.title% %system.date%";',
        { predefined: { 'system.date': '12/04/26' } },
      ),
    ).toEqual(['x = 1 + 1 + 2 + 2;', 'put "My model 12/04/26";']);
    const r = run('file f / "%gams.scrdir%x.%gams.scrext%" /;\n$include %system.fp%b.inc', {
      '/m/b.inc': 'Scalar b;',
    });
    expect(codes(r)).toEqual([]);
    expect(kinds(r)).toEqual(['FileDecl', '$include', 'ParameterDecl']);
  });
});

describe('scopes of $set, $setLocal, $setGlobal and $drop', () => {
  it('$set is seen in included files and gone after the file that set it; $setGlobal stays', () => {
    const r = run(
      [
        '$set a outer',
        '$setLocal l local',
        '$include inc',
        'Set s1 / %a%, %g% /;',
        '$if set b $abort b leaked',
        '$if setlocal l Set s3 / %l% /;',
      ].join('\n'),
      {
        '/m/inc.gms': [
          '$if setLocal l $abort local leaked',
          'Set s2 / %a%x /;',
          '$set b inner',
          '$setGlobal g glob',
        ].join('\n'),
      },
    );
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['s2=outerx=1', 's1=outer=1 glob=1', 's3=local=1']);
  });

  it('$drop, $dropGlobal and $dropLocal remove a variable', () => {
    expect(
      code(
        '$set a 1\n$setGlobal b 2\n$setLocal c 3\n$drop a\n$dropGlobal b\n$dropLocal c\n$if not set a $if not set b $if not set c x = 1;',
      ),
    ).toEqual(['x = 1;']);
  });

  it('$eval, $evalGlobal and $evalLocal compute numbers', () => {
    expect(code('$set n1 5\n$eval n %n1%*4\n$evalGlobal m min(%n%, 7) + 0.5\nx = %n% + %m%;')).toEqual([
      'x = 20 + 7.5;',
    ]);
    const r = run('$eval n card(i)\n$eval m 1 +\nSet j;\n$eval k card(j)');
    expect(codes(r)).toEqual(['E1202 1:9', 'E1202 2:12', 'E1202 4:9']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Invalid expression in $eval: card(i): 'i' is not declared before this line.",
      'Invalid expression in $eval: an expression is missing.',
      "Invalid expression in $eval: card(j) needs the data of 'j' at compile time, which EMD does not have.",
    ]);
  });

  it('card(s) and $if defined/declared see the declarations and data lists read so far (dicex, flowshop)', () => {
    const inc = 'Set f faces / f1*f4 /;\nTable t(f,*)\n     a  b\nf1   1  2\nf3   3  4 ;\n';
    const r = run(
      [
        'Set d dice / d1*d3 /, e(d);',
        'Alias (d, dd);',
        'Variable x; Parameter p(d) / d1 1 /, q(d);',
        '$include inc.gms',
        '$eval NN card(d)*card(f)',
        '$eval TT card(t) + card(dd) + card(p)',
        'Set vals / 1 * %NN% /;',
        'Scalar tt / %TT% /;',
        '$ife card(d)>8 Scalar big / 1 /;',
        '$if defined d $if defined t $if defined p $if declared q $if declared x Scalar ok1 / 1 /;',
        '$if not defined q $if not defined e $if not declared nn $if not defined PwlSeg__ Scalar ok2 / 1 /;',
        '$if defined later Scalar bad / 1 /;',
        'Set later / a /;',
      ].join('\n'),
      { '/m/inc.gms': inc },
    );
    expect(codes(r)).toEqual([]);
    const decl = (name: string) =>
      r.program.statements.find(
        (s) => (s.kind === 'SetDecl' || s.kind === 'ParameterDecl') && s.items[0].name.name === name,
      ) as A.SetDecl | A.ParameterDecl | undefined;
    expect((decl('vals') as A.SetDecl).items[0].elements!.length).toBe(12);
    // card(t) counts the table's 4 records, card(dd) the 3 elements of d, card(p) 1 record.
    expect(recs((decl('tt') as A.ParameterDecl).items[0].data)).toEqual(['=8']);
    expect(['big', 'ok1', 'ok2', 'bad'].map((n) => decl(n) !== undefined)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('$setNames splits a path; $setEnv and $if setEnv', () => {
    expect(
      code('$setNames "/a/b/model.gms" fp fn fe\n$setEnv E 1\n$if setEnv E x("%fp%", "%fn%", "%fe%") = 1;'),
    ).toEqual(['x("/a/b/", "model", ".gms") = 1;']);
  });
});

describe('$if and $ifThen', () => {
  it('runs the rest of the line when the condition holds: a statement, an option, an include', () => {
    const r = run(
      [
        '$set a 1',
        '$if %a% == 1 Set s1 / x /;',
        '$if not %a% == 1 Set s2 / y /;',
        '$ifI %system.filesys% == unix Set s3 / z /;',
        '$if set a $if exist inc.gms $include inc.gms',
        '$ifE %a%+1>1 $set b yes',
        '$if "%b%" == "yes" Set s5 / b /;',
      ].join('\n'),
      { '/m/inc.gms': 'Set s4 / i /;' },
    );
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['s1=x=1', 's3=z=1', 's4=i=1', 's5=b=1']);
  });

  it('a condition with nothing after it governs the next line (csp)', () => {
    const r = run(
      [
        '$set n 4',
        '$if NOT %n%+6 == 4+6',
        'Set s1 / skipped /;',
        'Set s2 / kept /;',
        '$if %n%+6 == 4+6',
        'Set s3 / kept /;',
      ].join('\n'),
      {},
    );
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['s2=kept=1', 's3=kept=1']);
  });

  it('$ifThen / $elseIf / $else / $endIf, nested, with tags and every flavour', () => {
    const text = (x: string) =>
      [
        `$set x ${x}`,
        '$ifThen %x% == a',
        'x = 1;',
        '$ifThen.in set nothing',
        'x = 11;',
        '$else.in',
        'x = 12;',
        '$endIf.in',
        '$elseIfI %x% == B',
        'x = 2;',
        '$elseIfE %x% > 2',
        'x = 3;',
        '$else',
        'x = 4;',
        '$ifThen %x% == c',
        'x = 44;',
        '$endIf',
        '$endIf',
        'y = 0;',
      ].join('\n');
    expect(code(text('a'))).toEqual(['x = 1;', 'x = 12;', 'y = 0;']);
    expect(code(text('b'))).toEqual(['x = 2;', 'y = 0;']);
    expect(code(text('5'))).toEqual(['x = 3;', 'y = 0;']);
    expect(code(text('c'))).toEqual(['x = 4;', 'x = 44;', 'y = 0;']);
  });

  it('reports a bad condition, an $else without $ifThen and an $ifThen without $endIf', () => {
    const r = run('$if frobnicate\n$else\n$endif\n$ifThen 1 == 1\nScalar s;');
    expect(codes(r)).toEqual(['E1201 1:5', 'E1203 2:1', 'E1203 3:1', 'E1204 4:1']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Invalid $if condition: expected a test (set, exist, errorFree, ...) or 'string1 == string2' but found 'frobnicate'.",
      "'$else' has no matching $ifThen.",
      "'$endif' has no matching $ifThen.",
      '$ifThen is not closed by $endIf in this file.',
    ]);
  });

  it('$if errorFree and $setDDList check the double-dash parameters', () => {
    const text = '$setDDList vars parts\n$if not errorFree $abort wrong double dash parameters';
    expect(codes(run(text, {}, { defines: { vars: '5' } }))).toEqual([]);
    const r = run(text, {}, { defines: { vras: '5' } });
    expect(codes(r)).toEqual(['E1212 1:1', 'E1207 2:20']);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Unknown double-dash parameter '--vras': $setDDList allows vars, parts.",
      'Compilation aborted by $abort: wrong double dash parameters',
    ]);
  });
});

describe('$goto, $label, $exit, $abort, $error, $stop', () => {
  it('$goto jumps forward to its label; a missing label is an error', () => {
    expect(code('$goto skip\nx = 1;\n$label skip\nx = 2;')).toEqual(['x = 2;']);
    const r = run('$goto nowhere\nScalar s;');
    expect(codes(r)).toEqual(['E1205 1:7']);
  });

  it('$goto back re-reads the lines with the values of now ($batInclude loop with $shift)', () => {
    const r = run(
      [
        'Set p / p1 /;',
        'Table pdata(p,*)',
        '     a  b  c',
        'p1   1  2  3 ;',
        'Parameter a(p), b(p), c(p);',
        '$onEchoV > assign.gms',
        '$label start',
        "%1(p) = pdata(p,'%1');",
        '$shift',
        '$if not x%1 == x $goto start',
        '$offEcho',
        '$batInclude assign a b c',
      ].join('\n'),
    );
    expect(codes(r)).toEqual([]);
    const assigned = r.program.statements.filter((s): s is A.Assignment => s.kind === 'Assignment');
    expect(assigned.map((s) => s.target.name.name)).toEqual(['a', 'b', 'c']);
    expect(r.written?.get('/m/assign.gms')).toBe(
      "$label start\n%1(p) = pdata(p,'%1');\n$shift\n$if not x%1 == x $goto start\n",
    );
  });

  it('stops an endless $goto loop', () => {
    const r = run('$label top\n$goto top');
    expect(codes(r)).toEqual(['E1206 2:1']);
  });

  it('$exit ends the file, $abort and $stop end the input, $error goes on', () => {
    const r = run('$include inc\nScalar after;', { '/m/inc.gms': 'Scalar a;\n$exit\nScalar b;' });
    expect(kinds(r)).toEqual(['$include', 'ParameterDecl', '$exit', 'ParameterDecl']);
    const e = run('$error something is wrong\nScalar s;\n$abort stop here\nScalar t;');
    expect(codes(e)).toEqual(['E1208 1:1', 'E1207 3:1']);
    expect(e.diagnostics.map((d) => d.message)).toEqual([
      '$error: something is wrong',
      'Compilation aborted by $abort: stop here',
    ]);
    expect(kinds(e).filter((k) => !k.startsWith('$'))).toEqual(['ParameterDecl']);
    const s = run('Scalar s;\n$stop\nScalar t;');
    expect(codes(s)).toEqual(['W1200 2:1']);
    expect(kinds(s).filter((k) => !k.startsWith('$'))).toEqual(['ParameterDecl']);
  });
});

describe('$batInclude, $echo and the other options', () => {
  it('$batInclude passes %1 %2 ...; a missing argument is empty', () => {
    const r = run('$batInclude part.inc s "a b" 3\nSet t / %1 /;', {
      '/m/part.inc': "Set %1 '%2' / e1*e%3 /;\n$if x%4 == x Set empty / %4e /;",
    });
    expect(codes(r)).toEqual(['E1025 2:9']);
    expect(data(r)).toEqual(['s=e1=1 e2=1 e3=1', 'empty=e=1', 't=']);
  });

  it('$echo writes and appends; $include reads what was written', () => {
    const r = run('$echo Set a / x /; > d.inc\n$echo "Set b / y /;" >> d.inc\n$include d.inc');
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['a=x=1', 'b=y=1']);
    expect(r.written?.get('/m/d.inc')).toBe('Set a / x /;\nSet b / y /;\n');
    expect(codes(run('$echo x > /etc/x.txt'))).toEqual(['E1211 1:11']);
  });

  it('$onEcho substitutes, $onEchoV does not', () => {
    const r = run('$set v 1\n$onEcho > a.txt\n%v%\n$offEcho\n$onEchoV > b.txt\n%v%\n$offEcho');
    expect(r.written?.get('/m/a.txt')).toBe('1\n');
    expect(r.written?.get('/m/b.txt')).toBe('%v%\n');
  });

  it('$maxCol and $minCol make the columns outside comments', () => {
    expect(code('$maxCol 12\nScalar s /1/;  this is a comment\n$maxCol 0\nScalar t;')).toEqual([
      'Scalar s /1/',
      'Scalar t;',
    ]);
    expect(code('$minCol 5\nxxx Scalar s;\n$minCol 0\nScalar t;')).toEqual(['Scalar s;', 'Scalar t;']);
  });

  it('reads several options on one line', () => {
    expect(code('$eolCom // inlineCom { } onNestCom\nx = 1; // c\ny { c } = 2;')).toEqual([
      'x = 1;',
      'y       = 2;',
    ]);
    expect(code('$offDigit onDelim\n$offDelim')).toEqual([]);
  });

  it('accepts listing options silently and reports what EMD cannot do', () => {
    const r = run(
      '$offListing\n$onListing\n$sTitle x\n$eject\n$offSymXRef offSymList\n$double\n$single\n$lines 5\n$onUpper\n$libInclude scenred.gms\n$gdxOut data\n$unload x\n$call =awk -f m.awk d.inc > d.gms',
    );
    expect(codes(r)).toEqual(['E1200 10:1', 'E1200 11:1', 'E1200 12:1', 'W1600 13:1']);
    expect(renderDiagnostic(r.diagnostics[0])).toBe(
      [
        "/m/main.gms:10:1 - error E1200: Dollar control option '$libinclude' is not supported by EMD.",
        '  10 | $libInclude scenred.gms',
        '     | ^~~~~~~~~~~',
        "  hint: it runs the GAMS library utility 'scenred' (scenario tree reduction with the SCENRED solver), which EMD does not have",
      ].join('\n'),
    );
    // Without a command runner (check, the language server, the playground) `$call` is not run.
    expect(r.diagnostics[3].hint).toBe('the command: =awk -f m.awk d.inc > d.gms');
  });
});

describe('$call', () => {
  /** A host whose files a fake command can write, and the commands it ran. */
  const world = (main: string) => {
    const files: Record<string, string> = { '/m/main.gms': main };
    const ran: string[] = [];
    const h: ParseHost = { ...host(files), writeFile: (p, t) => void (files[p] = t) };
    const commands: CommandRunner = (command, cwd) => {
      ran.push(`${cwd}: ${command}`);
      if (command.startsWith('fail')) return { exitCode: 3 };
      if (command.startsWith('=nosuch')) return { error: 'spawn nosuch ENOENT' };
      // `gen`: reads the script $onEcho wrote before the call (it must be saved by then).
      files['/m/d.inc'] = `Set i / ${files['/m/gen.txt'].trim()} /;`;
      return { exitCode: 0 };
    };
    const parse = (opts: ParseOptions) => parseSource(createSourceFile('/m/main.gms', main), h, opts);
    return { files, ran, commands, parse };
  };

  it('runs in the main folder after saving the $echo files; what it writes is read', () => {
    const w = world('$onEcho > gen.txt\na, b\n$offEcho\n$call gen > d.inc\n$include d.inc\n');
    const r = w.parse({ commands: w.commands });
    expect(codes(r)).toEqual([]);
    expect(w.ran).toEqual(['/m: gen > d.inc']);
    expect(w.files['/m/gen.txt']).toBe('a, b\n');
    expect(data(r)).toEqual(['i=a=1 b=1']);
  });

  it('sets errorLevel; $call.checkErrorLevel stops on a failure', () => {
    const w = world('$call fail\n$if errorLevel 3 $set e 3\n$if errorLevel 4 $set e 4\nSet s / v%e% /;\n');
    const r = w.parse({ commands: w.commands });
    expect(codes(r)).toEqual([]);
    expect(data(r)).toEqual(['s=v3=1']);
    const bad = world('$call.checkErrorLevel fail now\n$call =nosuch x\n');
    const rb = bad.parse({ commands: bad.commands });
    expect(codes(rb)).toEqual(['E1601 1:1', 'E1602 2:1']);
    expect(rb.diagnostics.map((d) => d.message)).toEqual([
      "The command 'fail now' failed with exit code 3.",
      "The command '=nosuch x' could not be run: spawn nosuch ENOENT.",
    ]);
    expect([...w.ran, ...bad.ran]).toEqual(['/m: fail', '/m: fail now', '/m: =nosuch x']);
  });

  it('is refused with --no-call, and not run without a runner (check, language server)', () => {
    const w = world('$call gen > d.inc\n$if errorLevel 1 $abort no data\n');
    expect(codes(w.parse({ commands: 'refuse' }))).toEqual(['E1600 1:1', 'E1207 2:19']);
    expect(codes(w.parse({}))).toEqual(['W1600 1:1']);
    expect(w.ran).toEqual([]);
  });
});
