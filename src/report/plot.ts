// Chooses plots for a run's symbols (emd solve --plot DIR) as Vega-Lite specs and renders them to
// SVG headless with Vega, and to PNG (resvg) and PDF (pdf.ts) files. Imports report/json.ts types;
// vega, vega-lite, @resvg/resvg-js and node: modules only lazily (the browser imports plotSpecs).
import type { TopLevelSpec } from 'vega-lite';
import type { RunJson, SymbolJson } from './json.ts';
import type { PlotFormat } from './plot-formats.ts';

export type VegaLiteSpec = TopLevelSpec;

/** What a plot shows; `spec.mark` (or the first layer's mark) tells the same to a renderer. */
export type PlotKind = 'line' | 'multiline' | 'stack' | 'heatmap' | 'bar';

export interface PlotSpec {
  /** File stem: the symbol name for parameters, `x.l` for a variable's levels, `e.m` for marginals. */
  name: string;
  /** The symbol's explanatory text without its `plot:` directive, or the symbol name. */
  title: string;
  kind: PlotKind;
  /** The declared name of the plotted symbol. */
  symbol: string;
  spec: VegaLiteSpec;
}

export interface PlotOptions {
  /** Plot width in pixels (default 640); heat maps use square cells up to this width. */
  width?: number;
  /** Plot height in pixels (default 300). */
  height?: number;
  /** Plot variable levels (default true). */
  levels?: boolean;
  /** Plot equation marginals, e.g. hourly prices from a balance row (default false). */
  marginals?: boolean;
  /**
   * Plot the model's inputs too: parameters the run did not change after its first solve (listed
   * in `run.inputs`). Default false; a `plot:` directive in a parameter's text always plots it.
   */
  inputs?: boolean;
}

export interface RenderedPlot {
  name: string;
  svg: string;
}

type Directive = 'line' | 'stack' | 'heatmap' | 'bar' | 'none';
type Field = 'value' | 'level' | 'marginal';

/** One index position of a symbol: the set's name and its elements in set order. */
interface Axis {
  set: string;
  /** Axis title: the index name as declared (an alias stays itself), with the set's text. */
  title: string;
  labels: string[];
  timeLike: boolean;
}

