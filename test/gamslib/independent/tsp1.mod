# tsp1: the model's last MIP solve as a run reaches it, written by hand from tsp1.gms and br17.inc.
# The run solves the assignment relaxation (22), then adds one subtour cut per pass and solves
# again until the tour has no subtour. The cuts are valid for every tour, so the last solve, whose
# solution is a tour, reaches the optimum of the TSP over i1*i6 of br17, which this model computes
# independently with Miller-Tucker-Zemlin constraints instead of the run's cuts. CONVERT saw the
# first solve, without cuts.
set I := {"i1", "i2", "i3", "i4", "i5", "i6"};
param c{I, I};
var x{i in I, j in I} binary;
var u{i in I} >= 1, <= 6;
minimize z: sum{i in I, j in I} c[i, j] * x[i, j];
s.t. rowsum{i in I}: sum{j in I} x[i, j] = 1;
s.t. colsum{j in I}: sum{i in I} x[i, j] = 1;
s.t. diag{i in I}: x[i, i] = 0;
s.t. mtz{i in I, j in I: i != "i1" and j != "i1" and i != j}: u[i] - u[j] + 6 * x[i, j] <= 5;
data;
param c:  i1 i2 i3 i4 i5 i6 :=
  i1       0  3  5 48 48  8
  i2       3  0  3 48 48  8
  i3       5  3  0 72 72 48
  i4      48 48 74  0  0  6
  i5      48 48 74  0  0  6
  i6       8  8 50  6  6  0 ;
end;
