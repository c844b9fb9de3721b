// Diagnostic messages of the solver phase: codes E5xxx (errors) and W5xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const solverMessages = {
  // ---- E5000–E5099 / W5000–W5099: the interior-point solver ipm (src/solvers/ipm, linalg). ----
  Ipm_0_not_finite_at_start: {
    code: 'E5000',
    severity: 'error',
    text: 'The {0} is not finite at the starting point.',
  },
  Ipm_variable_0_bounds_inconsistent_1_2: {
    code: 'E5001',
    severity: 'error',
    text: 'Variable {0} has a lower bound {1} above its upper bound {2}.',
  },
  Ipm_row_0_bounds_inconsistent_1_2: {
    code: 'E5002',
    severity: 'error',
    text: 'Constraint {0} has a lower bound {1} above its upper bound {2}.',
  },
  Ipm_0_not_finite_at_iterate: {
    code: 'E5003',
    severity: 'error',
    text: 'The {0} is not finite at an accepted iterate.',
  },
  Ipm_kkt_not_regularizable: {
    code: 'E5004',
    severity: 'error',
    text: 'The KKT matrix could not be regularized (the Hessian perturbation exceeded its maximum).',
  },
  Ipm_kkt_inaccurate: {
    code: 'E5005',
    severity: 'error',
    text: 'The KKT system could not be solved accurately, even with regularization.',
  },
  Ipm_exception_0: { code: 'E5006', severity: 'error', text: 'The ipm solver stopped on an exception: {0}' },
  Ipm_max_iter_0: {
    code: 'W5000',
    severity: 'warning',
    text: 'Maximum number of iterations ({0}) exceeded.',
  },
  Ipm_max_time_0: { code: 'W5001', severity: 'warning', text: 'Maximum time ({0} s) exceeded.' },
  Ipm_local_infeasibility: {
    code: 'W5002',
    severity: 'warning',
    text: 'Converged to a point of local infeasibility: the problem may be infeasible.',
  },
  Ipm_diverging: {
    code: 'W5003',
    severity: 'warning',
    text: 'Iterates diverging; the problem might be unbounded.',
  },
  Ipm_restoration_failed_0: { code: 'W5004', severity: 'warning', text: 'The restoration phase failed: {0}' },
  Ipm_acceptable_after_failure: {
    code: 'W5005',
    severity: 'warning',
    text: 'The restoration phase was needed or failed; the last point that satisfied the acceptable tolerances is returned.',
  },
  // E5020–E5039 / W5020–W5039: divergence and interruption (nlp-adapter.ts, both NLP backends).
  Ipm_objective_unbounded_0_1_2: {
    code: 'W5020',
    severity: 'warning',
    text: 'The objective runs away at feasible points ({0} to {1} in {2} iterations, its gradient growing without bound): the problem is unbounded.',
  },
  Solve_interrupted: {
    code: 'W5021',
    severity: 'warning',
    text: 'The solve was interrupted (SIGINT).',
  },
  // ---- end of the ipm block ----
  // ---- E5010–E5019 / W5010–W5019: solver names of GAMS (src/run/solve.ts). ----
  Gams_solver_0_replaced_by_1: {
    code: 'W5010',
    severity: 'info',
    text: "Solver '{0}' is a GAMS solver that EMD does not have: {1} solved this {2} model instead.",
  },
  Convert_0_solves_with_1: {
    code: 'W5011',
    severity: 'info',
    text: "Solver '{0}' writes the model out in GAMS instead of solving it: EMD solved this {2} model with {1}.",
  },
  Solver_0_unavailable_1_replaced_by_2: {
    code: 'W5012',
    severity: 'info',
    text: 'Solver {0} is not available ({1}): {2} solved this {3} model instead.',
  },
  // ---- E5500–E5999 / W5500–W5999: solver adapters, registry and options (src/solvers/glpk,
  // highs, ipopt, nlp-adapter.ts, registry.ts, linear-form.ts). ----
  Unknown_option_0_for_solver_1: {
    code: 'E5500',
    severity: 'error',
    text: "'{0}' is not an option of solver {1}.",
  },
  Option_0_of_solver_1_expects_2_not_3: {
    code: 'E5501',
    severity: 'error',
    text: "Option '{0}' of solver {1} expects {2}, not '{3}'.",
  },
  Row_0_is_nonlinear_for_solver_1: {
    code: 'E5502',
    severity: 'error',
    text: "Row '{0}' is nonlinear; solver {1} solves linear rows only.",
  },
  Objective_is_not_quadratic_for_solver_0: {
    code: 'E5503',
    severity: 'error',
    text: 'The objective is nonlinear and not quadratic; solver {0} solves linear and quadratic objectives only.',
  },
  Quadratic_objective_not_convex_0: {
    code: 'E5504',
    severity: 'error',
    text: 'The quadratic objective is not convex ({0}); highs solves convex QPs only.',
  },
  Ipopt_library_not_found_0: {
    code: 'E5505',
    severity: 'error',
    text: 'The Ipopt library could not be loaded ({0}).',
  },
  Ipopt_rejects_option_0_1: { code: 'E5506', severity: 'error', text: "Ipopt rejects option '{0}' = {1}." },
  Solver_0_failed_1: { code: 'E5507', severity: 'error', text: 'Solver {0} failed: {1}' },
  Mip_marginals_not_computed_0: {
    code: 'W5500',
    severity: 'warning',
    text: 'Marginals are not reported: the LP with the integer variables fixed ended with status {0}.',
  },
  Qp_duality_gap_0: {
    code: 'W5620',
    severity: 'warning',
    text: 'HiGHS called its QP point optimal with a relative primal-dual objective error of {0}: the point is feasible, not proven optimal.',
  },
  // ---- E5600–E5619 / W5600–W5609: the complementarity solver (MCP). ----
  Mcp_row_0_unmatched: {
    code: 'E5600',
    severity: 'error',
    text: "The MCP is not square: row '{0}' is an inequality matched to no variable (only =e= rows pair implicitly with free variables).",
  },
  Mcp_row_0_variable_1_absent: {
    code: 'E5601',
    severity: 'error',
    text: "The MCP is not square: row '{0}' is matched to '{1}', which appears in no equation of the model.",
  },
  Mcp_0_rows_1_columns: {
    code: 'E5602',
    severity: 'error',
    text: "The MCP is not square: {0} rows and {1} columns; column '{2}' is matched to no row and is not free (only free variables pair implicitly with =e= rows).",
  },
  // ---- E5800–E5849 / W5800–W5849: the complementarity solver, continued. ----
  Mcp_implicit_0_rows_1_columns: {
    code: 'E5800',
    severity: 'error',
    text: 'The MCP is not square: {0} =e= rows without a pair against {1} free columns without a pair (GAMS pairs them implicitly, one to one).',
  },
  // E5801 (a =n= row in an MCP) is retired: an =n= row is F = lhs − rhs, as in GAMS.
  // ---- end of the adapters' block ----
} as const satisfies Record<string, MessageDef>;
