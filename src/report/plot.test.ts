// Which plots are chosen for a run (kinds, marks, log scales, trimming) and that they render to SVG
// with their titles and the expected number of lines, areas, cells and bars.
import { describe, expect, it } from 'vitest';
import { energyRun, param, run, set, variable, HOURS, GRIDS } from './plot.fixture.ts';
import {
  isConvergenceName,
  isTimeLike,
  parseDirective,
  plotSpecs,
  renderPlots,
  renderSpec,
  wrapTitle,
  type PlotSpec,
} from './plot.ts';

const markOf = (spec: any): string => {
  const m = spec.mark ?? spec.layer?.[0]?.mark;
  return typeof m === 'string' ? m : m?.type;
};
const dataOf = (p: PlotSpec): any[] => (p.spec as any).data.values;
const yScaleOf = (p: PlotSpec): any => (p.spec as any).encoding.y.scale;
/** How many marks of one kind an SVG draws: Vega labels each with aria-roledescription. */
const count = (svg: string, role: string) => svg.split(`aria-roledescription="${role}"`).length - 1;

describe('time-like sets and names', () => {
  it('recognises hours and iterations by name and ordered numeric labels', () => {
    expect(isTimeLike('t', HOURS)).toBe(true);
    expect(isTimeLike('hh', ['h01', 'h02', 'h03'])).toBe(true);
    expect(isTimeLike('slice', ['h01', 'h02', 'h03'])).toBe(true); // the label prefix h says hours
    expect(isTimeLike('k', ['1', '2', '3'])).toBe(true);
    expect(isTimeLike('iter', ['it_1', 'it_2'])).toBe(true);
    expect(isTimeLike('i', ['1', '2', '3'])).toBe(false); // numbers alone: buses, not time
    expect(isTimeLike('bus', ['b1', 'b2', 'b3'])).toBe(false);
    expect(isTimeLike('t', ['t2', 't1', 't3'])).toBe(false); // not in order
    expect(isTimeLike('t', ['t1', 'x2'])).toBe(false);
    expect(isTimeLike('t', ['t1'])).toBe(false);
  });
  it('reads residual, error, gap and convergence names, not reserve or price', () => {
    for (const n of [
      'res',
      'residual',
      'res_primal',
      'dualRes',
      'relgap',
      'err',
      'max_error',
      'conv_hist',
      'gap',
    ])
      expect(isConvergenceName(n), n).toBe(true);
    for (const n of ['reserve', 'price', 'resource', 'progress', 'soc'])
      expect(isConvergenceName(n), n).toBe(false);
  });
  it('parses plot: directives and keeps the rest as the title', () => {
    expect(parseDirective('plot:stack Dispatch by source')).toEqual({
      directive: 'stack',
      title: 'Dispatch by source',
    });
    expect(parseDirective('PLOT:None')).toEqual({ directive: 'none', title: '' });
    expect(parseDirective('plotting price')).toEqual({ title: 'plotting price' });
    expect(parseDirective(undefined)).toEqual({ title: '' });
  });
});

