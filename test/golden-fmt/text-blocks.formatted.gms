$onText
A block of free text:   kept exactly,

  blank lines and indentation included.
$offText
*  a star comment line
*indented text after the star
Scalar a / 1 /;
$ontext
second block
$offtext
a = 2;
* last comment
