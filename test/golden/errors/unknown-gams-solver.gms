option lp = cplexx;
Variable z; Equation e; e.. z =e= 1;
Model m /all/;
solve m using lp minimizing z;