describe('plot choice', () => {
  const specs = plotSpecs(energyRun());
  const byName = Object.fromEntries(specs.map((s) => [s.name, s]));

  it('plots time series, convergence curves, stacks, heat maps and bars, and leaves the rest', () => {
    expect(specs.map((s) => [s.name, s.kind])).toEqual([
      ['demand', 'line'],
      ['lmp', 'multiline'],
      ['res', 'line'],
      ['dispatch', 'stack'],
      ['trade', 'heatmap'],
      ['dlmp', 'bar'],
      ['cap', 'bar'],
      ['soc.l', 'multiline'],
    ]);
    // plot:none, a scalar, a set, and a parameter over only 2 elements are not plotted.
    for (const n of ['hidden', 'cost', 't', 'fee']) expect(byName[n]).toBeUndefined();
  });

  it('gives each kind its mark, titles from the text and axis titles from the sets', () => {
    expect(markOf(byName.demand.spec)).toBe('line');
    expect(markOf(byName.lmp.spec)).toBe('line');
    expect(markOf(byName.dispatch.spec)).toBe('area');
    expect(markOf(byName.trade.spec)).toBe('rect');
    expect(markOf(byName.dlmp.spec)).toBe('bar');
    expect(byName.dispatch.title).toBe('Dispatch by source');
    expect(byName.lmp.title).toBe('price per hour and microgrid');
    expect(byName['soc.l'].title).toBe('state of charge (level)');
    const lmp = byName.lmp.spec as any;
    expect(lmp.width).toBe(640);
    // Axis titles: the set's text with its name.
    expect(lmp.encoding.x.axis.title).toBe('hours (t)');
    expect(lmp.encoding.color.legend.title).toBe('microgrids (m)');
    expect(lmp.config.font).toBe('sans-serif');
  });

  it('uses a log scale for the residual only', () => {
    expect(yScaleOf(byName.res)).toEqual({ type: 'log' });
    expect((byName.res.spec as any).encoding.y.axis.values).toEqual([
      1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1,
    ]);
    expect(yScaleOf(byName.demand).type).toBeUndefined();
    expect(yScaleOf(byName.lmp).type).toBeUndefined();
  });

  it('puts hours on x in set order, one series per microgrid', () => {
    const rows = dataOf(byName.lmp);
    expect(rows).toHaveLength(24 * 3);
    expect(rows.filter((r) => r.series === 'mg2').map((r) => r.x)).toEqual(HOURS);
    expect(rows.find((r) => r.series === 'mg3' && r.x === 't12').y).toBe(95);
    // soc(m,t): the time-like index is second; x is still t.
    expect((byName['soc.l'].spec as any).encoding.x.axis.title).toBe('hours (t)');
    expect(new Set(dataOf(byName['soc.l']).map((r) => r.series))).toEqual(new Set(GRIDS));
  });

  it('stacks positive parts up and negative parts down, with a zero rule', () => {
    const rows = dataOf(byName.dispatch);
    const at = (s: string, t: string, part: string) =>
      rows.find((r) => r.series === s && r.x === t && r.part === part);
    // t12: pv ≈ 51.96 and wind ≈ 14.35 stack upward; the battery charges 25 below zero.
    const pv = at('pv', 't12', '+');
    const wind = at('wind', 't12', '+');
    expect(pv.y0).toBe(0);
    expect(wind.y0).toBeCloseTo(pv.y1, 12);
    expect(at('battery', 't12', '-')).toMatchObject({ y0: 0, y1: -25 });
    expect(at('battery', 't12', '+').y1 - at('battery', 't12', '+').y0).toBe(0);
    // t19: the battery discharges 30 on top of pv, wind and gas.
    expect(at('battery', 't19', '+').y1).toBeCloseTo(100, 9);
    const layers = (byName.dispatch.spec as any).layer;
    expect(layers.map((l: any) => l.mark.type)).toEqual(['area', 'rule']);
  });

  it('fills the 5x5 trade matrix, zeros on the diagonal included, rows and columns in set order', () => {
    const rows = dataOf(byName.trade);
    expect(rows).toHaveLength(25);
    expect(rows.find((r) => r.row === 'east' && r.col === 'east').value).toBe(0);
    expect(rows.find((r) => r.row === 'south' && r.col === 'west').value).toBe(24);
    expect(byName.trade.title).toBe('Trade between regions');
  });

  it('honours plot:line, plot:bar and plot:heatmap, and ignores them beyond two dimensions', () => {
    const r = run({
      t: set(['t1', 't2', 't3']),
      g: set(['a', 'b']),
      x: param(
        ['g'],
        [
          [['a'], 1],
          [['b'], 2],
        ],
        'plot:line forced line over 2 elements',
      ),
      y: param(
        ['t'],
        [
          [['t1'], 1],
          [['t2'], 2],
        ],
        'plot:bar bars over hours',
      ),
      z: param(['g', 't'], [[['a', 't1'], 1]], 'plot:heatmap a small matrix'),
      w: param(['g', 'g', 't'], [[['a', 'b', 't1'], 1]], 'plot:line three dimensions'),
    });
    expect(plotSpecs(r).map((p) => [p.name, p.kind, p.title])).toEqual([
      ['x', 'line', 'forced line over 2 elements'],
      ['y', 'bar', 'bars over hours'],
      ['z', 'heatmap', 'a small matrix'],
    ]);
  });

  it('keeps residential loads linear, trims series a loop stopped filling, skips solver noise', () => {
    const it = Array.from({ length: 200 }, (_, i) => `it${i + 1}`);
    const r = run({
      t: set(HOURS),
      it: set(it),
      resid: param(
        ['t'],
        HOURS.map((h, i) => [[h], 0.5 + 0.4 * Math.sin(i / 4)] as [string[], number]),
        'residential load',
      ),
      price: param(
        ['it'],
        [2, 4.9, 4.4, 4.2, 4.1].map((v, i) => [[it[i]], v] as [string[], number]),
        'price at each iteration',
      ),
      residual: param(
        ['it'],
        [5.75, 0.89, 0.44, 0.2].map((v, i) => [[it[i]], v] as [string[], number]),
      ),
      noise: variable(
        ['t'],
        HOURS.map((h) => [[h], 4e-16] as [string[], number]),
        'all zero but for rounding',
      ),
    });
    const byName = Object.fromEntries(plotSpecs(r).map((p) => [p.name, p]));
    expect(Object.keys(byName)).toEqual(['resid', 'price', 'residual']);
    expect(yScaleOf(byName.resid).type).toBeUndefined();
    // Over iterations a residual is on a log scale even within one decade.
    expect(yScaleOf(byName.residual)).toEqual({ type: 'log' });
    expect(dataOf(byName.price).map((d) => d.x)).toEqual(['it1', 'it2', 'it3', 'it4', 'it5']);
    expect((byName.price.spec as any).encoding.x.scale.domain).toEqual([0, 4]);
  });

  it('plots equation marginals only when asked, and variable levels unless turned off', () => {
    const r = run({
      t: set(HOURS),
      bal: {
        kind: 'equation',
        domain: ['t'],
        records: HOURS.map((h, i) => ({ keys: [h], level: 1, marginal: 10 + i, lower: 1, upper: 1 })),
      },
      gen: variable(
        ['t'],
        HOURS.map((h, i) => [[h], i] as [string[], number]),
      ),
    });
    expect(plotSpecs(r).map((p) => p.name)).toEqual(['gen.l']);
    expect(plotSpecs(r, { marginals: true, levels: false }).map((p) => [p.name, p.title])).toEqual([
      ['bal.m', 'bal (marginal)'],
    ]);
  });

  it('wraps long titles so the SVG does not grow past the plot', () => {
    expect(wrapTitle('short', 640)).toBe('short');
    const long =
      'Microgrid A supply by source (kW; battery and transfer below zero when charging or exporting)';
    const lines = wrapTitle(long, 640) as string[];
    expect(lines.join(' ')).toBe(long);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(64);
  });
});

