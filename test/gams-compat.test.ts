// GAMS constructs of the Model Library, each run end to end on a small program with known results:
// comparison words as names, explanatory text, compile-time symbol queries, and the statements
// GAMS accepts that EMD once refused.
import { describe, expect, it } from 'vitest';
import { solveText } from './helpers.ts';
import { join } from 'node:path';

const value = (doc: any, name: string) => doc.symbols[name].records[0]?.value ?? 0;

const codes = (doc: any) => doc.diagnostics.map((d: any) => `${d.code}:${d.line}`);

describe('comparison words as names (gasoil, launch, alphamet)', () => {
  it('takes ne, ge and eq as set and equation names where no operator can stand', async () => {
    const { code, doc } = await solveText(`Set ne  equations /ne1*ne3/
    s  stages / s1*s3 /;
alias (s,ss);
Set ge(s,ss) s is greater than ss; ge(s,ss) = yes$(ord(s) >= ord(ss));
Parameter bc(ne) / ne1 1, ne2 2, ne3 3 /, cnt;
cnt = sum(ge(s,ss), 1);
Variable x(ne), z;
Equations obj   the objective
          eq(ne)  lower bounds;
eq(ne).. x(ne) =g= bc(ne)$(bc(ne) ne 2) + cnt;
obj.. z =e= sum(ne, x(ne));
Model m / all /;
solve m using lp minimizing z;
`);
    expect(codes(doc)).toEqual([]);
    expect(code).toBe(0);
    expect(doc.symbols.cnt.records[0].value).toBe(6);
    // x(ne) >= bc + 6 except where bc = 2: 7 + 6 + 9.
    expect(doc.solves[0].objective).toBe(22);
  });
});

describe('put_utility and abort.noError (prodplan, cubesoln)', () => {
  it('writes put_utility log text to the log and ends the run at abort.noError without an error', async () => {
    const { code, doc, stderr } = await solveText(`Scalar more / 0 /, n / 3 /, before / 0 /, after / 0 /;
put_utility$(not more) 'log' / '>>>> A total of ' n:0:0 ' cuts were added.';
put_utility$more 'log' / 'not written';
before = 1;
abort.noError$(n = 3) 'done early';
after = 1;
`);
    expect(code).toBe(0);
    expect(codes(doc)).toEqual(['W1320:5']);
    expect(doc.diagnostics[0].message).toBe('Execution ended by abort.noError: done early');
    expect(stderr).toContain('>>>> A total of 3 cuts were added.\n');
    expect(stderr).not.toContain('not written');
    expect([value(doc, 'before'), value(doc, 'after')]).toEqual([1, 0]);
  });
});

describe('CNS solves (westmip)', () => {
  it('solves square systems without objective, linear and nonlinear, with model status 16', async () => {
    const { code, doc } = await solveText(`Variables xa, xb, y;
Equations la, lb, nl;
la.. xa + 2*xb =e= 5;
lb.. 3*xa - xb =e= 1;
nl.. sqr(y) =e= 2;
y.l = 1;
Model sq / la, lb /, sqn / nl /;
solve sq using cns;
solve sqn using cns;
Scalar ms1, ms2; ms1 = sq.modelstat; ms2 = sqn.modelstat;
`);
    expect(codes(doc)).toEqual([]);
    expect(code).toBe(0);
    expect(doc.solves.map((s: any) => [s.type, s.objective, s.modelStatus])).toEqual([
      ['CNS', null, 16],
      ['CNS', null, 16],
    ]);
    expect(doc.symbols.xa.records[0].level).toBeCloseTo(1, 9);
    expect(doc.symbols.xb.records[0].level).toBeCloseTo(2, 9);
    expect(doc.symbols.y.records[0].level).toBeCloseTo(Math.SQRT2, 6);
    expect([value(doc, 'ms1'), value(doc, 'ms2')]).toEqual([16, 16]);
  });

  it('refuses a CNS model that is not square (E1323)', async () => {
    const { doc } = await solveText(`Variables xa, xb;
Equations la;
la.. xa + 2*xb =e= 5;
Model bad / la /;
solve bad using cns;
`);
    expect(codes(doc)).toEqual(['E1323:5']);
    expect(doc.diagnostics[0].message).toBe(
      "CNS model 'bad' is not square: 1 equations and 2 variables that are not fixed.",
    );
  });
});

