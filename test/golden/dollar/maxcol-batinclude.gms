* $maxCol: the columns after 24 are comments, as in GAMS.
Set i / a, b, c /;
$maxCol 24
Parameter cap(i) /a 10, this text is after column 24
                  b 20  and is a comment
                  c 30/; so is this
$maxCol 0
$onEchoV > part.inc
Parameter %1(i) '%2';
%1(i) = %3*cap(i);
$offEcho
$batInclude part.inc big  "twice the capacity" 2
$batInclude part.inc half "half the capacity"  0.5
display big, half;
abort$(big('c') <> 60) "big is wrong", big;
