// Chevrotain's grammar validations (ambiguous alternatives, left recursion, duplicate rules). The
// shipped parser skips them to start faster (see EmdParser's constructor), so they run here.
import { describe, expect, it } from 'vitest';
import { EmdParser } from './parser.ts';
import { createLexer } from './lexer.ts';

describe('the grammar', () => {
  it('passes Chevrotain validations (no ambiguity or left recursion a change could introduce)', () => {
    // performSelfAnalysis throws "Parser Definition Errors detected" with each error's message.
    expect(() => new EmdParser(true)).not.toThrow();
  });
  it('passes the lexer validations (token patterns), which the shipped lexer skips', () => {
    const lexer = createLexer(true);
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(
      createLexer()
        .tokenize('Set i / a /;')
        .tokens.map((t) => t.image),
    ).toEqual(lexer.tokenize('Set i / a /;').tokens.map((t) => t.image));
  });
});
