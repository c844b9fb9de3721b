// Hand-built RunJson values for the plot and CSV tests: hourly prices of 3 microgrids, a
// residual series, a stacked dispatch, a 5x5 trade matrix, a bar series. Imports report/json.ts.
import type { RunJson, SymbolJson } from './json.ts';

const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i + 1));

export function set(labels: string[], text?: string): SymbolJson {
  return {
    kind: 'set',
    domain: ['*'],
    ...(text ? { text } : {}),
    records: labels.map((l) => ({ keys: [l], text: null })),
  };
}

export function param(domain: string[], entries: [string[], number | null][], text?: string): SymbolJson {
  return {
    kind: 'parameter',
    domain,
    ...(text ? { text } : {}),
    records: entries.map(([keys, value]) => ({ keys, value })),
  };
}

export function variable(domain: string[], entries: [string[], number][], text?: string): SymbolJson {
  return {
    kind: 'variable',
    domain,
    ...(text ? { text } : {}),
    records: entries.map(([keys, level]) => ({ keys, level, marginal: 0, lower: 0, upper: null })),
  };
}

export function run(symbols: Record<string, SymbolJson>): RunJson {
  return { ok: true, diagnostics: [], solves: [], symbols };
}

export const HOURS = range(24, (i) => `t${i}`);
export const GRIDS = ['mg1', 'mg2', 'mg3'];
export const SOURCES = ['pv', 'wind', 'gas', 'battery'];
export const REGIONS = ['north', 'south', 'east', 'west', 'central'];
export const BUSES = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

/** A smooth day-shaped price for microgrid g in hour h (1-based). */
export const price = (g: number, h: number) =>
  Math.round((40 + 10 * g + 25 * Math.sin(((h - 6) * Math.PI) / 12)) * 100) / 100;

/** One run holding every kind of plot the chooser makes, plus symbols it must leave alone. */
export function energyRun(): RunJson {
  const dispatch: [string[], number][] = [];
  for (const h of HOURS) {
    const i = Number(h.slice(1));
    const pv = Math.max(0, 60 * Math.sin(((i - 6) * Math.PI) / 12));
    const wind = 20 + 10 * Math.cos(i / 3);
    const battery = i >= 10 && i <= 15 ? -25 : i >= 18 && i <= 21 ? 30 : 0;
    const gas = Math.max(0, 100 - pv - wind - battery);
    for (const [s, v] of [
      ['pv', pv],
      ['wind', wind],
      ['gas', gas],
      ['battery', battery],
    ] as const)
      if (v !== 0) dispatch.push([[s, h], v]);
  }
  return run({
    t: set(HOURS, 'hours'),
    m: set(GRIDS, 'microgrids'),
    src: set(SOURCES, 'sources'),
    r: set(REGIONS, 'regions'),
    k: set(
      range(12, (i) => String(i)),
      'iterations',
    ),
    bus: set(BUSES, 'buses'),
    demand: param(
      ['t'],
      HOURS.map((h, i) => [[h], 80 + 20 * Math.sin((i * Math.PI) / 12)]),
      'system demand in MW',
    ),
    lmp: param(
      ['t', 'm'],
      HOURS.flatMap((h, i) => GRIDS.map((g, j) => [[h, g], price(j + 1, i + 1)] as [string[], number])),
      'price per hour and microgrid',
    ),
    res: param(
      ['k'],
      range(12, (i) => [[String(i)], 10 ** (1 - i)] as [string[], number]),
      'primal residual',
    ),
    dispatch: param(['src', 't'], dispatch, 'plot:stack Dispatch by source'),
    trade: param(
      ['r', 'r'],
      REGIONS.flatMap((a, i) =>
        REGIONS.flatMap((b, j) => (i === j ? [] : [[[a, b], (i + 1) * 10 + (j + 1)] as [string[], number]])),
      ),
      'plot:heatmap Trade between regions',
    ),
    dlmp: param(
      ['bus'],
      BUSES.map((b, i) => [[b], 30 + 2.5 * i] as [string[], number]),
      'DLMP by bus',
    ),
    cap: param(
      ['m'],
      [
        [['mg1'], 5],
        [['mg2'], 7],
      ],
      'capacity (a bar chart: m has 3 elements)',
    ),
    side: set(['buy', 'sell']),
    fee: param(
      ['side'],
      [
        [['buy'], 1],
        [['sell'], 2],
      ],
      'no plot: only 2 elements',
    ),
    hidden: param(
      ['t'],
      [
        [['t1'], 1],
        [['t2'], 2],
      ],
      'plot:none',
    ),
    cost: param([], [[[], 12.5]], 'total cost'),
    soc: variable(
      ['m', 't'],
      GRIDS.flatMap((g, j) =>
        HOURS.map(
          (h, i) =>
            [[g, h], Math.min(50, Math.max(0, 25 + (j + 1) * 8 * Math.sin((i * Math.PI) / 12)))] as [
              string[],
              number,
            ],
        ),
      ),
      'state of charge',
    ),
  });
}
