// The procedural layer: loops, conditionals and put around solves (GAMS semantics), and the
// tatonnement model converging to its analytic equilibrium.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveJson } from './helpers.ts';

const scalar = (doc: any, name: string) => doc.symbols[name].records[0]?.value ?? 0;

describe('flow control (test/fixtures/flow.emd)', () => {
  it('loop, while, repeat, for, if/elseif/else, break, continue, ord/card and put give GAMS results', async () => {
    // Put files go beside the model unless --output-dir names another folder (they may not leave it).
    const dir = mkdtempSync(join(tmpdir(), 'emd-flow-'));
    {
      const { code, doc } = await solveJson('test/fixtures/flow.emd', '--output-dir', dir);
      expect(code).toBe(0);
      expect(scalar(doc, 'evens')).toBe(2 + 4);
      expect(scalar(doc, 'pairs')).toBe(15);
      expect(scalar(doc, 'w')).toBe(8);
      expect(scalar(doc, 'r')).toBe(15);
      expect(scalar(doc, 'f_up')).toBe(1 + 4 + 7 + 10);
      expect(scalar(doc, 'f_down')).toBe(10 + 6 + 2);
      expect(scalar(doc, 'br')).toBe(1 + 2 + 3);
      expect(scalar(doc, 'co')).toBe(1 + 3 + 4 + 5);
      expect(doc.symbols.cls.records.map((r: any) => r.value)).toEqual([1, 2, 2, 3, 3]);
      expect(scalar(doc, 'cnt')).toBe(3);
      expect(doc.symbols.lastpair.records).toHaveLength(10);
      expect(doc.symbols.lastpair.records.find((r: any) => r.keys.join() === 'i4,b').value).toBe(42);
      expect(readFileSync(join(dir, 'flow-put.txt'), 'utf8')).toBe('row  1    1.000\nrow  2    2.000\n');
    }
  });
});

describe('tatonnement (models/procedural/tatonnement.emd)', () => {
  it('converges to the analytic equilibrium p^3 - c p^2 - a^2 b / 2 = 0', async () => {
    const a = 10;
    const b = 1;
    const c = 1;
    let p = 4;
    for (let k = 0; k < 50; k++) p -= (p ** 3 - c * p ** 2 - (a * a * b) / 2) / (3 * p ** 2 - 2 * c * p);
    const d = (a / (2 * p)) ** 2;
    const g = (p - c) / (2 * b);
    expect(d).toBeCloseTo(g, 12);
    const { code, doc } = await solveJson('models/procedural/tatonnement.emd');
    expect(code).toBe(0);
    expect(Math.abs(scalar(doc, 'p') - p)).toBeLessThan(1e-5);
    expect(Math.abs(doc.symbols.d.records[0].level - d)).toBeLessThan(1e-5);
    expect(Math.abs(doc.symbols.g.records[0].level - g)).toBeLessThan(1e-5);
    // The loop stopped by break well before the end of the iteration set; each iteration is two solves.
    const iters = doc.symbols.price.records.length;
    expect(iters).toBeGreaterThan(5);
    expect(iters).toBeLessThan(200);
    expect(doc.solves).toHaveLength(2 * iters);
    expect(doc.solves.every((s: any) => s.modelStatus === 1 || s.modelStatus === 2)).toBe(true);
  });
});