describe('alias of the universe and sparse iteration (tablelayout, railcirc)', () => {
  const keys = (doc: any, n: string) => doc.symbols[n].records.map((r: any) => r.keys.join('.'));

  it('iterates an alias of * over every label, in the order labels entered the universe', async () => {
    const { code, doc } = await solveText(`Set big / 1*20 /;
alias (*, u, v);
Set cfg(u,v) / 7.3, 2.5, 7.1, 9.9 /;
Set r(u), c(v);
r(u) = sum(cfg(u,v), 1);
c(v) = sum(cfg(u,v), 1);
Parameter n, val(u);
n = sum(u, 1);
val(r) = r.val;
`);
    expect(codes(doc)).toEqual(['W2001:1']);
    expect(code).toBe(0);
    // 20 labels of big and nothing new from cfg's (they are among them).
    expect(value(doc, 'n')).toBe(20);
    expect(keys(doc, 'r')).toEqual(['2', '7', '9']);
    expect(keys(doc, 'c')).toEqual(['1', '3', '5', '9']);
    expect(doc.symbols.val.records.map((r: any) => r.value)).toEqual([2, 7, 9]);
  });

  it('drives a loop over 10^10 tuples by the records of its sparse condition, in the sets order', async () => {
    const { code, doc } = await solveText(`Set z / z1*z100 /, s / s1*s100 /, t / t1*t100 /, c / c1*c3 /;
alias (s, ss), (t, tt);
Parameter tt6(z,s,t,ss,tt,c) /
  z9.s2.t5.s3.t1.c2 4
  z1.s7.t1.s1.t2.c1 1
  z1.s7.t1.s1.t2.c3 2
  z1.s2.t9.s5.t5.c1 3 /;
Set ste(s,t), arc(s,t,ss,tt);
Parameter seen, first / 0 /, tot;
loop((z,s,t,ss,tt)$sum(c, tt6(z,s,t,ss,tt,c)),
  seen = seen + 1;
  if(first = 0, first = ord(s)*1000 + ord(t));
  ste(s,t) = yes; ste(ss,tt) = yes; arc(s,t,ss,tt) = yes;
);
tot = sum((z,s,t,ss,tt)$(tt6(z,s,t,ss,tt,'c1') and ord(z) < 5), tt6(z,s,t,ss,tt,'c1'));
`);
    expect(codes(doc)).toEqual([]);
    expect(code).toBe(0);
    // z1.s7.t1.s1.t2 once (two records project onto it); z1 before z9, s2 before s7.
    expect(value(doc, 'seen')).toBe(3);
    expect(value(doc, 'first')).toBe(2009);
    expect(keys(doc, 'arc')).toEqual(['s2.t9.s5.t5', 's7.t1.s1.t2', 's2.t5.s3.t1']);
    expect(keys(doc, 'ste')).toEqual(['s2.t9', 's5.t5', 's7.t1', 's1.t2', 's2.t5', 's3.t1']);
    expect(value(doc, 'tot')).toBe(4);
  });

  it('reads a $gdxin file as it was at its line, before a later $call removes it', async () => {
    const fixture = join(import.meta.dirname, 'fixtures', 'gdx', 'emd-written.gdx');
    const { code, doc } = await solveText(`$call cp "${fixture}" inst.gdx
Set i, j;
Parameter d(i,j);
$gdxin inst
$load i j d
$gdxin
$call rm -f inst.gdx
Scalar total; total = sum((i,j), d(i,j));
`);
    expect(codes(doc)).toEqual([]);
    expect(code).toBe(0);
    expect(value(doc, 'total')).toBeCloseTo(11.7, 12);
  });
});
