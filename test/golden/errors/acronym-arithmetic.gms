* An acronym is not a number: GAMS allows it only as a value to assign or to compare.
Acronym future, call;
Scalar p, q;
p = future;
q = future + 1;
q = max(call, 2)$(p eq future);