describe('progress of long loops', () => {
  it('prints iteration, elapsed time and the convergence figure the model names', async () => {
    const { run } = await import('../src/api.ts');
    const { createSourceFile } = await import('../src/text/source-file.ts');
    const src = `Set k / k1*k3 / ;
Scalar gap / 1 / ;
option convergence = gap ;
loop(k, gap = gap / 10 ;) ;
`;
    const logs: string[] = [];
    const r = await run(createSourceFile('progress.emd', src), undefined, {
      out: () => undefined,
      log: (l) => logs.push(l),
      progressSeconds: 0,
    });
    expect(r.ok).toBe(true);
    expect(logs.map((l) => l.replace(/\d+\.\d s/, 'T s'))).toEqual([
      '[loop] iteration 1/3, T s, gap = 0.100000',
      '[loop] iteration 2/3, T s, gap = 0.010000',
      '[loop] iteration 3/3, T s, gap = 0.001000',
    ]);
  });
  it('rejects a convergence option that names no scalar', async () => {
    const { run } = await import('../src/api.ts');
    const { createSourceFile } = await import('../src/text/source-file.ts');
    const r = await run(
      createSourceFile('bad.emd', 'Set k / k1 / ;\noption convergence = k ;\n'),
      undefined,
      { out: () => undefined, log: () => undefined },
    );
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['E2033', "Option 'convergence' does not accept the value 'k'."],
    ]);
  });
});

describe('fast re-solve (test/fixtures/resolve.emd)', () => {
  const runText = async (text: string) => {
    const { run } = await import('../src/api.ts');
    const { createSourceFile } = await import('../src/text/source-file.ts');
    return run(createSourceFile('resolve.emd', text), undefined, {
      out: () => undefined,
      log: () => undefined,
    });
  };
  it('refreshes right-hand sides and coefficients in place, regenerates on a structure change, and matches fresh solves', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'resolve.emd'), 'utf8');
    const fast = await runText(text);
    const fresh = await runText('option reuse = 0 ;\n' + text);
    expect(fast.ok && fresh.ok).toBe(true);
    expect(fast.solves.map((s) => s.generation)).toEqual([
      'generated',
      'refreshed',
      'refreshed',
      'generated',
    ]);
    expect(fresh.solves.map((s) => s.generation)).toEqual([
      'generated',
      'generated',
      'generated',
      'generated',
    ]);
    expect(fast.solves.map((s) => s.rows)).toEqual([6, 6, 6, 5]);
    fast.solves.forEach((s, k) => expect(s.objective).toBeCloseTo(fresh.solves[k].objective!, 10));
    // 153.675 is the transport optimum; the later ones follow from the data changes.
    expect(fast.solves[0].objective).toBeCloseTo(153.675, 9);
    // 25 less demand at d1, whose marginal is 0.225: 153.675 - 25 * 0.225.
    expect(fast.solves[1].objective).toBeCloseTo(148.05, 9);
  });

  it('sees bounds and levels changed between solves, and reuses the model when nothing changed', async () => {
    const { readFileSync } = await import('node:fs');
    const base = readFileSync(join(import.meta.dirname, 'fixtures', 'resolve.emd'), 'utf8').replace(
      /Set k[\s\S]*$/,
      '',
    );
    // Solve 2 changes nothing (the written-back point is the start); solve 3 caps x(s2,d3) at 100;
    // solve 4 changes a level only (same optimum).
    const text = `${base}
solve t using lp minimizing z ;
solve t using lp minimizing z ;
x.up('s2','d3') = 100 ;
solve t using lp minimizing z ;
x.l('s1','d1') = 7 ;
solve t using lp minimizing z ;
`;
    const fast = await runText(text);
    const fresh = await runText('option reuse = 0 ;\n' + text);
    expect(fast.ok && fresh.ok).toBe(true);
    expect(fast.solves.map((s) => s.generation)).toEqual(['generated', 'reused', 'reused', 'reused']);
    expect(fast.solves.map((s) => s.objective)).toEqual(fresh.solves.map((s) => s.objective));
    expect(fast.solves[1].objective).toBeCloseTo(153.675, 9);
    // d3 takes 100 from s2 and 175 from s1 (0.162); s1's other 175 go to d2 (0.153); s2 sends
    // 125 to d2 and 325 to d1: 175*.162 + 100*.126 + 175*.153 + 125*.162 + 325*.225 = 161.1.
    expect(fast.solves[2].objective).toBeCloseTo(161.1, 9);
    expect(fast.solves[3].objective).toBeCloseTo(161.1, 9);
  });
});

