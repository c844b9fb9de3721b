// Renders a run's --json document in the playground: the solves summary, the scalars in one
// table, then one table per indexed symbol, results first (levels and marginals for variables
// and equations, values for parameters, 2-d parameters pivoted in set order). Cells carry
// data-value with the full number.
// Imports report/ (number formatting).
import type { RunJson, SymbolJson } from '../../src/report/json.ts';
import { formatValue } from '../../src/interp/display.ts';
import { parseDirective } from '../../src/report/plot.ts';
import { csvField } from '../../src/report/csv.ts';

/** A symbol's explanatory text as headings show it: without its `plot:` directive. */
export const shownText = (text: string | undefined): string => parseDirective(text).title;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** A number as GAMS displays it with `decimals` places; null (non-finite in JSON) as blank. */
export function formatNumber(v: number | null | undefined, decimals: number): string {
  if (v === null || v === undefined) return '';
  return formatValue(v, decimals);
}

function numCell(field: string, v: unknown, decimals: number): HTMLTableCellElement {
  const n = typeof v === 'number' ? v : null;
  const td = el('td', { class: 'num', 'data-field': field });
  if (n !== null) {
    td.dataset.value = String(n);
    td.title = String(n);
  }
  // GAMS shows infinite bounds as +INF/-INF: JSON turns them into null, so bounds say so.
  td.textContent =
    n === null && (field === 'lower' || field === 'upper')
      ? field === 'lower'
        ? '-INF'
        : '+INF'
      : formatNumber(n, decimals);
  return td;
}

export function renderSolves(json: RunJson, decimals: number): HTMLElement {
  const head = [
    '#',
    'model',
    'type',
    'solver',
    'model status',
    'solve status',
    'objective',
    'iterations',
    'seconds',
    'rows × cols',
  ];
  const table = el(
    'table',
    { class: 'solves', 'data-table': 'solves' },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
  );
  const body = el('tbody');
  // A loop of many solves shows its first and last ones, as the CLI's summary does.
  const n = json.solves.length;
  json.solves.forEach((s, i) => {
    if (n > 50 && i >= 20 && i < n - 10) {
      if (i === 20)
        body.append(
          el(
            'tr',
            { class: 'message' },
            el('td', { colspan: String(head.length) }, `… ${n - 30} more solves …`),
          ),
        );
      return;
    }
    const tr = el('tr', { 'data-solve': String(i + 1) });
    tr.append(
      el('td', {}, String(i + 1)),
      el('td', {}, s.model),
      el('td', {}, s.type),
      el('td', {}, s.solver),
      el(
        'td',
        { 'data-field': 'modelStatus', class: `status-${s.modelStatus}` },
        `${s.modelStatus} ${s.modelStatusText}`,
      ),
      el('td', { 'data-field': 'solveStatus' }, `${s.solveStatus} ${s.solveStatusText}`),
      numCell('objective', s.objective, Math.max(decimals, 6)),
      el('td', { class: 'num' }, String(s.iterations)),
      el('td', { class: 'num' }, s.seconds.toFixed(3)),
      el('td', { class: 'num' }, `${s.rows} × ${s.columns}`),
    );
    body.append(tr);
    if (s.message)
      body.append(el('tr', { class: 'message' }, el('td', { colspan: String(head.length) }, s.message)));
  });
  table.append(body);
  return table;
}

/**
 * The columns of a 2-d parameter pivoted when its second index has few labels (a matrix reads
 * better), in the order of `setOrder` (the second domain set's elements) where it has them: the
 * records' order is the order values were assigned (p2p_4bus showed B, C, A).
 */
export function pivotColumns(sym: SymbolJson, setOrder?: readonly string[]): string[] | undefined {
  if (sym.kind !== 'parameter' || sym.domain.length !== 2) return undefined;
  const cols: string[] = [];
  for (const r of sym.records) {
    const c = (r.keys as string[])[1];
    if (!cols.includes(c)) cols.push(c);
    if (cols.length > 24) return undefined;
  }
  if (!setOrder) return cols;
  const at = new Map(setOrder.map((l, k) => [l.toLowerCase(), k]));
  const rank = (c: string) => at.get(c.toLowerCase()) ?? setOrder.length;
  return cols
    .map((c, k) => [c, k] as const)
    .sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1])
    .map(([c]) => c);
}

