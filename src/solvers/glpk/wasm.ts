// GLPK's C API in glpk.js's own WebAssembly instance (Node), and an LP loaded through it from a
// LinearForm's typed arrays: the matrix goes into the wasm heap as three 1-based arrays for
// glp_load_matrix, instead of one JavaScript object per nonzero for glpk.js's solve(). Imports
// solvers/linear-form.ts (types) only.
//
// How the instance is reached without patching node_modules: glpk.js's Node factory
// (glpk.js/node) passes no Module options and returns only its object interface, so its
// Emscripten Module, and with it the exported `_glp_*` functions, stay private. The factory does
// instantiate the wasm synchronously with `new WebAssembly.Instance` (WASM_ASYNC_COMPILATION=0),
// so loadGlpk watches that constructor while the factory runs (captureInstances) and keeps the
// instance. Its exports carry minified names; the glue script itself says which is which
// (`r._glp_create_prob=e.o,…`), and it is read from there. The result is checked before use:
// every function needed is there, and glp_version through it gives the version glpk.js reports.
// When any of this fails (another glpk.js build, the browser's worker build) there is no GlpkWasm
// and the adapter keeps glpk.js's object input.
import type { LinearForm } from '../linear-form.ts';

/** The C functions used (names as exported by glpk.js's Makefile and glpk.js.c, without `_`). */
const FUNCTIONS = [
  'glp_create_prob',
  'glp_delete_prob',
  'glp_set_obj_dir',
  'glp_add_rows',
  'glp_add_cols',
  'glp_set_row_bnds',
  'glp_set_col_bnds',
  'glp_set_obj_coef',
  'glp_load_matrix',
  'glp_sort_matrix',
  'glp_set_col_kind',
  'glp_get_status',
  'glp_get_col_prim',
  'glp_get_row_dual',
  'glp_mip_status',
  'glp_mip_col_val',
  'glp_version',
  // glpk.js.c's wrappers: glp_init_smcp/iocp, then msg_lev, tm_lim (ms), presolve (and mip_gap).
  'solve_lp',
  'solve_mip',
  // With an iteration limit: get_glp_smcp(it_lim, msg_lev, tm_lim, presolve) mallocs an smcp,
  // solve_lp_itlim(P, parm, 0) runs glp_simplex with it (solve_lp's settings plus it_lim).
  'get_glp_smcp',
  'solve_lp_itlim',
  'malloc',
  'free',
] as const;

/** GLPK's C API in one wasm instance: pointers and indices are numbers, as in C. */
export type GlpkWasm = { readonly memory: WebAssembly.Memory } & {
  readonly [K in (typeof FUNCTIONS)[number]]: (...args: number[]) => number;
};

