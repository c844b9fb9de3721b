# cutstock: the cutting stock problem over every feasible pattern, written by hand from cutstock.gms
# (raw width 100; widths 45, 36, 31, 14; demands 97, 610, 395, 211). The model's last MIP solve is
# the master over the patterns its column generation found; Gilmore and Gomory's generation stops
# at the LP optimum over all patterns (452.25), so no integer solution needs fewer than 453 rolls,
# and this MIP over all patterns is that bound's integer optimum. CONVERT solved nothing: its
# snapshot has only the four single-width starting patterns (objective 517), since the pricing
# solves it converted never returned a pattern.
set W := 1..4;
param r := 100;
param w{W};
param d{W};
set P := {a in 0..2, b in 0..2, c in 0..3, e in 0..7: 45*a + 36*b + 31*c + 14*e <= r};
var x{P} integer >= 0;
minimize rolls: sum{(a, b, c, e) in P} x[a,b,c,e];
s.t. demand1: sum{(a, b, c, e) in P} a * x[a,b,c,e] >= d[1];
s.t. demand2: sum{(a, b, c, e) in P} b * x[a,b,c,e] >= d[2];
s.t. demand3: sum{(a, b, c, e) in P} c * x[a,b,c,e] >= d[3];
s.t. demand4: sum{(a, b, c, e) in P} e * x[a,b,c,e] >= d[4];
data;
param w := 1 45 2 36 3 31 4 14;
param d := 1 97 2 610 3 395 4 211;
end;
