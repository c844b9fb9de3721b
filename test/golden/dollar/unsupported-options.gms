$title Options EMD cannot carry out
$offListing
$onEmpty
Set i / a, b /;
$gdxIn data.gdx
$load i
$libInclude scenred.gms
$eval n card(i)
$abort stop here: %system.title%
Scalar never;
