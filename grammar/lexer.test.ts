import { describe, expect, it } from 'vitest';
import { tokenize } from './lexer.ts';
import { createSourceFile } from '../src/text/source-file.ts';

const lex = (text: string) =>
  tokenize(text, createSourceFile('t', text)).map((t) => `${t.tokenType.name}:${t.image}`);

describe('lexer', () => {
  it('reads keywords case-insensitively, singular and plural, and longer words as identifiers', () => {
    expect(lex('SETS Set sets settings Parameters PARAMETER scalar Model modelstat')).toEqual([
      'SetKw:SETS',
      'SetKw:Set',
      'SetKw:sets',
      'Identifier:settings',
      'ParameterKw:Parameters',
      'ParameterKw:PARAMETER',
      'ScalarKw:scalar',
      'ModelKw:Model',
      'Identifier:modelstat',
    ]);
  });

  it('prefers the longer of two keywords sharing a prefix', () => {
    expect(lex('elseif else eqv x eq putclose put negative x ne')).toEqual([
      'ElseIfKw:elseif',
      'ElseKw:else',
      'EqvKw:eqv',
      'Identifier:x',
      'EqKw:eq',
      'PutCloseKw:putclose',
      'PutKw:put',
      'NegativeKw:negative',
      'Identifier:x',
      'NeKw:ne',
    ]);
  });

  it('keeps min, max, smax, to, all and attribute names as identifiers', () => {
    expect(lex('min max smax to all l lo up fx m')).toEqual([
      'Identifier:min',
      'Identifier:max',
      'Identifier:smax',
      'Identifier:to',
      'Identifier:all',
      'Identifier:l',
      'Identifier:lo',
      'Identifier:up',
      'Identifier:fx',
      'Identifier:m',
    ]);
  });

  it('reads lt le eq ne ge gt as names except after a token that ends an operand (GAMS: Set ne, bc(ne))', () => {
    expect(lex('Set ne / ne1 / ; bc(ne) $ge(i) ; x ne 1 ; 2 ge y ; (a) lt b ; "s" eq c ; not le')).toEqual([
      'SetKw:Set',
      'Identifier:ne',
      'Slash:/',
      'Identifier:ne1',
      'Slash:/',
      'Semicolon:;',
      'Identifier:bc',
      'LRound:(',
      'Identifier:ne',
      'RRound:)',
      'Dollar:$',
      'Identifier:ge',
      'LRound:(',
      'Identifier:i',
      'RRound:)',
      'Semicolon:;',
      'Identifier:x',
      'NeKw:ne',
      'NumberLit:1',
      'Semicolon:;',
      'NumberLit:2',
      'GeKw:ge',
      'Identifier:y',
      'Semicolon:;',
      'LRound:(',
      'Identifier:a',
      'RRound:)',
      'LtKw:lt',
      'Identifier:b',
      'Semicolon:;',
      'StringLit:"s"',
      'EqKw:eq',
      'Identifier:c',
      'Semicolon:;',
      'NotKw:not',
      'Identifier:le',
    ]);
  });

  it('reads numbers: 12, 1.5, .5, 1e-3, 2.5E+6, and 1.. as a number before ..', () => {
    expect(lex('12 1.5 .5 1e-3 2.5E+6')).toEqual([
      'NumberLit:12',
      'NumberLit:1.5',
      'NumberLit:.5',
      'NumberLit:1e-3',
      'NumberLit:2.5E+6',
    ]);
    expect(lex('1..2')).toEqual(['NumberLit:1', 'DotDot:..', 'NumberLit:2']);
  });

  it('reads operators, relations and the three kinds of parentheses', () => {
    expect(lex('=e= =L= =g= =N= .. ** * <= >= <> < > = $ [ ] { }')).toEqual([
      'EqRel:=e=',
      'EqRel:=L=',
      'EqRel:=g=',
      'EqRel:=N=',
      'DotDot:..',
      'Power:**',
      'Star:*',
      'LeOp:<=',
      'GeOp:>=',
      'NeOp:<>',
      'LtOp:<',
      'GtOp:>',
      'Equals:=',
      'Dollar:$',
      'LSquare:[',
      'RSquare:]',
      'LCurly:{',
      'RCurly:}',
    ]);
  });

  it('reads strings on one line; an apostrophe after a letter is not a string', () => {
    expect(lex(`'a b' "c'd" Plant's`)).toEqual([
      "StringLit:'a b'",
      `StringLit:"c'd"`,
      'Identifier:Plant',
      "Other:'",
      'Identifier:s',
    ]);
    // A quote with no closing quote on its line is a token of its own; the line reads on.
    expect(lex(`"abc\nx`)).toEqual(['UnterminatedString:"', 'Identifier:abc', 'Identifier:x']);
    expect(lex(`('79 bill)`)).toEqual([
      'LRound:(',
      "UnterminatedString:'",
      'NumberLit:79',
      'Identifier:bill',
      'RRound:)',
    ]);
    // After a digit a quote opens a string (put items: x:0:0' cuts').
    expect(lex(`0:0' cuts'`)).toEqual(['NumberLit:0', 'Colon::', 'NumberLit:0', "StringLit:' cuts'"]);
  });

  it('turns characters no token matches into Other tokens, one per run, in order', () => {
    const toks = tokenize('a #\\ b \u0000 @', createSourceFile('t', 'a #\\ b \u0000 @'));
    expect(toks.map((t) => `${t.tokenType.name}:${JSON.stringify(t.image)}@${t.startOffset}`)).toEqual([
      'Identifier:"a"@0',
      'Other:"#\\\\"@2',
      'Identifier:"b"@5',
      'Other:"\\u0000"@7',
      // `@` is a token of its own (put's column moves).
      'At:"@"@9',
    ]);
  });

  it('tags every token with its file', () => {
    const f = createSourceFile('x.gms', 'a # b');
    expect(tokenize(f.text, f).every((t) => t.file === f)).toBe(true);
  });
});
