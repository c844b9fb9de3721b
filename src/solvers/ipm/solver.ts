// The interior-point main loop (Wächter & Biegler 2006, Algorithm A; Ipopt's IpoptAlg::Optimize):
// initialize, then per iteration check convergence, update μ, compute the Newton step with inertia
// correction, run the filter line search (or the restoration phase), accept the step.
// Imports types.ts, the ipm strategy files and the solver message table (diagnostics/).
//
// Follows Ipopt's defaults closely enough that its iteration logs are reproduced line by line on
// the HS conformance models (watchdog, soft restoration, filter reset heuristic, SOC, tiny steps,
// emergency restoration included). Known differences from Ipopt:
//  - linear algebra: sparse LDLᵀ with a static order and 1x1 pivots (no Bunch-Kaufman search);
//    nodes whose pivot can vanish are ordered behind a constraint row (linalg/symbolic.ts
//    deferWeakNodes); a zero pivot at a row pairs rows without curvature with their variables as
//    2x2 blocks (pd-system.ts pairRow, as MUMPS's matching-based compression); a remaining zero
//    pivot is treated as singularity (δc) by the perturbation handler;
//  - adaptive μ: Mehrotra probing with a KKT-error globalization (Ipopt's default adaptive oracle
//    is the quality function with the obj-constr filter);
//  - iterative refinement runs on the reduced system [W + Σ, Jᵀ; J, 0] (Ipopt refines on the full
//    system with the bound multipliers; same stopping rules, slightly different residual ratio);
//  - after restoration, y is a least-squares estimate (kept if ||y||∞ <= 1e3);
//
// Iteration counts on long nonconvex runs (clnlbeam: hundreds of iterations at μ ≈ 2e-6 with
// small steps) depend on rounding: Ipopt itself takes 446 to 952 iterations at N = 5000 with
// different MUMPS orderings and scalings, and the ipm log agrees with Ipopt's to 5 digits only for
// the first ~35 iterations. Compare such counts over several N, not one.
//  - left out of this implementation: correctors, magic steps, the quality-function oracle,
//    expect_infeasible_problem, Ipopt's exact restoration-phase initial multipliers.
import type { NlpOptions, NlpOracle, NlpResult, NlpStatus } from '../types.ts';
import { ConvergenceCheck, barrierError, computeErrors, type OptimalityErrors } from './conv-check.ts';
import { FilterLineSearch, type LineSearchResult, type TrialEvaluator } from './filter-line-search.ts';
import { Watchdog } from './watchdog.ts';
import { IpmState } from './iterate.ts';
import { makeMuUpdate, type MuContext } from './mu-update.ts';
import { InternalNlp, allFinite } from './nlp.ts';
import { resolveOptions, type IpmOptions } from './options.ts';
import { PdSystem } from './pd-system.ts';
import { PerturbationHandler, type Perturbation } from './perturbation.ts';
import { runRestoration } from './restoration.ts';
import { solverMessages as S } from '../../diagnostics/messages/solver.ts';
import { formatTemplate, type MessageDef } from '../../diagnostics/diagnostic.ts';

/** NlpResult.message text from the solver message table. */
function msg(def: MessageDef, args: readonly (string | number)[] = []): string {
  return formatTemplate(def.text, args);
}

export { formatIterationLine, ITERATION_HEADER } from './log.ts';

const EPS = 2.220446049250313e-16;
/** Ipopt's soft_resto_pderror_reduction_factor and max_soft_resto_iters. */
const SOFT_RESTO_PDERROR_REDUCTION = 0.9999;
const SOFT_RESTO_MAX_ITERS = 10;
/** Residual ratio above which a solve counts as failed (Ipopt's residual_ratio_singular). */
const RESIDUAL_RATIO_SINGULAR = 1e-5;

/**
 * Internal settings of a nested solve (the restoration phase runs this same algorithm on its
 * own NLP, Ipopt's RestoIpoptNLP design).
 */
export interface InnerSettings {
  /** Starting point in oracle terms, kept as is (no push into the bounds). */
  x0: Float64Array;
  zL0: Float64Array;
  zU0: Float64Array;
  mu0: number;
  /** Called after each accepted iterate with the oracle x; true stops with status 'optimal'. */
  stopTest: (x: Float64Array) => boolean;
  iterOffset: number;
  /** For the log: the outer problem's objective and constraint violation at an inner point. */
  logPoint?: (x: Float64Array) => { objective: number; infPr: number };
  /** The objective depends on μ (restoration's proximity term): told of every new μ. */
  onMu?: (mu: number) => void;
}

export interface InternalResult extends NlpResult {
  stoppedByTest?: boolean;
}

