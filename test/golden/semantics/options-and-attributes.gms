* GAMS options and model attributes of the Model Library are accepted (limits and listing controls are not applied).
Variable z; Positive Variable x; x.prior = 1; x.scale = 1;
Equation e; e.. z =e= x + 1;
Model m /all/;
m.optcr = 0; m.reslim = 100; m.iterlim = 1000; m.workspace = 10; m.holdfixed = 1; m.optca = 0;
m.solprint = 2; m.limrow = 0; m.limcol = 0; m.threads = 1; m.tolinfrep = 1e-6; m.scaleopt = 1; m.nodlim = 100; m.savepoint = 0; m.dictfile = 0; m.trylinear = 1; m.solvelink = 5;
option optcr = 0, iterlim = 1000, reslim = 10, limrow = 0, limcol = 0, solprint = off, sysout = off, decimals = 3, optca = 0, nodlim = 1000, domlim = 100, threads = 1, bratio = 1;
option rminlp = conopt, mpec = nlpec;
solve m using lp minimizing z;
abort$(m.modelstat <> 1) "status";
abort$(m.solvestat <> 1) "x";
display m.objval, m.numequ, m.resusd;
