* end-of-line comments: !! after $onEolCom, then a chosen $eolCom
$onEolCom
Scalar x, y;
x = 1 ; !! eol one
Set i / a !! in a data list
        b / ;
$eolCom #
y = 2 # eol two
  ;
scalar q / 3 / ;   # after q
scalar r / 3 # inside data
  / ;
$eolCom //
x = y ;   // slashes