/**
 * Solves min f(x) s.t. gl <= g(x) <= gu, xl <= x <= xu. Input: an oracle and options. Output:
 * an NlpResult with Ipopt's status vocabulary; never throws on a bad problem (NaN at the start is
 * 'eval_error', a singular KKT matrix is regularized, failures are statuses with a message).
 */
export function solveNlp(oracle: NlpOracle, opts: NlpOptions = {}): NlpResult {
  try {
    return publicResult(solveInternal(oracle, resolveOptions(opts)));
  } catch (err) {
    return exceptionResult(oracle, err);
  }
}

/** Longest stretch of iterations between two turns of the event loop in solveNlpAsync (ms). */
const YIELD_MS = 50;

/**
 * solveNlp, giving the event loop a turn every YIELD_MS between iterations: a long solve on the
 * main thread then lets signal handlers (SIGINT: opts.shouldStop) and timers run. Same result.
 */
export async function solveNlpAsync(oracle: NlpOracle, opts: NlpOptions = {}): Promise<NlpResult> {
  try {
    const steps = solveSteps(oracle, resolveOptions(opts));
    let last = performance.now();
    for (;;) {
      const s = steps.next();
      if (s.done) return publicResult(s.value);
      if (performance.now() - last >= YIELD_MS) {
        await new Promise<void>((resolve) =>
          typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
        );
        last = performance.now();
      }
    }
  } catch (err) {
    return exceptionResult(oracle, err);
  }
}

function publicResult(r: InternalResult): NlpResult {
  delete r.stoppedByTest;
  return r;
}

/** A throwing oracle callback (or a bug) must not escape: report it as a status. */
function exceptionResult(oracle: NlpOracle, err: unknown): NlpResult {
  const n = oracle.n;
  return {
    status: 'error',
    x: Float64Array.from(oracle.x0),
    lambda: new Float64Array(oracle.m),
    zL: new Float64Array(n),
    zU: new Float64Array(n),
    objective: NaN,
    iterations: 0,
    message: msg(S.Ipm_exception_0, [err instanceof Error ? err.message : String(err)]),
  };
}

