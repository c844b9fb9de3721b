// Unit tests of the playground's browser-free modules (web/src): the highlighter's tokens, the
// in-memory host with includes, shareable links, and the bundled model library (every include
// of every bundled model resolves inside the bundle). Runs in Node; the e2e test covers the page.
import { describe, expect, it } from 'vitest';
import { StringStream } from '@codemirror/language';
import { emdParser, keywordStyle } from '../../web/src/emd-mode.ts';
import { memoryHost, normalizePath } from '../../web/src/host.ts';
import { decodeShare, encodeShare } from '../../web/src/share.ts';
import { libraryFiles, models } from '../../web/src/models.ts';
import { compile, loadSource, run } from '../../src/api.ts';
import { keywords } from '../../grammar/tokens.ts';

/** [text, style] of every non-blank token of `src`, line by line, as CodeMirror would ask. */
function tokens(src: string): [string, string | null][] {
  const state = emdParser.startState!(2);
  const out: [string, string | null][] = [];
  for (const line of src.split('\n')) {
    const s = new StringStream(line, 4, 2);
    while (!s.eol()) {
      const start = (s.start = s.pos); // as CodeMirror's driver does before each token
      const style = emdParser.token(s, state);
      if (s.pos === start) throw new Error(`no progress at '${line.slice(start)}'`);
      const text = line.slice(start, s.pos);
      if (text.trim()) out.push([text.trim(), style]);
    }
  }
  return out;
}

const styleOf = (ts: [string, string | null][], text: string) => ts.find(([t]) => t === text)?.[1];

describe('EMD highlighting (web/src/emd-mode.ts)', () => {
  it('styles every keyword of grammar/tokens.ts', () => {
    const words = keywords.map((k) => (k.PATTERN as RegExp).source.replace(/\?/g, ''));
    expect(words.filter((w) => keywordStyle(w) === undefined)).toEqual([]);
    expect([
      keywordStyle('Sets'),
      keywordStyle('PARAMETER'),
      keywordStyle('solve'),
      keywordStyle('and'),
      keywordStyle('using'),
      keywordStyle('settings'),
    ]).toEqual([
      'definitionKeyword',
      'definitionKeyword',
      'controlKeyword',
      'operatorKeyword',
      'keyword',
      undefined,
    ]);
  });

  it('tells declarations, text, data, comments, functions, attributes and model types apart', () => {
    const ts = tokens(
      [
        '$title Seed 001',
        '* a comment line',
        'Set mg  microgrids / A, B / ;',
        'Parameter a(mg)  utility scale / A 10, B 1 / ;',
        "Positive Variable D(mg) 'demand served' ;",
        '$ontext',
        'Set hidden ;',
        '$offtext',
        "D.lo(mg) = 0.5 ; D.up('A') = 2 ;",
        'e(mg) .. D(mg) =e= sum(mg2, sqrt(a(mg2))) ;',
        'Solve m using dnlp maximizing W ;',
      ].join('\n'),
    );
    expect(ts.slice(0, 3)).toEqual([
      ['$title', 'processingInstruction'],
      ['Seed 001', 'meta'],
      ['* a comment line', 'lineComment'],
    ]);
    expect(styleOf(ts, 'Set')).toBe('definitionKeyword');
    expect(styleOf(ts, 'mg')).toBe('variableName.definition');
    expect(styleOf(ts, 'microgrids')).toBe('docComment');
    expect(styleOf(ts, 'utility scale')).toBe('docComment');
    expect(styleOf(ts, 'A')).toBe('variableName'); // a label inside / ... /
    expect(styleOf(ts, "'demand served'")).toBe('string');
    expect(styleOf(ts, 'Set hidden ;')).toBe('blockComment');
    expect(styleOf(ts, 'lo')).toBe('propertyName');
    expect(styleOf(ts, 'up')).toBe('propertyName');
    expect(styleOf(ts, "'A'")).toBe('string');
    expect(styleOf(ts, '0.5')).toBe('number');
    expect(styleOf(ts, '=e=')).toBe('compareOperator');
    expect(styleOf(ts, '..')).toBe('definitionOperator');
    expect(styleOf(ts, 'sum')).toBe('variableName.standard');
    expect(styleOf(ts, 'sqrt')).toBe('variableName.standard');
    expect(styleOf(ts, 'Solve')).toBe('controlKeyword');
    expect(styleOf(ts, 'dnlp')).toBe('typeName');
    expect(styleOf(ts, 'maximizing')).toBe('keyword');
    // After the declaration's `;`, names are uses again, not definitions.
    expect(ts.filter(([t, s]) => t === 'D' && s === 'variableName.definition')).toHaveLength(1);
  });

  it("reads a quote after a letter as text, not a string (Plant's)", () => {
    expect(tokens("Set p Plant's capacity / x / ;").map(([, s]) => s)).not.toContain('string');
  });
});

