// The scalable n×n transport LP shared by the benchmarks (3n² + 1 nonzeros), in EMD and in
// MathProg, with the unit costs either computed by an assignment or given as a data table (the
// two ways real models get their data). Supplies are 2 and demands 1 in both.

/** Unit cost of source i to sink j (1-based), the same formula in both languages. */
export const unitCost = (i: number, j: number) => 1 + ((i * 7 + j * 13) % 100) / 10;

/** How the cost data reaches the model. */
export type CostData = 'assignment' | 'table';

/** EMD source of the model; `extra` goes before the solve (e.g. a loop around it). */
export function transportSource(n: number, data: CostData = 'assignment'): string {
  const cost =
    data === 'assignment'
      ? 'Parameter c(i,j) unit cost ;\nc(i,j) = 1 + mod(ord(i)*7 + ord(j)*13, 100)/10 ;\n'
      : `Table c(i,j) unit cost\n${costTable(
          n,
          (j) => `d${j}`,
          (i) => `s${i}`,
        )};\n`;
  return `Set i sources / s1*s${n} /, j sinks / d1*d${n} / ;
Parameters a(i) supply, b(j) demand ;
a(i) = 2 ;
b(j) = 1 ;
${cost}Positive Variable x(i,j) ;
Variable z ;
Equations cost, supply(i), demand(j) ;
cost ..      z =e= sum((i,j), c(i,j)*x(i,j)) ;
supply(i) .. sum(j, x(i,j)) =l= a(i) ;
demand(j) .. sum(i, x(i,j)) =g= b(j) ;
Model transport / all / ;
`;
}

/** The same model in MathProg (glpsol), with the same cost data. */
export function mathProgSource(n: number, data: CostData = 'assignment'): string {
  const cost =
    data === 'assignment'
      ? 'param c{i in I, j in J} := 1 + ((i*7 + j*13) mod 100)/10;\n'
      : 'param c{I, J};\n';
  const [head, ...rows] = costTable(n, String, String).trimEnd().split('\n');
  const dataSection =
    data === 'assignment' ? '' : `data;\nparam c : ${head.trim()} :=\n${rows.join('\n')} ;\n`;
  return `param n := ${n};
set I := 1..n; set J := 1..n;
param a{i in I} := 2; param b{j in J} := 1;
${cost}var x{I, J} >= 0; var z;
minimize obj: z;
s.t. cost: z = sum{i in I, j in J} c[i,j]*x[i,j];
s.t. supply{i in I}: sum{j in J} x[i,j] <= a[i];
s.t. demand{j in J}: sum{i in I} x[i,j] >= b[j];
${dataSection}end;
`;
}

/**
 * The n×n cost table as text: a header of column labels, then one row per source. EMD tables are
 * laid out by column; MathProg's tabbing format takes the same rows under `param c : <header> :=`.
 */
function costTable(n: number, col: (j: number) => string, row: (i: number) => string): string {
  const w = String(n).length + 6;
  const lines: string[] = [];
  const head: string[] = [''.padEnd(w)];
  for (let j = 1; j <= n; j++) head.push(col(j).padStart(w));
  lines.push(head.join(' '));
  for (let i = 1; i <= n; i++) {
    const cells: string[] = [row(i).padEnd(w)];
    for (let j = 1; j <= n; j++) cells.push(String(unitCost(i, j)).padStart(w));
    lines.push(cells.join(' '));
  }
  return lines.join('\n') + '\n';
}
