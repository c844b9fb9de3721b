* prettier-ignore, emd-fmt: off/on, and hand-aligned assignments
Set i / a, b /;
Parameter p(i), q(i), longname(i);
* prettier-ignore
p(i)   =   1   ;
q(i)=2;
* emd-fmt: off
p('a')  =  3 ;    q('a') =  4 ;


longname(i)   =  p(i)
                +  q(i) ;
* emd-fmt: on
p(i)        = 1;
q(i)        = 2;
longname(i) = p(i)+q(i);

p(i) = 1;
q(i)  =  2;