describe('in-memory host (web/src/host.ts)', () => {
  it('normalizes paths and resolves includes against the including file', () => {
    expect(normalizePath('/models/./a/../b.emd')).toBe('models/b.emd');
    const h = memoryHost(new Map([['m/x/main.emd', '']]));
    expect(h.resolve('m/x/main.emd', 'data/d.inc')).toBe('m/x/data/d.inc');
    expect(h.resolve('m/x/main.emd', '../y.inc')).toBe('m/y.inc');
  });

  it('compiles and runs a model with an include, and keeps put files', async () => {
    const files = new Map([
      [
        'm/main.emd',
        "$include data/sizes.inc\nVariable z ; Equation e ; e .. z =e= sum(i, c(i)) ;\nModel q / all / ; Solve q using lp minimizing z ;\nFile f / out.txt / ; put f ; put 'z=', z.l:0:1 / ; putclose f ;",
      ],
      ['m/DATA/Sizes.inc', 'Set i / a, b / ; Parameter c(i) / a 1, b 2 / ;'],
    ]);
    const written = new Map<string, string>();
    const host = memoryHost(files, written);
    const main = loadSource('m/main.emd', host).file!;
    expect(compile(main, host).diagnostics).toEqual([]);
    const r = await run(main, host, { out: () => {}, log: () => {} });
    expect(r.ok).toBe(true);
    expect(r.solves[0]).toMatchObject({ objective: 3, modelStatus: 1 });
    // Put files are written in the model's folder (issue 15: confined to it).
    expect([...written]).toEqual([['m/out.txt', 'z=3.0\n']]);
  });
});

describe('shareable links (web/src/share.ts)', () => {
  it('round-trips path and text through the hash', async () => {
    const m = { path: 'models/classic/transport.gms', text: 'Set i / a /; * ünïcödé ∑ λ\n'.repeat(50) };
    const hash = await encodeShare(m);
    expect(hash).toMatch(/^code=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(300);
    expect(await decodeShare('#' + hash)).toEqual({ kind: 'code', model: m });
  });

  it('opens a bundled model by path and reports a damaged link', async () => {
    expect(await decodeShare('#model=models%2Fclassic%2Ftransport.gms')).toEqual({
      kind: 'model',
      path: 'models/classic/transport.gms',
    });
    expect(await decodeShare('')).toEqual({ kind: 'none' });
    const bad = await decodeShare('#code=AAAA');
    expect(bad.kind).toBe('bad');
  });
});

describe('bundled model library (web/src/models.ts)', () => {
  it('holds the models and the files they include', () => {
    expect(libraryFiles['models/microgrid/market_1h.emd']).toContain('Seed 001');
    const m = models.find((x) => x.path === 'models/microgrid/market_1h.emd');
    expect(m).toMatchObject({ group: 'microgrid', title: expect.stringContaining('Seed 001') });
    expect(models.every((x) => /\.(emd|gms)$/.test(x.path))).toBe(true);
  });

  it('resolves every $include of every bundled model inside the bundle', () => {
    const files = new Map(Object.entries(libraryFiles));
    const missing: string[] = [];
    for (const { path } of models) {
      if (!/^\$(bat)?include/im.test(libraryFiles[path])) continue;
      const host = memoryHost(files);
      const d = compile(loadSource(path, host).file!, host).diagnostics.filter((x) => x.code === 'E1100');
      missing.push(...d.map((x) => `${path}: ${x.message}`));
    }
    expect(missing).toEqual([]);
  });
});
