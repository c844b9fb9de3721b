// Native Ipopt through koffi (an FFI for Node): loads libipopt, binds its C interface
// (IpStdCInterface.h: CreateIpoptProblem, Add*Option, SetIntermediateCallback, IpoptSolve,
// FreeIpoptProblem) and solves an NlpOracle. Node only: koffi is imported lazily so that a browser
// bundle never loads it. Imports solvers/types.ts and the solver message table.
//
// Ipopt's problem (Wächter & Biegler, Math. Programming 106 (2006), eq. (1)):
//   min f(x) s.t. g_L <= g(x) <= g_U, x_L <= x <= x_U; multipliers with grad f + J'lambda - z_L + z_U = 0,
// which is NlpResult's convention, so multipliers are returned as Ipopt gives them.
import type { IterationRecord, NlpOracle, NlpResult, NlpStatus } from '../types.ts';
import { solverMessages as S } from '../../diagnostics/messages/solver.ts';
import { formatTemplate } from '../../diagnostics/diagnostic.ts';

/** Node, where koffi can load native libraries; the browser (the playground) has neither. */
const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** Where libipopt is looked for when no path is given (first that loads wins). */
export function defaultLibraryPaths(platform: string = isNode ? process.platform : 'browser'): string[] {
  const env = isNode && process.env.EMD_IPOPT_LIB ? [process.env.EMD_IPOPT_LIB] : [];
  if (platform === 'darwin') {
    return [
      ...env,
      '/opt/homebrew/lib/libipopt.dylib',
      '/usr/local/lib/libipopt.dylib',
      'libipopt.dylib',
      'libipopt.3.dylib',
    ];
  }
  if (platform === 'win32') return [...env, 'ipopt-3.dll', 'ipopt.dll', 'libipopt-3.dll'];
  return [
    ...env,
    'libipopt.so.3',
    '/usr/lib/x86_64-linux-gnu/libipopt.so.3',
    '/usr/lib/aarch64-linux-gnu/libipopt.so.3',
    'libipopt.so.1',
    '/usr/lib/libipopt.so.1',
    '/usr/lib/x86_64-linux-gnu/libipopt.so.1',
    '/usr/local/lib/libipopt.so',
    'libipopt.so',
  ];
}

/** The install command for this platform (used in the unavailability reason). */
export function installHint(platform: string = isNode ? process.platform : 'browser'): string {
  if (platform === 'browser') return 'run the model with the emd command line in Node for native Ipopt';
  if (platform === 'darwin') return 'install it with `brew install ipopt`';
  if (platform === 'win32') return 'put ipopt-3.dll (from the Ipopt releases) on PATH';
  return 'install it with `apt-get install coinor-libipopt-dev` (Debian/Ubuntu)';
}

type KoffiModule = typeof import('koffi');
type Fn = (...args: unknown[]) => unknown;

/** The bound C functions of one loaded library. */
export interface IpoptLibrary {
  readonly path: string;
  /** Ipopt >= 3.14 (its C interface uses C99 bool; older ones int). */
  readonly modern: boolean;
  readonly koffi: KoffiModule;
  readonly create: Fn;
  readonly free: Fn;
  readonly addStr: Fn;
  readonly addNum: Fn;
  readonly addInt: Fn;
  readonly setIntermediate: Fn;
  readonly solve: Fn;
  readonly types: {
    evalF: unknown;
    evalGradF: unknown;
    evalG: unknown;
    evalJacG: unknown;
    evalH: unknown;
    intermediate: unknown;
  };
}

export type LoadResult = { ok: true; lib: IpoptLibrary } | { ok: false; reason: string };

