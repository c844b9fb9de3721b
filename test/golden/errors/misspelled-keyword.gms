Positve Variable x;
Variabl y;
Paramter p / 1 /;
Set i /a/;
disply i;