describe('rendering', () => {
  it('renders every plot to SVG with its title and the expected marks', async () => {
    const rendered = Object.fromEntries((await renderPlots(energyRun())).map((r) => [r.name, r.svg]));
    expect(Object.keys(rendered)).toEqual([
      'demand',
      'lmp',
      'res',
      'dispatch',
      'trade',
      'dlmp',
      'cap',
      'soc.l',
    ]);
    for (const svg of Object.values(rendered)) expect(svg.startsWith('<svg')).toBe(true);
    expect(rendered.lmp).toContain('price per hour and microgrid');
    expect(count(rendered.lmp, 'line mark')).toBe(3);
    expect(count(rendered.demand, 'line mark')).toBe(1);
    expect(rendered.res).toContain('primal residual');
    expect(rendered.res).toContain('1e-11');
    // Four sources, each a positive and a negative area.
    expect(count(rendered.dispatch, 'area mark')).toBe(8);
    expect(rendered.dispatch).toContain('Dispatch by source');
    expect(count(rendered.trade, 'rect mark')).toBe(25);
    expect(count(rendered.trade, 'text mark')).toBe(25);
    expect(count(rendered.dlmp, 'bar')).toBe(6);
    expect(rendered.dlmp).toContain('DLMP by bus');
  });

  it('renders an 8760-hour series (long sort orders must not reach Vega as expressions)', async () => {
    const h = Array.from({ length: 8760 }, (_, i) => `h${String(i + 1).padStart(4, '0')}`);
    const r = run({
      hour: set(h),
      load: param(
        ['hour'],
        h.map((l, i) => [[l], 1000 + Math.sin(i / 4)] as [string[], number]),
        'load',
      ),
    });
    const [p] = plotSpecs(r);
    expect(p.kind).toBe('line');
    const svg = await renderSpec(p.spec);
    expect(count(svg, 'line mark')).toBe(1);
    expect(svg).toContain('h0001');
  });
});

