* $inlineCom: user-chosen in-line delimiters
$inlineCom {{ }}
Variable z;  Parameter a / 1 /, b / 2 /;
Equation e;
e .. z =e= a {{ first }} + b ;
a = b {{ in an assignment }} * 2 ;
Set i {{ in a declaration }} / x, y / ;
display a {{ display }}, b ;
