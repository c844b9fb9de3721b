// Issue 15, item 1: chains of 10^5 binary operators go through every stage that walks expressions
// (parse, check, execution, model generation, the formatter, the importer, the language server).
// The parser regroups long chains (grammar/chains.ts), so no walker sees a deep tree.
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/text/source-file.ts';
import { run } from '../../src/api.ts';
import { formatSource } from '../../src/prettier/format.ts';
import { importGams } from '../../src/import/import-gams.ts';
import { analyze } from '../../src/lsp/analysis.ts';
import { parseSource } from '../../src/syntax/parse.ts';
import { buildChain, CHAIN_LEAF } from '../../src/syntax/chains.ts';
import type { Expr } from '../../src/syntax/ast.ts';

const N = 100_000;
/** Smaller chains for the slower paths (solve, format, import, analysis), to keep each test short. */
const M = 20_000;

function depth(e: Expr): number {
  let max = 0;
  const stack: [Expr, number][] = [[e, 1]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    max = Math.max(max, d);
    if (x.kind === 'Binary') stack.push([x.left, d + 1], [x.right, d + 1]);
    else if (x.kind === 'Unary') stack.push([x.operand, d + 1]);
  }
  return max;
}

const chain = (n: number, term: (k: number) => string) =>
  Array.from({ length: n }, (_, k) => term(k)).join(' ');

describe('long operator chains', () => {
  it('are parsed into trees of logarithmic depth with the written value', async () => {
    // 1 - 1 - 1 ... regrouped must still subtract every term: 1 - (N - 1).
    const src = `scalar s; s = 1 ${chain(N - 1, () => '- 1')}; display s;\n`;
    const file = createSourceFile('chain.gms', src);
    const p = parseSource(file);
    const asg = p.program.statements[1] as unknown as { kind: string; value: Expr };
    expect(asg.kind).toBe('Assignment');
    expect(depth(asg.value)).toBeLessThan(CHAIN_LEAF + 20);
    const out: string[] = [];
    const r = await run(file, undefined, { quiet: true, out: (s) => out.push(s), log: () => undefined });
    expect(r.diagnostics).toEqual([]);
    expect(out.join('\n')).toMatch(/PARAMETER s\s+=\s+-99998\.000/);
  });

  it('solve as an LP equation of 2·10^4 terms', async () => {
    const terms = chain(M, (k) => (k % 2 ? '- x' : '+ 2*x'));
    const src = `variable x, z; equation e; e.. z =e= 1 ${terms}; x.lo = 1; x.up = 3;\nmodel m /all/; solve m using lp minimizing z;\n`;
    const r = await run(createSourceFile('lp.gms', src), undefined, {
      quiet: true,
      out: () => undefined,
      log: () => undefined,
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // z = 1 + (N/2) * x, minimized at x = 1.
    expect(r.solves[0].objective).toBeCloseTo(1 + M / 2, 6);
  });

  it('format, import and analyze a 2·10^4-term chain', () => {
    const src = `scalar s;\ns = 1 ${chain(M - 1, (k) => (k % 3 ? '+ 2' : '- 1'))};\ndisplay s;\n`;
    const f = formatSource(src);
    expect(f.ok && f.keptAsWritten).toBe(0);
    const file = createSourceFile('chain.gms', src);
    const im = importGams(file);
    expect(im.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(im.emd).toContain('s = 1 - 1 + 2 + 2 - 1');
    expect(im.emd).not.toContain('(');
    const an = analyze(file);
    expect(an.diagnostics).toEqual([]);
  });

  it('keeps the meaning of mixed operators when regrouping', () => {
    // a - b + c - d ... and a * b / c * d: each regrouped tree evaluates like the written chain.
    const file = createSourceFile('n.gms', 'x');
    const num = (v: number): Expr => ({ kind: 'Number', value: v, span: { file, start: 0, end: 1 } });
    const evalE = (e: Expr): number => {
      if (e.kind === 'Number') return e.value;
      if (e.kind !== 'Binary') throw new Error('unexpected');
      const [a, b] = [evalE(e.left), evalE(e.right)];
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    };
    const n = 3 * CHAIN_LEAF + 7;
    const terms = Array.from({ length: n }, (_, k) => num((k % 5) + 1));
    const addOps = Array.from({ length: n - 1 }, (_, k) => (k % 3 ? '-' : '+') as '+' | '-');
    const mulOps = Array.from({ length: n - 1 }, (_, k) => (k % 2 ? '/' : '*') as '*' | '/');
    let a = terms[0].kind === 'Number' ? terms[0].value : 0;
    let m = a;
    for (let k = 1; k < n; k++) {
      const v = (k % 5) + 1;
      a = addOps[k - 1] === '+' ? a + v : a - v;
      m = mulOps[k - 1] === '*' ? m * v : m / v;
    }
    expect(evalE(buildChain(terms, addOps))).toBeCloseTo(a, 9);
    expect(evalE(buildChain(terms, mulOps)) / m).toBeCloseTo(1, 12);
  });
});
