// Diagnostic messages of execution: codes E3xxx (errors) and W3xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const execMessages = {
  Division_by_zero: { code: 'E3001', severity: 'error', text: 'Division by zero.' },
  Function_0_undefined_at_1: { code: 'E3002', severity: 'error', text: "'{0}' is undefined at {1}." },
  Abort_0: { code: 'E3003', severity: 'error', text: 'Abort: {0}' },
  Cns_not_square_0_1_2: {
    code: 'E1323',
    severity: 'error',
    text: "CNS model '{0}' is not square: {1} equations and {2} variables that are not fixed.",
  },
  Abort_no_error_0: { code: 'W1320', severity: 'info', text: 'Execution ended by abort.noError: {0}' },
  Loop_limit_0: {
    code: 'E3004',
    severity: 'error',
    text: 'The loop ran {0} iterations without ending and was stopped.',
  },
  Power_of_negative_0_1: {
    code: 'E3005',
    severity: 'error',
    text: '{0} ** {1} is undefined: the base of ** must be positive for a non-integer exponent (use power(x, n)).',
  },
  Assigned_element_not_in_domain: {
    code: 'E3006',
    severity: 'error',
    text: "Domain violation: '{0}' is not an element of '{1}', the domain of '{2}'.",
  },
  Model_has_no_rows_0: { code: 'E3007', severity: 'error', text: "Model '{0}' generates no equations." },
  Solver_0_unavailable_1: { code: 'E3008', severity: 'error', text: "Solver '{0}' cannot run here: {1}" },
  Solver_0_cannot_solve_1: {
    code: 'E3009',
    severity: 'error',
    text: "Solver '{0}' cannot solve {1} models.",
  },
  Bounds_crossed_0: {
    code: 'E3010',
    severity: 'error',
    text: "Variable '{0}' has lower bound {1} above upper bound {2}.",
  },
  Invalid_value_0: { code: 'E3011', severity: 'error', text: "'{0}' evaluates to {1} in the model." },
  Undefined_value_0: { code: 'E3012', severity: 'error', text: 'Undefined value (NA) in {0}.' },
  Equation_0_without_variables_infeasible: {
    code: 'E3013',
    severity: 'error',
    text: "Equation '{0}' has no variables and does not hold: {1}.",
  },
  Model_type_0_not_supported: {
    code: 'E3015',
    severity: 'error',
    text: 'Model type {0} is not supported: EMD solves LP, MIP, RMIP, QCP, NLP, DNLP, MCP and CNS models.',
  },
  Option_file_0_not_found: {
    code: 'W3003',
    severity: 'warning',
    text: "Solver options file '{0}' not found; the solver runs with its defaults.",
  },
  Option_file_0_bad_line_1: {
    code: 'E3017',
    severity: 'error',
    text: "Solver options file '{0}' has a line that is not 'name value': '{1}'.",
  },
  Declaration_in_loop: {
    code: 'E3014',
    severity: 'error',
    text: 'Declarations are not allowed inside a loop or an if.',
  },

  // ---- E3020–E3039 / W3020–W3039: solve-time checks of bounds, loops and interruption. ----
  Variable_0_bound_1_is_2: {
    code: 'E3020',
    severity: 'error',
    text: "Variable '{0}' has {1} = {2}: no value can satisfy it.",
  },
  Variable_0_bound_1_is_na: {
    code: 'E3021',
    severity: 'error',
    text: "Variable '{0}' has {1} = NA (not available).",
  },
  Interrupted_before_statement: {
    code: 'W3020',
    severity: 'warning',
    text: 'The run was interrupted (SIGINT) before this statement.',
  },
  For_loop_limit_0: {
    code: 'E3022',
    severity: 'error',
    text: 'The for loop would run more than {0} iterations; it is not run.',
  },

  Solve_did_not_find_solution_0: {
    code: 'W3001',
    severity: 'warning',
    text: "Solve of '{0}' ended without a solution: {1} / {2}.",
  },
  Loop_iteration_0: { code: 'W3002', severity: 'warning', text: '{0}' },
  // E3070-E3089: put files and other output of execution (issue 15).
  Put_0_1_out_of_range_2: {
    code: 'E3070',
    severity: 'error',
    text: 'The put {0} {1} is out of range: it must be a whole number from 0 to {2}.',
  },
  Put_file_0_cannot_be_written_1: {
    code: 'E3071',
    severity: 'error',
    text: "Put file '{0}' cannot be written: {1}.",
  },
  Put_file_0_leaves_folder_1: {
    code: 'E3072',
    severity: 'error',
    text: "Put file '{0}' is outside the folder {1}: put files are written in the model's folder (or in --output-dir).",
  },
  Singleton_0_gets_1_elements_at_run: {
    code: 'E3250',
    severity: 'error',
    text: "Singleton set '{0}' would get {1} elements from this assignment; it holds at most one.",
  },
  // E3100-E3119, W3100-W3109: asynchronous solves (solveLink 3 and 6; issue 20).
  Async_backend_lost_0_handles_1: {
    code: 'E3100',
    severity: 'error',
    text: 'The asynchronous solves stopped: {0}. Handles not collected: {1}.',
  },
  Async_solve_0_failed_1: {
    code: 'W3100',
    severity: 'warning',
    text: "The asynchronous solve of '{0}' (handle {1}) failed: {2}. Its handle status is 3 (failure).",
  },
  Async_solve_0_past_time_limit: {
    code: 'W3101',
    severity: 'warning',
    text: "The asynchronous solve of '{0}' (handle {1}) did not return within its time limit (reslim); its handle status is 3 (failure).",
  },
  Async_solves_not_collected_0: {
    code: 'W3102',
    severity: 'warning',
    text: 'The run ended with asynchronous solves never collected (handles {0}); their results are lost.',
  },
  // E3300-E3349, W3300-W3349: interruption of waits and solves (issues 15 and 20).
  Interrupted_waiting_for_handles_0: {
    code: 'W3300',
    severity: 'warning',
    text: 'The run was interrupted (SIGINT) while waiting for asynchronous solves (handles {0} not collected).',
  },

  // Commands run at execution time: `execute`, put_utility 'shell' (W5750-W5799).
  Command_0_not_run_here: {
    code: 'W5750',
    severity: 'warning',
    text: "The command '{0}' is not run: only 'emd solve' runs commands (and not with --no-call).",
  },
  Command_0_failed_1: {
    code: 'W5751',
    severity: 'warning',
    text: "The command '{0}' failed ({1}); the run goes on, as in GAMS.",
  },
  // execute_critical_region (src/run/critical-region.ts), E3260-E3269.
  Region_not_available: {
    code: 'E3260',
    severity: 'error',
    text: 'execute_critical_region cannot run here (no solver pipeline in this run).',
  },
  Region_0_not_solved: {
    code: 'E3261',
    severity: 'error',
    text: "execute_critical_region: model '{0}' has no solve to take the region from; solve it first.",
  },
  Region_0_not_linear_1: {
    code: 'E3262',
    severity: 'error',
    text: "execute_critical_region: model '{0}' is not a QP or LP with linear rows ({1}).",
  },
  Region_0_no_fixed_1: {
    code: 'E3263',
    severity: 'error',
    text: "execute_critical_region: no entry of '{0}' is fixed in model '{1}'; fix the parameters with {0}.fx.",
  },
  Region_0_rows_1_set_2_3: {
    code: 'E3264',
    severity: 'error',
    text: "execute_critical_region: the region of model '{0}' has {1} rows, but set '{2}' has {3} labels.",
  },
} as const satisfies Record<string, MessageDef>;
