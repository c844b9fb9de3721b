// Diagnostic messages of model generation and classification: codes E4xxx (errors) and W4xxx (warnings).
// Keys name the message (TypeScript style); never reuse a code.
import type { MessageDef } from '../diagnostic.ts';

export const modelMessages = {
  Nonlinear_term_in_0_model: {
    code: 'E4001',
    severity: 'error',
    text: "Model '{0}' is solved as {1} but equation '{2}' is nonlinear ({3}).",
  },
  Nonsmooth_in_nlp_0: {
    code: 'E4002',
    severity: 'error',
    text: "Model '{0}' is solved as NLP but equation '{1}' uses the non-smooth function '{2}': solve it as DNLP.",
  },
  Nonsmooth_term_0_reformulated: {
    code: 'W4002',
    severity: 'info',
    text: "{0} {1}(...) term(s) of equation '{2}' are reformulated as smooth {3} constraints (one extra variable each).",
  },
  Nonsmooth_term_0_passed_through: {
    code: 'W4003',
    severity: 'warning',
    text: "{0} {1}(...) term(s) of equation '{2}' cannot be reformulated soundly and are passed to the solver as non-smooth.",
  },
  Discrete_variables_in_continuous_0: {
    code: 'W4001',
    severity: 'warning',
    text: "Model '{0}' is solved as {1}: the integrality of its {2} discrete variable(s) is relaxed.",
  },
  // ---- E4010–E4029 / W4010–W4029: values that no solver can take (infinite data). ----
  Infinite_coefficient_0_of_1: {
    code: 'E4010',
    severity: 'error',
    text: "Equation '{0}' has an infinite coefficient on variable '{1}'.",
  },
  Infinite_data_in_nonlinear_0: {
    code: 'E4011',
    severity: 'error',
    text: "Equation '{0}' has infinite data in a nonlinear term.",
  },
  Row_0_cannot_hold_1: {
    code: 'E4012',
    severity: 'error',
    text: "Equation '{0}' cannot hold: {1}.",
  },
} as const satisfies Record<string, MessageDef>;
