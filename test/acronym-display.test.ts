// Acronyms as values of data lists, and displayed by name as GAMS does.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('acronyms', () => {
  it('are read in data lists and displayed by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emd-acr-'));
    writeFileSync(
      join(dir, 'm.gms'),
      `Acronym red, green;
Set i / a, b, c /;
Parameter col(i) / a red, b green, c 2.5 /;
Scalar s; s = green;
display col, s;
`,
    );
    const r = await runCli(['solve', join(dir, 'm.gms')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('a       red,    b     green,    c     2.500');
    expect(r.stdout).toMatch(/PARAMETER s += +green/);
  });
});
