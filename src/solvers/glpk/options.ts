// The options the glpk adapter understands (names as in glpk.js / glpsol). Imports solvers/option-table.ts.
import type { OptionTable } from '../option-table.ts';

export const glpkOptions: OptionTable = {
  msglev: {
    type: 'integer',
    min: 0,
    max: 4,
    doc: 'GLPK message level shown in the log: 0 off (default), 1 errors, 2 normal, 3 all, 4 debug.',
  },
  tmlim: { type: 'number', min: 0, doc: 'Time limit in seconds.' },
  mipgap: {
    type: 'number',
    min: 0,
    doc: "Relative MIP gap at which branch and bound stops (default: the model's optcr, GAMS's default 1e-4).",
  },
  presol: {
    type: 'boolean',
    doc: 'Use the presolver. Default: off for LP (so infeasible and unbounded are told apart), on for MIP (glp_intopt needs it without an LP basis).',
  },
  mipmarginals: {
    type: 'string',
    values: ['fixed', 'none'],
    doc: "MIP marginals: 'fixed' (default) solves the LP with the integer variables fixed at their values and reports its marginals, as GAMS does; 'none' reports none.",
  },
};
