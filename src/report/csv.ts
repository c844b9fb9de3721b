// `emd solve --csv DIR`: every symbol of a run as a CSV file. One row per record; the header is
// the domain's set names and the value columns (`value` for parameters, `level,marginal,lower,upper`
// for variables and equations, `text` for sets). RFC 4180 quoting; numbers at full precision;
// infinite values (null in the JSON) are empty cells. Imports report/json.ts types; node:fs lazily.
import type { RunJson, SymbolJson } from './json.ts';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header names for the key columns: the domain's set names, made unique (`i,i` → `i,i_2`). */
function keyHeaders(domain: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return domain.map((d) => {
    const base = d === '*' ? 'label' : d;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

export function symbolCsv(sym: SymbolJson): string {
  const keys = keyHeaders(sym.domain);
  const valueCols = sym.kind === 'parameter' ? ['value'] : sym.kind === 'set' ? ['text'] : ['level', 'marginal', 'lower', 'upper'];
  const lines = [[...keys, ...valueCols].map(cell).join(',')];
  for (const r of sym.records as Record<string, unknown>[]) {
    const k = (r.keys as string[]).map(cell);
    lines.push([...k, ...valueCols.map((c) => cell(r[c]))].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** One CSV text per symbol of the run, named `<symbol>.csv`. */
export function csvFiles(run: RunJson): { name: string; text: string }[] {
  return Object.entries(run.symbols).map(([name, sym]) => ({ name: `${name}.csv`, text: symbolCsv(sym) }));
}

/** Write every symbol's CSV into dir (created if missing); returns the written paths. */
export async function writeCsv(run: RunJson, dir: string): Promise<string[]> {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  await fs.mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const f of csvFiles(run)) {
    const file = path.join(dir, f.name);
    await fs.writeFile(file, f.text);
    out.push(file);
  }
  return out;
}
