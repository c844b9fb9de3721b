// The language server's occurrences come from the checker's name links (CheckedProgram.names):
// declarations, writes, uses in expressions, indices, domains, model lists and MCP pairs; the AST
// walk adds the names of statements that hold an error, which the checker stops checking.
import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../text/source-file.ts';
import { analyze, referencesOf } from './analysis.ts';

function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`'${needle}' not in the text`);
  return i;
}

/** Each reference as `line:column text`. */
function refs(text: string, offset: number, includeDecl = true): string[] {
  const file = createSourceFile('m.gms', text);
  const an = analyze(file);
  return referencesOf(an, file, offset, includeDecl).map((s) => {
    const before = text.slice(0, s.start).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1} ${text.slice(s.start, s.end)}`;
  });
}

describe('occurrences from the checker', () => {
  it('are the name links of a document that checks: declarations, writes, indices and domains', () => {
    const text = [
      'Set i / a, b /;',
      'Alias (i, j);',
      'Parameter p(i), q;',
      'p(j) = ord(j);',
      'q = sum(i, p(i));',
      'Display p;',
    ].join('\n');
    const file = createSourceFile('m.gms', text);
    const an = analyze(file);
    expect(an.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      an.occurrences.map((o) => `${o.key}@${o.span.start}${o.decl ? ' decl' : ''}${o.write ? ' write' : ''}`),
    ).toEqual([
      'i@4 decl',
      'i@23',
      'j@26 decl',
      'p@40 decl',
      'i@42',
      'q@46 decl',
      'p@49 write',
      'j@51',
      'j@60',
      'q@64 write',
      'i@72',
      'p@75',
      'i@77',
      'p@90',
    ]);
  });

  it('find a variable in the MCP pairs of a model statement', () => {
    const text = [
      'Positive Variable x;',
      'Equation f;',
      'f.. 2*x - 1 =g= 0;',
      'Model m / f.x /;',
      'solve m using mcp;',
    ].join('\n');
    expect(refs(text, at(text, 'x'))).toEqual(['1:19 x', '3:7 x', '4:13 x']);
  });

  it('find a symbol named like a built-in function where it is written as a call', () => {
    const text = ['Set i / a /;', 'Parameter beta(i) / a 2 /, s;', 's = sum(i, beta(i));'].join('\n');
    expect(refs(text, at(text, 'beta'))).toEqual(['2:11 beta', '3:12 beta']);
  });

  it('still find the names of a statement the checker stopped at (an equation defined twice)', () => {
    const text = [
      'Variable x, z;',
      'Equation e;',
      'e.. z =e= x;',
      'e.. z =e= 2*x;',
      'Model m / e /;',
      'solve m using lp minimizing z;',
    ].join('\n');
    const file = createSourceFile('m.gms', text);
    expect(analyze(file).diagnostics.map((d) => d.code)).toContain('E2014');
    expect(refs(text, at(text, 'x'), false)).toEqual(['3:11 x', '4:13 x']);
  });
});