/** Captures run one after the other, so that each sees only the instances of its own load. */
let captures: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` while recording every WebAssembly.Instance constructed, and returns both. The
 * constructor is restored before returning, whatever happens. Overlapping calls wait their turn.
 */
export function captureInstances<T>(
  load: () => Promise<T>,
): Promise<{ value: T; instances: WebAssembly.Instance[] }> {
  const run = captures.then(() => captureOne(load));
  captures = run.catch(() => undefined);
  return run;
}

async function captureOne<T>(
  load: () => Promise<T>,
): Promise<{ value: T; instances: WebAssembly.Instance[] }> {
  const wa = WebAssembly as { Instance: typeof WebAssembly.Instance };
  const original = wa.Instance;
  const instances: WebAssembly.Instance[] = [];
  wa.Instance = new Proxy(original, {
    construct(target, args, newTarget) {
      const inst = Reflect.construct(target, args, newTarget) as WebAssembly.Instance;
      instances.push(inst);
      return inst;
    },
  });
  try {
    return { value: await load(), instances };
  } finally {
    wa.Instance = original;
  }
}

/**
 * The minified export name of each C function, from an Emscripten glue script's assignments
 * `Module._name=wasmExports.x`.
 */
export function exportNames(glue: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of glue.matchAll(/[\w$]+\._(\w+)=[\w$]+\.([\w$]+)(?=[,;)}])/g)) names.set(m[1], m[2]);
  return names;
}

/**
 * GLPK's API in one of `instances`, given the glue script's text and the version glpk.js
 * reports; undefined when it cannot be found and checked.
 */
export function glpkWasm(
  instances: readonly WebAssembly.Instance[],
  glue: string,
  version: string,
): GlpkWasm | undefined {
  const names = exportNames(glue);
  for (const inst of instances) {
    const ex = inst.exports as Record<string, unknown>;
    const memory = Object.values(ex).find((v): v is WebAssembly.Memory => v instanceof WebAssembly.Memory);
    if (!memory) continue;
    const api: Record<string, unknown> = { memory };
    let whole = true;
    for (const f of FUNCTIONS) {
      const fn = ex[names.get(f) ?? ''];
      if (typeof fn !== 'function') whole = false;
      api[f] = fn;
    }
    if (!whole) continue;
    const w = api as GlpkWasm;
    if (cString(w.memory, w.glp_version()) === version) return w;
  }
  return undefined;
}

function cString(memory: WebAssembly.Memory, p: number): string {
  const bytes = new Uint8Array(memory.buffer, p, Math.min(64, memory.buffer.byteLength - p));
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(bytes.subarray(0, end < 0 ? 0 : end));
}

// GLPK's constants (glpk.h), the same as glpk.js's GLP_* properties.
const GLP_MIN = 1;
const GLP_MAX = 2;
const GLP_FR = 1;
const GLP_LO = 2;
const GLP_UP = 3;
const GLP_DB = 4;
const GLP_FX = 5;
const GLP_IV = 2;
const DBL_MAX = Number.MAX_VALUE;
const INT_MAX = 2147483647;

/** A problem loaded into GLPK: its pointer and the GLPK column (1-based) of each variable. */
export interface LoadedProblem {
  readonly P: number;
  readonly col: Int32Array;
  /** Whether integrality was kept for some column (glp_intopt runs, else glp_simplex). */
  readonly mip: boolean;
}

/**
 * GLPK's type of the bounds lo <= . <= up of a row or column, as glpk.js ends up setting it from
 * toGlpk's object: bounds beyond ±`inf` are absent (rows: ±Infinity; columns: ±DBL_MAX, because
 * glpk.js reads the columns' bounds back from GLPK, which gives ±DBL_MAX for an absent one).
 * glp_set_row_bnds and glp_set_col_bnds ignore the bound a type does not have, so both bounds
 * are passed as they are.
 */
function boundType(lo: number, up: number, inf: number): number {
  const fl = lo > -inf;
  const fu = up < inf;
  if (fl) return fu ? (lo === up ? GLP_FX : GLP_DB) : GLP_LO;
  return fu ? GLP_UP : GLP_FR;
}

/**
 * Makes the wasm heap large enough for loading m rows, n columns and ne elements (GLPK's row and
 * column records of about 100 bytes, its elements of 32 and the matrix's arrays of 16 bytes each,
 * and some room for the simplex method's copy of the matrix), with one growth of the memory if it needs to grow, by allocating that much once and freeing it
 * (the memory stays grown, so the loading's own allocations find it). Left to itself, malloc grows
 * the memory in steps of at most 20%, and V8 runs a full garbage collection at each growth, whose
 * cost is that of the whole JavaScript heap: nine of them, 1.2 s, when a 1000×1000 table was held.
 */
export function reserveHeap(w: GlpkWasm, m: number, n: number, ne: number): void {
  const bytes = 64 * ne + 160 * (m + n) + (1 << 20);
  if (bytes > 1 << 30) return; // beyond what the instance may grow to: let malloc decide
  const p = w.malloc(bytes);
  if (p !== 0) w.free(p);
}

/**
 * Loads `lp` into a new GLPK problem: objective, row and column bounds (`fixed` overrides the
 * integer columns' bounds), the matrix through glp_load_matrix, integrality unless `relax`, and
 * glp_sort_matrix as glpk.js does. The caller deletes the problem (glp_delete_prob).
 */
export function loadProblem(
  w: GlpkWasm,
  lp: LinearForm,
  relax: boolean,
  fixed?: Float64Array,
): LoadedProblem {
  const { m, n } = lp;
  reserveHeap(w, m, n, lp.rowStart[m]);
  const P = w.glp_create_prob();
  w.glp_set_obj_dir(P, lp.sense === 'min' ? GLP_MIN : GLP_MAX);
  if (n > 0) w.glp_add_cols(P, n);
  if (m > 0) w.glp_add_rows(P, m);
  // GLPK's column of each variable, numbered as glpk.js numbers the columns of toGlpk's object, in
  // order of first appearance (objective terms, then the rows' terms, then the rest), so that both
  // routes give GLPK the same problem and the simplex method the same path. The rows' part is
  // numbered while the matrix is written.
  const col = new Int32Array(n);
  let next = 1;
  for (let j = 0; j < n; j++) {
    if (lp.c[j] === 0) continue;
    col[j] = next++;
    w.glp_set_obj_coef(P, col[j], lp.c[j]);
  }
  const { rowLo, rowUp, xl, xu } = lp;
  const setRow = w.glp_set_row_bnds;
  for (let i = 0; i < m; i++) setRow(P, i + 1, boundType(rowLo[i], rowUp[i], Infinity), rowLo[i], rowUp[i]);
  const ne = lp.rowStart[m];
  if (ne > 0) {
    // One block: ia and ja (ne + 1 ints each, element 0 unused), then ar (ne + 1 doubles) at an
    // offset that is a multiple of 8.
    const ints = (ne + 1 + 1) & ~1;
    const base = w.malloc(4 * 2 * ints + 8 * (ne + 1));
    if (base === 0) throw new Error('GLPK could not allocate the matrix (out of memory)');
    try {
      // Views made after malloc, which may grow (and so detach) the memory; no call in between.
      const ia = new Int32Array(w.memory.buffer, base, ne + 1);
      const ja = new Int32Array(w.memory.buffer, base + 4 * ints, ne + 1);
      const ar = new Float64Array(w.memory.buffer, base + 8 * ints, ne + 1);
      const { rowStart, rowCol } = lp;
      for (let i = 0; i < m; i++) {
        for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
          const j = rowCol[k];
          ia[k + 1] = i + 1;
          ja[k + 1] = col[j] === 0 ? (col[j] = next++) : col[j];
        }
      }
      ar.set(lp.rowVal, 1);
      w.glp_load_matrix(P, ne, base, base + 4 * ints, base + 8 * ints);
    } finally {
      w.free(base);
    }
  }
  for (let j = 0; j < n; j++) if (col[j] === 0) col[j] = next++;
  let mip = false;
  const setCol = w.glp_set_col_bnds;
  for (let j = 0; j < n; j++) {
    const fix = fixed && lp.integer[j] ? fixed[j] : undefined;
    const lo = fix ?? xl[j];
    const up = fix ?? xu[j];
    setCol(P, col[j], boundType(lo, up, DBL_MAX), lo, up);
    if (!relax && lp.integer[j]) {
      w.glp_set_col_kind(P, col[j], GLP_IV);
      mip = true;
    }
  }
  w.glp_sort_matrix(P);
  return { P, col, mip };
}

/** glpk.js's solve options, as its solve() turns them into the wrappers' arguments. */
export interface WasmSolveOptions {
  readonly msglev: number;
  readonly presol: boolean;
  /** Seconds. */
  readonly tmlim?: number;
  readonly mipgap?: number;
  /** Simplex iterations (GLPK's it_lim; LP only: glp_intopt has none). */
  readonly itlim?: number;
}

/** glp_simplex's return code when it stopped at its iteration limit (GLP_EITLIM). */
export const GLP_EITLIM = 0x08;

/** What one solve gives: GLPK's status, the columns' values and, for an LP, the row duals. */
export interface WasmOutcome {
  status: number;
  /** glp_simplex's return code (LP only): 0, or why it stopped early (GLP_EITLIM...). */
  ret?: number;
  x: Float64Array;
  y?: Float64Array;
}

/**
 * Loads and solves `lp` once (glp_simplex, or glp_intopt when integrality is kept), reads the
 * point back, and deletes the problem. The options become the wrappers' arguments as in
 * glpk.js's solve(): time limit in ms (INT_MAX when none; here also at most INT_MAX, where
 * glpk.js would wrap around), gap 0 when none.
 */
export function solveInWasm(
  w: GlpkWasm,
  lp: LinearForm,
  relax: boolean,
  fixed: Float64Array | undefined,
  o: WasmSolveOptions,
): WasmOutcome {
  const loaded = loadProblem(w, lp, relax, fixed);
  const { P, col } = loaded;
  try {
    const tmlim = o.tmlim !== undefined && o.tmlim >= 0 ? Math.min(o.tmlim * 1000, INT_MAX) : INT_MAX;
    const presol = o.presol ? 1 : 0;
    const x = new Float64Array(lp.n);
    if (loaded.mip) {
      w.solve_mip(P, o.msglev, tmlim, presol, o.mipgap !== undefined && o.mipgap >= 0 ? o.mipgap : 0);
      for (let j = 0; j < lp.n; j++) x[j] = w.glp_mip_col_val(P, col[j]);
      return { status: w.glp_mip_status(P), x };
    }
    let ret: number;
    if (o.itlim === undefined) ret = w.solve_lp(P, o.msglev, tmlim, presol);
    else {
      const parm = w.get_glp_smcp(Math.min(Math.max(0, o.itlim), INT_MAX), o.msglev, tmlim, presol);
      try {
        ret = w.solve_lp_itlim(P, parm, 0);
      } finally {
        w.free(parm);
      }
    }
    for (let j = 0; j < lp.n; j++) x[j] = w.glp_get_col_prim(P, col[j]);
    const y = new Float64Array(lp.m);
    for (let i = 0; i < lp.m; i++) y[i] = w.glp_get_row_dual(P, i + 1);
    return { status: w.glp_get_status(P), ret, x, y };
  } finally {
    w.glp_delete_prob(P);
  }
}
