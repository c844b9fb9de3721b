* A singleton set holds at most one element: in its data and in an assignment.
Set i / a, b, c /;
Singleton Set s(i) / a, b /, t(i);
t(i) = ord(i) > 1;