/** A symbol's numbers by key tuple; keys are joined with NUL, which labels never contain. */
interface Table {
  axes: Axis[];
  values: Map<string, number | null>;
  /** Parameters are sparse (absent means 0); variables and equations list every record. */
  sparse: boolean;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 300;
const FONT = 'sans-serif';

// Set names (and label prefixes like the `t` of t1..t24) that mean time or iterations.
const TIME_WORDS = new Set(
  (
    't tt h hh hr hrs hour hours time times ts timestep timesteps period periods step steps slot slots ' +
    'iter iters iteration iterations it k y yr year years d day days w week weeks month months'
  ).split(' '),
);
const TIME_PREFIX = /^(time|hour|iter|period|step|year|day|week|month)/i;
// The subset of those that count iterations, where a residual is a convergence curve.
const ITER_WORD = /^(it|iter|iters|iteration|iterations|k|step|steps|pass|passes)$/i;
// A convergence curve: a name part equal to or ending in res/gap/err, or starting resid/err/conv.
const CONVERGENCE_PART = /^(?:\w*(?:res|gap|err)|resid\w*|err\w*|conv\w*|gap\w*)$/;

/**
 * `plot:stack Dispatch by source` → kind stack, title "Dispatch by source". Axis titles may follow
 * the title after `|`: `plot:line Net load | y: power (MW) | x: hour of the day`.
 */
export function parseDirective(text: string | undefined): {
  directive?: Directive;
  title: string;
  y?: string;
  x?: string;
} {
  const t = (text ?? '').trim();
  const m = /^plot:(line|stack|heatmap|bar|none)\b\s*(.*)$/is.exec(t);
  if (!m) return { title: t };
  const [title, ...parts] = m[2].split('|').map((p) => p.trim());
  const out: { directive: Directive; title: string; y?: string; x?: string } = {
    directive: m[1].toLowerCase() as Directive,
    title,
  };
  for (const p of parts) {
    const a = /^([xy])\s*:\s*(.*)$/is.exec(p);
    if (a) out[a[1].toLowerCase() as 'x' | 'y'] = a[2].trim();
  }
  return out;
}

/** True for labels like 1..n, t1..t24, h01..h24, it_1..: one prefix, strictly increasing numbers. */
export function isTimeLike(setName: string, labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  let prefix: string | undefined;
  let last = -Infinity;
  for (const l of labels) {
    const m = /^([A-Za-z]*)[_-]?(\d+)$/.exec(l);
    if (!m) return false;
    const p = m[1].toLowerCase();
    if (prefix === undefined) prefix = p;
    else if (p !== prefix) return false;
    const n = Number(m[2]);
    if (!(n > last)) return false;
    last = n;
  }
  const name = setName.toLowerCase();
  const nameTimeLike = TIME_WORDS.has(name) || TIME_PREFIX.test(name);
  return nameTimeLike || (prefix !== '' && (TIME_WORDS.has(prefix!) || TIME_PREFIX.test(prefix!)));
}

/** True for a set of iterations (`iter`, `k`, or labels it1, it2, …), as opposed to hours. */
function isIterationAxis(axis: Axis): boolean {
  if (ITER_WORD.test(axis.set) || /^iter/i.test(axis.set)) return true;
  const m = /^([A-Za-z]+)[_-]?\d+$/.exec(axis.labels[0] ?? '');
  return !!m && ITER_WORD.test(m[1]);
}

/**
 * A log-scale y for a convergence curve: the name reads like a residual, error or gap, the values
 * are positive, and they run over iterations or span two decades. The extra conditions keep
 * `resid(t)` (a residential load) or `reserve(t)` on a linear scale.
 */
function wantsLog(symbol: string, t: Table, xi: number): boolean {
  if (!isConvergenceName(symbol)) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of t.values.values()) {
    if (v === null || v === 0) continue;
    if (v < 0) return false;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > 0)) return false;
  return isIterationAxis(t.axes[xi]) || hi / lo >= 100;
}

/** True when a symbol's name reads like a residual, error or gap (plotted on a log scale). */
export function isConvergenceName(name: string): boolean {
  const parts = name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return parts.some((p) => CONVERGENCE_PART.test(p));
}

const keyOf = (keys: readonly string[]) => keys.join('\u0000');

function recordKeys(r: Record<string, unknown>): string[] {
  return Array.isArray(r.keys) ? r.keys.map(String) : [];
}

