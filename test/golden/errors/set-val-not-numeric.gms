* i.val reads the label of a controlled index as a number: 'b' has none (an execution error).
Set i /1, '2.5', b/;
Parameter r(i);
r(i) = i.val;
display r;
