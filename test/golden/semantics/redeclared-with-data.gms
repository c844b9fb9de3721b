* GAMS lets a symbol be declared first and given its data by a second declaration of the same
* kind, with the same domain or none (qp1's qpdata.inc, tsp3, csp, dyncge).
Sets ii cities / i1*i5 /
     i(ii) subset of cities
     days;
Alias (ii,jj), (i,j);
Parameter val(days) closing value
          p(ii) a parameter listed twice
          p(ii) a parameter listed twice;
Set days days / d1*d4 /;
Set i(ii) / i2*i4 /;
Parameter p / i1 5, i3 7 /;
val(days) = ord(days);
Scalar nj, sv;
nj = sum(j, 1);
sv = sum(days, val(days));
abort$(card(i) <> 3 or nj <> 3) 'i has its data through the alias', nj;
abort$(sv <> 10) 'val is declared over days, whose data came later', sv;
abort$(p('i3') <> 7 or p('i2') <> 0) 'p', p;
* A name listed twice where the variable type is set (egypt: `Positive Variable natq, ..., natq`).
Variable x(ii);
Positive Variable x, x;
abort$(x.lo('i1') <> 0) 'x is positive', x.lo;
* Declared without a domain, a set or parameter takes the dimension of its data (fertd, hydro).
Set hposx expansion possibilities / phos-acid.abu-zaabal, urea.suez /;
Parameter load mw load / 1 1200, 2 1500, 3 1100 /;
Scalar nh, tl;
nh = card(hposx) + 10$hposx('urea','suez');
tl = load('2') + load('3');
abort$(nh <> 12 or tl <> 2600) 'implicit dimensions', nh, tl;
