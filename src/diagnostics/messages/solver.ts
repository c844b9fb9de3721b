// Diagnostic messages of the solver phase: codes E5xxx (errors) and W5xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const solverMessages = {
  // ---- E5500–E5999 / W5500–W5999: solver adapters, registry and options (src/solvers/glpk,
  // highs, ipopt, nlp-adapter.ts, registry.ts, linear-form.ts). ----
  Unknown_option_0_for_solver_1: { code: 'E5500', severity: 'error', text: "'{0}' is not an option of solver {1}." },
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
  // ---- end of the adapters' block ----
} as const satisfies Record<string, MessageDef>;
