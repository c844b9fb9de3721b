// SOS1 and SOS2 variables (GAMS `sos1 variable`, `sos2 variable`), solved through reform/sos.ts's
// binaries: piecewise-linear interpolation that an LP would get wrong, unbounded end segments
// bounded through the SOS2 condition (trnspwl), one set per value of the leading indices, and the
// diagnostic for a member without any bound.
import { describe, expect, it } from 'vitest';
import { solveText, withoutProgress } from './helpers.ts';

const value = (doc: any, name: string) => doc.symbols[name].records[0]?.value ?? 0;

describe('sos variables', () => {
  it('interpolates a non-convex piecewise function with SOS2, end segments unbounded', async () => {
    const { code, doc, stderr } = await solveText(`
Set s points / slope0, p1*p3, slopeN /, ss(s) / p1*p3 /;
Parameter px(s) / slope0 -1, p1 10, p2 20, p3 30, slopeN 1 /
          fx(s) / slope0 -0.8, p1 8, p2 12, p3 13, slopeN 0.1 /;
Variable x, c;
Variable w(s);
SOS2 Variable w;
Equation defx, defc, conv;
defx.. x =e= sum(s, px(s)*w(s));
defc.. c =e= sum(s, fx(s)*w(s));
conv.. sum(ss, w(ss)) =e= 1;
Model pwl / all /;
Scalar c15, c5, c40;
x.fx = 15; solve pwl using mip minimizing c; c15 = c.l;
x.fx = 5;  solve pwl using mip minimizing c; c5 = c.l;
x.fx = 40; solve pwl using mip minimizing c; c40 = c.l;
`);
    expect(withoutProgress(stderr)).toEqual([]);
    expect(code).toBe(0);
    // Between p1 and p2 (an LP would mix p1 and p3: 6.5, or run off along the end segments).
    expect(value(doc, 'c15')).toBeCloseTo(10, 9);
    // Left of p1: f(10) - 0.8 * 5; right of p3: f(30) + 0.1 * 10.
    expect(value(doc, 'c5')).toBeCloseTo(4, 9);
    expect(value(doc, 'c40')).toBeCloseTo(14, 9);
    const w = Object.fromEntries(doc.symbols.w.records.map((r: any) => [r.keys[0], r.level]));
    expect(w.p3).toBeCloseTo(1, 9);
    expect(w.slopeN).toBeCloseTo(10, 9);
    expect(w.slope0 ?? 0).toBe(0);
    expect(doc.solves.map((s: any) => s.modelStatus)).toEqual([1, 1, 1]);
  });

  it('keeps one nonzero per SOS1 set, one set per value of the leading index', async () => {
    const { code, doc } = await solveText(`
Set i / a, b, c /, k / k1, k2 /;
Parameter v(i) / a 3, b 2, c 5 /, u(i) / a 4, b 10, c 3 /;
sos1 variable y(i), z(k,i);
Variable tot;
y.up(i) = u(i); z.up(k,i) = u(i);
Equation deftot;
deftot.. tot =e= sum(i, v(i)*y(i)) + sum((k,i), ord(k)*v(i)*z(k,i));
Model pick / deftot /;
solve pick using mip maximizing tot;
`);
    expect(code).toBe(0);
    // y: the best v*u is b's 20; z(k1,.) 20 and z(k2,.) 40.
    expect(doc.solves[0].objective).toBeCloseTo(80, 9);
    const nonzero = (sym: string) =>
      doc.symbols[sym].records.filter((r: any) => Math.abs(r.level) > 1e-9).map((r: any) => r.keys.join('.'));
    expect(nonzero('y')).toEqual(['b']);
    expect(nonzero('z')).toEqual(['k1.b', 'k2.b']);
  });

  it('bounds unbounded segments through other SOS1 sets (pwlfunc.inc), data as [expressions]', async () => {
    // f(x) = 2x on [0,10] (a segment of length 10), then 20 + (x-10)/2 beyond (infinite length):
    // the infinite segment's length variable is bounded only when its SOS1 pair {1 - bin, seg}
    // says bin = 1, which makes the other segment's bin, and so its length, 0.
    const { code, doc, stderr } = await solveText(`
Set g / fin, inf /, two / one, two /;
Table f(g,*)
       x0         y0   slope
fin     0          0     [4/2]
inf    10  [2 * 10]    [ 1 / 2 ];
Positive Variable seg(g); Binary Variable bin(g); SOS1 Variable pair(g,two);
Variable x, y;
Equation defx, defy, one, finlen, inf1, inf2;
defx.. x =e= sum(g, f(g,'x0')*bin(g) + seg(g));
defy.. y =e= sum(g, f(g,'y0')*bin(g) + f(g,'slope')*seg(g));
one.. sum(g, bin(g)) =e= 1;
finlen.. seg('fin') =l= 10*bin('fin');
inf1.. 1 - bin('inf') =e= pair('inf','one');
inf2.. seg('inf') =e= pair('inf','two');
Model pw / all /;
Scalar y4, y30;
x.fx = 4;  solve pw using mip minimizing y; y4 = y.l;
x.fx = 30; solve pw using mip minimizing y; y30 = y.l;
`);
    expect(withoutProgress(stderr)).toEqual([]);
    expect(code).toBe(0);
    expect(value(doc, 'y4')).toBeCloseTo(8, 9);
    expect(value(doc, 'y30')).toBeCloseTo(30, 9);
  });

  it('reports a member that has no bound and whose rows imply none (E2350)', async () => {
    const { code, doc } = await solveText(`Set i / a, b, c /;
sos1 variable y(i);
Variable tot;
Equation deftot;
deftot.. tot =e= sum(i, y(i));
Model pick / all /;
solve pick using mip maximizing tot;
`);
    expect(code).not.toBe(0);
    expect(doc.diagnostics.map((d: any) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "E2350 7:1 SOS1 variable 'y(a)' has no finite upper bound, and the model's rows imply none.",
    ]);
  });
});
