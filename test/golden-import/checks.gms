$title Importer checks: one small case of each porting diagnostic
* A comment line that must survive the import.
$onText
A block comment that must survive too.
$offText
Sets i "items" / i1*i3 /, j / a, b / ;
Alias (i, ii) ;
Parameters c(i) "unit cost" / i1 1, i2 2, i3 3 /
           cap      / 10 / ;
Table d(i,j) "two columns"
      a   b
  i1  1   2
  i2  3   4 ;
Parameter round(i) "named like a built-in function" / i1 1, i2 1 / ;
$if exist extra.gms $include extra.gms
Positive Variables x(i), y(i) ;
Variables z, u, v, price "unit price" ;
Equations obj, taut, dup1(i), dup2(i), chain(i), jump, limit(i), split, cost2 ;
obj ..      z =e= sum(i, c(i)*x(i)) + sum(i, round(i)*y(i)) + sum(j, d('i1',j)) ;
taut ..     x('i1') + y('i1') =e= y('i1') + x('i1') ;
dup1(i) ..  x(i) + y(i) =g= 1 ;
dup2(i) ..  y(i) + x(i) =g= 1 ;
chain(i) .. y(i) =e= y(i-1) ;
jump ..     floor(z) =l= 3 ;
limit(i) .. x(i) =l= cap ;
split ..    u + v =e= z ;
cost2 ..    z =g= sum(i, price*x(i)) ;
this line does not parse ;
Model m / all / ;
Solve m using dnlp minimizing z ;
