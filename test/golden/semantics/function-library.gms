* GAMS's function library on data and on variables.
Scalars g, lg, b, ef, br, ce, ed, sp, r2, tr, fr, mv;
g = gamma(5); lg = loggamma(10); b = beta(2, 3); ef = errorf(1.96); br = betareg(0.5, 2, 3);
ce = centropy(2, 1); ed = edist(3, 4); sp = signpower(-2, 3); r2 = round(1234.567, -2);
tr = trunc(-2.7); fr = frac(2.25); mv = mapval(na);
display g, lg, b, ef, br, ce, ed, sp, r2, tr, fr, mv;
Scalar u1, u2, n1, k1;
u1 = uniform(0, 1); u2 = uniform(0, 1); n1 = normal(0, 1); k1 = uniformInt(1, 6);
option seed = 3141;
Scalar u3; u3 = uniform(0, 1);
abort$(u3 <> u1) "option seed restarts the stream";
abort$(u1 = u2) "two draws differ";
Variables x, y, z;
x.lo = 0.1; x.up = 5; y.lo = -0.9; y.up = 0.9; x.l = 1; y.l = 0.1;
Equation obj;
obj.. z =e= sqr(sinh(x) - 2) + sqr(arcsin(y) - 0.5) + loggamma(x + 1) - errorf(y);
Model m /obj/;
solve m using nlp minimizing z;
display x.l, y.l;