function recordNumber(r: Record<string, unknown>, field: Field): number | null {
  const v = r[field];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Elements of index position `pos`: the domain set's order, then labels only the records use. */
function axisOf(run: RunJson, sym: SymbolJson, pos: number): Axis {
  const set = sym.domain[pos] ?? '*';
  const seen = new Set<string>();
  const labels: string[] = [];
  const add = (l: string) => {
    if (!seen.has(l)) {
      seen.add(l);
      labels.push(l);
    }
  };
  const s = run.symbols[set];
  if (set !== '*' && s?.kind === 'set' && s.domain.length === 1)
    for (const r of s.records) add(recordKeys(r)[0] ?? '');
  for (const r of sym.records) {
    const k = recordKeys(r)[pos];
    if (k !== undefined) add(k);
  }
  const name = sym.domainNames?.[pos] ?? set;
  const text = run.symbols[name]?.text ?? s?.text;
  const title = text ? `${parseDirective(text).title || name} (${name})` : name;
  return { set, title, labels, timeLike: isTimeLike(set, labels) };
}

function tableOf(run: RunJson, sym: SymbolJson, field: Field): Table {
  const values = new Map<string, number | null>();
  for (const r of sym.records) values.set(keyOf(recordKeys(r)), recordNumber(r, field));
  const axes = sym.domain.map((_, i) => axisOf(run, sym, i));
  // `trade(n,n)`: both axes would read `n`; say which index each one is.
  if (axes.length === 2 && axes[0].title === axes[1].title)
    axes.forEach((a, k) => (a.title = `${a.title}, index ${k + 1}`));
  return { axes, values, sparse: sym.kind === 'parameter' };
}

/** The value at a key: absent parameter entries are 0, absent variable entries are missing. */
function valueAt(t: Table, keys: readonly string[]): number | null {
  const v = t.values.get(keyOf(keys));
  if (v === undefined) return t.sparse ? 0 : null;
  return v;
}

/**
 * Over iterations, the table with index position xi cut to the span of elements that have
 * records: a loop that stops early fills `residual(it)` for the first iterations only, and
 * zero-filling the rest of `it` would draw a drop to zero after convergence. Other axes keep every
 * element of their set: `p(t) / t3 5, t4 6 /` over t1*t6 is zero at t1, t2, t5 and t6.
 */
function trimmed(t: Table, xi: number): Table {
  if (!isIterationAxis(t.axes[xi])) return t;
  const labels = t.axes[xi].labels;
  const present = new Set<string>();
  for (const k of t.values.keys()) present.add(k.split('\u0000')[xi]);
  let first = 0;
  let last = labels.length - 1;
  while (first < last && !present.has(labels[first])) first++;
  while (last > first && !present.has(labels[last])) last--;
  const axes = t.axes.slice();
  axes[xi] = { ...axes[xi], labels: labels.slice(first, last + 1) };
  return { ...t, axes };
}

// Solver output below this is noise around zero (interior-point levels of 1e-16..1e-9).
const SOLVER_ZERO = 1e-9;

/** Whether a table has something to show: a non-zero parameter entry, or a level or marginal
 * beyond solver noise. */
function hasNonZero(t: Table): boolean {
  const eps = t.sparse ? 0 : SOLVER_ZERO;
  for (const v of t.values.values()) if (v !== null && Math.abs(v) > eps) return true;
  return false;
}

// ---- axes and styling shared by every chart ----

/** Positions of at most ~30 evenly spaced labels that fit side by side, so long axes stay readable. */
function tickIndices(labels: readonly string[], size: number): number[] {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 1);
  const maxTicks = Math.max(2, Math.min(30, Math.floor(size / (longest * 7 + 12))));
  const step = Math.ceil(labels.length / maxTicks);
  const out: number[] = [];
  for (let i = 0; i < labels.length; i += step) out.push(i);
  return out;
}

/** Horizontal labels while they fit side by side; slanted otherwise. */
function labelAngle(labels: readonly string[], count: number, size: number): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 1);
  return count * (longest * 7 + 8) <= size ? 0 : -45;
}

/**
 * x for a series over an ordered set: the element's position (`xi`), labelled with its name.
 * Positions, not names, go to Vega: a sort array over thousands of labels compiles to a nested
 * expression too deep for Vega's parser, and a linear x keeps line and area paths in set order.
 */
function positionX(axis: Axis, width: number, padding: number) {
  const ticks = tickIndices(axis.labels, width);
  const names: Record<string, string> = {};
  for (const i of ticks) names[i] = axis.labels[i];
  return {
    field: 'xi',
    type: 'quantitative',
    scale: { domain: [0, Math.max(1, axis.labels.length - 1)], nice: false, zero: false, padding },
    axis: {
      title: axis.title,
      values: ticks,
      labelExpr: `${JSON.stringify(names)}[datum.value]`,
      labelAngle: labelAngle(
        ticks.map((i) => axis.labels[i]),
        ticks.length,
        width,
      ),
      labelFlush: false,
      grid: false,
    },
  };
}

/**
 * A nominal axis in set order (sorted by the position field `idx`). Every label is shown while
 * labels fit horizontally or slanted; only crowded axes are thinned.
 */
function nominal(
  field: string,
  idx: string,
  axis: Axis,
  size: number,
  dir: 'x' | 'y',
  extra: Record<string, unknown> = {},
) {
  const n = axis.labels.length;
  const longest = axis.labels.reduce((m, l) => Math.max(m, l.length), 1);
  let angle = 0;
  let ticks = axis.labels;
  if (dir === 'y') {
    if (n * 12 > size) ticks = thin(axis.labels, Math.floor(size / 12));
  } else if (n * (longest * 7 + 8) > size) {
    // Every label slanted if that fits; else every k-th, level while the labels are short.
    if (n * 16 <= size) angle = -45;
    else if (longest <= 6) ticks = thin(axis.labels, Math.floor(size / (longest * 7 + 12)));
    else {
      angle = -45;
      ticks = thin(axis.labels, Math.floor(size / 16));
    }
  }
  return {
    field,
    type: 'nominal',
    sort: { field: idx, op: 'min' },
    axis: {
      title: axis.title,
      values: ticks.length < n ? ticks : undefined,
      labelAngle: angle,
      grid: false,
      ...extra,
    },
  };
}

