$set mode fast
$ifThen %mode% == fast
Scalar speed / 2 /;
$else
Scalar speed / 1 /;
$if %mode% === slow
$endif
$endif
$ifThen.outer set mode
display speed;
