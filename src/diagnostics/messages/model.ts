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
} as const satisfies Record<string, MessageDef>;
