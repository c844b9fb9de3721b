// `emd solve --plot DIR --plot-format svg,png,pdf` (issue 17) on a small LP: which plots are
// written (inputs left out unless --plot-inputs), the PNG (resvg) and PDF files' structure and
// sizes, the alias names a heat map gets through --json, and the usage error for a bad format.
// The PNGs were also looked at (a heat map over an alias, a voltage profile, a line with zeros).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'emd-plot-files-'));
const model = join(dir, 'pl.gms');
writeFileSync(
  model,
  `Set t 'hours' / t1*t6 /;
Set n 'nodes' / a, b, c /;
Alias (n, nn);
Parameter p(t) 'PV output (kW)' / t3 5, t4 6 /;
Parameter trade(n,nn) 'plot:heatmap Trade between nodes | y: energy (MWh)' / a.b 3, b.c 2, c.a 1 /;
Parameter volt(n) 'voltage (pu)' / a 1.0, b 0.97, c 0.95 /;
Variable z 'objective';
Positive Variable gen(t) 'generation (kW)';
Equation e;
e.. z =e= sum(t, gen(t)) + 0*sum((n,nn), trade(n,nn)) + 0*sum(n, volt(n));
gen.lo(t) = p(t);
Model m / all /;
Solve m using lp minimizing z;
`,
);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

describe('--plot-format', () => {
  it('writes SVG, PNG and PDF of the results; inputs only with a plot: directive or --plot-inputs', async () => {
    const out = join(dir, 'plots');
    const r = await runCli(['solve', model, '--quiet', '--plot', out, '--plot-format', 'svg,png,pdf']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 2 plots (6 files) to ');
    expect(readdirSync(out).sort()).toEqual([
      'gen.l.pdf',
      'gen.l.png',
      'gen.l.svg',
      'trade.pdf',
      'trade.png',
      'trade.svg',
    ]);
    const png = readFileSync(join(out, 'gen.l.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = readFileSync(join(out, 'gen.l.svg'), 'utf8');
    const [w, h] = [/width="(\d+)"/.exec(svg)![1], /height="(\d+)"/.exec(svg)![1]].map(Number);
    expect(pngSize(png)).toEqual([2 * w, 2 * h]);
    // PDF: one page sized as the SVG (in points), the 2x raster as an RGB image, a valid xref.
    const pdf = readFileSync(join(out, 'gen.l.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain(`/MediaBox [0 0 ${w * 0.75} ${h * 0.75}]`);
    expect(pdf).toContain(`/Width ${2 * w} /Height ${2 * h} /ColorSpace /DeviceRGB`);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o) => pdf.slice(o, o + 7))).toEqual([
      '1 0 obj',
      '2 0 obj',
      '3 0 obj',
      '4 0 obj',
      '5 0 obj',
    ]);
    // Line through the zeros of t1, t2, t5, t6; heat map axes named n and nn.
    expect(svg).toContain('hours (t)');
    const trade = readFileSync(join(out, 'trade.svg'), 'utf8');
    expect(trade).toContain('nodes (n)');
    expect(trade).toContain('nodes (nn)');
    expect(trade).toContain('energy (MWh)');
  });

  it('plots the inputs with --plot-inputs; --json carries the inputs and the declared index names', async () => {
    const out = join(dir, 'all');
    const r = await runCli(['solve', model, '--quiet', '--json', '--plot', out, '--plot-inputs']);
    expect(readdirSync(out).sort()).toEqual(['gen.l.svg', 'p.svg', 'trade.svg', 'volt.svg']);
    const doc = JSON.parse(r.stdout);
    expect(doc.inputs).toEqual(['p', 'trade', 'volt']);
    expect(doc.symbols.trade.domain).toEqual(['n', 'n']);
    expect(doc.symbols.trade.domainNames).toEqual(['n', 'nn']);
    expect(readFileSync(join(out, 'volt.svg'), 'utf8')).toContain('aria-roledescription="point"');
  });

  it('refuses an unknown format before the run', async () => {
    const r = await runCli(['solve', model, '--plot', join(dir, 'x'), '--plot-format', 'svg,gif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: --plot-format expects svg, png or pdf (comma-separated), got 'gif'.\n");
  });
});