/** The solver run to the end synchronously (restoration phases run their inner solve this way). */
export function solveInternal(oracle: NlpOracle, o: IpmOptions, inner?: InnerSettings): InternalResult {
  const steps = solveSteps(oracle, o, inner);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** The solver as a generator that yields once per iteration of its main loop. */
function* solveSteps(
  oracle: NlpOracle,
  o: IpmOptions,
  inner?: InnerSettings,
): Generator<void, InternalResult, void> {
  const deadline = o.deadline ?? performance.now() + o.maxSeconds * 1000;
  o = { ...o, deadline };
  const nlp = new InternalNlp(oracle, o);
  const st = new IpmState(nlp);
  const n = oracle.n;
  const fail = (status: NlpStatus, message: string, iterations = 0): InternalResult => ({
    status,
    x: nlp.fullX(st.w),
    lambda: new Float64Array(oracle.m),
    zL: new Float64Array(n),
    zU: new Float64Array(n),
    objective: NaN,
    iterations,
    message,
  });

  // --- Initialization (§3.6) ---
  for (let k = 0; k < nlp.nx; k++) st.w[k] = (inner ? inner.x0 : oracle.x0)[nlp.xOrig[k]];
  if (!allFinite(st.w)) return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['starting point']));
  for (let k = 0; k < nlp.nx; k++) {
    const j = nlp.xOrig[k];
    if (oracle.xl[j] > oracle.xu[j]) {
      return fail(
        'infeasible',
        msg(S.Ipm_variable_0_bounds_inconsistent_1_2, [j, oracle.xl[j], oracle.xu[j]]),
      );
    }
  }
  for (let r = 0; r < nlp.m; r++) {
    const i = nlp.rowOrig[r];
    if (oracle.gl[i] > oracle.gu[i]) {
      return fail('infeasible', msg(S.Ipm_row_0_bounds_inconsistent_1_2, [i, oracle.gl[i], oracle.gu[i]]));
    }
  }
  if (o.scaling === 'gradient-based') nlp.computeScaling(st.w, o.nlpScalingMaxGradient, o.nlpScalingMinValue);
  nlp.setBounds(o.boundRelaxFactor, o.constrViolTol);
  if (!inner) pushIntoBounds(st.w, 0, nlp.nx, st, o.boundPush, o.boundFrac);
  // Slacks start at d(x0), pushed into their bounds.
  if (nlp.m > 0) {
    if (!nlp.constraints(st.w, st.c))
      return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['constraint function']));
    for (let r = 0; r < nlp.m; r++) {
      const s = nlp.slackOf[r];
      if (s >= 0) st.w[s] = st.c[r] + st.w[s]; // c = dc g - s with s = 0 initially
    }
    pushIntoBounds(st.w, nlp.nx, nlp.nw, st, o.boundPush, o.boundFrac);
  }
  st.f = nlp.objective(st.w);
  if (!Number.isFinite(st.f)) return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['objective']));
  if (!nlp.gradient(st.w, st.grad))
    return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['objective gradient']));
  if (!nlp.constraints(st.w, st.c))
    return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['constraint function']));
  if (!nlp.jacobian(st.w, st.jac))
    return fail('eval_error', msg(S.Ipm_0_not_finite_at_start, ['constraint Jacobian']));

  const hasBound = new Uint8Array(nlp.nw);
  for (let i = 0; i < nlp.nw; i++) hasBound[i] = st.hasL[i] | st.hasU[i];
  const sys = new PdSystem({
    nw: nlp.nw,
    m: nlp.m,
    hessRows: nlp.hessRows,
    hessCols: nlp.hessCols,
    jacRows: nlp.jacRows,
    jacCols: nlp.jacCols,
    hasBound,
  });

  // Bound multipliers: 1 (bound_mult_init_val), or the warm start / restoration values.
  let muInit = o.muInit;
  if (inner) {
    st.zL.set(inner.zL0.subarray(0, nlp.nw));
    st.zU.set(inner.zU0.subarray(0, nlp.nw));
    muInit = inner.mu0;
  } else {
    for (let i = 0; i < nlp.nw; i++) {
      st.zL[i] = st.hasL[i] ? o.boundMultInitVal : 0;
      st.zU[i] = st.hasU[i] ? o.boundMultInitVal : 0;
    }
    if (o.warmStart) {
      const df = nlp.objScale;
      for (let k = 0; k < nlp.nx; k++) {
        const j = nlp.xOrig[k];
        if (o.zL0 && st.hasL[k]) st.zL[k] = Math.max(1e-3, o.zL0[j] * df);
        if (o.zU0 && st.hasU[k]) st.zU[k] = Math.max(1e-3, o.zU0[j] * df);
      }
      if (o.lambda0) {
        for (let r = 0; r < nlp.m; r++) {
          const y = (o.lambda0[nlp.rowOrig[r]] * df) / nlp.rowScale[r];
          st.y[r] = y;
          const s = nlp.slackOf[r];
          // -y - zL + zU = 0 on the slack: split y into its bound multipliers.
          if (s >= 0) {
            if (st.hasL[s]) st.zL[s] = Math.max(1e-3, -y);
            if (st.hasU[s]) st.zU[s] = Math.max(1e-3, y);
          }
        }
      }
      // μ starts at mu_init as in Ipopt's warm start (warm_start_init_point changes the point and
      // the multipliers only). Starting at the point's average complementarity instead was tried:
      // more iterations on the repository's decomposition loops (tatonnement 171 vs Ipopt's 139,
      // with mu_init: 139), as the multipliers of the previous data are not those of the new.
    }
  }
  // Equality multipliers: least-squares estimate (§3.6), discarded when too large. A square
  // problem (as many equality rows as free variables, no inequalities) has nothing to optimize:
  // as Ipopt, start from y = 0 and recompute y by least squares after every step, so that only
  // feasibility decides convergence.
  // (A rank-deficient square Jacobian is not square in this sense: it is solved as usual.)
  let square = nlp.m > 0 && nlp.ns === 0 && nlp.m === nlp.nx && !inner;
  if (square) {
    square = leastSquaresMultipliers(st, nlp, sys, Infinity);
    st.y.fill(0);
  }
  if (!(o.warmStart && o.lambda0) && !inner && nlp.m > 0 && !square)
    leastSquaresMultipliers(st, nlp, sys, o.constrMultInitMax);

  // --- Strategies ---
  const conv = new ConvergenceCheck(o, square);
  const ls = new FilterLineSearch(o, nlp.nw, nlp.m);
  const pert = new PerturbationHandler(o);
  const watchdog = new Watchdog(st);
  const muUpdate = makeMuUpdate(o, muInit, inner !== undefined);
  muUpdate.init(st);
  ls.init(IpmState.theta(st.c));

  // Per-iteration scratch.
  const rc = st.c; // the constraint part of the right-hand side is c(w)
  const dwAff = new Float64Array(nlp.nw);
  const dyAff = new Float64Array(nlp.m);
  const dzLAff = new Float64Array(nlp.nw);
  const dzUAff = new Float64Array(nlp.nw);
  const gradPhi = new Float64Array(nlp.nw);
  const perturbation: Perturbation = { dw: 0, dc: 0 };
  let factored = false;
  let iter = 0;
  let tinyStep = false;
  let last = { dNorm: 0, alphaPr: 0, alphaDu: 0, ls: 0, rg: 0, type: ' ' };
  let errors: OptimalityErrors = computeErrors(st, nlp);
  const offset = inner ? inner.iterOffset : 0;

  const finish = (status: NlpStatus, message?: string, stoppedByTest = false): InternalResult => {
    const x = nlp.fullX(st.w);
    // The iterates live in the relaxed bounds; the answer is projected into the original ones
    // (Ipopt's honor_original_bounds).
    if (!inner) for (let j = 0; j < n; j++) x[j] = Math.min(Math.max(x[j], oracle.xl[j]), oracle.xu[j]);
    const mult = nlp.unscaleMultipliers(st.w, st.y, st.zL, st.zU);
    const f = oracle.objective(x);
    return {
      status,
      x,
      lambda: mult.lambda,
      zL: mult.zL,
      zU: mult.zU,
      objective: f,
      iterations: iter,
      message,
      stoppedByTest,
    };
  };

  /** Right-hand side rw = ∇φ_μ + Jᵀy for barrier parameter mu. */
  const rhsW = (mu: number, out: Float64Array): void => {
    const saved = st.mu;
    st.mu = mu;
    st.barrierGradient(o.kappaD, out);
    st.mu = saved;
    for (let k = 0; k < nlp.jacRows.length; k++) out[nlp.jacCols[k]] += st.jac[k] * st.y[nlp.jacRows[k]];
  };

  /** Hessian of the Lagrangian at the current iterate (invalidates the factorization). */
  const evalHessian = (): boolean => {
    factored = false;
    return nlp.hessRows.length === 0 || nlp.hessian(st.w, 1, st.y, st.hess);
  };

  /** Factor the KKT matrix at the current iterate with inertia correction (§3.1). */
  const factorize = (): boolean => {
    if (factored) return true;
    st.computeSigma();
    sys.setMatrix(st.sigma, st.hess, st.jac);
    if (!pert.factorize(sys, st.sigma, st.mu, perturbation)) return false;
    factored = true;
    return true;
  };

  /** Solve for (dw, dy) with rw, rc; refactor with more regularization if the solve is inaccurate. */
  const solveKkt = (rw: Float64Array, rcv: Float64Array, dw: Float64Array, dy: Float64Array): boolean => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const ratio = sys.solve(rw, rcv, dw, dy);
      if (ratio <= RESIDUAL_RATIO_SINGULAR && allFinite(dw) && allFinite(dy)) return true;
      if (!pert.increase(sys, st.sigma, st.mu, perturbation)) {
        factored = false; // the last attempt left no usable factorization
        return false;
      }
    }
    return false;
  };

  const muCtx: MuContext = {
    barrierError: (mu) => barrierError(st, errors, mu),
    optimalityError: () => errors.e0,
    affineComplementarity: () => {
      if (!factorize()) return null;
      rhsW(0, st.rw);
      if (!solveKkt(st.rw, rc, dwAff, dyAff)) return null;
      st.boundMultiplierSteps(0, dwAff, dzLAff, dzUAff);
      const ap = st.maxPrimalStep(dwAff, 1);
      const ad = st.maxDualStep(dzLAff, dzUAff, 1);
      let s = 0;
      for (let i = 0; i < st.nw; i++) {
        if (st.hasL[i]) s += (st.w[i] + ap * dwAff[i] - st.wL[i]) * (st.zL[i] + ad * dzLAff[i]);
        if (st.hasU[i]) s += (st.wU[i] - st.w[i] - ap * dwAff[i]) * (st.zU[i] + ad * dzUAff[i]);
      }
      return st.nBounds > 0 ? s / st.nBounds : 0;
    },
    tinyStep: false,
  };

  const evaluator: TrialEvaluator = {
    evalTrial: (alpha, dw) => {
      st.trialPoint(alpha, dw);
      st.fT = nlp.objective(st.wT);
      if (!Number.isFinite(st.fT)) return false;
      return nlp.constraints(st.wT, st.cT);
    },
    solveSoc: (cSoc, dwSoc, dySoc) => {
      if (!factored && !(evalHessian() && factorize())) return false;
      return solveKkt(st.rw, cSoc, dwSoc, dySoc);
    },
  };

  const emit = (): void => {
    if (!o.onIteration) return;
    // In the restoration phase Ipopt logs the original problem's objective and infeasibility.
    const outer = inner?.logPoint ? inner.logPoint(nlp.fullX(st.w)) : undefined;
    o.onIteration({
      iter: iter + offset,
      objective: outer ? outer.objective : st.f / nlp.objScale,
      infPr: outer ? outer.infPr : errors.primalUnscaled,
      infDu: errors.dual,
      lgMu: Math.log10(st.mu),
      dNorm: last.dNorm,
      regularization: last.rg,
      alphaDu: last.alphaDu,
      alphaPr: last.alphaPr,
      lsTrials: last.ls,
      restoration: inner !== undefined,
      stepType: last.type,
    });
  };

  /**
   * Feasibility restoration phase (§3.3) from the current iterate, with (θ, φ) added to the filter
   * first. Output: null to continue the main loop from the restored point, or the final result.
   */
  // The last iterate that met the acceptable tolerances (Ipopt's StoreAcceptablePoint): returned
  // when the restoration phase fails later.
  let backup: { w: Float64Array; y: Float64Array; zL: Float64Array; zU: Float64Array } | null = null;
  const storeAcceptable = (): void => {
    backup ??= {
      w: new Float64Array(st.nw),
      y: new Float64Array(st.m),
      zL: new Float64Array(st.nw),
      zU: new Float64Array(st.nw),
    };
    backup.w.set(st.w);
    backup.y.set(st.y);
    backup.zL.set(st.zL);
    backup.zU.set(st.zU);
  };
  const restoreAcceptable = (): boolean => {
    if (!backup) return false;
    st.w.set(backup.w);
    st.y.set(backup.y);
    st.zL.set(backup.zL);
    st.zU.set(backup.zU);
    return true;
  };

  const restore = (thetaC: number, phiC: number): InternalResult | null => {
    ls.augment(thetaC, phiC);
    if (conv.isAcceptable(errors)) return finish('acceptable', msg(S.Ipm_acceptable_after_failure));
    if (thetaC <= 1e-2 * o.tol) {
      // Restoration called at an almost feasible point: it cannot reduce θ by much (Ipopt stops).
      if (restoreAcceptable()) return finish('acceptable', msg(S.Ipm_acceptable_after_failure));
      return finish(
        'restoration_failed',
        msg(S.Ipm_restoration_failed_0, ['it was called at an almost feasible point.']),
      );
    }
    const rr = runRestoration(nlp, st, o, ls, errors, iter, solveInternal, () => {
      if (nlp.gradient(st.w, st.grad) && nlp.jacobian(st.w, st.jac))
        leastSquaresMultipliers(st, nlp, sys, o.constrMultInitMax);
    });
    iter = rr.iterations;
    if (rr.status !== 'ok') {
      if (rr.status === 'infeasible') return finish('infeasible', msg(S.Ipm_local_infeasibility));
      errors = computeErrors(st, nlp);
      if (conv.isAcceptable(errors) || restoreAcceptable())
        return finish('acceptable', msg(S.Ipm_acceptable_after_failure));
      if (rr.status === 'diverging') return finish('diverging', msg(S.Ipm_diverging));
      return finish('restoration_failed', msg(S.Ipm_restoration_failed_0, [rr.message ?? '']));
    }
    if (!nlp.gradient(st.w, st.grad) || !nlp.jacobian(st.w, st.jac)) {
      return finish(
        'eval_error',
        msg(S.Ipm_0_not_finite_at_iterate, ['derivative of the objective or constraints']),
      );
    }
    return null;
  };

  /**
   * Ipopt's TrySoftRestoStep: the step α = min(α_max, α_z max) for primal and dual variables is
   * taken when it is acceptable to the filter ("original" = true) or when it reduces the
   * primal-dual error of the barrier problem by the factor 0.9999. On success st.wT/fT/cT hold
   * the trial point; null otherwise.
   */
  const softResto = { active: false, count: 0 };
  const gradT = new Float64Array(nlp.nw);
  const jacT = new Float64Array(nlp.jacRows.length);
  const yT = new Float64Array(nlp.m);
  const zLT = new Float64Array(nlp.nw);
  const zUT = new Float64Array(nlp.nw);
  const trySoftResto = (): { alpha: number; original: boolean } | null => {
    const alpha = Math.min(st.maxPrimalStep(st.dw, st.tau), st.maxDualStep(st.dzL, st.dzU, st.tau));
    if (!evaluator.evalTrial(alpha, st.dw)) return null;
    const thetaT = IpmState.theta(st.cT);
    const phiT = st.barrier(st.wT, st.fT, o.kappaD);
    const thetaC = IpmState.theta(st.c);
    const phiC = st.barrier(st.w, st.f, o.kappaD);
    if (ls.acceptableToFilterAndIterate(thetaT, phiT, thetaC, phiC)) return { alpha, original: true };
    if (!nlp.gradient(st.wT, gradT) || !nlp.jacobian(st.wT, jacT)) return null;
    for (let r = 0; r < st.m; r++) yT[r] = st.y[r] + alpha * st.dy[r];
    for (let i = 0; i < st.nw; i++) {
      zLT[i] = st.zL[i] + alpha * st.dzL[i];
      zUT[i] = st.zU[i] + alpha * st.dzU[i];
    }
    const errT = primalDualError(st, nlp, st.wT, st.cT, gradT, jacT, yT, zLT, zUT, st.mu);
    const errC = primalDualError(st, nlp, st.w, st.c, st.grad, st.jac, st.y, st.zL, st.zU, st.mu);
    return errT <= SOFT_RESTO_PDERROR_REDUCTION * errC ? { alpha, original: false } : null;
  };

  // --- Main loop ---
  let restored = false;
  for (;;) {
    errors = computeErrors(st, nlp);
    // The restored point was logged as the last restoration iteration (as Ipopt does).
    if (!restored) emit();
    restored = false;
    const verdict = conv.check(errors);
    if (verdict) return finish(verdict);
    if (!inner) {
      yield;
      if (o.shouldStop?.()) return finish('interrupted', msg(S.Solve_interrupted));
    }
    if (!inner && conv.isAcceptable(errors)) storeAcceptable();
    if (iter >= o.maxIter) return finish('max_iter', msg(S.Ipm_max_iter_0, [o.maxIter]));
    if (performance.now() > deadline) return finish('max_time', msg(S.Ipm_max_time_0, [o.maxSeconds]));

    factored = false;
    // Barrier parameter update (for probing, the matrix is factored with the Hessian first).
    muCtx.tinyStep = tinyStep;
    if (muUpdate.needsFactorization && !evalHessian())
      return finish('eval_error', msg(S.Ipm_0_not_finite_at_iterate, ['Hessian of the Lagrangian']));
    if (muUpdate.update(st, muCtx)) {
      ls.reset();
      if (inner?.onMu) {
        // A μ-dependent objective: re-evaluate f and ∇f at the current point.
        inner.onMu(st.mu);
        st.f = nlp.objective(st.w);
        nlp.gradient(st.w, st.grad);
        factored = false;
      }
    }
    if ((!muUpdate.needsFactorization || !factored) && !evalHessian()) {
      return finish('eval_error', msg(S.Ipm_0_not_finite_at_iterate, ['Hessian of the Lagrangian']));
    }

    // Search direction (eq. 13) with inertia correction. If no acceptable regularization exists,
    // Ipopt falls back to the restoration phase ("emergency mode"); so do we.
    const factorOk = factorize();
    if (factorOk) rhsW(st.mu, st.rw);
    if (!factorOk || !solveKkt(st.rw, rc, st.dw, st.dy)) {
      if (inner) return finish('error', msg(factorOk ? S.Ipm_kkt_inaccurate : S.Ipm_kkt_not_regularizable));
      const stop = restore(IpmState.theta(st.c), st.barrier(st.w, st.f, o.kappaD));
      if (stop) return stop;
      restored = true;
      tinyStep = false;
      continue;
    }
    st.boundMultiplierSteps(st.mu, st.dw, st.dzL, st.dzU);

    let alphaMax = st.maxPrimalStep(st.dw, st.tau);
    let alphaDual = st.maxDualStep(st.dzL, st.dzU, st.tau);
    let thetaC = IpmState.theta(st.c);
    let phiC = st.barrier(st.w, st.f, o.kappaD);
    let gBD = 0;
    let dNorm = 0;
    // Sums in locals, stored once: a double assigned to a variable that closures share lives on
    // the heap, and each assignment in the loop would allocate one.
    const directionInfo = (): void => {
      st.barrierGradient(o.kappaD, gradPhi);
      let g = 0;
      let d = 0;
      let tiny = true;
      for (let i = 0; i < st.nw; i++) {
        g += gradPhi[i] * st.dw[i];
        d = Math.max(d, Math.abs(st.dw[i]));
        if (Math.abs(st.dw[i]) / (1 + Math.abs(st.w[i])) >= 10 * EPS) tiny = false;
      }
      gBD = g;
      dNorm = d;
      // Ipopt's DetectTinyStep: relative step below 10 ε, and not while clearly infeasible.
      tinyStep = tiny && IpmState.maxAbs(st.c, 0, st.m) <= 1e-4;
    };
    directionInfo();

    // The watchdog (Ipopt's BacktrackingLineSearch): reset on a new μ; a tiny step while it is
    // active sends us back to its reference point; it wakes up after 10 shortened steps.
    const backToWatchdogPoint = (): void => {
      watchdog.stop(st);
      factored = false;
      alphaMax = st.maxPrimalStep(st.dw, st.tau);
      alphaDual = st.maxDualStep(st.dzL, st.dzU, st.tau);
      thetaC = IpmState.theta(st.c);
      phiC = st.barrier(st.w, st.f, o.kappaD);
      rhsW(st.mu, st.rw); // for second-order corrections from this point
      directionInfo();
    };
    watchdog.checkMu(st.mu);
    let skipFirst = false;
    if (watchdog.active && tinyStep) {
      backToWatchdogPoint();
      tinyStep = false;
    }
    if (!inner && !tinyStep && !softResto.active && watchdog.shouldStart())
      watchdog.start(st, thetaC, phiC, gBD, alphaMax);

    let alphaPr: number;
    let forcedAlphaDu: number | null = null;
    let lsTrials = 1;
    let stepType = ' ';
    let useSoc = false;
    if (tinyStep) {
      // Tiny step (Ipopt's DetectTinyStep): take it without a line search; μ will be decreased.
      alphaPr = alphaMax;
      if (!evaluator.evalTrial(alphaPr, st.dw))
        return finish('eval_error', msg(S.Ipm_0_not_finite_at_iterate, ['objective or constraint function']));
      stepType = 'T';
    } else if (softResto.active) {
      // Soft restoration phase: keep taking primal-dual steps while they reduce the primal-dual
      // error (at most 10), until one is acceptable to the filter again.
      softResto.count++;
      const soft = softResto.count > SOFT_RESTO_MAX_ITERS ? null : trySoftResto();
      if (!soft) {
        const stop = restore(thetaC, phiC);
        if (stop) return stop;
        softResto.active = false;
        restored = true;
        tinyStep = false;
        watchdog.shortened = 0;
        continue;
      }
      if (soft.original) softResto.active = false;
      alphaPr = soft.alpha;
      forcedAlphaDu = soft.alpha;
      stepType = soft.original ? 'S' : 's';
    } else {
      let res: LineSearchResult;
      if (watchdog.active) {
        res = ls.search(st, st.dw, watchdog.theta, watchdog.phi, watchdog.gBD, alphaMax, evaluator, {
          watchdogTrial: true,
          alphaTest: watchdog.alphaTest,
        });
        if (res.accepted) {
          watchdog.active = false;
        } else if (watchdog.anotherTrial(res.evalError)) {
          // Take the full step anyway (Ipopt's 'w' step); the filter is left alone.
          res = {
            accepted: true,
            alphaPrimal: alphaMax,
            trials: 1,
            stepType: 'w',
            soc: false,
            evalError: false,
          };
        } else {
          // Give up: back to the stored point, backtrack along its direction from α_max/2.
          backToWatchdogPoint();
          skipFirst = true;
          res = ls.search(st, st.dw, thetaC, phiC, gBD, alphaMax, evaluator, { skipFirst });
        }
      } else {
        res = ls.search(st, st.dw, thetaC, phiC, gBD, alphaMax, evaluator);
      }
      lsTrials = res.trials;
      let soft: { alpha: number; original: boolean } | null = null;
      if (!res.accepted) {
        if (inner) return finish('restoration_failed', 'the line search failed in the restoration phase.');
        // Ipopt first tries a soft restoration step: the full primal-dual step if it reduces the
        // primal-dual error of the barrier problem; otherwise the restoration phase.
        ls.augment(thetaC, phiC);
        soft = st.m > 0 ? trySoftResto() : null;
        if (!soft) {
          const stop = restore(thetaC, phiC);
          if (stop) return stop;
          restored = true;
          tinyStep = false;
          watchdog.shortened = 0;
          continue;
        }
        if (!soft.original) {
          softResto.active = true;
          softResto.count = 0;
        }
      }
      if (soft) {
        alphaPr = soft.alpha;
        forcedAlphaDu = soft.alpha;
        stepType = soft.original ? 'S' : 's';
      } else {
        alphaPr = res.alphaPrimal;
        stepType = res.stepType;
        useSoc = res.soc;
      }
      // Full steps reset the watchdog counter, shortened ones count towards it.
      if (res.trials === 1 && !skipFirst) watchdog.shortened = 0;
      else watchdog.shortened++;
    }

    // Accept the trial point: w = wT, y += α dy, z += α_z dz, safeguard z (eq. 14-16). After a
    // second-order correction the whole corrected direction is used, as Ipopt does (its z step
    // and fraction-to-the-boundary dual step size come from the corrected primal step).
    let alphaDu = forcedAlphaDu ?? alphaDual;
    if (useSoc) {
      st.dw.set(ls.socDw);
      st.dy.set(ls.socDy);
      st.boundMultiplierSteps(st.mu, st.dw, st.dzL, st.dzU);
      alphaDu = st.maxDualStep(st.dzL, st.dzU, st.tau);
    }
    st.adjustBoundsForTrial(st.wT);
    st.acceptTrial(alphaPr, alphaDu);
    st.safeguardMultipliers(o.kappaSigma);
    if (!nlp.gradient(st.w, st.grad) || !nlp.jacobian(st.w, st.jac)) {
      return finish(
        'eval_error',
        msg(S.Ipm_0_not_finite_at_iterate, ['derivative of the objective or constraints']),
      );
    }
    iter++;
    if (square && !inner) leastSquaresMultipliers(st, nlp, sys, Infinity);
    last = { dNorm, alphaPr, alphaDu, ls: lsTrials, rg: perturbation.dw, type: stepType };

    // Divergence: |x| > 1e20 (Ipopt's diverging_iterates_tol).
    if (IpmState.maxAbs(st.w, 0, nlp.nx) > o.divergingIteratesTol) {
      errors = computeErrors(st, nlp);
      emit();
      return finish('diverging', msg(S.Ipm_diverging));
    }
    if (inner && inner.stopTest(nlp.fullX(st.w))) {
      errors = computeErrors(st, nlp);
      emit();
      return finish('optimal', undefined, true);
    }
  }
}

