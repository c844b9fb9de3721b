$title Options EMD cannot carry out
$offListing
$onEmpty
Set i / a, b /;
$gdxOut data.gdx
$unload i
$libInclude scenred.gms
$eval n ord(i)
$abort stop here: %system.title%
Scalar never;
