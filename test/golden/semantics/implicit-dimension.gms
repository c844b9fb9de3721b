* GAMS fixes the dimension of a symbol declared without a domain at its first use (over *).
Set t /t1*t3/, i /a, b/;
Set s;
Parameter rep;
rep(t,'x') = ord(t);
s(t,i) = yes;
Table td
      a   b
  x   1   2
  y   3   4 ;
Variable v; Variable z;
Equation ddev, obj;
ddev(i).. v(i) =g= td('x',i);
obj.. z =e= sum(i, v(i));
Model m /all/;
solve m using lp minimizing z;
display rep, s, v.l, z.l;
