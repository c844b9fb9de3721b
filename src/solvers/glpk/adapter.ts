// The glpk backend: LP and MIP through glpk.js 5 (GLPK compiled to WebAssembly; synchronous in Node,
// a web worker in the browser), under the shared linear adapter (src/solvers/linear.ts: loading,
// failures, presolve re-solves, MIP marginals and relaxations). This file gives GLPK the problem,
// runs it once and names GLPK's status. Imports solvers/ (types, status, linear-form, linear,
// glpk/wasm) and model/.
//
// Two routes into GLPK, with the same problem, options and results:
//   - in Node, straight through GLPK's C API in glpk.js's WebAssembly instance (wasm.ts): the
//     LinearForm's arrays are written into the wasm heap for glp_load_matrix;
//   - otherwise (the browser's worker build, or an instance whose API could not be reached),
//     glpk.js's object input (toGlpk) and its solve().
//
// Marginals follow GAMS: row marginal = d objective / d right-hand side, variable marginal = reduced
// cost c_j - A_j'y. GLPK's row duals already are d obj / d rhs for both senses (checked on trnsport:
// demand 0.225/0.153/0.126 for min z, their negatives for max -z). GLPK's reduced costs are not read
// (glpk.js neither returns nor exports them), so they are computed here from the row duals:
// d = c - A'y (exact for the final basis).
// MIP marginals: as GAMS, those of the final LP with the integer variables fixed at their values
// (option mipmarginals=fixed, the default); 'none' reports none.
import type { SolveOptions, SolverAdapter } from '../types.ts';
import { SolveStat } from '../status.ts';
import { columnProducts, type LinearForm } from '../linear-form.ts';
import {
  createLinearAdapter,
  isYes,
  type LinearRun,
  type LinearRunSpec,
  type LinearSession,
} from '../linear.ts';
import { captureInstances, glpkWasm, GLP_EITLIM, solveInWasm, type GlpkWasm } from './wasm.ts';

/** The parts of glpk.js's LP description and result that the adapter uses. */
interface GlpkLp {
  name: string;
  objective: { direction: number; name: string; vars: { name: string; coef: number }[] };
  subjectTo: {
    name: string;
    vars: { name: string; coef: number }[];
    bnds: { type: number; ub: number; lb: number };
  }[];
  bounds: { name: string; type: number; ub: number; lb: number }[];
  generals?: string[];
}
interface GlpkSolveOptions {
  msglev: number;
  presol: boolean;
  tmlim?: number;
  mipgap?: number;
  /** The wasm route only: glpk.js's solve() has no iteration limit (the browser ignores it). */
  itlim?: number;
}
interface GlpkOutcome {
  result: { status: number; z: number; vars: Record<string, number>; dual?: Record<string, number> };
}

