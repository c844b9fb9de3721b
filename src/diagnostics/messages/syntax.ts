// Diagnostic messages of the syntax phase: codes E1xxx (errors) and W1xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const syntaxMessages = {
  // Characters and tokens (E1001-E1019).
  Unexpected_character_0: { code: 'E1001', severity: 'error', text: "Unexpected character '{0}'." },
  Unterminated_string: {
    code: 'E1002',
    severity: 'error',
    text: 'Unterminated string: the closing {0} is missing on this line.',
  },
  Expected_0_but_found_1: { code: 'E1003', severity: 'error', text: 'Expected {0} but found {1}.' },
  Too_many_syntax_errors: {
    code: 'E1005',
    severity: 'error',
    text: 'Too many syntax errors; the rest of the file is not checked.',
  },
  Internal_parser_error_0: {
    code: 'E1006',
    severity: 'error',
    text: 'Internal parser error (this is a bug): {0}.',
  },

  // Declarations and data (E1020-E1049).
  Invalid_range_0_1: { code: 'E1020', severity: 'error', text: "Invalid range '{0}': {1}." },
  Range_0_too_large: {
    code: 'E1021',
    severity: 'error',
    text: "Range '{0}' has {1} elements; at most {2} are allowed.",
  },
  Missing_value_for_0: { code: 'E1022', severity: 'error', text: "Missing value for '{0}'." },
  Expected_a_number_but_found_0: {
    code: 'E1023',
    severity: 'error',
    text: "Expected a number but found '{0}'.",
  },
  Expected_separator_before_0: {
    code: 'E1024',
    severity: 'error',
    text: "Expected ',' or a line break before '{0}'.",
  },
  Invalid_character_0_in_label_1: {
    code: 'E1025',
    severity: 'error',
    text: "Invalid character '{0}' in label '{1}'.",
  },
  Empty_label: { code: 'E1026', severity: 'error', text: 'A label is missing here.' },
  Scalar_data_is_one_value: {
    code: 'E1027',
    severity: 'error',
    text: "The data of scalar '{0}' is a single value.",
  },
  Data_needs_labels_0: {
    code: 'E1028',
    severity: 'error',
    text: "Value without labels: '{0}' is declared over a domain, so each record needs its labels.",
  },
  Data_not_allowed_for_0: { code: 'E1029', severity: 'error', text: 'A {0} declaration takes no data list.' },
  Domain_not_allowed_for_scalar_0: {
    code: 'E1030',
    severity: 'error',
    text: "Scalar '{0}' cannot have a domain; declare it as a parameter.",
  },
  Delim_row_has_0_cells_expected_1: {
    code: 'E1031',
    severity: 'error',
    text: 'This row has {0} cells but the header line has {1}.',
  },

  // GAMS syntax read for the Model Library (E1150-E1199, W1150-W1199).
  Labels_in_parentheses_differ_0_1_2: {
    code: 'E1150',
    severity: 'error',
    text: "The labels in '{0}' have different numbers of parts ({1} and {2}).",
  },
  Domain_lag_0_cannot_shift_1: {
    code: 'E1151',
    severity: 'error',
    text: "The equation domain '{0}' cannot be read: '{1}' is used in its body where the lag cannot be moved (only in indices and ord({1})).",
  },

  // Tables (E1050-E1069).
  Table_number_0_under_no_header: {
    code: 'E1050',
    severity: 'error',
    text: "Number '{0}' is not under any column header.",
  },
  Table_number_0_under_headers_1: {
    code: 'E1051',
    severity: 'error',
    text: "Number '{0}' is under more than one column header ({1}).",
  },
  Table_range_header_0: {
    code: 'E1052',
    severity: 'error',
    text: "A range ('{0}') is not allowed as a table column header.",
  },
  Table_range_row_label_0: {
    code: 'E1053',
    severity: 'error',
    text: "A range ('{0}') is not allowed as a table row label.",
  },
  Table_without_header: {
    code: 'E1054',
    severity: 'error',
    text: 'The table has rows but no column headers.',
  },
  Table_body_missing_0: {
    code: 'E1055',
    severity: 'error',
    text: "Table '{0}' has no body: the column headers and rows go on the lines after its name.",
  },

  // Statements (E1070-E1099).
  Unknown_model_type_0: { code: 'E1070', severity: 'error', text: "Unknown model type '{0}'." },
  Solve_needs_0: { code: 'E1071', severity: 'error', text: 'This solve statement needs {0}.' },
  Solve_clause_twice_0: {
    code: 'E1072',
    severity: 'error',
    text: "The '{0}' clause appears twice in this solve statement.",
  },
  Relation_0_not_supported: {
    code: 'E1073',
    severity: 'error',
    text: "Relation '{0}' is not supported; use =e=, =l=, =g= or =n=.",
  },
  Equation_domain_must_be_names_0: {
    code: 'E1074',
    severity: 'error',
    text: "An equation domain lists set names only; '{0}' is not allowed here.",
  },
  Equation_definition_with_attribute_0: {
    code: 'E1075',
    severity: 'error',
    text: "An equation definition cannot have an attribute ('.{0}').",
  },
  Index_must_be_set_or_label_0: {
    code: 'E1076',
    severity: 'error',
    text: "An index must be a set name or a quoted label; found '{0}'.",
  },
  Statement_0_not_supported: { code: 'E1077', severity: 'error', text: "'{0}' is not supported by EMD." },
  Expected_to_or_downto_0: {
    code: 'E1078',
    severity: 'error',
    text: "Expected 'to' or 'downto' but found '{0}'.",
  },
  Expected_by_0: { code: 'E1079', severity: 'error', text: "Expected 'by', ',' or ')' but found '{0}'." },
  Solve_expected_min_max_0: {
    code: 'E1080',
    severity: 'error',
    text: "Expected 'using', 'minimizing' or 'maximizing' but found '{0}'.",
  },

  // Dollar control and includes (E1100-E1119, W1100-W1119).
  Include_file_0_not_found: {
    code: 'E1100',
    severity: 'error',
    text: "Include file '{0}' not found (tried '{1}').",
  },
  Include_cycle_0: { code: 'E1101', severity: 'error', text: 'Include cycle: {0}.' },
  Include_0_leaves_folder: {
    code: 'E1102',
    severity: 'error',
    text: "Include path '{0}' leaves the folder of the main file.",
  },
  Include_needs_host: {
    code: 'E1103',
    severity: 'error',
    text: '$include cannot read files here (no file host was given).',
  },
  Include_needs_file_name: { code: 'E1104', severity: 'error', text: '$include needs a file name.' },
  // E1250-E1299: limits on input (issue 15).
  Include_nesting_too_deep_0: {
    code: 'E1250',
    severity: 'error',
    text: '$include is nested more than {0} levels deep; the rest of the includes are not read.',
  },
  Includes_exceed_0_files_or_1_characters: {
    code: 'E1251',
    severity: 'error',
    text: 'The included files exceed {0} files or {1} characters in total; the rest of the includes are not read.',
  },
  Unknown_directive_0: {
    code: 'W1100',
    severity: 'warning',
    text: "Unknown dollar control option '${0}'; it is ignored.",
  },
  Unsupported_directive_0: {
    code: 'W1101',
    severity: 'warning',
    text: "Dollar control option '${0}' is not supported by EMD; it is ignored.",
  },
  Unterminated_ontext: {
    code: 'W1102',
    severity: 'warning',
    text: '$onText is not closed by $offText: the rest of the file is a comment.',
  },

  // $macro (E1550-E1559).
  Macro_0_malformed: {
    code: 'E1550',
    severity: 'error',
    text: "The $macro definition '{0}' cannot be read.",
  },
  Macro_0_takes_1_arguments_but_2: {
    code: 'E1551',
    severity: 'error',
    text: "Macro '{0}' takes {1} argument(s) but is called with {2}.",
  },
  Macro_0_call_not_closed: {
    code: 'E1552',
    severity: 'error',
    text: "The arguments of macro '{0}' are not closed by ')' on this line.",
  },
  Macro_0_too_deep: {
    code: 'E1553',
    severity: 'error',
    text: "Macro '{0}' expands into itself (more than 100 levels).",
  },

  // Compile-time variables, conditionals and the other dollar control options (E1200-E1249,
  // W1200-W1249).
  Dollar_option_0_not_supported: {
    code: 'E1200',
    severity: 'error',
    text: "Dollar control option '${0}' is not supported by EMD.",
  },
  Invalid_if_condition_0: { code: 'E1201', severity: 'error', text: 'Invalid $if condition: {0}.' },
  Invalid_expression_in_0_1: { code: 'E1202', severity: 'error', text: 'Invalid expression in ${0}: {1}.' },
  Option_0_without_ifthen: { code: 'E1203', severity: 'error', text: "'${0}' has no matching $ifThen." },
  Ifthen_not_closed: {
    code: 'E1204',
    severity: 'error',
    text: '$ifThen is not closed by $endIf in this file.',
  },
  Goto_label_0_not_found: {
    code: 'E1205',
    severity: 'error',
    text: "$goto label '{0}' is not found in this file.",
  },
  Too_many_gotos_0: {
    code: 'E1206',
    severity: 'error',
    text: 'More than {0} jumps back with $goto: is this an endless loop?',
  },
  Abort_0: { code: 'E1207', severity: 'error', text: 'Compilation aborted by $abort: {0}' },
  Error_0: { code: 'E1208', severity: 'error', text: '$error: {0}' },
  Compile_time_variable_0_undefined: {
    code: 'E1209',
    severity: 'error',
    text: "Compile-time variable '{0}' is not defined.",
  },
  Option_0_needs_1: { code: 'E1210', severity: 'error', text: '${0} needs {1}.' },
  Write_0_leaves_folder: {
    code: 'E1211',
    severity: 'error',
    text: "File '{0}' is outside the folder of the main file; EMD writes only there.",
  },
  Unknown_double_dash_0_1: {
    code: 'E1212',
    severity: 'error',
    text: "Unknown double-dash parameter '--{0}': $setDDList allows {1}.",
  },
  Terminated_0: {
    code: 'W1200',
    severity: 'warning',
    text: '${0}: the rest of the input is not read.',
  },

  // Model Library constructs (E1320-E1339, W1320-W1329).
  Unknown_abort_suffix_0: {
    code: 'E1320',
    severity: 'error',
    text: "Unknown suffix 'abort.{0}': GAMS has only 'abort.noError'.",
  },
  Put_utility_0_not_supported: {
    code: 'E1321',
    severity: 'error',
    text: "put_utility '{0}' is not supported by EMD (it has 'log', 'msg', 'msgLog', 'title', 'shell' and 'exec').",
  },
  Put_utility_needs_command: {
    code: 'E1322',
    severity: 'error',
    text: "put_utility needs its command as a quoted text ('log', 'msg', ...).",
  },

  // `$call`: programs run at compile time (E1600-E1649, W1600-W1649).
  Call_not_run_here: {
    code: 'W1600',
    severity: 'warning',
    text: "'${0}' is not run here: only 'emd solve' runs compile-time commands; what they write may be missing.",
  },
  Call_refused_0: {
    code: 'E1600',
    severity: 'error',
    text: "'${0}' is not run: 'emd solve --no-call' refuses compile-time commands.",
  },
  Call_0_failed_1: {
    code: 'E1601',
    severity: 'error',
    text: "The command '{0}' failed with exit code {1}.",
  },
  Call_0_not_started_1: {
    code: 'E1602',
    severity: 'error',
    text: "The command '{0}' could not be run: {1}.",
  },
} as const satisfies Record<string, MessageDef>;