/** Moves w[from..to) into [wL + p_L, wU - p_U] with Ipopt's push (κ1 = bound_push, κ2 = bound_frac). */
function pushIntoBounds(
  w: Float64Array,
  from: number,
  to: number,
  st: IpmState,
  k1: number,
  k2: number,
): void {
  for (let i = from; i < to; i++) {
    const l = st.wL[i];
    const u = st.wU[i];
    const hasL = l > -Infinity;
    const hasU = u < Infinity;
    if (hasL && hasU) {
      const pl = Math.min(k1 * Math.max(1, Math.abs(l)), k2 * (u - l));
      const pu = Math.min(k1 * Math.max(1, Math.abs(u)), k2 * (u - l));
      w[i] = Math.min(Math.max(w[i], l + pl), u - pu);
    } else if (hasL) {
      w[i] = Math.max(w[i], l + k1 * Math.max(1, Math.abs(l)));
    } else if (hasU) {
      w[i] = Math.min(w[i], u - k1 * Math.max(1, Math.abs(u)));
    }
  }
}

/**
 * y from min ||∇f - zL + zU + Jᵀy||₂ via [I Jᵀ; J 0] (§3.6); y = 0 when the system is singular or
 * ||y||∞ exceeds constr_mult_init_max. Returns false when J is rank deficient (singular system).
 */