/** The elements of set `name` in its order, when the run's document has it. */
function setElements(json: RunJson, name: string | undefined): string[] | undefined {
  const s = name === undefined ? undefined : json.symbols[name];
  return s?.kind === 'set' ? s.records.map((r) => String((r.keys as string[])[0])) : undefined;
}

/** Results first: variables and equations, then parameters, then sets (declaration order within). */
const KIND_RANK: Record<SymbolJson['kind'], number> = { variable: 0, equation: 1, parameter: 2, set: 3 };

/** Most rows drawn per table: a 15,000-column NLP would otherwise build a huge page. */
export const MAX_ROWS = 2000;

export function renderSymbol(
  name: string,
  sym: SymbolJson,
  decimals: number,
  columnOrder?: readonly string[],
): HTMLElement {
  const domain = sym.domain.length ? `(${sym.domain.join(',')})` : '';
  const count = el(
    'span',
    { class: 'count' },
    ` ${sym.records.length} record${sym.records.length === 1 ? '' : 's'}`,
  );
  const summary = el(
    'summary',
    {},
    el('span', { class: `kind kind-${sym.kind}` }, sym.kind),
    ' ',
    el('b', {}, name + domain),
    shownText(sym.text) ? el('span', { class: 'text' }, ` ${shownText(sym.text)}`) : '',
    count,
  );
  const details = el('details', { class: 'symbol', 'data-symbol': name }, summary);
  const wrap = el('div', { class: 'table-wrap' });
  details.append(
    el('div', { class: 'symbol-body' }, wrap, el('div', { class: 'plot-slot', 'data-plot-for': name })),
  );
  // Tables of closed sections are built when first opened.
  details.open = sym.kind !== 'set' && sym.records.length <= 50;
  if (details.open) wrap.append(symbolTable(name, sym, decimals, columnOrder));
  else
    details.addEventListener('toggle', () => wrap.append(symbolTable(name, sym, decimals, columnOrder)), {
      once: true,
    });
  return details;
}

function symbolTable(
  name: string,
  sym: SymbolJson,
  decimals: number,
  columnOrder?: readonly string[],
): HTMLElement {
  const dims = sym.domain.length;
  const keyHead = sym.domain.map((d, i) => el('th', {}, d === '*' ? `dim ${i + 1}` : d));
  const table = el('table', { class: 'sym', 'data-symbol': name });
  const body = el('tbody');
  const cols = pivotColumns(sym, columnOrder);
  let shown = 0;
  if (cols) {
    table.append(el('thead', {}, el('tr', {}, keyHead[0], ...cols.map((c) => el('th', {}, c)))));
    const rows = new Map<string, Map<string, number | null>>();
    for (const r of sym.records) {
      const [a, b] = r.keys as string[];
      if (!rows.has(a)) rows.set(a, new Map());
      rows.get(a)!.set(b, r.value as number | null);
    }
    for (const [a, m] of rows) {
      if (shown++ === MAX_ROWS) break;
      const tr = el('tr', { 'data-key': a }, el('th', {}, a));
      for (const c of cols) {
        const td = numCell('value', m.has(c) ? m.get(c) : undefined, decimals);
        td.dataset.key = `${a}.${c}`;
        tr.append(td);
      }
      body.append(tr);
    }
    if (rows.size > MAX_ROWS)
      body.append(
        el(
          'tr',
          {},
          el(
            'td',
            { colspan: String(cols.length + 1), class: 'empty' },
            `first ${MAX_ROWS} of ${rows.size} rows`,
          ),
        ),
      );
  } else {
    const fields =
      sym.kind === 'set'
        ? ['text']
        : sym.kind === 'parameter'
          ? ['value']
          : ['level', 'marginal', 'lower', 'upper'];
    table.append(el('thead', {}, el('tr', {}, ...keyHead, ...fields.map((f) => el('th', {}, f)))));
    for (const r of sym.records) {
      if (shown++ === MAX_ROWS) break;
      const keys = r.keys as string[];
      const tr = el('tr', { 'data-key': keys.join('.') }, ...keys.map((k) => el('th', {}, k)));
      for (const f of fields)
        tr.append(f === 'text' ? el('td', {}, String(r.text ?? '')) : numCell(f, r[f], decimals));
      body.append(tr);
    }
    const span = String(dims + fields.length);
    if (sym.records.length === 0)
      body.append(el('tr', {}, el('td', { colspan: span, class: 'empty' }, '(empty)')));
    if (sym.records.length > MAX_ROWS)
      body.append(
        el(
          'tr',
          {},
          el('td', { colspan: span, class: 'empty' }, `first ${MAX_ROWS} of ${sym.records.length} records`),
        ),
      );
  }
  table.append(body);
  return table;
}

