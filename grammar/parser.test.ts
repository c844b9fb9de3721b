import { describe, expect, it } from 'vitest';
import { codes, expr, kinds, parse, ref, sexpr, spanText } from './test-util.ts';
import type * as A from '../src/syntax/ast.ts';

/** Parse text that must have no diagnostics; returns its statements. */
function ok(text: string): A.Statement[] {
  const r = parse(text);
  expect(codes(r)).toEqual([]);
  return r.program.statements as A.Statement[];
}
function one<K extends A.Statement['kind']>(text: string, kind: K): Extract<A.Statement, { kind: K }> {
  const s = ok(text);
  expect(s.map((x) => x.kind)).toEqual([kind]);
  return s[0] as Extract<A.Statement, { kind: K }>;
}

describe('expressions', () => {
  it('follows GAMS precedence', () => {
    expect(expr('-x**2')).toBe('(- (** x 2))');
    expect(expr('a+b$c*d')).toBe('(+ a (* ($ b c) d))');
    expect(expr('not a and b')).toBe('(and (not a) b)');
    expect(expr('a or b and not c')).toBe('(or a (and b (not c)))');
    expect(expr('a xor b eqv c imp d')).toBe('(imp (eqv (xor a b) c) d)');
    expect(expr('a + b < c * d')).toBe('(lt (+ a b) (* c d))');
    expect(expr('-a*b')).toBe('(* (- a) b)');
    expect(expr('-a$c')).toBe('(- ($ a c))');
    expect(expr('a**b$c')).toBe('($ (** a b) c)');
    expect(expr('(a+b)$c')).toBe('($ (+ a b) c)');
    expect(expr('a$b$c')).toBe('($ ($ a b) c)');
    expect(expr('a - b - c')).toBe('(- (- a b) c)');
    expect(expr('a / b * c')).toBe('(* (/ a b) c)');
    expect(expr('x**-2')).toBe('(** x (- 2))');
    expect(expr('p$not q')).toBe('($ p (not q))');
  });

  it('normalises relational spellings', () => {
    expect(['a < b', 'a <= b', 'a = b', 'a <> b', 'a >= b', 'a > b'].map(expr)).toEqual([
      '(lt a b)',
      '(le a b)',
      '(eq a b)',
      '(ne a b)',
      '(ge a b)',
      '(gt a b)',
    ]);
    expect(['a LT b', 'a le b', 'a eq b', 'a Ne b', 'a ge b', 'a gt b'].map(expr)).toEqual([
      '(lt a b)',
      '(le a b)',
      '(eq a b)',
      '(ne a b)',
      '(ge a b)',
      '(gt a b)',
    ]);
  });

  it('reads literals and special values', () => {
    expect(expr('1.5e3 + .5')).toBe('(+ 1500 0.5)');
    expect(expr('inf + eps + na + yes + no')).toBe('(+ (+ (+ (+ inf eps) na) yes) no)');
    expect(expr('"text"')).toBe('"text"');
    expect(expr('pi')).toBe('pi()');
  });

  it('reads references with attributes, labels and lags', () => {
    expect(expr('x.l(i) + e.m + m.modelstat + x.LO')).toBe('(+ (+ (+ x.l(i) e.m) m.modelstat) x.lo)');
    expect(expr(`x('seattle', "new-york") + d(i,j)`)).toBe(`(+ x('seattle','new-york') d(i,j))`);
    expect(expr('x(t-1) + x(t+2) + x(t--1) + x(t++1) + x(t-k)')).toBe(
      '(+ (+ (+ (+ x(t-1) x(t+2)) x(t--1)) x(t++1)) x(t-k))',
    );
    const r = parse('x = s(t--1);').program.statements[0] as A.Assignment;
    const arg = (r.value as A.SymbolRef).indices![0] as A.IndexName;
    expect(arg).toMatchObject({
      kind: 'IndexName',
      name: { name: 't' },
      lag: { op: '--', amount: { kind: 'Number', value: 1 } },
    });
    expect(spanText(arg)).toBe('t--1');
  });

  it('makes calls of the function table and indexed references of everything else', () => {
    expect(expr('sqr(x) + sqrt(y) + power(x, 2) + max(a, b, c) + ord(t) + card(s)')).toBe(
      '(+ (+ (+ (+ (+ sqr(x) sqrt(y)) power(x, 2)) max(a, b, c)) ord(t)) card(s))',
    );
    const call = (parse('x = ord(t);').program.statements[0] as A.Assignment).value as A.CallExpr;
    expect(call.kind).toBe('Call');
    expect(call.args[0]).toMatchObject({ kind: 'Ref', name: { name: 't' } });
    expect(expr(`sameas(i, 'a')`)).toBe('sameas(i, "a")');
    const r = (parse('x = d(i,j);').program.statements[0] as A.Assignment).value as A.SymbolRef;
    expect(r.kind).toBe('Ref');
    expect(r.indices!.map((a) => a.kind)).toEqual(['IndexName', 'IndexName']);
    // An argument that is not an index makes a Call the checker reports as an unknown function.
    expect(expr('squareroot(4)')).toBe('squareroot(4)');
    expect(((parse('x = squareroot(4);').program.statements[0] as A.Assignment).value as A.Expr).kind).toBe(
      'Call',
    );
  });

  it('reads sum, prod, smin, smax with one or several indices and conditions', () => {
    expect(expr('sum(i, x(i))')).toBe('(sum (i) x(i))');
    expect(expr('sum((i,j)$c(i,j), x(i,j))')).toBe('(sum (i j) c(i,j) x(i,j))');
    expect(expr('prod(i$(ord(i) > 1), p(i))')).toBe('(prod (i) (gt ord(i) 1) p(i))');
    expect(expr('smin(i, p(i)) + smax(j, q(j))')).toBe('(+ (smin (i) p(i)) (smax (j) q(j)))');
    // Summing over a set's tuples: the indices with the set as condition.
    expect(expr('sum(arc(i,j)$w(i), f(i,j))')).toBe('(sum (i j) (and arc(i,j) w(i)) f(i,j))');
    // smax without parentheses is a name (storage_dispatch.emd has a scalar smax).
    expect(expr('smax * 2')).toBe('(* smax 2)');
  });

  it('gives nodes the spans of their text', () => {
    const s = parse('x = a + b$c * sum(i, p(i)) ;').program.statements[0] as A.Assignment;
    expect(spanText(s)).toBe('x = a + b$c * sum(i, p(i))');
    expect(spanText(s.value)).toBe('a + b$c * sum(i, p(i))');
    const right = (s.value as A.BinaryExpr).right as A.BinaryExpr;
    expect(spanText(right.left)).toBe('b$c');
    expect(spanText(right.right)).toBe('sum(i, p(i))');
  });
});