/** Every k-th label so that at most `max` remain. */
function thin(labels: readonly string[], max: number): string[] {
  const step = Math.ceil(labels.length / Math.max(2, max));
  return labels.filter((_, i) => i % step === 0);
}

function seriesColor(set: string, n: number, symbolType?: string) {
  return {
    field: 'series',
    type: 'nominal',
    sort: { field: 'si', op: 'min' },
    scale: { scheme: n <= 10 ? 'category10' : 'tableau20' },
    legend: { title: set, columns: n > 16 ? Math.ceil(n / 16) : undefined, symbolType },
  };
}

/** y on a linear scale, or on a log scale with grid lines and labels at whole decades. */
function yAxis(title: string, log: boolean, ys: readonly number[]) {
  // Away from zero to show small changes, but a constant series needs zero to get a range.
  if (!log) {
    // d3's default tick format prints 1e-16 steps as 0.0000000000000002; tiny or huge values read better as 2e-16.
    const big = ys.reduce((m, y) => Math.max(m, Math.abs(y)), 0);
    const axis = big > 0 && (big < 1e-3 || big >= 1e7) ? { format: '.3~g' } : {};
    return { field: 'y', type: 'quantitative', title, scale: { zero: ys.every((y) => y === ys[0]) }, axis };
  }
  return {
    field: 'y',
    type: 'quantitative',
    title,
    scale: { type: 'log' },
    axis: { format: '.0e', values: decades(ys) },
  };
}

/** Powers of ten spanning the values (at most ~12); undefined when under two decades (Vega's ticks do better). */
function decades(ys: readonly number[]): number[] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of ys) {
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  if (!(b - a >= 2)) return undefined;
  const step = Math.ceil((b - a + 1) / 12);
  const out: number[] = [];
  for (let e = a; e <= b; e += step) out.push(Number(`1e${e}`));
  return out;
}

/**
 * Words of a long title on lines of at most ~width/10 characters. Without a canvas Vega
 * estimates text at 0.8 em per character, so one long line would widen the SVG far past the plot.
 */
export function wrapTitle(title: string, width: number): string | string[] {
  const max = Math.max(30, Math.floor(width / 10));
  if (title.length <= max) return title;
  const lines: string[] = [];
  let line = '';
  for (const w of title.split(/\s+/)) {
    if (line && line.length + 1 + w.length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function baseSpec(title: string, subtitle: string, width: number, height: number) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: wrapTitle(title, Math.max(width, 400)), subtitle, anchor: 'start' as const },
    width,
    height,
    background: 'white',
    padding: 8,
    config: {
      font: FONT,
      title: { fontSize: 14, subtitleFontSize: 11, subtitleColor: '#555' },
      axis: { labelFontSize: 10, titleFontSize: 11 },
      legend: { labelFontSize: 10, titleFontSize: 11 },
      view: { stroke: null },
    },
  };
}

// ---- chart builders ----

interface Ctx {
  name: string;
  title: string;
  subtitle: string;
  width: number;
  height: number;
  yTitle: string;
}

function lineChart(c: Ctx, t: Table, log: boolean): VegaLiteSpec | undefined {
  const x = t.axes[0];
  const values: { x: string; xi: number; y: number }[] = [];
  x.labels.forEach((l, xi) => {
    const v = valueAt(t, [l]);
    if (v !== null && !(log && v <= 0)) values.push({ x: l, xi, y: v });
  });
  if (values.length < 2) return undefined;
  return {
    ...baseSpec(c.title, c.subtitle, c.width, c.height),
    data: { values },
    mark: { type: 'line', point: values.length <= 60, strokeWidth: values.length > 400 ? 1 : 2 },
    encoding: {
      x: positionX(x, c.width, 10),
      y: yAxis(
        c.yTitle,
        log,
        values.map((v) => v.y),
      ),
    },
  } as VegaLiteSpec;
}

