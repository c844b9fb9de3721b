// bench/parse: the parser's speed on large generated models (grammar/big-model.ts: an n × n table,
// n²/20 data records, an n²/10-element range), and its growth. Warm, in this process: each size is
// parsed REPS times after one warm-up parse, and the figure is the median wall time. The baseline
// is the smallest size, measured in the same run: the log–log slope of time against text length
// between sizes shows linear growth (≈ 1) or a blow-up (≈ 2). This replaced a unit test with a
// 10 s bound, which failed on a loaded machine.
// Target: slope ≤ 1.1 between 250 × 250 and 1000 × 1000 (5.7 MB).
import { bigModel } from '../grammar/big-model.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { createSourceFile } from '../src/text/source-file.ts';

const REPS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function parseMs(text: string): number {
  const file = createSourceFile('big.gms', text);
  const t0 = performance.now();
  const r = parseSource(file);
  const ms = performance.now() - t0;
  if (r.diagnostics.some((d) => d.severity === 'error'))
    throw new Error('bench/parse: the generated model has errors');
  return ms;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rows: { n: number; mb: number; ms: number }[] = [];
console.log(`bench/parse (warm, in process, median of ${REPS}): parse time of grammar/big-model.ts`);
console.log('     n      MB |      ms   ms/MB | slope vs previous');
for (const n of sizes.length ? sizes : [250, 500, 1000]) {
  // Every part grows with n² (1000: 50 000 records, a 100 000-element range), as the table does.
  const text = bigModel(n, n, (n * n) / 20, (n * n) / 10);
  parseMs(text);
  const ms = median(Array.from({ length: REPS }, () => parseMs(text)));
  const mb = text.length / 1e6;
  const prev = rows[rows.length - 1];
  const slope = prev ? Math.log(ms / prev.ms) / Math.log(mb / prev.mb) : NaN;
  rows.push({ n, mb, ms });
  console.log(
    `${String(n).padStart(6)} ${mb.toFixed(2).padStart(7)} | ${ms.toFixed(0).padStart(7)} ${(ms / mb).toFixed(0).padStart(7)} | ${prev ? slope.toFixed(2) : '—'}`,
  );
}
console.log('target: slope ≤ 1.1 (linear growth)');