/** Loads and binds libipopt from the given paths (the first that loads). Never throws. */
export async function loadIpopt(paths: readonly string[]): Promise<LoadResult> {
  if (!isNode)
    return { ok: false, reason: 'native Ipopt needs Node; the browser cannot load native libraries' };
  let koffi: KoffiModule;
  try {
    const mod = (await import('koffi')) as unknown as { default?: KoffiModule } & KoffiModule;
    koffi = mod.default ?? mod;
  } catch (err) {
    return { ok: false, reason: `the koffi FFI module could not be loaded (${(err as Error).message})` };
  }
  const errors: string[] = [];
  for (const path of paths) {
    let lib: ReturnType<KoffiModule['load']>;
    try {
      lib = koffi.load(path);
    } catch (err) {
      errors.push(`${path}: ${firstLine((err as Error).message)}`);
      continue;
    }
    try {
      return { ok: true, lib: bind(koffi, lib, path) };
    } catch (err) {
      errors.push(`${path}: ${firstLine((err as Error).message)}`);
    }
  }
  return { ok: false, reason: `libipopt not found (tried ${errors.join('; ')})` };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

/** koffi type names are global: each Bool flavour gets its own prototypes, made once. */
const protoCache = new Map<string, IpoptLibrary['types']>();

function bind(koffi: KoffiModule, lib: ReturnType<KoffiModule['load']>, path: string): IpoptLibrary {
  let modern = true;
  try {
    lib.func(
      'int GetIpoptCurrentIterate(void *p, int scaled, int n, double *x, double *z_L, double *z_U, int m, double *g, double *lambda)',
    );
  } catch {
    modern = false;
  }
  const B = modern ? 'bool' : 'int';
  const tag = modern ? 'B' : 'I';
  let types = protoCache.get(tag);
  if (!types) {
    types = {
      evalF: koffi.proto(`${B} EmdIpoptEvalF${tag}(int n, double *x, ${B} new_x, double *obj, void *user)`),
      evalGradF: koffi.proto(
        `${B} EmdIpoptEvalGradF${tag}(int n, double *x, ${B} new_x, double *grad, void *user)`,
      ),
      evalG: koffi.proto(
        `${B} EmdIpoptEvalG${tag}(int n, double *x, ${B} new_x, int m, double *g, void *user)`,
      ),
      evalJacG: koffi.proto(
        `${B} EmdIpoptEvalJacG${tag}(int n, double *x, ${B} new_x, int m, int nele, int *iRow, int *jCol, double *values, void *user)`,
      ),
      evalH: koffi.proto(
        `${B} EmdIpoptEvalH${tag}(int n, double *x, ${B} new_x, double obj_factor, int m, double *lambda, ${B} new_lambda, int nele, int *iRow, int *jCol, double *values, void *user)`,
      ),
      intermediate: koffi.proto(
        `${B} EmdIpoptIntermediate${tag}(int alg_mod, int iter, double obj, double inf_pr, double inf_du, double mu, double d_norm, double reg, double alpha_du, double alpha_pr, int ls, void *user)`,
      ),
    };
    protoCache.set(tag, types);
  }
  const t = (name: string) => `EmdIpopt${name}${tag} *`;
  return {
    path,
    modern,
    koffi,
    types,
    create: lib.func(
      `void *CreateIpoptProblem(int n, double *x_L, double *x_U, int m, double *g_L, double *g_U, int nele_jac, int nele_hess, int index_style, ${t('EvalF')} eval_f, ${t('EvalG')} eval_g, ${t('EvalGradF')} eval_grad_f, ${t('EvalJacG')} eval_jac_g, ${t('EvalH')} eval_h)`,
    ) as Fn,
    free: lib.func('void FreeIpoptProblem(void *p)') as Fn,
    addStr: lib.func(`${B} AddIpoptStrOption(void *p, const char *key, const char *val)`) as Fn,
    addNum: lib.func(`${B} AddIpoptNumOption(void *p, const char *key, double val)`) as Fn,
    addInt: lib.func(`${B} AddIpoptIntOption(void *p, const char *key, int val)`) as Fn,
    setIntermediate: lib.func(`${B} SetIntermediateCallback(void *p, ${t('Intermediate')} cb)`) as Fn,
    solve: lib.func(
      'int IpoptSolve(void *p, _Inout_ double *x, _Out_ double *g, _Out_ double *obj_val, _Inout_ double *mult_g, _Inout_ double *mult_x_L, _Inout_ double *mult_x_U, void *user)',
    ) as Fn,
  };
}

/** One Ipopt option with its C type. */
export interface IpoptOption {
  readonly name: string;
  readonly type: 'number' | 'integer' | 'string';
  readonly value: number | string;
}

export interface IpoptSolveOptions {
  readonly options: readonly IpoptOption[];
  /** Starting multipliers (Ipopt's convention); used with warm_start_init_point=yes. */
  readonly lambda0?: Float64Array;
  readonly zL0?: Float64Array;
  readonly zU0?: Float64Array;
  readonly onIteration?: (rec: IterationRecord) => void;
  /**
   * Asked at every iteration (Ipopt's intermediate callback): true makes Ipopt stop with
   * User_Requested_Stop. IpoptSolve blocks the thread, so this must read state another thread
   * writes (the CLI's SIGINT count in shared memory), not state the event loop would update.
   */
  readonly shouldStop?: () => boolean;
}

/** ApplicationReturnStatus (IpReturnCodes_inc.h) → the NLP status vocabulary. */
export function mapIpoptStatus(code: number, lastInfPr: number, tol = 1e-6): NlpStatus {
  switch (code) {
    case 0:
      return 'optimal';
    case 1: // Solved_To_Acceptable_Level
    case 6: // Feasible_Point_Found (square problems)
      return 'acceptable';
    case 2:
      return 'infeasible';
    case 3: // Search_Direction_Becomes_Too_Small: converged in practice when the point is feasible
      return lastInfPr <= tol ? 'acceptable' : 'restoration_failed';
    case 4:
      return 'diverging';
    case 5: // User_Requested_Stop: only the intermediate callback asks for it (shouldStop)
      return 'interrupted';
    case -1:
      return 'max_iter';
    case -2:
      return 'restoration_failed';
    case -4:
      return 'max_time';
    case -13: // Invalid_Number_Detected: NaN or Inf from a function evaluation
      return 'eval_error';
    default:
      return 'error';
  }
}

export const ipoptStatusText: Record<number, string> = {
  0: 'Solve_Succeeded',
  1: 'Solved_To_Acceptable_Level',
  2: 'Infeasible_Problem_Detected',
  3: 'Search_Direction_Becomes_Too_Small',
  4: 'Diverging_Iterates',
  5: 'User_Requested_Stop',
  6: 'Feasible_Point_Found',
  [-1]: 'Maximum_Iterations_Exceeded',
  [-2]: 'Restoration_Failed',
  [-3]: 'Error_In_Step_Computation',
  [-4]: 'Maximum_CpuTime_Exceeded',
  [-10]: 'Not_Enough_Degrees_Of_Freedom',
  [-11]: 'Invalid_Problem_Definition',
  [-12]: 'Invalid_Option',
  [-13]: 'Invalid_Number_Detected',
  [-100]: 'Unrecoverable_Exception',
  [-101]: 'NonIpopt_Exception_Thrown',
  [-102]: 'Insufficient_Memory',
  [-199]: 'Internal_Error',
};

export type IpoptSolveOutcome =
  { ok: true; result: NlpResult; returnCode: number } | { ok: false; reason: string };

/**
 * Solves the oracle's NLP with native Ipopt. Options are set by name with their C type; an option
 * Ipopt rejects is returned as an error (not thrown). Callbacks copy x into JS buffers and write
 * results through views of Ipopt's arrays (koffi passes callback pointers as BigInt addresses).
 */
export function solveWithIpopt(lib: IpoptLibrary, o: NlpOracle, opts: IpoptSolveOptions): IpoptSolveOutcome {
  const { koffi } = lib;
  const n = o.n;
  const m = o.m;
  const nj = o.jacRows.length;
  const nh = o.hessRows.length;
  const xBuf = new Float64Array(n);
  const lamBuf = new Float64Array(m);
  const gradBuf = new Float64Array(n);
  const gBuf = new Float64Array(m);
  const jacBuf = new Float64Array(nj);
  const hessBuf = new Float64Array(nh);
  const f64 = (ptr: unknown, len: number) => new Float64Array(koffi.view(ptr, len * 8));
  const i32 = (ptr: unknown, len: number) => new Int32Array(koffi.view(ptr, len * 4));
  const readX = (ptr: unknown) => {
    xBuf.set(f64(ptr, n));
    return xBuf;
  };
  const finite = (a: Float64Array) => {
    for (let k = 0; k < a.length; k++) if (!Number.isFinite(a[k])) return false;
    return true;
  };
  let evalError: string | undefined;
  // Each callback returns false (Ipopt: evaluation failed) on a non-finite value or an exception;
  // Ipopt then cuts the step back, as the GAMS/IPOPT link does for domain errors.
  const guard = (name: string, body: () => boolean) => {
    try {
      return body() ? 1 : 0;
    } catch (err) {
      evalError ??= `${name}: ${(err as Error).message}`;
      return 0;
    }
  };
  const evalF = (_n: number, x: unknown, _nx: number, obj: unknown) =>
    guard('objective', () => {
      const v = o.objective(readX(x));
      f64(obj, 1)[0] = v;
      return Number.isFinite(v);
    });
  const evalGradF = (_n: number, x: unknown, _nx: number, grad: unknown) =>
    guard('gradient', () => {
      o.gradient(readX(x), gradBuf);
      f64(grad, n).set(gradBuf);
      return finite(gradBuf);
    });
  const evalG = (_n: number, x: unknown, _nx: number, _m: number, g: unknown) =>
    guard('constraints', () => {
      if (m === 0) return true;
      o.constraints(readX(x), gBuf);
      f64(g, m).set(gBuf);
      return finite(gBuf);
    });
  const evalJacG = (
    _n: number,
    x: unknown,
    _nx: number,
    _m: number,
    _ne: number,
    iRow: unknown,
    jCol: unknown,
    values: unknown,
  ) =>
    guard('jacobian', () => {
      if (nj === 0) return true;
      if (values === null || values === undefined || values === 0n) {
        i32(iRow, nj).set(o.jacRows);
        i32(jCol, nj).set(o.jacCols);
        return true;
      }
      o.jacobian(readX(x), jacBuf);
      f64(values, nj).set(jacBuf);
      return finite(jacBuf);
    });
  const evalH = (
    _n: number,
    x: unknown,
    _nx: number,
    objFactor: number,
    _m: number,
    lambda: unknown,
    _nl: number,
    _ne: number,
    iRow: unknown,
    jCol: unknown,
    values: unknown,
  ) =>
    guard('hessian', () => {
      if (nh === 0) return true;
      if (values === null || values === undefined || values === 0n) {
        i32(iRow, nh).set(o.hessRows);
        i32(jCol, nh).set(o.hessCols);
        return true;
      }
      if (m > 0) lamBuf.set(f64(lambda, m));
      o.hessian(readX(x), objFactor, lamBuf, hessBuf);
      f64(values, nh).set(hessBuf);
      return finite(hessBuf);
    });
  let lastInfPr = Infinity;
  let lastIter = 0;
  const intermediate = (
    algMod: number,
    iter: number,
    obj: number,
    infPr: number,
    infDu: number,
    mu: number,
    dNorm: number,
    reg: number,
    alphaDu: number,
    alphaPr: number,
    ls: number,
  ) => {
    lastInfPr = infPr;
    lastIter = iter;
    opts.onIteration?.({
      iter,
      objective: obj,
      infPr,
      infDu,
      lgMu: Math.log10(mu),
      dNorm,
      regularization: reg,
      alphaDu,
      alphaPr,
      lsTrials: ls,
      ...(algMod === 1 ? { restoration: true } : {}),
    });
    return opts.shouldStop?.() ? 0 : 1;
  };

  const t = lib.types;
  const regs: unknown[] = [];
  const reg = (fn: Fn, type: unknown) => {
    const r = koffi.register(fn, koffi.pointer(type as never));
    regs.push(r);
    return r;
  };
  let problem: unknown = null;
  try {
    problem = lib.create(
      n,
      Float64Array.from(o.xl),
      Float64Array.from(o.xu),
      m,
      Float64Array.from(o.gl),
      Float64Array.from(o.gu),
      nj,
      nh,
      0,
      reg(evalF as Fn, t.evalF),
      reg(evalG as Fn, t.evalG),
      reg(evalGradF as Fn, t.evalGradF),
      reg(evalJacG as Fn, t.evalJacG),
      reg(evalH as Fn, t.evalH),
    );
    if (!problem) return { ok: false, reason: 'CreateIpoptProblem failed (invalid sizes or bounds)' };
    for (const opt of opts.options) {
      const ok =
        opt.type === 'string'
          ? lib.addStr(problem, opt.name, String(opt.value))
          : opt.type === 'integer'
            ? lib.addInt(problem, opt.name, Math.trunc(Number(opt.value)))
            : lib.addNum(problem, opt.name, Number(opt.value));
      if (!ok)
        return { ok: false, reason: formatTemplate(S.Ipopt_rejects_option_0_1.text, [opt.name, opt.value]) };
    }
    lib.setIntermediate(problem, reg(intermediate as Fn, t.intermediate));
    const x = Float64Array.from(o.x0);
    const g = new Float64Array(Math.max(m, 1));
    const obj = new Float64Array(1);
    // At least one element each: koffi passes an empty array as NULL, and with warm_start_init_point
    // Ipopt's C interface then refuses the starting multipliers ("Error while obtaining initial
    // iterates") — the re-solve of a model whose only row became its objective (m = 0).
    const start = (v: Float64Array | undefined, len: number) => {
      const a = new Float64Array(Math.max(len, 1));
      if (v) a.set(v.subarray(0, len));
      return a;
    };
    const lambda = start(opts.lambda0, m);
    const zL = start(opts.zL0, n);
    const zU = start(opts.zU0, n);
    const code = lib.solve(problem, x, g, obj, lambda, zL, zU, null) as number;
    const status = evalError && code !== 0 && code !== 1 ? 'eval_error' : mapIpoptStatus(code, lastInfPr);
    return {
      ok: true,
      returnCode: code,
      result: {
        status,
        x,
        lambda: lambda.subarray(0, m),
        zL: zL.subarray(0, n),
        zU: zU.subarray(0, n),
        objective: obj[0],
        iterations: lastIter,
        message: `Ipopt: ${ipoptStatusText[code] ?? `return code ${code}`}${evalError ? ` (${evalError})` : ''}.`,
      },
    };
  } finally {
    if (problem) lib.free(problem);
    for (const r of regs) koffi.unregister(r as bigint);
  }
}
