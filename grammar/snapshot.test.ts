// The grammar snapshot (grammar/snapshot.ts): a parser restored from it has the grammar, follows
// and lookahead of one built from scratch, and parses every model and error case of the
// repository to the same AST and diagnostics.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { serializeGrammar, type TokenType } from 'chevrotain';
import { EmdParser, grammarSnapshot, parserRestored, useGrammarSnapshot } from './parser.ts';
import { parseSource, type ParseHost } from '../src/syntax/parse.ts';
import { createSourceFile } from '../src/text/source-file.ts';

const root = join(import.meta.dirname, '..');
/** A snapshot as the CLI reads it: through JSON. */
const snapshot = JSON.parse(JSON.stringify(grammarSnapshot())) as ReturnType<typeof grammarSnapshot>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(gms|emd)$/.test(n) ? [p] : [];
  });
}

const host: ParseHost = {
  readFile: (p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  resolve: (from, name) => resolve(dirname(from), name),
};

/** The AST and diagnostics of a file, spans as offsets (a span's file would repeat the text). */
function parsed(path: string): string {
  const r = parseSource(createSourceFile(path, readFileSync(path, 'utf8')), host);
  return JSON.stringify({ program: r.program, diagnostics: r.diagnostics }, (k, v: unknown) =>
    k === 'file' ? (v as { name: string }).name : v,
  );
}

const follows = (p: EmdParser) =>
  Object.entries((p as unknown as { resyncFollows: Record<string, TokenType[]> }).resyncFollows).map(
    ([k, ts]) => [k, ts.map((t) => t.name)],
  );

afterAll(() => useGrammarSnapshot(undefined));

describe('grammar snapshot', () => {
  it('restores the recorded grammar and recovery follows of a parser built from scratch', () => {
    const fresh = new EmdParser();
    const restored = new EmdParser(false, snapshot);
    expect(restored.restored).toBe(true);
    expect(fresh.restored).toBe(false);
    expect(serializeGrammar(Object.values(restored.getGAstProductions()))).toEqual(
      serializeGrammar(Object.values(fresh.getGAstProductions())),
    );
    expect(follows(restored)).toEqual(follows(fresh));
    expect(Object.keys(snapshot.lookahead).length).toBe(106);
    // Taken again from the restored parser, the snapshot is the same.
    expect(restored.snapshot()).toEqual(snapshot);
  });

  it('is written by the build beside the bundle, for this grammar (what `emd` restores)', () => {
    // test/global-setup.ts has just built dist/.
    const built = JSON.parse(readFileSync(join(root, 'dist', 'grammar-snapshot.json'), 'utf8'));
    expect(built).toEqual(snapshot);
    expect(new EmdParser(false, built).restored).toBe(true);
  });

  it('is refused when it is of another grammar', () => {
    const other = { ...snapshot, ruleNames: [...snapshot.ruleNames.slice(1), snapshot.ruleNames[0]] };
    expect(new EmdParser(false, other).restored).toBe(false);
    const renamed = { ...snapshot, tokens: snapshot.tokens.map((t) => (t === 'SetKw' ? 'SetsKw' : t)) };
    expect(new EmdParser(false, renamed).restored).toBe(false);
  });

  it('parses the models and error cases to the same AST and diagnostics', () => {
    // The error and semantics cases, and two models (the larger models would take seconds).
    const corpus = [
      ...files(join(root, 'test', 'golden')),
      join(root, 'models', 'classic', 'transport.gms'),
      join(root, 'models', 'classic', 'unit_commitment.emd'),
    ];
    expect(corpus.length).toBeGreaterThan(60);
    useGrammarSnapshot(undefined);
    const before = corpus.map(parsed);
    expect(parserRestored()).toBe(false);
    useGrammarSnapshot(snapshot);
    const after = corpus.map(parsed);
    expect(parserRestored()).toBe(true);
    for (let i = 0; i < corpus.length; i++) expect(after[i], corpus[i]).toBe(before[i]);
    // The corpus has syntax errors, so recovery and the error messages are compared too.
    expect(before.filter((p) => p.includes('"E1')).length).toBeGreaterThan(5);
  });
});
