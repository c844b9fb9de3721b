Variables x, z;
Equation bad;
bad.. z =e= uniform(0, x) + ncpvusin(x, 1, 1, 1);
Model m /bad/;
solve m using nlp minimizing z;