export function leastSquaresMultipliers(
  st: IpmState,
  nlp: InternalNlp,
  sys: PdSystem,
  maxNorm: number,
): boolean {
  const ones = new Float64Array(nlp.nw).fill(1);
  sys.setMatrix(ones, null, st.jac);
  const inertia = sys.factor(0, 0, ones, true);
  st.y.fill(0);
  if (inertia.zero > 0 || !sys.inertiaCorrect()) return false;
  const rw = new Float64Array(nlp.nw);
  for (let i = 0; i < nlp.nw; i++) rw[i] = st.grad[i] - st.zL[i] + st.zU[i];
  const dw = new Float64Array(nlp.nw);
  const y = new Float64Array(nlp.m);
  const ratio = sys.solve(rw, new Float64Array(nlp.m), dw, y);
  if (!(ratio <= RESIDUAL_RATIO_SINGULAR)) return false;
  let ymax = 0;
  for (let r = 0; r < nlp.m; r++) ymax = Math.max(ymax, Math.abs(y[r]));
  if (ymax <= maxNorm) st.y.set(y);
  return true;
}

/**
 * Primal-dual error of the barrier problem at a point (Ipopt's primal_dual_system_error):
 * (||∇f + Jᵀy - zL + zU||₁ + ||c||₁ + ||S z - μ||₁) / (number of entries).
 */
function primalDualError(
  st: IpmState,
  nlp: InternalNlp,
  w: Float64Array,
  c: Float64Array,
  grad: Float64Array,
  jac: Float64Array,
  y: Float64Array,
  zL: Float64Array,
  zU: Float64Array,
  mu: number,
): number {
  const r = st.work;
  for (let i = 0; i < st.nw; i++) r[i] = grad[i] - zL[i] + zU[i];
  for (let k = 0; k < nlp.jacRows.length; k++) r[nlp.jacCols[k]] += jac[k] * y[nlp.jacRows[k]];
  let dual = 0;
  for (let i = 0; i < st.nw; i++) dual += Math.abs(r[i]);
  let primal = 0;
  for (let k = 0; k < st.m; k++) primal += Math.abs(c[k]);
  let compl = 0;
  for (let i = 0; i < st.nw; i++) {
    if (st.hasL[i]) compl += Math.abs((w[i] - st.wL[i]) * zL[i] - mu);
    if (st.hasU[i]) compl += Math.abs((st.wU[i] - w[i]) * zU[i] - mu);
  }
  return (dual + primal + compl) / Math.max(1, st.nw + st.m + st.nBounds);
}
