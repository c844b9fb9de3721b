// Formats `display` output in GAMS layout: scalars on one line, one-dimensional symbols as
// label/value lists, two and more dimensions as tables (last index across, the others as dotted
// row labels), variables and equations without an attribute as LOWER/LEVEL/UPPER/MARGINAL tables.
// The display statement's output is part of execution, so this lives in interp/ (the CLI and the
// playground format values with it too).
// Imports bind/ and text/.
import {
  ACRONYM_BASE,
  type Sym,
  type SymbolTable,
  type Universe,
  type VarRecord,
  type EquRecord,
} from '../bind/symbols.ts';
import { lineAndColumn, type Span } from '../text/source-file.ts';
import { maxOf } from '../text/arrays.ts';

export interface DisplayOptions {
  decimals: number;
  /** Names of the acronyms, the k-th at k − 1: a value k × ACRONYM_BASE displays as its name. */
  acronyms?: readonly string[];
}

/** The acronyms' names for DisplayOptions.acronyms (the k-th declared at k − 1). */
export function acronymNames(table: SymbolTable): string[] {
  const out: string[] = [];
  for (const s of table.ordered)
    if (s.kind === 'parameter' && s.acronym !== undefined) out[s.acronym - 1] = s.name;
  return out;
}

/** The name of the acronym whose value is v, if any (GAMS displays acronyms by name). */
function acronymName(v: number, names: readonly string[] | undefined): string | undefined {
  if (!names?.length || !(v >= ACRONYM_BASE)) return undefined;
  const k = Math.round(v / ACRONYM_BASE);
  return k * ACRONYM_BASE === v ? names[k - 1] : undefined;
}

const KIND_WORD: Record<string, string> = {
  set: 'SET',
  alias: 'SET',
  parameter: 'PARAMETER',
  variable: 'VARIABLE',
  equation: 'EQUATION',
  model: 'MODEL',
  file: 'FILE',
};

export function formatValue(v: number, decimals: number): string {
  if (v === Infinity) return '+INF';
  if (v === -Infinity) return '-INF';
  if (Number.isNaN(v)) return 'NA';
  if (v !== 0 && Math.abs(v) < Math.pow(10, -decimals) / 2)
    return v.toExponential(decimals > 0 ? decimals - 1 : 0).toUpperCase();
  if (Math.abs(v) >= 1e12) return v.toExponential(decimals > 0 ? decimals : 0).toUpperCase();
  return v.toFixed(decimals);
}

function header(sym: Sym, attr: string | undefined, span: Span): string {
  const { line } = lineAndColumn(span.file, span.start);
  const name = attr ? `${sym.name}.${attr.toUpperCase()}` : sym.name;
  return `----${String(line).padStart(7)} ${KIND_WORD[sym.kind]} ${name}`;
}

function labelOf(u: Universe, keys: number[]): string {
  return keys.map((k) => u.name(k)).join('.');
}

/** A table of rows × columns of numbers (undefined = blank). */
function renderTable(
  rowLabels: string[],
  colLabels: string[],
  cells: (number | undefined)[][],
  decimals: number,
  zeroDot: boolean,
  format: (v: number) => string = (v) => formatValue(v, decimals),
): string {
  const rw = Math.max(0, maxOf(rowLabels.map((l) => l.length)));
  const cw = Math.max(12, maxOf(colLabels.map((l) => l.length + 2)));
  const lines: string[] = [];
  lines.push(' '.repeat(rw) + colLabels.map((c) => c.padStart(cw)).join(''));
  lines.push('');
  rowLabels.forEach((r, i) => {
    const cellsText = cells[i].map((v) => {
      if (v === undefined) return ' '.repeat(cw);
      if (v === 0 && zeroDot) return '.'.padStart(cw);
      return format(v).padStart(cw);
    });
    lines.push((r.padEnd(rw) + cellsText.join('')).trimEnd());
  });
  return lines.join('\n');
}