const isScalar = (sym: SymbolJson) => sym.kind !== 'set' && sym.domain.length === 0;

/** Scalars (parameters, variables, equations without a domain) in one table, a row each. */
export function renderScalars(json: RunJson, decimals: number): HTMLElement | undefined {
  const rows = Object.entries(json.symbols).filter(([, s]) => isScalar(s));
  if (!rows.length) return undefined;
  const fields = ['value', 'level', 'marginal', 'lower', 'upper'];
  const table = el(
    'table',
    { class: 'sym scalars', 'data-table': 'scalars' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'scalar'),
        el('th', {}, 'kind'),
        ...fields.map((f) => el('th', {}, f)),
        el('th', {}, 'text'),
      ),
    ),
  );
  const body = el('tbody');
  for (const [name, sym] of rows) {
    const r = sym.records[0] ?? {};
    const tr = el(
      'tr',
      { 'data-symbol': name },
      el('th', {}, name),
      el('td', { class: `kind kind-${sym.kind}` }, sym.kind),
    );
    for (const f of fields) tr.append(f in r ? numCell(f, r[f], decimals) : el('td'));
    tr.append(el('td', { class: 'text' }, shownText(sym.text)));
    body.append(tr);
  }
  table.append(body);
  return el('div', { class: 'table-wrap' }, table);
}

/**
 * Indexed symbols, results first (variables, equations, then parameters and sets, each in
 * declaration order), each a collapsible section with its table and a slot
 * for plots (`.plot-slot`, filled by plots.ts). Sets and symbols over 50 records start closed.
 */
export function renderSymbols(json: RunJson, decimals: number): HTMLElement {
  const out = el('div', { class: 'symbols' });
  const shown = Object.entries(json.symbols)
    .filter(([, sym]) => !isScalar(sym))
    .map((e, k) => [e, k] as const)
    .sort((a, b) => KIND_RANK[a[0][1].kind] - KIND_RANK[b[0][1].kind] || a[1] - b[1]);
  for (const [[name, sym]] of shown)
    out.append(renderSymbol(name, sym, decimals, setElements(json, sym.domain[1])));
  return out;
}

/**
 * Every record of the run as one CSV file (the Download CSV button): symbol, dotted keys, field
 * and value, one line per value (a variable's level, marginal and bounds each), with the CLI's
 * CSV quoting (report/csv.ts).
 */
export function resultsCsv(json: RunJson): string {
  const lines = ['symbol,keys,field,value'];
  for (const [name, sym] of Object.entries(json.symbols))
    for (const r of sym.records) {
      const keys = Array.isArray(r.keys) ? r.keys.join('.') : '';
      for (const [field, v] of Object.entries(r))
        if (field !== 'keys') lines.push([name, keys, field, v].map(csvField).join(','));
    }
  return lines.join('\r\n') + '\r\n';
}
