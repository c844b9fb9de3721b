* `#s` in data stands for every element of set s (food: `stock(p) / #p 500 /`).
Set p raw oils / v1, v2, o1 /
    m months / m1*m2 /
    ok(m,p) / #m.v1 /;
Parameter stock(p) / #p 500 /
          c(m,p) / m1.#p 2, m2.o1 3 /;
abort$(sum(p, stock(p)) <> 1500) 'stock', stock;
abort$(sum((m,p), c(m,p)) <> 9) 'c', c;
abort$(card(ok) <> 2 or not ok('m2','v1')) 'ok', ok;
