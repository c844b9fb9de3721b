// Derives the two measured hourly shapes of data.inc (resid, pvshape) from the smart-meter data
// of seed 000 (../shared/data/microgrid/, winter day jun21); imports node:fs and node:path only.
// Run: npx tsx models/energy-hub/profiles.ts [folder of the microgrid CSV files]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/data/microgrid');

/** Hourly mean over customers 2..61 (the 60 users of microgrid A in the seed's MATLAB code),
 *  each hour the mean of its two half-hour readings, normalized so that the peak hour is 1. */
function shape(file: string): number[] {
  const [header, ...lines] = readFileSync(join(dir, file), 'utf8').trim().split(/\r?\n/);
  const names = header.split(',').map((h) => h.trim());
  const col = (name: string) => names.indexOf(name);
  const rows = lines.map((l) => l.split(',').map(Number)).filter((r) => r[0] >= 2 && r[0] <= 61);
  const hh = (h: number) => `hh${String(h).padStart(2, '0')}`;
  const hourly = Array.from({ length: 24 }, (_, t) => rows.reduce((s, r) => s + (r[col(hh(2 * t + 1))] + r[col(hh(2 * t + 2))]) / 2, 0) / rows.length);
  const peak = Math.max(...hourly);
  return hourly.map((v) => v / peak);
}

for (const [name, file] of [['resid', 'load_jun21_W.csv'], ['pvshape', 'pv_jun21_W.csv']] as const) {
  const s = shape(file);
  const items = s.map((v, t) => `${t + 1} ${v.toFixed(3)}`).filter((item) => !item.endsWith(' 0.000'));
  console.log(`${name}(t) / ${items.join(', ')} /`);
}
