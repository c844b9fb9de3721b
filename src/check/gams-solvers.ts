// The solver names GAMS accepts in `option lp = cplex;` and the model types each solves. EMD has
// none of these solvers (except highs and ipopt): a model that names one is solved by EMD's solver
// for its class, with a note. Data only; imports nothing.

/** GAMS model types that name a solver in an option statement (`option nlp = conopt;`). */
export const gamsModelTypeOptions: readonly string[] = [
  'lp',
  'mip',
  'rmip',
  'nlp',
  'dnlp',
  'cns',
  'mcp',
  'mpec',
  'rmpec',
  'minlp',
  'rminlp',
  'qcp',
  'miqcp',
  'rmiqcp',
  'emp',
  // EMD's own class name: `option qp = highs;`.
  'qp',
];

const LPS = ['lp', 'rmip'];
const MIPS = ['lp', 'mip', 'rmip'];
const QCPS = ['qcp', 'miqcp', 'rmiqcp'];
const NLPS = ['lp', 'rmip', 'nlp', 'cns', 'dnlp', 'rminlp', 'qcp', 'rmiqcp'];
const MINLPS = ['minlp', 'miqcp'];
const GLOBAL = [...MIPS, 'nlp', 'cns', 'dnlp', 'rminlp', 'minlp', 'qcp', 'miqcp', 'rmiqcp'];
const ALL = [...GLOBAL, 'mcp', 'mpec', 'rmpec', 'emp'];

/**
 * GAMS solvers by name (lower case) with the model types they solve, as the GAMS solver manuals
 * list them. `convert` and its kin write the model out instead of solving it; `default` restores
 * the default solver.
 */
export const gamsSolvers: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['alphaecp', MINLPS],
  ['ampl', ALL],
  ['antigone', [...NLPS, 'minlp', 'miqcp']],
  ['baron', GLOBAL],
  ['bdmlp', MIPS],
  ['bonmin', MINLPS],
  ['cbc', MIPS],
  ['conopt', NLPS],
  ['conopt3', NLPS],
  ['conopt4', NLPS],
  ['conoptd', NLPS],
  ['convert', ALL],
  ['convertd', ALL],
  ['copt', [...MIPS, ...QCPS]],
  ['couenne', GLOBAL],
  ['cplex', [...MIPS, ...QCPS]],
  ['cplexd', [...MIPS, ...QCPS]],
  // DECIS, alone or with CPLEX or MINOS underneath: stochastic programs (see gamsStochastic).
  ['decis', ['emp', ...LPS]],
  ['decisc', ['emp', ...LPS]],
  ['decism', ['emp', ...LPS]],
  ['de', ['emp']],
  ['default', ALL],
  ['dicopt', MINLPS],
  ['examiner', ALL],
  ['gamschk', ALL],
  ['glomiqo', [...MIPS, ...QCPS]],
  ['gurobi', [...GLOBAL]],
  ['guss', ALL],
  ['ipopt', NLPS],
  ['ipopth', NLPS],
  ['jams', ['emp', 'mcp', 'mpec']],
  ['kestrel', ALL],
  ['knitro', [...GLOBAL, 'mpec']],
  ['lgo', NLPS],
  ['lindo', [...GLOBAL, 'emp']],
  ['lindoglobal', GLOBAL],
  ['localsolver', GLOBAL],
  ['miles', ['mcp']],
  ['minos', NLPS],
  ['minos5', NLPS],
  ['mosek', [...MIPS, ...QCPS, 'nlp', 'dnlp', 'rminlp']],
  ['msnlp', NLPS],
  ['nlpec', ['mpec', 'rmpec']],
  ['octeract', GLOBAL],
  ['odhcplex', MIPS],
  ['oqnlp', [...NLPS, 'minlp', 'miqcp']],
  ['osl', MIPS],
  ['osl2', MIPS],
  ['osl3', MIPS],
  ['oslse', ['lp']],
  ['path', ['mcp', 'cns']],
  ['pathc', ['mcp', 'cns']],
  ['pathnlp', NLPS],
  ['sbb', MINLPS],
  ['scip', GLOBAL],
  ['shot', MINLPS],
  ['snopt', NLPS],
  ['soplex', LPS],
  ['xa', MIPS],
  ['xpress', [...GLOBAL]],
  ['zoom', MIPS],
]);

/** Solvers that write the model out (GAMS/Convert) instead of solving it. */
export const gamsConverters: ReadonlySet<string> = new Set(['convert', 'convertd', 'gamschk', 'examiner']);

/**
 * Solvers of stochastic programs: DECIS solves the model with the stages of its `.stage`
 * attributes and the distributions of the files the model writes for it (airsp2, farm, prodsp2).
 * EMD has no stochastic solver: solving the model as written would give the deterministic answer.
 */
export const gamsStochastic: ReadonlySet<string> = new Set(['decis', 'decisc', 'decism']);
