$title Every statement kind EMD carries, printed back and solved the same
$onEolCom
Sets
   t        hours                 / h01*h12 /
   g        units                 / 'gas unit' "cheap", coal "dear" /
   tt(t)    peak hours            / h05*h08 /
   pair(g,g) pairs               / 'gas unit'.coal / ;
Alias (t, tp) ;
Scalar   big  a big number / 1e+21 /, small / 1.5e-7 / ;
Parameters
   dem(t)   demand !! end-of-line comment
      / h01*h04 5, h05 8, h06 9, h07 9, h08 8, h09*h12 4 /
   cap(g)   / 'gas unit' 10, coal inf /
   cost(g)  / 'gas unit' 3, coal 2.5 /
   flag(g)  / 'gas unit' eps / ;
Table wide(g,t) a table wider than one block
              h01      h02      h03      h04      h05      h06      h07      h08      h09      h10      h11      h12
 'gas unit'   1.25     1.25     1.25     1.25     1.25     1.25     1.25     1.25     1.25     1.25     1.25     1.25
 coal         -2       na       0.5      1        1        1        1        1        1        1        1        1.125 ;
Positive Variable p(g,t) ;
Variable z ;
p.up(g,t)$(cap(g) < inf) = cap(g) ;
p.fx('coal', t)$(ord(t) = 1) = 0 ;
Equations bal(t) "balance", obj ;
bal(t)$(dem(t) > 0 and not tt(t)) .. sum(g, p(g,t)) =g= dem(t) ;
obj .. z =e= sum((g,t)$(cost(g) <> 0), cost(g)*p(g,t)) + sum(tt, sum(g, p(g,tt)*0)) + sum(t, wide('gas unit',t))/1000 ;
Model m "a model" / bal, obj / ;
Option lp = glpk, decimals = 3 ;
Solve m using lp minimizing z ;
Scalar s / 0 /, k ;
loop(t$(ord(t) <= 2),
   s = s + dem(t) ;
   if (s > 6, display s ; elseif s > 4, s = s - 1 ; else s = -s ; ) ;
) ;
while (s < 20, s = s + 5 ; ) ;
repeat ( s = s - 1 ; until s <= 10 ) ;
for (k = 1 to 3 by 2, s = s + power(k, 2) - sqr(-k) ; ) ;
abort$(s > 1e6) "too big", s ;
File rep / 'rep.txt' / ;
put rep 'z = ' z.l:10:2 / ;
putclose rep ;
Display z.l, p.l, "done" ;
