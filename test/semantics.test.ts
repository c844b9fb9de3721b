// GAMS semantics of the Model Library: the function library on data and on variables, check and
// solve reporting the same diagnostics, implicit dimensions.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveJson, rec, root } from './helpers.ts';
import { main } from '../src/cli/main.ts';

const value = (doc: any, sym: string, ...keys: string[]) => rec(doc, sym, ...keys)?.value;

describe('function library in a model', () => {
  it('computes GAMS values on data and solves an NLP of sinh, arcsin, loggamma and errorf', async () => {
    const { code, doc } = await solveJson('test/golden/semantics/function-library.gms');
    expect(code).toBe(0);
    const v = (s: string) => value(doc, s);
    expect(v('g')).toBe(24);
    expect(v('lg')).toBeCloseTo(Math.log(362880), 12);
    expect(v('b')).toBeCloseTo(1 / 12, 15);
    expect(v('ef')).toBeCloseTo(0.9750021048517795, 14);
    expect(v('br')).toBeCloseTo(0.6875, 14);
    expect(v('ce')).toBeCloseTo(2 * Math.LN2, 14);
    expect(v('ed')).toBe(5);
    expect(v('sp')).toBe(-8);
    expect(v('r2')).toBe(1200);
    expect(v('tr')).toBe(-2);
    expect(v('fr')).toBe(0.25);
    expect(v('mv')).toBe(5);
    expect(v('k1')).toBeGreaterThanOrEqual(1);
    expect(v('k1')).toBeLessThanOrEqual(6);
    // The seeded stream: the same numbers at every run.
    const again = await solveJson('test/golden/semantics/function-library.gms');
    expect(value(again.doc, 'u1')).toBe(v('u1'));
    expect(value(again.doc, 'n1')).toBe(v('n1'));
    // min (sinh x - 2)² + (arcsin y - 0.5)² + loggamma(x+1) - errorf(y): stationarity in x and y.
    const x = doc.symbols.x.records[0].level;
    const y = doc.symbols.y.records[0].level;
    const h = 1e-6;
    const f = (a: number, b: number) =>
      (Math.sinh(a) - 2) ** 2 + (Math.asin(b) - 0.5) ** 2 + lgamma(a + 1) - phi(b);
    expect(Math.abs((f(x + h, y) - f(x - h, y)) / (2 * h))).toBeLessThan(1e-5);
    expect(Math.abs((f(x, y + h) - f(x, y - h)) / (2 * h))).toBeLessThan(1e-5);
    expect(doc.solves[0]).toMatchObject({ modelStatus: 2, solver: 'ipm' });
  });
});

/** Stirling–series loggamma and a series Φ, independent of src/ops (for the test's own check). */
function lgamma(x: number): number {
  let s = 0;
  while (x < 20) s -= Math.log(x++);
  return s + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}
function phi(x: number): number {
  // Φ(x) = 1/2 + φ(x) Σ x^(2k+1) / (1·3·…·(2k+1)), converges for all x.
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= (x * x) / (2 * k + 1);
    sum += term;
  }
  return 0.5 + (sum * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI);
}

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

describe('check reports what solve reports before running', () => {
  const dir = join(root, 'test/golden/errors');
  const files = readdirSync(dir).filter((f) => /\.(emd|gms)$/.test(f));
  // Diagnostics of the phases before execution: host (E0), syntax (E1/W1) and check (E2/W2).
  const beforeRun = (ds: any[]) =>
    ds.filter((d) => /^[EW][012]/.test(d.code)).map((d) => [d.code, d.line, d.column, d.message, d.hint]);
  it.each(files)('%s', async (f) => {
    const file = join(dir, f);
    const c = await cli(['check', file, '--json']);
    const s = await cli(['solve', file, '--json', '--quiet', '--max-loop-iterations', '1000']);
    const cd = JSON.parse(c.stdout).diagnostics;
    const sd = JSON.parse(s.stdout).diagnostics;
    expect(beforeRun(cd)).toEqual(cd.map((d: any) => [d.code, d.line, d.column, d.message, d.hint]));
    expect(beforeRun(sd)).toEqual(beforeRun(cd));
    expect(c.code === 0).toBe(!cd.some((d: any) => d.severity === 'error'));
  });
});

describe('implicit dimension on first use', () => {
  it('Parameter rep; Set s; Table td; Variable v; Equation ddev; take the dimension of their first use', async () => {
    const { code, doc } = await solveJson('test/golden/semantics/implicit-dimension.gms');
    expect(code).toBe(0);
    expect(value(doc, 'rep', 't2', 'x')).toBe(2);
    expect(doc.symbols.s.records.length).toBe(6);
    expect(value(doc, 'td', 'y', 'b')).toBe(4);
    expect(doc.symbols.v.records.map((r: any) => [r.keys.join('.'), r.level])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(doc.solves[0].objective).toBe(3);
  });
});

/** Run `src` (a function of the put file's path) and return the exit code and the put file's text. */
async function putOutput(src: (out: string) => string): Promise<{ code: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'emd-put-'));
  const out = join(dir, 'out.txt');
  const model = join(dir, 'm.gms');
  writeFileSync(model, src(out));
  const code = await main(['solve', model, '--quiet'], {
    stdout: () => undefined,
    stderr: () => undefined,
  });
  return { code, text: readFileSync(out, 'utf8') };
}

describe('put of set attributes', () => {
  it('writes .tl (label), .te (element text) and .ts (set text)', async () => {
    const { code, text } = await putOutput(
      (out) => `Set i "plants" / seattle "in WA", dallas /;
Parameter cap(i) / seattle 350, dallas 600 /;
file f / "${out}" /;
put f;
loop(i, put i.tl:10, i.te:8, cap(i):8:1 /);
put i.ts /;
putclose f;
`,
    );
    expect(code).toBe(0);
    expect(text).toBe('seattle   in WA      350.0\ndallas    dallas     600.0\nplants\n');
  });
});

describe('put page layout (queens)', () => {
  it('writes title blocks, columns, aligned fields, moved rows and form-fed pages', async () => {
    const { code, text } = await putOutput(
      (out) => `file f / "${out}" /;
Scalar r, ps;
put f; f.pc = 3;
puttl 'Title' /;
put 'ab':<4 'c':>3 'x':<>5 '|' /;
r = file.cr;
put 'L1' / 'L2';
file.cr = r; put @6 'R1';
putpage;
putpage;
ps = f.ps;
put @3 ps:>6:1;
putclose f;
`,
    );
    expect(code).toBe(0);
    // The second putpage has an empty window: no page. GAMS's default page size is 60.
    expect(text).toBe('Title\nab    c  x  |\nL1   R1\nL2\n\fTitle\n    60.0');
  });
});

describe('$ on a variable under a data factor', () => {
  it('p(i)*x(i)$c(i) drops the term where c(i) is 0', async () => {
    const { code, doc } = await solveJson('test/golden/semantics/dollar-on-product.gms');
    expect(code).toBe(0);
    expect(doc.solves[0].objective).toBe(10);
  });
});
