// The scalable n×n transport LP shared by the benchmarks (3n² + 1 nonzeros), in EMD and in
// MathProg, with the unit costs either computed by an assignment or given as a data table (the
// two ways real models get their data). Supplies are 2 and demands 1 in both.
import { reserveHeap, type GlpkWasm } from '../src/solvers/glpk/wasm.ts';

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

/**
 * The bare cost of filling the solver's input, through the route the glpk adapter uses in Node
 * (src/solvers/glpk/wasm.ts, GLPK's C API in glpk.js's WebAssembly instance): the n×n transport
 * LP (cost data by assignment) loaded into a new GLPK problem by hand, from loops: the heap grown
 * once (reserveHeap) as the adapter does, objective, row and column bounds, then the matrix written into the wasm heap as glp_load_matrix's 1-based
 * arrays, and glp_sort_matrix as the adapter calls it. Columns: z, then x(i,j) by rows; rows:
 * cost, supply, demand. Returns the problem (the caller deletes it) and its number of rows.
 */
export function bareGlpkInput(n: number, w: GlpkWasm): { P: number; rows: number } {
  const [GLP_MIN, GLP_FR, GLP_LO, GLP_UP, GLP_FX] = [1, 1, 2, 3, 5];
  const m = 1 + 2 * n;
  const cols = 1 + n * n;
  const ne = 1 + 3 * n * n;
  reserveHeap(w, m, cols, ne);
  const P = w.glp_create_prob();
  w.glp_set_obj_dir(P, GLP_MIN);
  w.glp_add_cols(P, cols);
  w.glp_add_rows(P, m);
  w.glp_set_obj_coef(P, 1, 1);
  w.glp_set_col_bnds(P, 1, GLP_FR, 0, 0);
  for (let k = 2; k <= cols; k++) w.glp_set_col_bnds(P, k, GLP_LO, 0, 0);
  w.glp_set_row_bnds(P, 1, GLP_FX, 0, 0);
  for (let i = 0; i < n; i++) w.glp_set_row_bnds(P, 2 + i, GLP_UP, 0, 2);
  for (let j = 0; j < n; j++) w.glp_set_row_bnds(P, 2 + n + j, GLP_LO, 1, 0);
  const ints = (ne + 2) & ~1;
  const base = w.malloc(8 * ints + 8 * (ne + 1));
  const ia = new Int32Array(w.memory.buffer, base, ne + 1);
  const ja = new Int32Array(w.memory.buffer, base + 4 * ints, ne + 1);
  const ar = new Float64Array(w.memory.buffer, base + 8 * ints, ne + 1);
  let k = 1;
  const put = (i: number, j: number, v: number) => {
    ia[k] = i;
    ja[k] = j;
    ar[k++] = v;
  };
  put(1, 1, 1);
  for (let i = 1; i <= n; i++) for (let j = 1; j <= n; j++) put(1, 1 + (i - 1) * n + j, -unitCost(i, j));
  for (let i = 1; i <= n; i++) for (let j = 1; j <= n; j++) put(1 + i, 1 + (i - 1) * n + j, 1);
  for (let j = 1; j <= n; j++) for (let i = 1; i <= n; i++) put(1 + n + j, 1 + (i - 1) * n + j, 1);
  w.glp_load_matrix(P, ne, base, base + 4 * ints, base + 8 * ints);
  w.free(base);
  w.glp_sort_matrix(P);
  return { P, rows: m };
}

/**
 * lqcp (the linear-quadratic control problem of the JuMP paper's and PyOptInterface's benchmarks,
 * n = m): a heat equation on an (n+1)×(n+1) grid, controlled at one boundary, with a quadratic
 * tracking objective. `quadratic: false` gives its linear part: the same model with each square
 * `sqr(e)` replaced by `e` (an LP, the part glpsol can read).
 */
export function lqcpSource(n: number, quadratic = true): string {
  const sq = (e: string) => (quadratic ? `sqr(${e})` : `(${e})`);
  return `Set i / 0*${n} /, j / 0*${n} / ;
Scalars dx, T / 1.58 /, dt, h2, a / 0.001 / ;
dx = 1/${n} ;
dt = T/${n} ;
h2 = sqr(dx) ;
Parameter yt(j) ;
yt(j) = 0.5*(1 - sqr((ord(j) - 1)*dx)) ;
Variables y(i,j), u(i), obj ;
y.lo(i,j) = 0 ;
y.up(i,j) = 1 ;
u.lo(i) = -1 ;
u.up(i) = 1 ;
Equations defobj, pde(i,j), ic(j), bc1(i), bc2(i) ;
defobj .. obj =e= 0.25*dx*(${sq(`y('${n}','0') - yt('0')`)}
   + 2*sum(j$(ord(j) > 1 and ord(j) < card(j)), ${sq(`y('${n}',j) - yt(j)`)})
   + ${sq(`y('${n}','${n}') - yt('${n}')`)})
   + 0.25*a*dt*(2*sum(i$(ord(i) > 1 and ord(i) < card(i)), ${sq('u(i)')}) + ${sq(`u('${n}')`)}) ;
pde(i,j)$(ord(i) < card(i) and ord(j) > 1 and ord(j) < card(j)) ..
   h2*(y(i+1,j) - y(i,j)) =e= 0.5*dt*(y(i,j-1) - 2*y(i,j) + y(i,j+1) + y(i+1,j-1) - 2*y(i+1,j) + y(i+1,j+1)) ;
ic(j) .. y('0',j) =e= 0 ;
bc1(i)$(ord(i) > 1) .. y(i,'2') - 4*y(i,'1') + 3*y(i,'0') =e= 0 ;
bc2(i)$(ord(i) > 1) .. y(i,'${n - 2}') - 4*y(i,'${n - 1}') + 3*y(i,'${n}') =e= 2*dx*(u(i) - y(i,'${n}')) ;
Model lqcp / all / ;
Solve lqcp using ${quadratic ? 'qcp' : 'lp'} minimizing obj ;
`;
}

/** The linear part of lqcp in MathProg (glpsol --check), the same rows as lqcpSource(n, false). */
export function lqcpMathProg(n: number): string {
  return `param n := ${n};
param dx := 1/n; param T := 1.58; param dt := T/n; param h2 := dx^2; param a := 0.001;
set I := 0..n; set J := 0..n;
param yt{j in J} := 0.5*(1 - (j*dx)^2);
var y{I, J} >= 0, <= 1; var u{1..n} >= -1, <= 1; var obj;
minimize o: obj;
s.t. defobj: obj = 0.25*dx*((y[n,0] - yt[0]) + 2*sum{j in 1..n-1} (y[n,j] - yt[j]) + (y[n,n] - yt[n]))
   + 0.25*a*dt*(2*sum{i in 1..n-1} u[i] + u[n]);
s.t. pde{i in 0..n-1, j in 1..n-1}: h2*(y[i+1,j] - y[i,j]) = 0.5*dt*(y[i,j-1] - 2*y[i,j] + y[i,j+1] + y[i+1,j-1] - 2*y[i+1,j] + y[i+1,j+1]);
s.t. ic{j in J}: y[0,j] = 0;
s.t. bc1{i in 1..n}: y[i,2] - 4*y[i,1] + 3*y[i,0] = 0;
s.t. bc2{i in 1..n}: y[i,n-2] - 4*y[i,n-1] + 3*y[i,n] = 2*dx*(u[i] - y[i,n]);
end;
`;
}