describe('declarations', () => {
  it('sets: items separated by commas or line breaks, domains, text, elements', () => {
    const s = one('Sets\n  i  plants  / a, b /\n  j(i) "sub" / a /, k(*) ;', 'SetDecl');
    expect(
      s.items.map((i) => [i.name.name, i.domain?.map((d) => d.name), i.text, i.elements?.length]),
    ).toEqual([
      ['i', undefined, 'plants', 2],
      ['j', ['i'], 'sub', 1],
      ['k', ['*'], undefined, undefined],
    ]);
  });

  it('unquoted text runs to the end of the line and may contain keywords', () => {
    const s = one('set\n  EN   Set of EH systems\n  t    Index of hour /1*3/ ;', 'SetDecl');
    expect(s.items.map((i) => i.text)).toEqual(['Set of EH systems', 'Index of hour']);
  });

  it('reads `equations obj co1 co2 co3;` as one equation with text, as GAMS does', () => {
    const s = one('equations obj co1 co2 co3;', 'EquationDecl');
    expect(s.items.map((i) => [i.name.name, i.text])).toEqual([['obj', 'co1 co2 co3']]);
  });

  it('alias groups', () => {
    expect(one('alias (a, b, c), (d, e);', 'AliasDecl').groups.map((g) => g.map((x) => x.name))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    // mrp2: a line break separates groups too.
    expect(
      one('alias (TT,TTp)\n      (PP,PPp);', 'AliasDecl').groups.map((g) => g.map((x) => x.name)),
    ).toEqual([
      ['TT', 'TTp'],
      ['PP', 'PPp'],
    ]);
  });

  it('scalars and parameters', () => {
    const p = one('Scalar f freight in dollars /90/ ;', 'ParameterDecl');
    expect(p.keyword).toBe('scalar');
    expect(p.items[0]).toMatchObject({
      name: { name: 'f' },
      text: 'freight in dollars',
      data: [{ keys: [], value: 90 }],
    });
    const q = one('Parameters a(i) capacity / x 1 /, b ;', 'ParameterDecl');
    expect(q.keyword).toBe('parameter');
    expect(q.items.map((i) => [i.name.name, i.data?.length])).toEqual([
      ['a', 1],
      ['b', undefined],
    ]);
    expect(codes(parse('Scalar s(i) / 1 /;'))).toEqual(['E1030 1:8']);
  });

  it('variables with their type, equations', () => {
    expect(one('Variables x(i,j) shipments, z ;', 'VariableDecl')).toMatchObject({
      varType: 'free',
      items: [{ name: { name: 'x' } }, { name: { name: 'z' } }],
    });
    expect(
      [
        'Positive Variable x;',
        'negative variables x;',
        'Binary Variable x;',
        'Integer Variables x;',
        'free variable x;',
      ].map((t) => one(t, 'VariableDecl').varType),
    ).toEqual(['positive', 'negative', 'binary', 'integer', 'free']);
    expect(
      one('Equations cost, supply(i) limit ;', 'EquationDecl').items.map((i) => [
        i.name.name,
        i.domain?.length,
        i.text,
      ]),
    ).toEqual([
      ['cost', undefined, undefined],
      ['supply', 1, 'limit'],
    ]);
    expect(codes(parse('Variable x / 5 /;'))).toEqual(['E1029 1:12']);
  });

  it('models: all, equation lists, several in one statement', () => {
    const m = one('Models m1 "first" / all /, m2 / e1, e2 / m3 / e3\n e4 / ;', 'ModelDecl');
    expect(
      m.items.map((i) => [
        i.name.name,
        i.text,
        i.equations === 'all' ? 'all' : i.equations.map((e) => e.name),
      ]),
    ).toEqual([
      ['m1', 'first', 'all'],
      ['m2', undefined, ['e1', 'e2']],
      ['m3', undefined, ['e3', 'e4']],
    ]);
  });

  it('files', () => {
    expect(one('file f / results.txt /;', 'FileDecl')).toMatchObject({
      name: { name: 'f' },
      path: 'results.txt',
    });
    expect(one(`file g "report" / 'my report.put' /;`, 'FileDecl')).toMatchObject({
      name: { name: 'g' },
      path: 'my report.put',
    });
    expect(one('file h;', 'FileDecl').path).toBeUndefined();
  });
});

describe('statements', () => {
  it('equation definitions with and without domain, with a condition, all relations', () => {
    const d = one('supply(i,j)$c(i) ..   sum(j, x(i,j))  =L=  a(i) ;', 'EquationDef');
    expect(d.name.name).toBe('supply');
    expect(d.domain?.map((x) => x.name)).toEqual(['i', 'j']);
    expect(sexpr(d.cond!)).toBe('c(i)');
    expect([sexpr(d.lhs), d.rel, sexpr(d.rhs)]).toEqual(['(sum (j) x(i,j))', 'l', 'a(i)']);
    expect(spanText({ span: d.relSpan })).toBe('=L=');
    expect(['e ..  x =e= 1;', 'e .. x =g= 1;', 'e.. x =n= 1;'].map((t) => one(t, 'EquationDef').rel)).toEqual(
      ['e', 'g', 'n'],
    );
    expect(one('cost .. z =e= 1;', 'EquationDef').domain).toBeUndefined();
  });

  it('reads restricting references in domains, targets, sums and loops', () => {
    const d = one('cutu(bb(k,i))$c(k).. u(k,i) =l= 1;', 'EquationDef');
    expect([d.domain?.map((x) => x.name), sexpr(d.cond!)]).toEqual([['k', 'i'], '(and bb(k,i) c(k))']);
    const a = one('aip(i,pp(p))$(ord(i)=ord(p)) = 1;', 'Assignment');
    expect([ref(a.target), sexpr(a.cond!)]).toEqual(['aip(i,p)', '(and pp(p) (eq ord(i) ord(p)))']);
    const s = one("x = sum(nh(i+1), 1) + sum{tn('time-2',n), 1};", 'Assignment');
    expect(sexpr(s.value)).toBe("(+ (sum (i) nh(i+1) 1) (sum (n) tn('time-2',n) 1))");
    const l = one("loop(vs(v,s+1), x = 1); loop(p('maxret'), x = 2);".split(';')[0] + ';', 'Loop');
    expect([l.binding.indices.map((x) => x.name), l.binding.restricted?.map((x) => x.name)]).toEqual([
      ['v', 's'],
      ['v', 's'],
    ]);
    expect(one("loop(p('maxret'), x = 2);", 'Loop').binding.indices).toEqual([]);
  });

  it('reads a lagged equation domain as the same rows over the plain index', () => {
    const d = one('kk(t+1)$c(t+1).. k(t+1) =e= k(t) + ord(t) + sum(j$p(t,j), k(t++1));', 'EquationDef');
    expect(d.domain?.map((x) => x.name)).toEqual(['t']);
    expect(sexpr(d.cond!)).toBe('(and (gt ord(t) 1) c(t))');
    expect(sexpr(d.lhs)).toBe('k(t)');
    expect(sexpr(d.rhs)).toBe('(+ (+ k(t-1) (- ord(t) 1)) (sum (j) p(t-1,j) k(t)))');
    const l = one('b(t-n).. k(t-n) =l= 1;', 'EquationDef');
    expect([sexpr(l.cond!), sexpr(l.lhs)]).toEqual(['(le ord(t) (- card(t) n))', 'k(t)']);
  });

  it('rejects unsupported relations, lags and numbers in equation domains, attributes on definitions', () => {
    expect(codes(parse('e .. z =x= 2*x ;'))).toEqual(['E1073 1:8']);
    expect(codes(parse('e(t+1) .. z =e= sameas(t, "a") ;'))).toEqual(['E1151 1:3']);
    expect(codes(parse('e(2) .. z =e= 1 ;'))).toEqual(['E1074 1:3']);
    expect(codes(parse('e.l .. z =e= 1 ;'))).toEqual(['E1075 1:3']);
  });

  it('reads labels and nested restrictions in equation domains', () => {
    const d = one("e(i,'a',zp(j,tt(t))) .. z(t) =e= 1 ;", 'EquationDef');
    expect(d.domain!.map((x) => x.name)).toEqual(['i', 'j', 't']);
    expect(d.fixed!.map((f) => [f.position, f.label.name])).toEqual([[1, 'a']]);
    expect(sexpr(d.cond!)).toBe('(and zp(j,t) tt(t))');
    expect(d.tuples!.map((r) => sexpr(r))).toEqual(['zp(j,t)', 'tt(t)']);
  });

  it('assignments to parameters, attributes, set membership, with conditions and lags', () => {
    const texts = [
      'c(i,j) = f * d(i,j) / 1000 ;',
      's = 1;',
      'x.fx(i) = 0;',
      'x.lo(i)$c = e;',
      'e.m(i) = 2;',
      's(i) = yes;',
      'p(t+1)$(ord(t) < card(t)) = p(t);',
      "p('a') = 1;",
    ];
    const out = texts.map((t) => {
      const a = one(t, 'Assignment');
      return `${ref(a.target)}${a.cond ? `$${sexpr(a.cond)}` : ''} = ${sexpr(a.value)}`;
    });
    expect(out).toEqual([
      'c(i,j) = (/ (* f d(i,j)) 1000)',
      's = 1',
      'x.fx(i) = 0',
      'x.lo(i)$c = e',
      'e.m(i) = 2',
      's(i) = yes',
      'p(t+1)$(lt ord(t) card(t)) = p(t)',
      "p('a') = 1",
    ]);
    expect(codes(parse('p(1) = 2;'))).toEqual(['E1076 1:3']);
    // minsurf: `:=` assigns as `=` does.
    const a = one('hx := 1/(card(nx)-1);', 'Assignment');
    expect(`${ref(a.target)} = ${sexpr(a.value)}`).toBe('hx = (/ 1 (- card(nx) 1))');
  });

  it('solve with clauses in any order and every spelling of the sense', () => {
    const s = [
      'solve m using lp minimizing z;',
      'Solve m maximizing z using MIP;',
      'solve m using nlp min z;',
      'solve m max obj using dnlp;',
      'solve m us nlp min obj;',
      'solve m usi lp minimising z;',
      'solve newlatin min w us mip;',
      'solve m using nlp maximimizing like;',
      'solve stockmip miniminzing obj using mip;',
      'solve m using lp maximise z;',
    ].map((t) => {
      const x = one(t, 'Solve');
      return `${x.model.name} ${x.modelType} ${x.sense} ${x.objective?.name}`;
    });
    expect(s).toEqual([
      'm lp min z',
      'm mip max z',
      'm nlp min z',
      'm dnlp max obj',
      'm nlp min obj',
      'm lp min z',
      'newlatin mip min w',
      'm nlp max like',
      'stockmip mip min obj',
      'm lp max z',
    ]);
    // `u` alone is not `using`; a word that does not start with min/max is not a direction.
    expect(codes(parse('solve m u lp min z;\nsolve m using lp lowest z;'))).toEqual([
      'E1003 1:9',
      'E1003 2:18',
    ]);
    expect(
      ['rmip', 'qcp', 'minlp', 'miqcp', 'cns'].map(
        (t) => one(`solve m using ${t} min z;`, 'Solve').modelType,
      ),
    ).toEqual(['rmip', 'qcp', 'minlp', 'miqcp', 'cns']);
    // westmip: a CNS model (a square system) has no objective.
    const cns = one('solve one using cns;', 'Solve');
    expect([cns.modelType, 'objective' in cns]).toEqual(['cns', false]);
  });

  it('reports unknown model types, missing and repeated clauses', () => {
    const r = parse(
      'solve m using foo minimizing z;\nsolve m using lp;\nsolve m min z;\nsolve m using lp min z max y;',
    );
    expect(codes(r)).toEqual(['E1070 1:15', 'E1071 2:1', 'E1071 3:1', 'E1072 4:24']);
    expect(r.diagnostics[0].hint).toBe('model types: lp, mip, rmip, qcp, nlp, dnlp, minlp, miqcp, cns, mcp.');
  });

  it('display items: references with attributes, text', () => {
    const d = one(`Display x.l, x.m, "total", p, e.m ;`, 'Display');
    expect(d.items.map((i) => (i.kind === 'String' ? `"${i.value}"` : ref(i)))).toEqual([
      'x.l',
      'x.m',
      '"total"',
      'p',
      'e.m',
    ]);
    // A line break or a quoted text also separates items (turkey, demo1).
    const d2 = one(`Display "landuse"\n  "output" "revenue", croprep\n  incrc, x.l;`, 'Display');
    expect(d2.items.map((i) => (i.kind === 'String' ? `"${i.value}"` : ref(i)))).toEqual([
      '"landuse"',
      '"output"',
      '"revenue"',
      'croprep',
      'incrc',
      'x.l',
    ]);
    expect(codes(parse('Display a b;'))).toEqual(['E1003 1:11']);
    // tgridmix: `display$cond` displays only when cond holds (the condition stays on the statement).
    const c = one(`display$ready(h) 'waiting', h;`, 'Display');
    expect([sexpr(c.cond!), c.items.length]).toEqual(['ready(h)', 2]);
  });

  it('display items without commas between them (indus, indus89)', () => {
    const d = one(`Display rcap\n  "r-ele  elevation"\n  "p-cap  capacity", rep8 ;`, 'Display');
    expect(d.items.map((i) => (i.kind === 'String' ? `"${i.value}"` : ref(i)))).toEqual([
      'rcap',
      '"r-ele  elevation"',
      '"p-cap  capacity"',
      'rep8',
    ]);
  });

  it('options: values, lists, display layouts', () => {
    const opts = (t: string) => one(t, 'Option').items.map((i) => [i.name.name, i.value]);
    expect(opts('option decimals = 4;')).toEqual([['decimals', 4]]);
    expect(opts('option lp = glpk, nlp = ipm;')).toEqual([
      ['lp', 'glpk'],
      ['nlp', 'ipm'],
    ]);
    expect(opts('option x:3:1:1;')).toEqual([['x', '3:1:1']]);
    expect(opts('options solvelink = 5 limrow = -1, eject;')).toEqual([
      ['solvelink', 5],
      ['limrow', -1],
      ['eject', undefined],
    ]);
    // openpit: `else` ends the option list of an if branch.
    const b = one(
      'if(n > 200,\n   option limrow=0,limcol=0,optcr=0.01\nelse\n   option optcr=0; display n);',
      'If',
    );
    expect(b.branches[0].body.map((x) => (x as A.OptionStmt).items.map((i) => i.name.name))).toEqual([
      ['limrow', 'limcol', 'optcr'],
    ]);
    expect(b.elseBody!.map((x) => x.kind)).toEqual(['Option', 'Display']);
    const o = one('option lp = glpk;', 'Option').items[0];
    expect(spanText({ span: o.valueSpan! })).toBe('glpk');
  });

  it('loop, while, repeat, for, if with bodies whose last statement may omit ;', () => {
    const l = one('loop((i,j)$c(i), x(i) = 1; display x);', 'Loop');
    expect(l.binding.indices.map((i) => i.name)).toEqual(['i', 'j']);
    expect(sexpr(l.binding.cond!)).toBe('c(i)');
    expect(l.body.map((s) => s.kind)).toEqual(['Assignment', 'Display']);
    expect(one('loop(i, x = 1;);', 'Loop').body.length).toBe(1);
    const w = one('while(k < 10, k = k + 1);', 'While');
    expect([sexpr(w.cond), w.body.length]).toEqual(['(lt k 10)', 1]);
    const r = one('repeat (k = k + 1; until k > 5);', 'Repeat');
    expect([r.body.length, sexpr(r.until)]).toEqual([1, '(gt k 5)']);
    const r2 = one('repeat k = k + 1; until k > 5;', 'Repeat');
    expect([r2.body.length, sexpr(r2.until)]).toEqual([1, '(gt k 5)']);
    const f = one('for(s = 1 to 10 by 2, x = s);', 'For');
    expect([f.variable.name, sexpr(f.from), sexpr(f.to), f.step && sexpr(f.step), f.down]).toEqual([
      's',
      '1',
      '10',
      '2',
      false,
    ]);
    const g = one('for (s = n downto 1, x = s);', 'For');
    expect([g.down, g.step]).toEqual([true, undefined]);
    const i = one('if(x > 1, y = 1; elseif x < 0, y = -1; z = 2; else y = 0);', 'If');
    expect(i.branches.map((b) => [sexpr(b.cond), b.body.length])).toEqual([
      ['(gt x 1)', 1],
      ['(lt x 0)', 2],
    ]);
    expect(i.elseBody?.length).toBe(1);
    expect(one('loop(t, if(p(t) > 1, break; else continue));', 'Loop').body[0]).toMatchObject({
      kind: 'If',
      branches: [{ body: [{ kind: 'Break' }] }],
      elseBody: [{ kind: 'Continue' }],
    });
    // Where no statement can stand alone, `break` and `continue` are names (tsp42).
    expect(kinds(parse('scalar continue;\ncontinue = 1;\nwhile(continue, continue = 0; break);'))).toEqual([
      'ParameterDecl',
      'Assignment',
      'While',
    ]);
    expect(one('while(continue, continue = 0; break);', 'While').body.map((b) => b.kind)).toEqual([
      'Assignment',
      'Break',
    ]);
    expect(codes(parse('for(s = 1 step 10, x = s);'))).toEqual(['E1078 1:11']);
    // A statement keyword at the start of a line ends a statement in a body, as at the top level.
    expect(
      one(
        'loop(s,\n  b(j) = d(s,j)\n  solve m using lp minimizing z;\n  loop(j, x = 1)\n  put x);',
        'Loop',
      ).body.map((s) => s.kind),
    ).toEqual(['Assignment', 'Solve', 'Loop', 'Put']);
    expect(codes(parse('loop(s, b(j) = d(s,j) solve m using lp minimizing z);'))).toEqual(['E1003 1:23']);
  });

  it('abort with condition, text and symbols', () => {
    const a = one('abort$(demand > supply) "demand exceeds supply", supply, demand ;', 'Abort');
    expect(sexpr(a.cond!)).toBe('(gt demand supply)');
    expect(a.items.map((i) => (i.kind === 'String' ? i.value : ref(i)))).toEqual([
      'demand exceeds supply',
      'supply',
      'demand',
    ]);
    expect(one(`abort 'stop';`, 'Abort').cond).toBeUndefined();
    // cubesoln: abort.noError ends the run without an error.
    const n = one(`abort.noError$(m.modelstat <> 1) sol;`, 'Abort');
    expect([n.noError, sexpr(n.cond!), n.items.length]).toEqual([true, '(ne m.modelstat 1)', 1]);
    expect(codes(parse(`abort.stop 'x';`))).toEqual(['E1320 1:7']);
  });

  it('put_utility: the log commands with a condition; other commands are named in E1321', () => {
    const p = one(`put_utility$(not more) 'log' / 'found ' n:0:0 ' cuts.';`, 'Put');
    expect([p.utility, sexpr(p.cond!), p.items.length]).toEqual(['log', '(not more)', 3]);
    expect(codes(parse(`file f;\nput_utility f 'gdxin' / 'x.gdx';\nput_utility x;`))).toEqual([
      'E1321 2:15',
      'E1322 3:13',
    ]);
  });

  it("execute 'command' is put_utility 'shell' with the command as its text", () => {
    const p = one(`execute 'rm -f x.*';`, 'Put');
    expect([p.utility, p.items.length]).toEqual(['shell', 1]);
    const q = one(`put_utility 'exec' / 'gdxdiff a b';`, 'Put');
    expect([q.utility, q.items.length]).toEqual(['exec', 1]);
  });

  it('put and putclose: file selection, text, formatted values, line breaks', () => {
    const [, p, c, q] = ok("file f / out.txt /;\nput f 'text' x.l:10:2 p(i) / ;\nputclose f;\nput x;");
    expect(p).toMatchObject({ kind: 'Put', close: false, file: { name: 'f' } });
    const items = (p as A.PutStmt).items.map((i) =>
      i.kind === 'PutNewline' || i.kind === 'PutColumn'
        ? '/'
        : `${sexpr(i.value)}${i.width ? ':' + sexpr(i.width) : ''}${i.decimals ? ':' + sexpr(i.decimals) : ''}`,
    );
    expect(items).toEqual(['"text"', 'x.l:10:2', 'p(i)', '/']);
    expect(c).toMatchObject({ kind: 'Put', close: true, file: { name: 'f' }, items: [] });
    // x is not a declared file: it is a value to write.
    expect((q as A.PutStmt).file).toBeUndefined();
    expect((q as A.PutStmt).items.length).toBe(1);
  });

  it('reports unsupported GAMS statements by name', () => {
    const r = parse('semicont variable s;\nexecute_loadpoint "x.gdx", p;\nScalar ok / 1 /;');
    expect(codes(r)).toEqual(['E1077 1:1', 'E1077 2:1']);
    expect(r.diagnostics[0].message).toBe("'semicont' is not supported by EMD.");
    expect(kinds(r)).toEqual(['ParameterDecl']);
    // `singleton set` is a set declaration that says so.
    expect(one('singleton sets s / a /, t;', 'SetDecl')).toMatchObject({ singleton: true, items: [{}, {}] });
  });

  it('parses sos1 and sos2 variables, also after a declaration without ; (bidsos)', () => {
    const r = parse(
      'variable c total cost\nsos2 variables pl(v,s) level (sos2 type)\nScalar ok / 1 /;\nSOS1 Variable y; sos1 = 2;',
    );
    expect(codes(r)).toEqual([]);
    expect(kinds(r)).toEqual(['VariableDecl', 'VariableDecl', 'ParameterDecl', 'VariableDecl', 'Assignment']);
    const decls = r.program.statements.filter((s) => s.kind === 'VariableDecl') as A.VariableDecl[];
    expect(decls.map((d) => [d.varType, d.items.map((i) => i.name.name).join()])).toEqual([
      ['free', 'c'],
      ['sos2', 'pl'],
      ['sos1', 'y'],
    ]);
    expect(decls[1].span.start).toBe(22);
  });

  it('parses execute_load, execute_loaddc and execute_unload with renames', () => {
    const r = parse('execute_unload \'out\', x, z=zz;\nexecute_loaddc "in.gdx" a b=c;\nexecute_unload res;');
    expect(codes(r)).toEqual([]);
    const [u, l, all] = r.program.statements as A.GdxStmt[];
    expect([u.op, u.file, u.items.map((i) => `${i.name.name}=${i.gdxName?.name ?? ''}`)]).toEqual([
      'unload',
      'out',
      ['x=', 'z=zz'],
    ]);
    expect([l.op, l.file, l.items.length]).toEqual(['loaddc', 'in.gdx', 2]);
    expect([all.op, all.file, all.items.length]).toEqual(['unload', 'res', 0]);
  });

  it('accepts empty statements', () => {
    expect(kinds(parse(';; Scalar s /1/ ;;'))).toEqual(['ParameterDecl']);
  });
});