/** A 2-d table seen as series: `x` along axis xi, one series per element of the other axis. */
function seriesOf(t: Table, xi: number) {
  const x = t.axes[xi];
  const s = t.axes[1 - xi];
  const present = new Set<string>();
  for (const k of t.values.keys()) present.add(k.split('\u0000')[1 - xi]);
  const series = s.labels.filter((l) => present.has(l));
  const at = (xl: string, sl: string) => valueAt(t, xi === 0 ? [xl, sl] : [sl, xl]);
  return { x, s, series, at };
}

function multiLineChart(c: Ctx, t: Table, xi: number, log: boolean): VegaLiteSpec | undefined {
  const { x, s, series, at } = seriesOf(t, xi);
  const values: { x: string; xi: number; series: string; si: number; y: number }[] = [];
  series.forEach((sl, si) =>
    x.labels.forEach((xl, xi) => {
      const v = at(xl, sl);
      if (v !== null && !(log && v <= 0)) values.push({ x: xl, xi, series: sl, si, y: v });
    }),
  );
  if (values.length < 2) return undefined;
  return {
    ...baseSpec(c.title, c.subtitle, c.width, c.height),
    data: { values },
    mark: { type: 'line', point: x.labels.length <= 30, strokeWidth: x.labels.length > 400 ? 1 : 2 },
    encoding: {
      x: positionX(x, c.width, 10),
      y: yAxis(
        c.yTitle,
        log,
        values.map((v) => v.y),
      ),
      color: seriesColor(s.title, series.length),
    },
  } as VegaLiteSpec;
}

/**
 * Stacked areas over x: each series is split into its positive and negative part, positives
 * stacked upward from zero and negatives downward, so charging or export shows below the axis.
 * The stacking is computed here (y0, y1), not by Vega, so a series that changes sign never
 * jumps between the two stacks.
 */
function stackChart(c: Ctx, t: Table, xi: number): VegaLiteSpec | undefined {
  const oneD = t.axes.length === 1;
  const x = t.axes[oneD ? 0 : xi];
  const set = oneD ? c.name : t.axes[1 - xi].title;
  const series = oneD ? [c.name] : seriesOf(t, xi).series;
  const at = (xl: string, sl: string) =>
    oneD ? valueAt(t, [xl]) : valueAt(t, xi === 0 ? [xl, sl] : [sl, xl]);
  if (series.length === 0 || x.labels.length < 2) return undefined;
  const values: {
    x: string;
    xi: number;
    series: string;
    si: number;
    part: string;
    y0: number;
    y1: number;
  }[] = [];
  let anyNegative = false;
  x.labels.forEach((xl, xi) => {
    let up = 0;
    let down = 0;
    series.forEach((sl, si) => {
      const v = at(xl, sl) ?? 0;
      const pos = Math.max(v, 0);
      const neg = Math.min(v, 0);
      values.push({ x: xl, xi, series: sl, si, part: '+', y0: up, y1: up + pos });
      values.push({ x: xl, xi, series: sl, si, part: '-', y0: down, y1: down + neg });
      up += pos;
      down += neg;
      if (neg < 0) anyNegative = true;
    });
  });
  const layers: unknown[] = [
    {
      mark: { type: 'area', opacity: 0.9 },
      encoding: {
        x: positionX(x, c.width, 0),
        y: { field: 'y1', type: 'quantitative', title: c.yTitle },
        y2: { field: 'y0' },
        color: oneD ? { value: '#4c78a8' } : seriesColor(set, series.length, 'square'),
        detail: { field: 'part', type: 'nominal' },
      },
    },
  ];
  if (anyNegative)
    layers.push({ mark: { type: 'rule', color: '#333', strokeWidth: 1 }, encoding: { y: { datum: 0 } } });
  return {
    ...baseSpec(c.title, c.subtitle, c.width, c.height),
    data: { values },
    layer: layers,
  } as VegaLiteSpec;
}

