* An assignment that would give a singleton set two elements stops the run.
Set i / a, b, c /;
Singleton Set t(i);
t(i) = ord(i) > 1;
