* Put file attributes are accepted (not applied); execError and execSeed are predefined scalars.
file sol /sol-out.txt/;
sol.pc = 5; sol.pw = 32767;
execerror = 0;
Scalar s; s = execseed;
abort$(s <> 3141) "execseed";
abort$(execerror <> 0) "execerror";