function heatmapChart(c: Ctx, t: Table): VegaLiteSpec | undefined {
  const [rows, cols] = t.axes;
  const values: { row: string; ri: number; col: string; ci: number; value: number }[] = [];
  rows.labels.forEach((r, ri) =>
    cols.labels.forEach((cl, ci) => {
      const v = valueAt(t, [r, cl]);
      if (v !== null) values.push({ row: r, ri, col: cl, ci, value: v });
    }),
  );
  if (values.length === 0) return undefined;
  const cell = Math.max(
    4,
    Math.min(48, Math.floor(c.width / cols.labels.length), Math.floor(c.width / rows.labels.length)),
  );
  const width = cell * cols.labels.length;
  const height = cell * rows.labels.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v.value);
    hi = Math.max(hi, v.value);
  }
  const diverging = lo < 0 && hi > 0;
  const color = {
    field: 'value',
    type: 'quantitative',
    title: c.yTitle,
    scale: diverging ? { scheme: 'redblue', domainMid: 0, reverse: true } : { scheme: 'blues' },
  };
  const layers: unknown[] = [
    { mark: { type: 'rect', stroke: 'white', strokeWidth: 1 }, encoding: { color } },
  ];
  // Numbers in the cells while they fit; white on the dark half of the colour range.
  if (cell >= 28) {
    const mid = diverging ? Math.max(-lo, hi) / 2 : (lo + hi) / 2;
    layers.push({
      mark: { type: 'text', fontSize: cell >= 40 ? 10 : 8 },
      encoding: {
        text: { field: 'value', type: 'quantitative', format: '.3~g' },
        color: {
          condition: { test: `${diverging ? 'abs(datum.value)' : 'datum.value'} > ${mid}`, value: 'white' },
          value: 'black',
        },
      },
    });
  }
  return {
    ...baseSpec(c.title, c.subtitle, width, height),
    data: { values },
    encoding: {
      x: nominal('col', 'ci', cols, width, 'x', { orient: 'top' }),
      y: nominal('row', 'ri', rows, height, 'y'),
    },
    layer: layers,
  } as VegaLiteSpec;
}

/**
 * Values far from zero on one side (voltages near 1 pu, temperatures): bars from 0 would hide
 * their variation, so they are drawn as points on a scale that does not include 0.
 */
export function farFromZero(ys: readonly number[]): boolean {
  if (ys.length < 2) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of ys) {
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  if (!(lo > 0 || hi < 0) || lo === hi) return false;
  return hi - lo < 0.2 * Math.min(Math.abs(lo), Math.abs(hi));
}

const POINT_MARK = { type: 'point', filled: true, size: 60 } as const;

function barChart(c: Ctx, t: Table, xi: number): VegaLiteSpec | undefined {
  if (t.axes.length === 2) {
    const { x, s, series, at } = seriesOf(t, xi);
    const values: { x: string; xi: number; series: string; si: number; y: number }[] = [];
    x.labels.forEach((xl, xi) =>
      series.forEach((sl, si) => values.push({ x: xl, xi, series: sl, si, y: at(xl, sl) ?? 0 })),
    );
    if (values.length === 0) return undefined;
    const far = farFromZero(values.map((v) => v.y));
    return {
      ...baseSpec(c.title, c.subtitle, c.width, c.height),
      data: { values },
      mark: far ? POINT_MARK : { type: 'bar' },
      encoding: {
        x: nominal('x', 'xi', x, c.width, 'x'),
        xOffset: { field: 'series', type: 'nominal', sort: { field: 'si', op: 'min' } },
        y: { field: 'y', type: 'quantitative', title: c.yTitle, scale: { zero: !far } },
        color: seriesColor(s.title, series.length, 'square'),
      },
    } as VegaLiteSpec;
  }
  const x = t.axes[0];
  const values: { x: string; xi: number; y: number }[] = [];
  x.labels.forEach((l, xi) => {
    const v = valueAt(t, [l]);
    if (v !== null) values.push({ x: l, xi, y: v });
  });
  if (values.length === 0) return undefined;
  const far = farFromZero(values.map((v) => v.y));
  return {
    ...baseSpec(c.title, c.subtitle, c.width, c.height),
    data: { values },
    // A few bars stay narrow instead of filling the plot width.
    mark: far
      ? { ...POINT_MARK, color: '#4c78a8' }
      : { type: 'bar', color: '#4c78a8', ...(x.labels.length <= 6 ? { width: { band: 0.6 } } : {}) },
    encoding: {
      x: nominal('x', 'xi', x, c.width, 'x'),
      y: { field: 'y', type: 'quantitative', title: c.yTitle, scale: { zero: !far } },
    },
  } as VegaLiteSpec;
}