describe('issue 17: zeros, aliases, axis titles, inputs, values far from zero', () => {
  const T6 = ['t1', 't2', 't3', 't4', 't5', 't6'];
  it('keeps the points of the domain where the value is zero (p(t) / t3 5, t4 6 / over t1*t6)', () => {
    const r = run({
      t: set(T6, 'hours'),
      p: param(
        ['t'],
        [
          [['t3'], 5],
          [['t4'], 6],
        ],
        'PV output (kW)',
      ),
    });
    const [p] = plotSpecs(r);
    expect(dataOf(p).map((d) => [d.x, d.y])).toEqual([
      ['t1', 0],
      ['t2', 0],
      ['t3', 5],
      ['t4', 6],
      ['t5', 0],
      ['t6', 0],
    ]);
    // The y axis says what the numbers are, from the explanatory text (with its unit).
    expect((p.spec as any).encoding.y.title).toBe('PV output (kW)');
  });

  it('labels a heat map over an alias by the declared index names; a repeated set by position', () => {
    const trade = param(
      ['n', 'n'],
      [
        [['a', 'b'], 3],
        [['b', 'a'], 1],
      ],
      'plot:heatmap Trade | y: energy (MWh)',
    );
    const r = run({
      n: set(['a', 'b'], 'nodes'),
      nn: set(['a', 'b']),
      trade: { ...trade, domainNames: ['n', 'nn'] },
    });
    delete (r.symbols.nn as any).text;
    const spec = plotSpecs(r)[0].spec as any;
    expect(spec.encoding.y.axis.title).toBe('nodes (n)');
    expect(spec.encoding.x.axis.title).toBe('nodes (nn)');
    expect(spec.layer[0].encoding.color.title).toBe('energy (MWh)');
    const same = plotSpecs(run({ n: set(['a', 'b']), trade }))[0].spec as any;
    expect([same.encoding.y.axis.title, same.encoding.x.axis.title]).toEqual(['n, index 1', 'n, index 2']);
  });

  it('leaves inputs out unless asked (or unless their text asks for a plot)', () => {
    const r = {
      ...run({
        t: set(T6),
        load: param(
          ['t'],
          [
            [['t1'], 1],
            [['t2'], 2],
          ],
        ),
        shown: param(
          ['t'],
          [
            [['t1'], 1],
            [['t2'], 2],
          ],
          'plot:line Shown input',
        ),
        price: param(
          ['t'],
          [
            [['t1'], 3],
            [['t2'], 4],
          ],
        ),
      }),
      inputs: ['load', 'shown'],
    };
    expect(plotSpecs(r).map((p) => p.name)).toEqual(['shown', 'price']);
    expect(plotSpecs(r, { inputs: true }).map((p) => p.name)).toEqual(['load', 'shown', 'price']);
  });

  it('draws values far from zero (voltages) as points on a scale without 0, not bars from 0', () => {
    const r = run({
      b: set(['b1', 'b2', 'b3']),
      v: param(
        ['b'],
        [
          [['b1'], 1],
          [['b2'], 0.97],
          [['b3'], 0.95],
        ],
        'voltage (pu)',
      ),
    });
    const spec = plotSpecs(r)[0].spec as any;
    expect(spec.mark.type).toBe('point');
    expect(spec.encoding.y.scale).toEqual({ zero: false });
    const flows = run({
      b: set(['b1', 'b2', 'b3']),
      f: param(
        ['b'],
        [
          [['b1'], 10],
          [['b2'], 2],
          [['b3'], 5],
        ],
      ),
    });
    expect((plotSpecs(flows)[0].spec as any).mark.type).toBe('bar');
  });
});