/** Display of a set of (keys, value) records with the given dimension. */
function renderRecords(
  u: Universe,
  dim: number,
  recs: { keys: number[]; value: number }[],
  decimals: number,
  format: (v: number) => string = (v) => formatValue(v, decimals),
): string {
  if (recs.length === 0) return '                      ( EMPTY )';
  // GAMS lists records in label order (the order in which labels entered the universe).
  recs = recs.slice().sort((a, b) => {
    for (let k = 0; k < a.keys.length; k++) if (a.keys[k] !== b.keys[k]) return a.keys[k] - b.keys[k];
    return 0;
  });
  if (dim === 1) {
    const labels = recs.map((r) => u.name(r.keys[0]));
    const lw = maxOf(labels.map((l) => l.length));
    const items = recs.map((r, k) => `${labels[k].padEnd(lw)} ${format(r.value).padStart(decimals + 6)}`);
    const lines: string[] = [];
    for (let k = 0; k < items.length; k += 4) lines.push(items.slice(k, k + 4).join(',    '));
    return lines.join('\n');
  }
  const rowOrder: string[] = [];
  const rowIndex = new Map<string, number>();
  const colOrder: string[] = [];
  const colIndex = new Map<number, number>();
  // Columns in label order too.
  const colIds = [...new Set(recs.map((r) => r.keys[dim - 1]))].sort((a, b) => a - b);
  for (const id of colIds) {
    colIndex.set(id, colOrder.length);
    colOrder.push(u.name(id));
  }
  const cells: (number | undefined)[][] = [];
  for (const r of recs) {
    const rl = labelOf(u, r.keys.slice(0, dim - 1));
    let i = rowIndex.get(rl);
    if (i === undefined) {
      i = rowOrder.length;
      rowOrder.push(rl);
      rowIndex.set(rl, i);
      cells.push([]);
    }
    const ck = r.keys[dim - 1];
    let j = colIndex.get(ck);
    if (j === undefined) {
      j = colOrder.length;
      colOrder.push(u.name(ck));
      colIndex.set(ck, j);
    }
    cells[i][j] = r.value;
  }
  for (const row of cells)
    for (let j = 0; j < colOrder.length; j++) if (row[j] === undefined) row[j] = undefined;
  return renderTable(
    rowOrder,
    colOrder,
    cells.map((row) => colOrder.map((_, j) => row[j])),
    decimals,
    false,
    format,
  );
}

export function displaySymbol(
  u: Universe,
  sym: Sym,
  attr: string | undefined,
  span: Span,
  opts: DisplayOptions,
): string {
  const d = opts.decimals;
  const head = header(sym, attr, span);
  const text = sym.text ? `  ${sym.text}` : '';
  switch (sym.kind) {
    case 'set':
    case 'alias': {
      const set = sym.kind === 'alias' ? sym.target : sym;
      const labels = [...set.records.values()].map((r) => labelOf(u, r.keys));
      if (labels.length === 0) return `${head}${text}\n\n                      ( EMPTY )\n`;
      const lw = maxOf(labels.map((l) => l.length));
      const lines: string[] = [];
      for (let k = 0; k < labels.length; k += 5)
        lines.push(
          labels
            .slice(k, k + 5)
            .map((l) => l.padEnd(lw))
            .join(' ,    ')
            .trimEnd(),
        );
      return `${head}${text}\n\n${lines.join('\n')}\n`;
    }
    case 'parameter': {
      const format = (v: number) => acronymName(v, opts.acronyms) ?? formatValue(v, d);
      if (sym.isScalar) {
        const v = sym.records.get(0) ?? 0;
        return `${head.padEnd(40)}=${format(v).padStart(13)}${text}\n`;
      }
      const recs = [...sym.records.values()];
      return `${head}${text}\n\n${renderRecords(u, sym.domain.length, recs, d, format)}\n`;
    }
    case 'variable':
    case 'equation': {
      const recs = [...(sym.records as Map<unknown, VarRecord | EquRecord>).values()];
      if (attr) {
        const a = attr as 'l';
        if (sym.domain.length === 0) {
          const r = recs[0];
          const v = r ? r[a] : attr === 'up' && sym.kind === 'variable' ? Infinity : 0;
          return `${head.padEnd(40)}=${formatValue(v, d).padStart(13)}${text}\n`;
        }
        const vals = recs.map((r) => ({ keys: r.keys, value: r[a] })).filter((r) => r.value !== 0);
        if (vals.length === 0 && recs.length > 0)
          return `${head}${text}\n\n                      ( ALL       ${formatValue(0, d)} )\n`;
        return `${head}${text}\n\n${renderRecords(u, sym.domain.length, vals, d)}\n`;
      }
      const cols = ['LOWER', 'LEVEL', 'UPPER', 'MARGINAL'];
      const rows = recs.map((r) => (sym.domain.length ? labelOf(u, r.keys) : ''));
      const cells = recs.map((r) => [r.lo, r.l, r.up, r.m]);
      if (recs.length === 0) return `${head}${text}\n\n                      ( EMPTY )\n`;
      return `${head}${text}\n\n${renderTable(rows, cols, cells, d, true)}\n`;
    }
    case 'model': {
      if (attr) return `${head.padEnd(40)}=${formatValue(sym.attrs.get(attr) ?? 0, d).padStart(13)}\n`;
      return `${head}${text}\n`;
    }
    case 'file':
      return `${head}  ${sym.path}\n`;
  }
}
