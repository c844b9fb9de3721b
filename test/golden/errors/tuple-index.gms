* A two-dimensional set stands for its two indices only where a sum, loop or domain controls it;
* .val needs a numeric label; set attributes belong to controlled indices.
Set i /a,b/, j /x,y/, ij(i,j) /a.x, b.y/;
Parameter p(i,j), q, r(i);
q = p(ij);
r(i) = i.pos + j.pos;
q = sum(i, i.size);
