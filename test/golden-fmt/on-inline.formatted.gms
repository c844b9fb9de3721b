* $onInline: /* */ comments, one line and several lines
$onInline
Variable z;  Parameter a / 1 /, b / 2 /;
Set i / x, y /;
Equation e, f;
e.. z =e= a /* second */ + b;
f.. z =g= a  /* over
  two lines */
               + b;
loop(i /* each */, a = a + 1;);
