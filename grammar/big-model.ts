// A generated GAMS model of about 5 MB for timing the parser: a 1000 x 1000 table, a parameter
// data list of 50 000 records, a 100 000-element set range and some equations. Imports nothing.

/**
 * The model text; `rows` x `cols` table (defaults 1000 x 1000), `records` data records and a range of
 * `range` elements (bench/parse.ts scales them with the table, to measure growth).
 */
export function bigModel(rows = 1000, cols = 1000, records = 50_000, range = 100_000): string {
  const out: string[] = [];
  out.push('$title generated model for parser timing');
  out.push(`Sets i rows / r1*r${rows} /, j columns / c1*c${cols} /, k / k1*k${range} / ;`);
  // Table: headers right-aligned in 5-character columns, every cell filled.
  const w = 5;
  const pad = (s: string) => ' '.repeat(Math.max(1, w - s.length)) + s;
  let head = 'Table t(i,j) generated data\n      ';
  for (let c = 1; c <= cols; c++) head += pad(`c${c}`);
  out.push(head);
  for (let r = 1; r <= rows; r++) {
    const cells: string[] = [pad(`r${r}`).padEnd(6)];
    for (let c = 1; c <= cols; c++) cells.push(pad(String((r * 7 + c * 13) % 97)));
    out.push(cells.join(''));
  }
  out.push(';');
  const recs: string[] = [];
  for (let n = 1; n <= records; n++) recs.push(`  k${n} ${(n % 1000) / 10}`);
  out.push(`Parameter p(k) data /\n${recs.join('\n')}\n/ ;`);
  out.push('Positive Variable x(i,j) ;\nVariable z ;\nEquations cost, row(i), col(j) ;');
  out.push('cost .. z =e= sum((i,j), t(i,j)*x(i,j)) ;');
  out.push('row(i) .. sum(j$(t(i,j) > 10), x(i,j)) =l= 100 ;');
  out.push('col(j) .. sum(i, x(i,j)) =g= 1 ;');
  out.push('Model m / all / ;\nSolve m using lp minimizing z ;\nDisplay z.l ;');
  return out.join('\n') + '\n';
}