describe('sums whose condition is a set membership visit only the members (as GAMS)', () => {
  it('give the same values as testing every element, in the set order, after the map set changes', async () => {
    const { run } = await import('../src/api.ts');
    const { createSourceFile } = await import('../src/text/source-file.ts');
    // cm maps consumers to microgrids; d has members outside c (ignored); the sum over c follows
    // c's order (c3 before c1 in the map's order), which matters for the string of products.
    const text = `Sets d / c1*c6 /, c(d) / c1*c4 /, g / g1, g2 /, act(c) / c1, c2, c4 / ;
Set cm(d,g) / c3.g1, c1.g1, c2.g2, c4.g2, c6.g1 / ;
Parameter w(c) / c1 1, c2 10, c3 100, c4 1000 /, s(g), t(g), u(g), v ;
s(g) = sum(c$cm(c,g), w(c)) ;
t(g) = sum(c$(act(c) and cm(c,g)), w(c)) ;
u(g) = sum(c$cm(c,'g2'), w(c)) + sum(c$(cm(c,g) and w(c) > 50), 1) ;
cm('c4','g2') = no ;
cm('c3','g2') = yes ;
v = sum(c$cm(c,'g2'), w(c)) ;
Parameter q(c,g), tot ;
q(c,g)$cm(c,g) = w(c) ;
tot = sum((c,g)$cm(c,g), q(c,g)) ;
Positive Variable x(c,g) ;
Variable z ;
Equations link(c,g), obj ;
link(c,g)$cm(c,g) .. x(c,g) =g= q(c,g) ;
obj .. z =e= sum((c,g)$cm(c,g), x(c,g)) ;
Model m / all / ;
solve m using lp minimizing z ;
`;
    const r = await run(createSourceFile('sparse.emd', text), undefined, {
      out: () => undefined,
      log: () => undefined,
    });
    expect(r.ok).toBe(true);
    const p = (name: string) => {
      const sym = r.program!.table.get(name) as import('../src/bind/symbols.ts').ParameterSymbol;
      return [...sym.records.values()].map((x) => x.value);
    };
    expect(p('s')).toEqual([101, 1010]);
    expect(p('t')).toEqual([1, 1010]);
    expect(p('u')).toEqual([1011, 1011]);
    expect(p('v')).toEqual([110]);
    // After the change cm holds c1.g1, c2.g2, c3.g1, c3.g2 (c6 is not in c): four link rows.
    expect(p('q')).toEqual([1, 10, 100, 100]);
    expect(p('tot')).toEqual([211]);
    expect(r.solves.map((x) => [x.rows, x.objective])).toEqual([[5, 211]]);
  });
});

describe('NA data reaching a model between two solves', () => {
  it.each([
    ["c('a') = na", 6, 'obj'],
    ["d('a') = na", 7, 'cap(a)'],
  ])(
    '%s: the re-solve stops with E3012 at the equation, as a first solve would',
    async (change, line, eq) => {
      const { run } = await import('../src/api.ts');
      const { createSourceFile } = await import('../src/text/source-file.ts');
      const text = `Set i / a, b /, k / k1*k2 / ;
Parameters c(i) / a 1, b 2 /, d(i) / a 3, b 4 / ;
Positive Variable x(i) ;
Variable z ;
Equations obj, cap(i) ;
obj .. z =e= sum(i, c(i)*x(i)) ;
cap(i) .. x(i) =g= d(i) ;
Model m / all / ;
loop(k,
   solve m using lp minimizing z ;
   ${change} ;
) ;
`;
      const r = await run(createSourceFile('na.emd', text), undefined, {
        out: () => undefined,
        log: () => undefined,
      });
      expect(r.solves.map((s) => s.objective)).toEqual([11]);
      const { lineAndColumn } = await import('../src/text/source-file.ts');
      const d = r.diagnostics.find((x) => x.code === 'E3012')!;
      const at = lineAndColumn(d.span!.file, d.span!.start);
      expect([d.message, at.line, at.column]).toEqual([`Undefined value (NA) in equation ${eq}.`, line, 1]);
    },
  );
});

