* GAMS solver names: EMD's solver of the class runs instead, with a note once per solve.
option lp = cplex, mcp = path;
option nlp = conopt;
Variable z; Positive Variable x;
Equation e, c;
e.. z =e= x;
c.. x =g= 2;
Model m /all/;
solve m using lp minimizing z;
display x.l;
option lp = convert;
solve m using lp minimizing z;
solve m using nlp minimizing z;
option lp = default;
solve m using lp minimizing z;
