// The scalable n×n transport LP shared by the benchmarks (3n² + 1 nonzeros): supplies, demands
// and unit costs given by formulas, so that no data file has to be parsed.

/** EMD source of the model; `extra` goes before the solve (e.g. a loop around it). */
export function transportSource(n: number): string {
  return `Set i sources / s1*s${n} /, j sinks / d1*d${n} / ;
Parameters a(i) supply, b(j) demand, c(i,j) unit cost ;
a(i) = 2 ;
b(j) = 1 ;
c(i,j) = 1 + mod(ord(i)*7 + ord(j)*13, 100)/10 ;
Positive Variable x(i,j) ;
Variable z ;
Equations cost, supply(i), demand(j) ;
cost ..      z =e= sum((i,j), c(i,j)*x(i,j)) ;
supply(i) .. sum(j, x(i,j)) =l= a(i) ;
demand(j) .. sum(i, x(i,j)) =g= b(j) ;
Model transport / all / ;
`;
}
