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

/** What the bare build needs of glpk.js (its constants). */
interface GlpkConstants {
  GLP_MIN: number;
  GLP_FX: number;
  GLP_UP: number;
  GLP_LO: number;
  GLP_FR: number;
}

/**
 * The bare cost of filling the solver's input: glpk.js's input of the n×n transport LP (cost data
 * by assignment), built by hand from loops and arrays, in the layout toGlpk writes.
 */
export function bareGlpkInput(n: number, glpk: GlpkConstants) {
  const name = (i: number, j: number) => `x${i * n + j}`;
  const costVars: { name: string; coef: number }[] = [{ name: 'z', coef: 1 }];
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= n; j++) costVars.push({ name: name(i - 1, j - 1), coef: -unitCost(i, j) });
  const subjectTo = [{ name: 'cost', vars: costVars, bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 } }];
  for (let i = 0; i < n; i++) {
    const vars = [];
    for (let j = 0; j < n; j++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `s${i}`, vars, bnds: { type: glpk.GLP_UP, lb: 0, ub: 2 } });
  }
  for (let j = 0; j < n; j++) {
    const vars = [];
    for (let i = 0; i < n; i++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `d${j}`, vars, bnds: { type: glpk.GLP_LO, lb: 1, ub: 0 } });
  }
  const bounds = [{ name: 'z', type: glpk.GLP_FR, lb: 0, ub: 0 }];
  for (let k = 0; k < n * n; k++) bounds.push({ name: `x${k}`, type: glpk.GLP_LO, lb: 0, ub: 0 });
  return {
    name: 'bare',
    objective: { direction: glpk.GLP_MIN, name: 'obj', vars: [{ name: 'z', coef: 1 }] },
    subjectTo,
    bounds,
  };
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