// ---- choosing ----

/** The index position to put on the x axis of a 2-d chart: a time-like one, else the last. */
function xIndex(axes: readonly Axis[]): number {
  if (axes[0].timeLike && axes[1].timeLike) return axes[0].labels.length >= axes[1].labels.length ? 0 : 1;
  if (axes[0].timeLike) return 0;
  return 1;
}

function choose(
  directive: Directive | undefined,
  axes: readonly Axis[],
): { kind: PlotKind; xi: number } | undefined {
  const d = axes.length;
  if (d === 0 || d > 2) return undefined;
  switch (directive) {
    case 'none':
      return undefined;
    case 'line':
      return d === 1 ? { kind: 'line', xi: 0 } : { kind: 'multiline', xi: xIndex(axes) };
    case 'bar':
      return { kind: 'bar', xi: d === 1 ? 0 : xIndex(axes) };
    case 'stack':
      return { kind: 'stack', xi: d === 1 ? 0 : xIndex(axes) };
    case 'heatmap':
      if (d === 2) return { kind: 'heatmap', xi: 1 };
      break;
  }
  if (d === 1) {
    if (axes[0].timeLike) return { kind: 'line', xi: 0 };
    return axes[0].labels.length >= 3 ? { kind: 'bar', xi: 0 } : undefined;
  }
  if (axes[0].timeLike || axes[1].timeLike) return { kind: 'multiline', xi: xIndex(axes) };
  return undefined;
}

function plotOf(
  run: RunJson,
  symbol: string,
  sym: SymbolJson,
  field: Field,
  o: Required<Pick<PlotOptions, 'width' | 'height'>> & Pick<PlotOptions, 'inputs'>,
): PlotSpec | undefined {
  const { directive, title: text, x: xTitle, y: yTitle } = parseDirective(sym.text);
  if (directive === 'none' || sym.domain.length === 0 || sym.records.length === 0) return undefined;
  if (field === 'value' && !directive && !o.inputs && run.inputs?.includes(symbol)) return undefined;
  const t = tableOf(run, sym, field);
  if (xTitle) for (const a of t.axes) a.title = xTitle;
  if (!hasNonZero(t)) return undefined;
  const choice = choose(directive, t.axes);
  if (!choice) return undefined;
  const suffix = field === 'level' ? '.l' : field === 'marginal' ? '.m' : '';
  const name = symbol + suffix;
  const what = field === 'level' ? ' (level)' : field === 'marginal' ? ' (marginal)' : '';
  const title = (text || symbol) + what;
  const c: Ctx = {
    name,
    title,
    subtitle: `${name}(${(sym.domainNames ?? sym.domain).join(',')})`,
    width: o.width,
    height: o.height,
    // The y axis says what the numbers are: the model's `| y:` title, else the explanatory text.
    yTitle: yTitle || (text ? text + what : name),
  };
  let spec: VegaLiteSpec | undefined;
  switch (choice.kind) {
    case 'line':
      spec = lineChart(c, trimmed(t, 0), wantsLog(symbol, t, 0));
      break;
    case 'multiline':
      spec = multiLineChart(c, trimmed(t, choice.xi), choice.xi, wantsLog(symbol, t, choice.xi));
      break;
    case 'stack':
      spec = stackChart(c, trimmed(t, choice.xi), choice.xi);
      break;
    case 'heatmap':
      spec = heatmapChart(c, t);
      break;
    case 'bar':
      spec = barChart(c, t, choice.xi);
      break;
  }
  return spec && { name, title, kind: choice.kind, symbol, spec };
}

