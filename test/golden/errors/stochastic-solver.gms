* DECIS solves the stochastic program that .stage and its own files describe: not supported.
Positive Variable x;
Variable z;
Equation obj;
obj.. z =e= x;
x.stage = 1;
Model m /all/;
option lp = decism;
solve m using lp minimizing z;
