$set first t1
Set t / %first%*t3 /;
Parameter p(t);
* The value of %last% is never set: GAMS leaves the text as it is.
p('%first%') = 1;
p(t)$(ord(t) = %last%) = 2;