/**
 * Decide what to plot: 1-d series over a time-like set → line (log y for residuals, errors,
 * gaps); 2-d with a time-like index → one line per element of the other set; other 1-d
 * symbols over ≥ 3 elements → bars. Explanatory text starting `plot:stack|line|heatmap|bar|none`
 * forces a kind. Parameters, variable levels and (with `marginals`) equation marginals are
 * considered, in declaration order. Pure: the run is not changed.
 */
export function plotSpecs(run: RunJson, opts: PlotOptions = {}): PlotSpec[] {
  const o = {
    width: opts.width ?? DEFAULT_WIDTH,
    height: opts.height ?? DEFAULT_HEIGHT,
    inputs: opts.inputs,
  };
  const out: PlotSpec[] = [];
  for (const [symbol, sym] of Object.entries(run.symbols)) {
    const field: Field | undefined =
      sym.kind === 'parameter'
        ? 'value'
        : sym.kind === 'variable' && opts.levels !== false
          ? 'level'
          : sym.kind === 'equation' && opts.marginals
            ? 'marginal'
            : undefined;
    if (!field) continue;
    const p = plotOf(run, symbol, sym, field, o);
    if (p) out.push(p);
  }
  return out;
}

/** Render one Vega-Lite spec to an SVG string (headless, no canvas; text widths are estimated). */
export async function renderSpec(spec: VegaLiteSpec): Promise<string> {
  const vl = await import('vega-lite');
  const vega = await import('vega');
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Render every chosen plot of a run to SVG. */
export async function renderPlots(run: RunJson, opts: PlotOptions = {}): Promise<RenderedPlot[]> {
  const out: RenderedPlot[] = [];
  for (const p of plotSpecs(run, opts)) out.push({ name: p.name, svg: await renderSpec(p.spec) });
  return out;
}


export interface WritePlotOptions extends PlotOptions {
  /** Files per plot (default svg only). */
  formats?: readonly PlotFormat[];
}

/** Pixels per SVG pixel of PNG and PDF output (2: sharp on high-density screens and in print). */
const RASTER_SCALE = 2;

/**
 * An SVG rendered by resvg (text in the system's sans-serif font). The PNG file's bytes, and the
 * size and RGBA pixels for the PDF writer.
 */
async function rasterize(svg: string) {
  const { Resvg } = await import('@resvg/resvg-js');
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: RASTER_SCALE },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const img = r.render();
  return { png: img.asPng(), width: img.width, height: img.height, pixels: img.pixels };
}

/**
 * Write `<name>.svg` (and `.png`, `.pdf` as asked) for every plot into dir (created if missing);
 * returns the written paths. PNG: resvg. PDF: one page holding that raster, sized as the SVG.
 */
export async function writePlots(run: RunJson, dir: string, opts: WritePlotOptions = {}): Promise<string[]> {
  const path = await import('node:path');
  const { prepareOutputFolder, writeFileAtomic } = await import('./output-files.ts');
  const why = prepareOutputFolder(dir);
  if (why) throw new Error(`the folder '${dir}' cannot be used: ${why}`);
  const formats = opts.formats?.length ? opts.formats : (['svg'] as const);
  const written: string[] = [];
  for (const p of await renderPlots(run, opts)) {
    const file = (ext: string) => path.join(dir, `${p.name}.${ext}`);
    if (formats.includes('svg')) {
      writeFileAtomic(file('svg'), p.svg);
      written.push(file('svg'));
    }
    if (!formats.includes('png') && !formats.includes('pdf')) continue;
    const r = await rasterize(p.svg);
    if (formats.includes('png')) {
      writeFileAtomic(file('png'), r.png);
      written.push(file('png'));
    }
    if (formats.includes('pdf')) {
      const { imageToPdf } = await import('./pdf.ts');
      // SVG pixels are 1/96 in, PDF points 1/72 in.
      const pdf = await imageToPdf(r, (r.width / RASTER_SCALE) * 0.75, (r.height / RASTER_SCALE) * 0.75);
      writeFileAtomic(file('pdf'), pdf);
      written.push(file('pdf'));
    }
  }
  return written;
}
