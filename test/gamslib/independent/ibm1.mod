# ibm1: the model's last LP solve as a run reaches it, written by hand from ibm1.gms. After run-4
# (prop of silicon in silicon 1, iron 0; optimum 287.10541989279329 with bin-2 = 559.559...,
# bin-3 = 443.716...), the loop over s$(xr(s) ne xr3(s) and num lt 2) raises the lower bound of
# the first two components whose rounding differs: x.lo(bin-2) = 560, x.lo(bin-3) = 444 (the loop
# condition is tested at each element, so num stops it after two). CONVERT solved nothing: its
# snapshot has levels 0, so no bound moved, and its objective is run-4's.
set S := {"bin-1", "bin-2", "bin-3", "bin-4", "bin-5", "aluminum", "silicon"};
set E := {"iron", "copper", "manganese", "magnesium", "aluminum", "silicon"};
param prop{E, S} default 0;
param inventory{S};
param minuse{S} default 0;
param cost{S};
param bmax{E};
param bmin{E} default 0;
param lo{s in S} default minuse[s];
var x{s in S} >= lo[s], <= inventory[s];
var bc{e in E} >= bmin[e], <= bmax[e];
minimize cdef: sum{s in S} cost[s] * x[s];
s.t. yield: sum{s in S} x[s] = 2000;
s.t. ebal{e in E}: bc[e] = sum{s in S} prop[e,s] * x[s];
data;
param prop: "bin-1" "bin-2" "bin-3" "bin-4" "bin-5" "aluminum" "silicon" :=
  "iron"      .15 .04 .02 .04 .02 .01 0
  "copper"    .03 .05 .08 .02 .06 .01 0
  "manganese" .02 .04 .01 .02 .02 0   0
  "magnesium" .02 .03 0   0   .01 0   0
  "aluminum"  .70 .75 .80 .75 .80 .97 0
  "silicon"   .02 .06 .08 .12 .02 .01 1;
param inventory := "bin-1" 200 "bin-2" 750 "bin-3" 800 "bin-4" 700 "bin-5" 1500
  "aluminum" 1e30 "silicon" 1e30;
param minuse := "bin-3" 400 "bin-4" 100;
param cost := "bin-1" .03 "bin-2" .08 "bin-3" .17 "bin-4" .12 "bin-5" .15 "aluminum" .21 "silicon" .38;
param bmax := "iron" 60 "copper" 100 "manganese" 40 "magnesium" 30 "aluminum" 1e30 "silicon" 300;
param bmin := "aluminum" 1500 "silicon" 250;
# the bounds the rounding loop set
param lo := "bin-2" 560 "bin-3" 444;
end;
