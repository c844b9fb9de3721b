// Every symbol of a run as an RFC 4180 CSV file (emd solve --csv DIR): index columns named after
// the domain sets, then the value columns. Imports report/json.ts types; node:fs only lazily.
import type { RunJson, SymbolJson } from './json.ts';

export interface CsvFile {
  /** `<symbol>.csv` */
  name: string;
  text: string;
}

// RFC 4180 §2: records end with CRLF, the last one included.
const EOL = '\r\n';

const VALUE_COLUMNS: Record<SymbolJson['kind'], string[]> = {
  set: ['text'],
  parameter: ['value'],
  variable: ['level', 'marginal', 'lower', 'upper'],
  equation: ['level', 'marginal', 'lower', 'upper'],
};

/**
 * One field: quoted (quotes doubled) when it holds a comma, quote, CR or LF (RFC 4180 §2.6–2.7)
 * or starts or ends with a space, which some readers would trim. Numbers print with full
 * precision (the shortest text that reads back to the same double); null (an infinite value
 * in the JSON) prints as an empty field.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Column names: the domain set names, `label` for a universe index (`*`), then the value columns.
 * Repeated names (as in `trade(r,r)`) and names equal to a value column get `_2`, `_3`, … so
 * every header is unique.
 */
export function csvHeader(sym: SymbolJson): string[] {
  const values = VALUE_COLUMNS[sym.kind];
  const used = new Set(values);
  const keys = sym.domain.map((d) => {
    const base = d === '*' ? 'label' : d;
    let u = base;
    for (let n = 2; used.has(u); n++) u = `${base}_${n}`;
    used.add(u);
    return u;
  });
  return [...keys, ...values];
}

/** The CSV text of one symbol: a header line and one line per record, in record order. */
export function symbolCsv(sym: SymbolJson): string {
  const lines = [csvHeader(sym).map(csvField).join(',')];
  const values = VALUE_COLUMNS[sym.kind];
  for (const r of sym.records) {
    const keys: unknown[] = Array.isArray(r.keys) ? r.keys : [];
    lines.push([...keys, ...values.map((c) => r[c])].map(csvField).join(','));
  }
  return lines.join(EOL) + EOL;
}

/** One CSV file per symbol of the run, in declaration order. Pure. */
export function csvFiles(run: RunJson): CsvFile[] {
  return Object.entries(run.symbols).map(([name, sym]) => ({ name: `${name}.csv`, text: symbolCsv(sym) }));
}

/** Write every symbol's CSV into dir (created if missing); returns the written paths. */
export async function writeCsv(run: RunJson, dir: string): Promise<string[]> {
  const path = await import('node:path');
  const { prepareOutputFolder, writeFileAtomic } = await import('./output-files.ts');
  const why = prepareOutputFolder(dir);
  if (why) throw new Error(`the folder '${dir}' cannot be used: ${why}`);
  const written: string[] = [];
  for (const f of csvFiles(run)) {
    const file = path.join(dir, f.name);
    writeFileAtomic(file, f.text);
    written.push(file);
  }
  return written;
}
