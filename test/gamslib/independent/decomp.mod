# decomp: the problem that Dantzig-Wolfe decomposition solves (the undecomposed LP), written by hand
# from decomp.gms. The model's last LP solve is the master problem of the final iteration, whose
# optimum is this LP's optimum once the decomposition has converged (gap 0 in the model's `rep`).
# CONVERT solved nothing: its snapshot of the master has all-zero proposals (objective 0), which
# is not what a run reaches.
set I := {"plant-1", "plant-2"};
set J := {"term-1", "term-2", "term-3", "term-4"};
param c{I, J};
param t{I, J} default 0;
param a{I};
param b{J};
var x{I, J} >= 0;
minimize cost: sum{i in I, j in J} c[i,j] * x[i,j];
s.t. supply{i in I}: sum{j in J} x[i,j] <= a[i];
s.t. demand{j in J}: sum{i in I} x[i,j] >= b[j];
# tbal: the master's tanker balance, sum(s, mtank(s)*lam(s)) =l= 9
s.t. tanker: sum{i in I, j in J} t[i,j] * x[i,j] <= 9;
data;
param c: "term-1" "term-2" "term-3" "term-4" :=
  "plant-1" 3 6 6 5
  "plant-2" 8 1 3 6;
param t := ["plant-1", "term-3"] 2 ["plant-2", "term-2"] 2;
param a := "plant-1" 9 "plant-2" 8;
param b := "term-1" 2 "term-2" 7 "term-3" 3 "term-4" 5;
end;
