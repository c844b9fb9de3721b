* A $ condition on a variable reference under a data factor drops the term where it is false:
* p(i)*x(i)$c(i) has the column of x('b') nowhere, so the optimum is 10, not 20.
Set i / a, b /;
Parameter p(i) / a 1, b 1 /, c(i) / a 1 /;
Positive Variable x(i);
Variable z;
x.up(i) = 10;
Equation obj;
obj.. z =e= sum(i, p(i)*x(i)$c(i));
Model m / all /;
Solve m using lp maximizing z;
