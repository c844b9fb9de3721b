import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderCatalogue } from './catalogue.ts';
import { messagesByCode } from './messages.ts';

describe('diagnostic catalogue', () => {
  it('docs/diagnostics.md is generated from the message table (run npm run docs)', () => {
    expect(readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8')).toBe(
      renderCatalogue(),
    );
  });
  it('codes are unique and follow the phase ranges', () => {
    for (const [code, def] of messagesByCode) {
      expect(code).toMatch(/^[EW]\d{4}$/);
      // Errors are E codes; warnings and infos share the W range.
      expect(def.severity === 'error' ? 'E' : 'W').toBe(code[0]);
    }
  });
});
