* Sums and loops over restricting references (`sum(link(l,from,to), ...)`): an index of the
* reference that an enclosing domain, sum or loop controls (l below) stays fixed, so the import
* must keep the reference as written and not turn it into `(l,from,to)$link(l,from,to)`.
Set n /a,b,c/, l /l1,l2,l3/;
Alias (n, from, to);
Set link(l,n,n) / l1.a.b, l2.b.c, l3.a.c /;
Parameter cap(l) / l1 5, l2 7, l3 2 /, w(n) / a 1, b 2, c 3 /;
Variable f(l), z;
Equation lim(l), obj;
lim(l).. sum(link(l,from,to)$(w(to) > 1), f(l)) =l= cap(l);
obj.. z =e= sum(l, f(l)) + sum((l,link(l,from,to)), w(from)*f(l)) / 100;
f.lo(l) = 0;
f.up(l) = 10;
Model m /all/;
solve m maximizing z using lp;
Parameter out(n);
loop(l, out(from)$sum(link(l,from,to), 1) = out(from) + f.l(l););
display f.l, out;