/** A loaded glpk.js instance (Node's synchronous one or the browser's worker one). */
export interface GlpkLike {
  readonly GLP_MIN: number;
  readonly GLP_MAX: number;
  readonly GLP_FR: number;
  readonly GLP_LO: number;
  readonly GLP_UP: number;
  readonly GLP_DB: number;
  readonly GLP_FX: number;
  readonly GLP_MSG_OFF: number;
  readonly GLP_MSG_ON: number;
  readonly GLP_UNDEF: number;
  readonly GLP_FEAS: number;
  readonly GLP_INFEAS: number;
  readonly GLP_NOFEAS: number;
  readonly GLP_OPT: number;
  readonly GLP_UNBND: number;
  solve(lp: GlpkLp, opts: GlpkSolveOptions): GlpkOutcome | Promise<GlpkOutcome>;
  /** GLPK's C API in the same instance (Node), when it could be reached: the direct route. */
  readonly wasm?: GlpkWasm;
  /** Where GLPK's terminal output goes during the next solves (Node only; undefined: the console). */
  setLogSink?(fn: ((line: string) => void) | undefined): void;
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/**
 * Loads glpk.js: the synchronous build in Node, the worker build elsewhere. In Node, GLPK's terminal
 * output (Emscripten's `print`, which is console.log bound when the module is instantiated, and
 * glpk.js passes no Module options through) is routed to a sink while a solve runs: console.log is
 * swapped for a dispatcher during instantiation only. The sink counts iterations and forwards the log.
 * The instance's C API is taken too (wasm.ts), for the direct route.
 */
export async function loadGlpk(): Promise<GlpkLike> {
  if (!isNode) {
    const mod = await import('glpk.js');
    return (await mod.default()) as unknown as GlpkLike;
  }
  let sink: ((line: string) => void) | undefined;
  const original = console.log;
  console.log = (...args: unknown[]) =>
    sink ? sink(args.map(String).join(' ')) : original.apply(console, args);
  try {
    const mod = await import('glpk.js/node');
    const { value, instances } = await captureInstances(() => mod.default());
    const g = value as unknown as GlpkLike & { version: string };
    const wasm = glpkWasm(instances, await glueScript(), g.version);
    return Object.assign(Object.create(g) as GlpkLike, {
      setLogSink(fn: ((line: string) => void) | undefined) {
        sink = fn;
      },
      ...(wasm ? { wasm } : {}),
    });
  } finally {
    console.log = original;
  }
}

/** The text of glpk.js's Node glue script (where its exports' names are), or '' when unreadable. */
async function glueScript(): Promise<string> {
  try {
    const { createRequire } = await import('node:module');
    const { readFileSync } = await import('node:fs');
    return readFileSync(createRequire(import.meta.url).resolve('glpk.js/node'), 'utf8');
  } catch {
    return '';
  }
}

interface RunOutcome {
  status: number;
  /** glp_simplex's return code, when known (the wasm route). */
  ret?: number;
  x: Float64Array;
  /** Row duals (LP only). */
  y?: Float64Array;
  iterations: number;
  seconds: number;
  log: string[];
}

interface GlpkSettings {
  msglev: number;
  tmlim?: number;
  /** GAMS iterlim: simplex iterations of an LP (the wasm route; glp_intopt has no such limit). */
  itlim?: number;
  mipgap?: number;
  presol?: boolean;
}

function settingsOf(opts: SolveOptions): GlpkSettings {
  const o = opts.options ?? {};
  const num = (k: string): number | undefined => (o[k] === undefined ? undefined : Number(o[k]));
  return {
    msglev: num('msglev') ?? 0,
    tmlim: num('tmlim') ?? opts.timeLimit,
    ...(opts.iterLimit !== undefined ? { itlim: opts.iterLimit } : {}),
    // GLPK has no absolute gap: optca is not applied (the search goes on to optcr).
    mipgap: num('mipgap') ?? opts.relativeGap,
    presol: o.presol === undefined ? undefined : isYes(o.presol),
  };
}

/** GLPK's row/column bound type for lo <= . <= up. */
function boundType(g: GlpkLike, lo: number, up: number): { type: number; lb: number; ub: number } {
  const fl = lo > -Infinity;
  const fu = up < Infinity;
  if (fl && fu) return lo === up ? { type: g.GLP_FX, lb: lo, ub: up } : { type: g.GLP_DB, lb: lo, ub: up };
  if (fl) return { type: g.GLP_LO, lb: lo, ub: 0 };
  if (fu) return { type: g.GLP_UP, lb: 0, ub: up };
  return { type: g.GLP_FR, lb: 0, ub: 0 };
}

/**
 * Column and row names x0, x1, … and r0, r1, …, made once: a loop of 1,000 re-solves should not
 * build the same strings 1,000 times (they are garbage the collector charges to the whole run).
 */
const colNames: string[] = [];
const rowNames: string[] = [];
const colName = (j: number): string => {
  for (let k = colNames.length; k <= j; k++) colNames.push(`x${k}`);
  return colNames[j];
};
const rowName = (i: number): string => {
  for (let k = rowNames.length; k <= i; k++) rowNames.push(`r${k}`);
  return rowNames[i];
};

/**
 * The glpk.js description of `lp`: columns x0.., rows r0.. (never user names). `fixed` overrides
 * column bounds (the fixed-integer LP); integrality is dropped when `relax` is set.
 */
export function toGlpk(g: GlpkLike, lp: LinearForm, relax: boolean, fixed?: Float64Array): GlpkLp {
  const objective = {
    direction: lp.sense === 'min' ? g.GLP_MIN : g.GLP_MAX,
    name: 'obj',
    vars: [] as { name: string; coef: number }[],
  };
  for (let j = 0; j < lp.n; j++) if (lp.c[j] !== 0) objective.vars.push({ name: colName(j), coef: lp.c[j] });
  const subjectTo: GlpkLp['subjectTo'] = [];
  // Arrays sized up front and objects built whole (no spread): 10^6 nonzeros make 10^6 objects
  // here, and growth copies or temporaries would double the garbage.
  for (let i = 0; i < lp.m; i++) {
    const a = lp.rowStart[i];
    const vars = new Array<{ name: string; coef: number }>(lp.rowStart[i + 1] - a);
    for (let t = 0; t < vars.length; t++)
      vars[t] = { name: colName(lp.rowCol[a + t]), coef: lp.rowVal[a + t] };
    subjectTo.push({ name: rowName(i), vars, bnds: boundType(g, lp.rowLo[i], lp.rowUp[i]) });
  }
  const bounds: GlpkLp['bounds'] = new Array(lp.n);
  const generals: string[] = [];
  for (let j = 0; j < lp.n; j++) {
    const fix = fixed && lp.integer[j] ? fixed[j] : undefined;
    const b = fix !== undefined ? boundType(g, fix, fix) : boundType(g, lp.xl[j], lp.xu[j]);
    bounds[j] = { name: colName(j), type: b.type, lb: b.lb, ub: b.ub };
    if (!relax && lp.integer[j]) generals.push(colName(j));
  }
  return { name: 'emd', objective, subjectTo, bounds, ...(generals.length ? { generals } : {}) };
}

/** Iteration counts are read from GLPK's own log lines ("*   123: obj = ...", "+   456: mip = ..."). */
const iterationLine = /^\s*[*+]?\s*(\d+):\s+(?:obj|mip)\s+=/;

/**
 * Runs GLPK once on `lp` (integrality dropped when `relax`, integer columns fixed at `fixed`), by
 * the direct route when the instance has one, and takes GLPK's log lines when it lets us (see
 * loadGlpk).
 */
async function run(
  g: GlpkLike,
  lp: LinearForm,
  relax: boolean,
  fixed: Float64Array | undefined,
  s: { msglev: number; presol: boolean; tmlim?: number; mipgap?: number; itlim?: number },
  progress?: (detail: string) => void,
): Promise<RunOutcome> {
  const log: string[] = [];
  const t0 = performance.now();
  const capture = g.setLogSink !== undefined;
  const opts: GlpkSolveOptions = {
    msglev: capture ? Math.max(s.msglev, g.GLP_MSG_ON) : s.msglev,
    presol: s.presol,
    ...(s.tmlim !== undefined ? { tmlim: s.tmlim } : {}),
    ...(s.mipgap !== undefined ? { mipgap: s.mipgap } : {}),
    ...(s.itlim !== undefined ? { itlim: s.itlim } : {}),
  };
  let out: { status: number; ret?: number; x: Float64Array; y?: Float64Array };
  // GLPK prints a line every 500 simplex iterations and every few seconds of branch and bound:
  // the sink runs inside the (synchronous) solve, so progress is reported from it.
  g.setLogSink?.((line) => {
    log.push(...line.split('\n'));
    if (progress && iterationLine.test(line)) progress(line.trim().replace(/\s+/g, ' '));
  });
  try {
    out = g.wasm
      ? solveInWasm(g.wasm, lp, relax, fixed, opts)
      : pointOf(lp, (await g.solve(toGlpk(g, lp, relax, fixed), opts)).result);
  } finally {
    g.setLogSink?.(undefined);
  }
  let iterations = 0;
  for (const line of log) {
    const mm = iterationLine.exec(line);
    if (mm) iterations = Math.max(iterations, Number(mm[1]));
  }
  return { ...out, iterations, seconds: (performance.now() - t0) / 1000, log };
}

/** The point of glpk.js's result, by column and row name. */
function pointOf(
  lp: LinearForm,
  r: GlpkOutcome['result'],
): { status: number; x: Float64Array; y?: Float64Array } {
  const x = new Float64Array(lp.n);
  for (let j = 0; j < lp.n; j++) x[j] = r.vars[colName(j)] ?? 0;
  let y: Float64Array | undefined;
  if (r.dual) {
    y = new Float64Array(lp.m);
    for (let i = 0; i < lp.m; i++) y[i] = r.dual[rowName(i)] ?? 0;
  }
  return { status: r.status, x, y };
}

/** Reduced costs with round-off below 1e-12 of the terms' size set to zero. */
function cleanReducedCosts(lp: LinearForm, y: Float64Array): Float64Array {
  // d = c - A'y (an LP: no Q); scale_j = |c_j| + sum_i |a_ij y_i|, rows ascending; one pass.
  const n = lp.n;
  const scale = new Float64Array(n);
  for (let j = 0; j < n; j++) scale[j] = Math.abs(lp.c[j]);
  const s = columnProducts(lp, y, scale).sum;
  const d = Float64Array.from(lp.c);
  for (let j = 0; j < n; j++) {
    d[j] -= s[j];
    if (Math.abs(d[j]) <= 1e-12 * Math.max(1, scale[j])) d[j] = 0;
  }
  return d;
}

function timedOut(seconds: number, tmlim: number | undefined): boolean {
  return tmlim !== undefined && seconds >= tmlim * 0.99;
}

export interface GlpkAdapterDeps {
  /** Loads glpk.js (tests inject a failing loader). */
  readonly load?: () => Promise<GlpkLike>;
}

/** The glpk adapter (LP, MIP): the shared linear adapter over this backend. */
export function createGlpkAdapter(deps: GlpkAdapterDeps = {}): SolverAdapter {
  return createLinearAdapter<GlpkLike>({
    name: 'glpk',
    classes: ['lp', 'mip'],
    library: 'glpk.js',
    load: deps.load ?? loadGlpk,
    session: glpkSession,
  });
}

/**
 * The runs of one solve. Presolve is off for an LP (so that GLPK tells infeasible from unbounded)
 * and on for a MIP (glp_intopt needs it without an LP basis), unless option presol says.
 */
function glpkSession(g: GlpkLike, lp: LinearForm, _p: unknown, opts: SolveOptions): LinearSession {
  const set = settingsOf(opts);
  const show = !opts.quiet && set.msglev > 0 && opts.log ? opts.log : undefined;
  const hasInt = lp.integer.some((v) => v === 1);
  const presol = set.presol ?? hasInt;
  return {
    presolve: presol,
    async run(spec: LinearRunSpec): Promise<LinearRun> {
      // The re-solves (fixed integers, relaxation) run without presolve, time limit or gap.
      const s =
        spec.purpose === 'solve'
          ? { ...set, presol }
          : spec.purpose === 'retry'
            ? { ...set, presol: false }
            : { msglev: set.msglev, presol: false };
      const r = await run(g, lp, spec.relax, spec.fixed, s, opts.progress);
      if (show) for (const line of r.log) show(line);
      return classify(g, lp, r, !spec.relax, timedOut(r.seconds, s.tmlim));
    },
  };
}

/** A GLPK status in the shared vocabulary (linear.ts), with the point when it is one. */
function classify(g: GlpkLike, lp: LinearForm, r: RunOutcome, mip: boolean, timed: boolean): LinearRun {
  const base = { statusName: glpkStatusName(g, r.status), iterations: r.iterations };
  const point = {
    x: r.x,
    ...(r.y ? { rowDual: r.y, colDual: cleanReducedCosts(lp, r.y) } : {}),
  };
  const stop = timed
    ? SolveStat.ResourceInterrupt
    : r.ret === GLP_EITLIM
      ? SolveStat.IterationInterrupt
      : SolveStat.TerminatedBySolver;
  if (mip) {
    if (r.status === g.GLP_OPT) return { ...base, ...point, status: { kind: 'optimal' } };
    // An integer point short of proven optimal: the gap or the time limit stopped the search.
    if (r.status === g.GLP_FEAS)
      return {
        ...base,
        ...point,
        status: {
          kind: 'stopped',
          solveStatus: timed ? SolveStat.ResourceInterrupt : SolveStat.NormalCompletion,
        },
      };
    if (timed)
      return {
        ...base,
        status: { kind: 'stopped', solveStatus: SolveStat.ResourceInterrupt },
        message: 'The time limit was reached before an integer solution was found.',
      };
    if (r.status === g.GLP_NOFEAS) return { ...base, status: { kind: 'infeasible' } };
    return {
      ...base,
      status: { kind: 'undefined' },
      message: 'GLPK returned no integer solution (status undefined).',
    };
  }
  switch (r.status) {
    case g.GLP_OPT:
      return { ...base, ...point, status: { kind: 'optimal' } };
    case g.GLP_FEAS:
      return { ...base, ...point, feasible: true, status: { kind: 'stopped', solveStatus: stop } };
    case g.GLP_INFEAS:
      return { ...base, ...point, feasible: false, status: { kind: 'stopped', solveStatus: stop } };
    case g.GLP_NOFEAS:
      // The simplex method ends at a basis that proves infeasibility; GAMS reports its point.
      return { ...base, ...point, status: { kind: 'infeasible' } };
    case g.GLP_UNBND:
      return { ...base, ...point, status: { kind: 'unbounded' } };
    default: {
      // With the presolver on, GLPK reports an infeasible or unbounded LP as "undefined".
      const message = 'GLPK returned no solution (status undefined).';
      if (timed) return { ...base, status: { kind: 'stopped', solveStatus: stop }, message };
      return { ...base, status: { kind: 'undefined' }, undecided: r.status === g.GLP_UNDEF, message };
    }
  }
}

function glpkStatusName(g: GlpkLike, status: number): string {
  const names: [number, string][] = [
    [g.GLP_OPT, 'optimal'],
    [g.GLP_FEAS, 'feasible'],
    [g.GLP_INFEAS, 'infeasible'],
    [g.GLP_NOFEAS, 'no feasible solution'],
    [g.GLP_UNBND, 'unbounded'],
    [g.GLP_UNDEF, 'undefined'],
  ];
  return names.find(([v]) => v === status)?.[1] ?? String(status);
}

/** The shared instance used by the registry. */
export const glpkAdapter: SolverAdapter = createGlpkAdapter();
