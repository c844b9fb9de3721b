// GAMS constructs of the Model Library, each run end to end on a small program with known results:
// comparison words as names, explanatory text, compile-time symbol queries, and the statements
// GAMS accepts that EMD once refused.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

/** Solve `src` (a .gms program, written to a scratch folder with `files`) through the CLI's --json. */
async function solveText(
  src: string,
  files: Record<string, string> = {},
): Promise<{ code: number; doc: any }> {
  const dir = mkdtempSync(join(tmpdir(), 'emd-compat-'));
  writeFileSync(join(dir, 'm.gms'), src);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let stdout = '';
  const code = await main(['solve', join(dir, 'm.gms'), '--json'], {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
  });
  return { code, doc: JSON.parse(stdout) };
}

const codes = (doc: any) => doc.diagnostics.map((d: any) => `${d.code}:${d.line}`);

describe('comparison words as names (gasoil, launch, alphamet)', () => {
  it('takes ne, ge and eq as set and equation names where no operator can stand', async () => {
    const { code, doc } = await solveText(`Set ne  equations /ne1*ne3/
    s  stages / s1*s3 /;
alias (s,ss);
Set ge(s,ss) s is greater than ss; ge(s,ss) = yes$(ord(s) >= ord(ss));
Parameter bc(ne) / ne1 1, ne2 2, ne3 3 /, cnt;
cnt = sum(ge(s,ss), 1);
Variable x(ne), z;
Equations obj   the objective
          eq(ne)  lower bounds;
eq(ne).. x(ne) =g= bc(ne)$(bc(ne) ne 2) + cnt;
obj.. z =e= sum(ne, x(ne));
Model m / all /;
solve m using lp minimizing z;
`);
    expect(codes(doc)).toEqual([]);
    expect(code).toBe(0);
    expect(doc.symbols.cnt.records[0].value).toBe(6);
    // x(ne) >= bc + 6 except where bc = 2: 7 + 6 + 9.
    expect(doc.solves[0].objective).toBe(22);
  });
});
