// Which plots are chosen for a run, and that they render to SVG; the CSV export's exact text.
import { describe, expect, it } from 'vitest';
import { energyRun, param, run, set } from './plot.fixture.ts';
import { plotSpecs, renderPlots } from './plot.ts';
import { csvFiles, symbolCsv } from './csv.ts';

const markOf = (spec: any): string => {
  const m = spec.mark ?? spec.layer?.[0]?.mark;
  return typeof m === 'string' ? m : m?.type;
};

describe('plot choice', () => {
  const specs = plotSpecs(energyRun());
  const byName = Object.fromEntries(specs.map((s) => [s.name, s]));
  it('plots time series, convergence curves, stacks, heat maps and bars, and leaves the rest', () => {
    expect(specs.map((s) => [s.name, s.kind]).sort()).toEqual(
      [
        ['demand', 'line'],
        ['lmp', 'multiline'],
        ['res', 'line'],
        ['dispatch', 'stack'],
        ['trade', 'heatmap'],
        ['dlmp', 'bar'],
        // Indexed by a set of 3 microgrids (two of them with data): a bar chart too.
        ['cap', 'bar'],
        ['soc.l', 'multiline'],
      ].sort(),
    );
    expect(byName.hidden).toBeUndefined();
    expect(byName.cost).toBeUndefined();
  });
  it('uses a log scale for residuals and the marks of each kind', () => {
    expect(JSON.stringify(byName.res.spec)).toContain('"type":"log"');
    expect(JSON.stringify(byName.demand.spec)).not.toContain('"type":"log"');
    expect(markOf(byName.dispatch.spec)).toBe('area');
    expect(markOf(byName.trade.spec)).toBe('rect');
    expect(markOf(byName.dlmp.spec)).toBe('bar');
    expect(byName.dispatch.title).toBe('Dispatch by source');
  });
  it('renders every plot to SVG with its title', async () => {
    const rendered = await renderPlots(energyRun());
    expect(rendered.length).toBe(specs.length);
    for (const r of rendered) {
      expect(r.svg.startsWith('<svg')).toBe(true);
      expect((r.svg.match(/<path/g) ?? []).length).toBeGreaterThan(2);
    }
    expect(rendered.find((r) => r.name === 'lmp')!.svg).toContain('price per hour and microgrid');
  });
});

describe('CSV export', () => {
  it('writes keys, values, quoting and empty cells for infinite values', () => {
    const r = run({
      i: set(['a', 'b,c']),
      p: param(['i'], [
        [['a'], 1.5],
        [['b,c'], null],
      ]),
      s: param([], [[[], 0.1 + 0.2]]),
    });
    expect(symbolCsv(r.symbols.p)).toBe('i,value\r\na,1.5\r\n"b,c",\r\n');
    expect(symbolCsv(r.symbols.s)).toBe('value\r\n0.30000000000000004\r\n');
    expect(csvFiles(r).map((f) => f.name)).toEqual(['i.csv', 'p.csv', 's.csv']);
    expect(symbolCsv(r.symbols.i)).toBe('label,text\r\na,\r\n"b,c",\r\n');
  });
});
