$title Compile-time variables (%system.fn%)
* %n% comes from the command line in GAMS (--n=3); here its default.
$if not set n $set n 3
$eval n2 %n%*2
$setGlobal unit 'k$'
Set t / t1*t%n2% /;
Parameter demand(t) 'demand in %unit%' / t1*t%n% 10, t%n2% 25 /;
$ifThen %n2% == 6
Scalar price / 2 /;
$elseIfE %n2% > 6
Scalar price / 3 /;
$else
Scalar price / 4 /;
$endIf
$if %system.filesys% == UNIX display "built on %system.filesys% with n = %n%", price;
Positive Variable x(t);
Variable cost;
Equations meet(t), obj;
meet(t).. x(t) =g= demand(t);
obj.. cost =e= sum(t, price*x(t));
Model m / all /;
Solve m using lp minimizing cost;
$if %modelStat.Optimal% == 1 abort$(m.modelstat <> %modelStat.Optimal%) "not optimal";
abort$(abs(cost.l - (%n%*10 + 25)*price) > 1e-9) "wrong cost", cost.l;
display cost.l;
