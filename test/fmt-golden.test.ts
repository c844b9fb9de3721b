// Golden tests of the formatter (issue 17: no comment may ever be lost): every file of
// test/golden-fmt/NAME.gms formats to NAME.formatted.gms beside it, idempotently, and keeps every
// comment, `$` line and `$onText` line of the input. Comment forms: `*` lines, `$onText` blocks,
// end-of-line comments (`!!`, `$eolCom #`, `//`), in-line comments (`$inlineCom {{ }}`,
// `$onInline` /* */ on one line and over two), and the `prettier-ignore` / `emd-fmt: off|on`
// escapes with hand-aligned assignments. In process, a few milliseconds per file. Regenerate
// with UPDATE_GOLDEN=1 and review the diff.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSource } from '../src/prettier/format.ts';
import { scanSource, triviaTexts } from '../src/prettier/scan.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import { renderDiagnostics } from '../src/diagnostics/render.ts';

const dir = join(import.meta.dirname, 'golden-fmt');
const update = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.gms') && !f.endsWith('.formatted.gms'))
  .sort();

describe('formatter golden files (test/golden-fmt)', () => {
  it('covers every comment form', () => {
    expect(inputs).toEqual([
      'eol-com.gms',
      'inline-com.gms',
      'on-inline.gms',
      'regions.gms',
      'text-blocks.gms',
    ]);
  });
  for (const name of inputs) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const r = formatSource(text, { fileName: name });
      if (!r.ok) throw new Error(renderDiagnostics(r.diagnostics));
      const outFile = join(dir, name.replace(/\.gms$/, '.formatted.gms'));
      if (update || !existsSync(outFile)) writeFileSync(outFile, r.text);
      expect(r.text).toBe(readFileSync(outFile, 'utf8'));
      // Every comment of the input is in the output, as written.
      for (const c of triviaTexts(scanSource(createSourceFile(name, text)))) expect(r.text).toContain(c);
      const again = formatSource(r.text, { fileName: name });
      expect(again.ok && again.text).toBe(r.text);
    });
  }
});