describe('fast re-solve of nonlinear models (data in nonlinear terms are Param leaves)', () => {
  const runText = async (text: string) => {
    const { run } = await import('../src/api.ts');
    const { createSourceFile } = await import('../src/text/source-file.ts');
    return run(createSourceFile('nl.emd', text), undefined, { out: () => undefined, log: () => undefined });
  };
  // Two subproblems solved in turn (as a decomposition loop does): each keeps its generation and
  // refreshes the data of its quadratic terms; w('b') = 0 at pass 3 drops a term (a new structure).
  const text = `Set n / a, b /, act(n), k / k1*k4 / ;
Alias (n, nn) ;
Parameters z(n) / a 1, b 2 /, w(n) / a 1, b 3 /, rho / 2 / ;
Positive Variable x(n) ;
Variable obj ;
Equation def ;
def .. obj =e= sum(act, w(act)*sqr(x(act) - z(act)) + rho*sqr(x(act)) + 0.5*x(act)) ;
Model m / def / ;
Parameter sol(k,n) ;
loop(k,
   if(ord(k) = 3, w('b') = 0 ;) ;
   loop(n,
      act(nn) = no ;
      act(n) = yes ;
      solve m using nlp minimizing obj ;
      sol(k,n) = x.l(n) ;
   ) ;
   z(n) = z(n) + 1 ;
   rho = rho / 2 ;
) ;
`;
  it('refreshes Param values in place, keeps a generation per subproblem, and matches fresh solves', async () => {
    const fast = await runText(text);
    const fresh = await runText('option reuse = 0 ;\n' + text);
    expect(fast.ok && fresh.ok).toBe(true);
    expect(fast.solves.map((s) => s.generation)).toEqual([
      'generated',
      'generated', // pass 1: one generation per subproblem
      'refreshed',
      'refreshed', // pass 2: z and rho changed inside sqr(): Param values only
      'refreshed',
      'generated', // pass 3: w('b') = 0 removes b's first term: a new structure
      'refreshed',
      'refreshed',
    ]);
    fast.solves.forEach((s, k) => expect(s.objective).toBeCloseTo(fresh.solves[k].objective!, 7));
    // x minimizes w (x - z)^2 + rho x^2 + x/2: x = (2 w z - 1/2) / (2 (w + rho)), here pass 2 of a
    // (z = 2, rho = 1, w = 1): x = 3.5 / 4.
    expect(fast.solves[2].objective).toBeCloseTo(1 * (0.875 - 2) ** 2 + 1 * 0.875 ** 2 + 0.5 * 0.875, 7);
  });
  it('reuses a subproblem generation unchanged when its set holds the same members again', async () => {
    const r = await runText(
      text
        .replace(/   z\(n\) = z\(n\) \+ 1 ;\n   rho = rho \/ 2 ;\n/, '')
        .replace("   if(ord(k) = 3, w('b') = 0 ;) ;\n", ''),
    );
    expect(r.ok).toBe(true);
    // act is reassigned before every solve, but to the members it held: nothing to update.
    expect(r.solves.map((s) => s.generation)).toEqual(['generated', 'generated', ...Array(6).fill('reused')]);
  });
});

describe('--plot and --csv', () => {
  it('write SVG plots and one CSV per symbol for the tatonnement model', async () => {
    const { readdirSync, readFileSync: read } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'emd-out-'));
    const { code, stderr } = await solveJson(
      'models/procedural/tatonnement.emd',
      '--plot',
      join(dir, 'plots'),
      '--csv',
      join(dir, 'csv'),
    );
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'plots')).sort()).toEqual(['price.svg', 'residual.svg']);
    expect(read(join(dir, 'plots', 'residual.svg'), 'utf8')).toContain(
      'absolute excess demand at each iteration',
    );
    expect(readdirSync(join(dir, 'csv'))).toContain('price.csv');
    expect(read(join(dir, 'csv', 'p.csv'), 'utf8')).toMatch(/^value\r\n4\.04/);
    expect(stderr).toContain('wrote 2 plots');
  });
});
