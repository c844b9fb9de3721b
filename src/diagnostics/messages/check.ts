// Diagnostic messages of binding and checking: codes E2xxx (errors) and W2xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const checkMessages = {
  Symbol_0_is_not_declared: { code: 'E2001', severity: 'error', text: "'{0}' is not declared." },
  Symbol_0_is_already_declared: {
    code: 'E2002',
    severity: 'error',
    text: "'{0}' is already declared as a {1}.",
  },
  Symbol_0_takes_1_indices_but_is_used_with_2: {
    code: 'E2003',
    severity: 'error',
    text: "'{0}' takes {1} indices but is used with {2}.",
  },
  Name_0_is_not_a_set: {
    code: 'E2004',
    severity: 'error',
    text: "'{0}' is a {1}, not a set, and cannot be used as an index.",
  },
  Index_0_is_not_controlled: {
    code: 'E2005',
    severity: 'error',
    text: "Index '{0}' is not controlled here: no sum, loop, equation domain or assignment domain binds it.",
  },
  Index_0_does_not_match_domain_1_of_2: {
    code: 'E2006',
    severity: 'error',
    text: "Domain violation: '{0}' is used in position {1} of '{2}', whose domain there is '{3}'.",
  },
  Label_0_is_not_in_set_1: {
    code: 'E2007',
    severity: 'error',
    text: "Domain violation: '{0}' is not an element of set '{1}'.",
  },
  Variable_0_in_assignment: {
    code: 'E2008',
    severity: 'error',
    text: "Variable '{0}' cannot be used in an assignment or a condition: only its attributes can.",
  },
  Unknown_function_0: { code: 'E2009', severity: 'error', text: "Unknown function '{0}'." },
  Function_0_takes_1_arguments_but_got_2: {
    code: 'E2010',
    severity: 'error',
    text: "Function '{0}' takes {1} arguments but is called with {2}.",
  },
  Attribute_0_not_valid_for_1: {
    code: 'E2011',
    severity: 'error',
    text: "'.{0}' is not an attribute of {1} '{2}'.",
  },
  Cannot_assign_to_0: { code: 'E2012', severity: 'error', text: "Cannot assign to {0} '{1}'{2}." },
  Equation_0_not_declared_as_equation: {
    code: 'E2013',
    severity: 'error',
    text: "'{0}' is defined with '..' but is declared as a {1}, not an equation.",
  },
  Equation_0_defined_twice: {
    code: 'E2014',
    severity: 'error',
    text: "Equation '{0}' is defined more than once.",
  },
  Index_0_already_controlled: {
    code: 'E2015',
    severity: 'error',
    text: "Index '{0}' is already controlled by an enclosing sum, loop or domain.",
  },
  Model_0_not_declared: { code: 'E2016', severity: 'error', text: "'{0}' is not a model." },
  Objective_0_not_a_scalar_variable: {
    code: 'E2017',
    severity: 'error',
    text: "The objective '{0}' must be a scalar variable.",
  },
  Equation_0_has_no_definition: {
    code: 'E2018',
    severity: 'error',
    text: "Equation '{0}' is in model '{1}' but has no definition ('{0}(...) .. lhs =e= rhs;').",
  },
  Data_has_1_labels_but_0_has_2_dims: {
    code: 'E2019',
    severity: 'error',
    text: "Data for '{0}' has {1} labels per record but '{0}' has {2} dimensions.",
  },
  Duplicate_data_for_0: { code: 'E2020', severity: 'error', text: 'Duplicate data for {0}.' },
  Nonlinear_relation_in_condition: {
    code: 'E2021',
    severity: 'error',
    text: "A relational or logical operator cannot be applied to variables ('{0}'): conditions may use only data and attributes.",
  },
  Name_0_is_not_a_model_or_equation: {
    code: 'E2022',
    severity: 'error',
    text: "'{0}' is a {1}; a model lists equations or other models.",
  },
  Function_0_needs_a_set: {
    code: 'E2023',
    severity: 'error',
    text: "'{0}' needs a set or an index as argument.",
  },
  Lag_needs_one_dimensional_set_0: {
    code: 'E2024',
    severity: 'error',
    text: "Lags and leads need a one-dimensional controlled set; '{0}' is not one.",
  },
  Symbol_0_needs_indices: {
    code: 'E2025',
    severity: 'error',
    text: "'{0}' has {1} indices and is used here without them.",
  },
  Equation_domain_0_not_a_set: {
    code: 'E2026',
    severity: 'error',
    text: "Equation domain '{0}' is not a set.",
  },
  For_variable_0_not_scalar: {
    code: 'E2027',
    severity: 'error',
    text: "The loop variable '{0}' of 'for' must be a scalar parameter.",
  },
  Bad_value_in_data_0: { code: 'E2028', severity: 'error', text: "'{0}' is not a valid data value." },
  Variable_0_in_nonlinear_position_of_condition: {
    code: 'E2029',
    severity: 'error',
    text: "Variable '{0}' cannot appear inside a $ condition.",
  },
  Break_outside_loop: { code: 'E2030', severity: 'error', text: "'{0}' is only allowed inside a loop." },
  File_0_not_declared: {
    code: 'E2031',
    severity: 'error',
    text: "'{0}' is not a file; declare it with 'file {0} / name.txt /;'.",
  },
  Option_0_unknown: { code: 'E2032', severity: 'error', text: "Unknown option '{0}'." },
  Option_0_bad_value: {
    code: 'E2033',
    severity: 'error',
    text: "Option '{0}' does not accept the value '{1}'.",
  },
  Objective_0_not_in_model_1: {
    code: 'E2034',
    severity: 'error',
    text: "The objective variable '{0}' does not appear in any equation of model '{1}'.",
  },
  Set_0_used_as_value: {
    code: 'E2035',
    severity: 'error',
    text: "Set '{0}' cannot be used as a number here.",
  },
  // E2080-E2099: limits of the checker (issue 15).
  Too_many_controlled_indices_0_1: {
    code: 'E2080',
    severity: 'error',
    text: '{0} indices are controlled at once here (by enclosing sums, loops and domains); at most {1} are allowed.',
  },
  // ---- E2100–E2119 / W2100–W2109: index tuples, set attributes, stochastic programs. ----
  Stochastic_solver_0_not_supported: {
    code: 'E2100',
    severity: 'error',
    text: "Solver '{0}' solves stochastic programs (stages from .stage, distributions from its own files), which are not supported by EMD.",
  },

  Symbol_0_is_never_used: {
    code: 'W2001',
    severity: 'warning',
    text: "{0} '{1}' is declared but never used.",
  },
  Parameter_0_used_without_data: {
    code: 'W2002',
    severity: 'warning',
    text: "Parameter '{0}' is used but never given data or assigned: all its values are 0.",
  },
  Equation_0_has_no_variables: {
    code: 'W2003',
    severity: 'warning',
    text: "Equation '{0}' contains no variable: it is either always true or always false.",
  },
  Variable_redeclared_0: {
    code: 'W2004',
    severity: 'warning',
    text: "Variable '{0}' is declared again; its type is now {1}.",
  },
  // ---- E2040–E2079 / W2040–W2079: GAMS semantics (function library, implicit dimensions). ----
  Function_0_not_supported: {
    code: 'E2040',
    severity: 'error',
    text: "GAMS function '{0}' is not supported by EMD.",
  },
  Function_0_not_on_variables: {
    code: 'E2041',
    severity: 'error',
    text: "Function '{0}' cannot take a variable argument.",
  },
  // ---- E2200–E2219: complementarity models (`model m / e.x /`, `solve m using mcp`). ----
  Match_0_is_not_a_variable: {
    code: 'E2200',
    severity: 'error',
    text: "'{0}' is matched to an equation but is a {1}, not a variable.",
  },
  Match_0_1_domains_differ: {
    code: 'E2201',
    severity: 'error',
    text: "Equation '{0}' and variable '{1}' are matched but have different dimensions: ({2}) and ({3}).",
  },
  Equation_0_matched_twice: {
    code: 'E2202',
    severity: 'error',
    text: "Equation '{0}' is matched more than once in model '{1}'.",
  },
  Variable_0_matched_twice: {
    code: 'E2203',
    severity: 'error',
    text: "Variable '{0}' is matched more than once in model '{1}'.",
  },
  // E2204 (an MCP solve of a model without pairs) is retired: GAMS matches such models implicitly.
  Objective_with_0: {
    code: 'E2205',
    severity: 'error',
    text: 'A {0} model has no objective: write `solve m using {0};`.',
  },
  Acronym_0_in_arithmetic: {
    code: 'E2300',
    severity: 'error',
    text: "Acronym '{0}' is not a number: it may only be assigned or compared with eq or ne.",
  },
  Singleton_0_gets_1_elements: {
    code: 'E2301',
    severity: 'error',
    text: "Singleton set '{0}' would hold {1} elements; it holds at most one.",
  },
  Projection_0_1_not_supported: {
    code: 'E2302',
    severity: 'error',
    text: "The projection 'option {0}' cannot be made: {1}.",
  },
  // ---- E2350–E2399: GAMS constructs of the library models (sos variables, ...). ----
  /** Raised when a solve generates the model (reform/sos.ts needs the bound for its binaries). */
  Sos_member_0_unbounded: {
    code: 'E2350',
    severity: 'error',
    text: "SOS{0} variable '{1}' has no finite {2} bound, and the model's rows imply none.",
  },
  /** Raised when a solve generates the model (the data values are known then). */
  Function_0_on_variables_1: {
    code: 'E2351',
    severity: 'error',
    text: "Function '{0}' of a variable argument {1}.",
  },
  // ---- E2400–E2409: execute_critical_region (src/check/region-statement.ts). ----
  Region_0_not_a_model: {
    code: 'E2400',
    severity: 'error',
    text: "execute_critical_region needs a model first; '{0}' is a {1}.",
  },
  Region_needs_one_variable: {
    code: 'E2401',
    severity: 'error',
    text: 'execute_critical_region needs exactly one variable (without =) whose fixed entries are the parameters; it has {0}.',
  },
  Region_role_0_unknown: {
    code: 'E2402',
    severity: 'error',
    text: "'{0}' is not something execute_critical_region returns; it returns {1}.",
  },
  Region_output_0_1_2: {
    code: 'E2403',
    severity: 'error',
    text: "'{0}' receives {1} and must be a parameter of {2} indices.",
  },
  Region_rows_set_0: {
    code: 'E2404',
    severity: 'error',
    text: "The region rows need a declared set of row labels as the first index of '{0}' (and of the rhs).",
  },
} as const satisfies Record<string, MessageDef>;
