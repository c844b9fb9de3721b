// Diagnostic messages of the GAMS importer (src/import/): codes E6xxx (errors) and W6xxx (warnings
// and infos), and W7100-W7119 (warnings added with issue 18). Keys name the message (TypeScript style); never reuse a code. Imports diagnostic.ts.
import type { MessageDef } from '../diagnostic.ts';

export const importMessages = {
  Range_0_as_table_column_header: {
    code: 'E6001',
    severity: 'error',
    text: "A range ('{0}') cannot be a table column header: GAMS rejects it, and the {1} under it are lost, so table '{2}' holds no data.",
  },
  Output_0_cannot_be_written_1: {
    code: 'E6002',
    severity: 'error',
    text: "The .emd file '{0}' cannot be written: {1}.",
  },
  Internal_import_error_0: {
    code: 'E6999',
    severity: 'error',
    text: 'Internal error in the importer ({0}); this is a bug. The rest of the analysis is skipped.',
  },

  Text_of_0_swallows_names_1: {
    code: 'W6001',
    severity: 'warning',
    text: "This line declares only '{0}': '{1}' is its explanatory text (GAMS reads the text after a name to the end of the line), so {2} used later as {3} are never declared.",
  },
  Set_0_empty_and_unused: {
    code: 'W6002',
    severity: 'warning',
    text: "Set '{0}' has no elements and is never used.",
  },
  Label_0_is_also_set_name: {
    code: 'W6003',
    severity: 'warning',
    text: "Element '{0}' of set '{1}' has the name of set '{0}': unquoted in an index position, {0} means the set, so this element must be written '{0}' in quotes there.",
  },
  Set_0_copies_set_1: {
    code: 'W6004',
    severity: 'info',
    text: "Set '{0}' repeats the elements of set '{1}' but is a separate set: an index over one cannot stand for the other; 'alias ({1}, {0});' makes them the same set.",
  },
  Parameter_0_without_data_unused: {
    code: 'W6005',
    severity: 'warning',
    text: "Parameter '{0}' is declared without data and never used{1}.",
  },
  Parameter_0_unused: {
    code: 'W6006',
    severity: 'warning',
    text: "Parameter '{0}' has data but is never used.",
  },
  Parameter_0_used_without_data: {
    code: 'W6007',
    severity: 'warning',
    text: "'{0}' has no data{1}: every value of it is 0 here.",
  },
  Variable_0_unused: {
    code: 'W6008',
    severity: 'warning',
    text: "Variable '{0}' is declared but appears in no equation{1}.",
  },
  Variable_0_looks_like_data: {
    code: 'W6009',
    severity: 'warning',
    text: "Variable '{0}' looks like data declared as a variable: {1}.",
  },
  Unindexed_0_defined_over_1: {
    code: 'W6010',
    severity: 'warning',
    text: "'{0}' has no index {1}, but '{2}' is indexed over {1} and its other side depends on {1}: the {3} rows{4} set the same '{0}' to {3} different values, forcing them to be equal.",
  },
  Equation_0_without_variables: {
    code: 'W6011',
    severity: 'warning',
    text: "Equation '{0}' contains no variable: {1} compares data only, {2}.",
  },
  Equation_0_cancels_to_1: {
    code: 'W6012',
    severity: 'warning',
    text: "In '{0}', {1} on both sides cancels: each row reduces to {2}{3}.",
  },
  Equation_0_always_holds: {
    code: 'W6013',
    severity: 'warning',
    text: "Equation '{0}' always holds: after cancelling {1} it reads {2}, so it generates no row.",
  },
  Domain_index_0_unused_in_1: {
    code: 'W6014',
    severity: 'warning',
    text: "Domain index '{0}' of '{1}' appears nowhere in its body: every row is repeated {2} times, once per element of {0}.",
  },
  Sum_term_does_not_depend_on_0: {
    code: 'W6015',
    severity: 'warning',
    text: "The summed term {1} does not depend on '{0}', the index of this sum: it is added card({0}) = {2} times{3}.",
  },
  Factor_0_does_not_depend_on_1: {
    code: 'W6016',
    severity: 'warning',
    text: "'{0}' does not depend on '{1}', the index of this sum: it is multiplied by {2} for every {1}, that is by sum({1}, {2}).",
  },
  Equation_0_repeats_1: {
    code: 'W6017',
    severity: 'warning',
    text: "'{0}' repeats '{1}' (line {2}) term for term: the same rows are generated twice.",
  },
  Variable_0_defined_twice: {
    code: 'W6018',
    severity: 'info',
    text: "'{0}' is already defined by '{1}' (line {2}): two definitions of the same variable force their right-hand sides to be equal.",
  },
  Lag_chain_0: {
    code: 'W6019',
    severity: 'warning',
    text: "'{0}' sets {1} equal to {2}; at the {3} element of {4}, {2} is outside the set and counts as 0, so the rows force {1} = 0 at every element of {4}.",
  },
  Discontinuous_0_of_variable: {
    code: 'W6020',
    severity: 'warning',
    text: '{0}() of a variable is discontinuous: it jumps at {1}, and derivative-based solvers (DNLP) see a zero slope everywhere else, so they cannot move {2} through it.',
  },
  Equation_0_constrains_nothing: {
    code: 'W6021',
    severity: 'warning',
    text: "'{0}' constrains nothing: {1}, so any values of the other variables satisfy it.",
  },
  Not_carried_0: {
    code: 'W6022',
    severity: 'warning',
    text: 'This text ({0}) is not carried into the .emd file; it is kept there as a comment.',
  },
  Bound_row_0: {
    code: 'W6023',
    severity: 'info',
    text: "'{0}' holds a single variable with a constant limit: it is a bound, clearer as {1}.",
  },
  Symbol_0_named_like_function: {
    code: 'W6024',
    severity: 'warning',
    text: "{0} '{1}' has the name of a built-in function, so EMD reads '{2}' as a call to that function: the .emd file calls it '{3}'.",
  },
  Power_of_possibly_negative_base_0: {
    code: 'W7100',
    severity: 'warning',
    text: "The base of '{0}' can be negative ({1}): GAMS's x**y is defined for x > 0 only and stops the solve with a domain error wherever the base is negative; EMD evaluates it as power(x, y) and goes on.",
  },
  Indices_of_0_swapped_in_1: {
    code: 'W7101',
    severity: 'warning',
    text: "In '{0}', {1} ({2}) is set to {3}, but {4} is declared as {5} ({6}): with '{7}' in the {8} position the sum is what {7} {9}, not what it {10}. The indices of '{11}' look swapped.",
  },
  Variable_0_only_in_objective_unbounded: {
    code: 'W7102',
    severity: 'warning',
    text: "'{0}' appears in no constraint, only in the objective ({1} in '{2}'), and nothing bounds it: {3} '{4}' drives {0} to {5}{6}, so the model is unbounded.",
  },
} as const satisfies Record<string, MessageDef>;
