// Feasibility restoration phase (Wächter & Biegler 2006, §3.3; Ipopt's RestoMinC_1Nrm and
// RestoIpoptNLP): the same interior-point algorithm is run on the ℓ1 problem
//   min ρ Σ(p + n) + ζ/2 ||D_R (x - x_R)||²  s.t.  c(w) - p + n = 0,  wL <= w <= wU,  p, n >= 0
// over the current internal (scaled, relaxed) problem, with ζ = √μ_R (the restoration's own μ), D_R = diag(min(1, 1/|x_R|)),
// p and n started from the closed form (eq. 33). It stops as soon as the original infeasibility
// is reduced by κ_resto and the point is acceptable to the original filter; if it converges to a
// minimizer of the infeasibility that is not feasible, the problem is locally infeasible.
// Imports types.ts and the ipm strategy files (the solver itself is passed in).
import type { NlpOracle } from '../types.ts';
import type { OptimalityErrors } from './conv-check.ts';
import type { FilterLineSearch } from './filter-line-search.ts';
import { IpmState } from './iterate.ts';
import type { InternalNlp } from './nlp.ts';
import type { IpmOptions } from './options.ts';
import type { InnerSettings, InternalResult } from './solver.ts';

export interface RestorationOutcome {
  status: 'ok' | 'infeasible' | 'failed' | 'diverging';
  iterations: number;
  message?: string;
}

type InnerSolve = (oracle: NlpOracle, o: IpmOptions, inner: InnerSettings) => InternalResult;

/**
 * The ℓ1 restoration problem as an NLP oracle over z = (w, p, n). Its proximity weight ζ = √μ
 * follows the restoration's own barrier parameter (Ipopt's Eta(μ)): setMu changes it.
 */
export function restorationOracle(
  nlp: InternalNlp,
  wRef: Float64Array,
  mu: number,
  rho: number,
): NlpOracle & { setMu(mu: number): void } {
  let zeta = Math.sqrt(mu);
  const nw = nlp.nw;
  const m = nlp.m;
  const nx = nlp.nx;
  const N = nw + 2 * m;
  const dr = new Float64Array(nx);
  for (let k = 0; k < nx; k++) dr[k] = Math.min(1, 1 / Math.abs(wRef[k]));
  const w = new Float64Array(nw);
  const cw = new Float64Array(m);
  const nJ = nlp.jacRows.length;
  const jacRows = new Int32Array(nJ + 2 * m);
  const jacCols = new Int32Array(nJ + 2 * m);
  jacRows.set(nlp.jacRows);
  jacCols.set(nlp.jacCols);
  for (let i = 0; i < m; i++) {
    jacRows[nJ + i] = i;
    jacCols[nJ + i] = nw + i;
    jacRows[nJ + m + i] = i;
    jacCols[nJ + m + i] = nw + m + i;
  }
  const nH = nlp.hessRows.length;
  const hessRows = new Int32Array(nH + nx);
  const hessCols = new Int32Array(nH + nx);
  hessRows.set(nlp.hessRows);
  hessCols.set(nlp.hessCols);
  for (let k = 0; k < nx; k++) hessRows[nH + k] = hessCols[nH + k] = k;
  const hbuf = new Float64Array(nH);
  const jbuf = new Float64Array(nJ);
  const xl = new Float64Array(N);
  const xu = new Float64Array(N).fill(Infinity);
  xl.set(nlp.wL);
  xu.set(nlp.wU);
  const load = (z: Float64Array): void => {
    for (let i = 0; i < nw; i++) w[i] = z[i];
  };
  return {
    setMu(mu: number) {
      zeta = Math.sqrt(mu);
    },
    n: N,
    m,
    xl,
    xu,
    gl: new Float64Array(m),
    gu: new Float64Array(m),
    x0: new Float64Array(N),
    objective(z) {
      let f = 0;
      for (let i = nw; i < N; i++) f += z[i];
      f *= rho;
      let q = 0;
      for (let k = 0; k < nx; k++) {
        const d = dr[k] * (z[k] - wRef[k]);
        q += d * d;
      }
      return f + 0.5 * zeta * q;
    },
    gradient(z, out) {
      for (let k = 0; k < nx; k++) out[k] = zeta * dr[k] * dr[k] * (z[k] - wRef[k]);
      for (let i = nx; i < nw; i++) out[i] = 0;
      for (let i = nw; i < N; i++) out[i] = rho;
    },
    constraints(z, out) {
      load(z);
      if (!nlp.constraints(w, cw)) cw.fill(NaN);
      for (let i = 0; i < m; i++) out[i] = cw[i] - z[nw + i] + z[nw + m + i];
    },
    jacRows,
    jacCols,
    jacobian(z, out) {
      load(z);
      if (!nlp.jacobian(w, jbuf)) jbuf.fill(NaN);
      out.set(jbuf);
      for (let i = 0; i < m; i++) {
        out[nJ + i] = -1;
        out[nJ + m + i] = 1;
      }
    },
    hessRows,
    hessCols,
    hessian(z, objFactor, lambda, out) {
      load(z);
      if (nH > 0 && !nlp.hessian(w, 0, lambda, hbuf)) hbuf.fill(NaN);
      out.set(hbuf);
      for (let k = 0; k < nx; k++) out[nH + k] = objFactor * zeta * dr[k] * dr[k];
    },
  };
}

/**
 * Runs the restoration phase from the current iterate. On success st holds the new iterate
 * (w, f, c, y, z; gradient and Jacobian are re-evaluated by the caller).
 */
export function runRestoration(
  nlp: InternalNlp,
  st: IpmState,
  o: IpmOptions,
  ls: FilterLineSearch,
  _errors: OptimalityErrors,
  iter: number,
  solve: InnerSolve,
  resetMultipliers: () => void,
): RestorationOutcome {
  const nw = nlp.nw;
  const m = nlp.m;
  const rho = o.restoPenalty;
  const mu = st.mu;
  let cmax = 0;
  for (let i = 0; i < m; i++) cmax = Math.max(cmax, Math.abs(st.c[i]));
  const muR = Math.max(mu, cmax);
  const oracle = restorationOracle(nlp, st.w, muR, rho);
  const N = oracle.n;
  const x0 = new Float64Array(N);
  const zL0 = new Float64Array(N);
  const zU0 = new Float64Array(N);
  x0.set(st.w);
  for (let i = 0; i < nw; i++) {
    zL0[i] = st.hasL[i] ? Math.min(rho, st.zL[i]) : 0;
    zU0[i] = st.hasU[i] ? Math.min(rho, st.zU[i]) : 0;
  }
  for (let i = 0; i < m; i++) {
    // eq. (33): n = (μ - ρc)/(2ρ) + sqrt(((μ - ρc)/(2ρ))² + μc/(2ρ)), p = c + n.
    const c = st.c[i];
    const a = (muR - rho * c) / (2 * rho);
    const nn = a + Math.sqrt(a * a + (muR * c) / (2 * rho));
    const pp = c + nn;
    x0[nw + i] = Math.max(pp, 1e-300);
    x0[nw + m + i] = Math.max(nn, 1e-300);
    zL0[nw + i] = muR / x0[nw + i];
    zL0[nw + m + i] = muR / x0[nw + m + i];
  }
  const thetaStart = IpmState.theta(st.c);
  const cTrial = new Float64Array(m);
  const wTrial = new Float64Array(nw);
  const saveMu = st.mu;
  const stopTest = (z: Float64Array): boolean => {
    for (let i = 0; i < nw; i++) wTrial[i] = z[i];
    if (!nlp.constraints(wTrial, cTrial)) return false;
    const theta = IpmState.theta(cTrial);
    if (theta > o.kappaResto * thetaStart) return false;
    const f = nlp.objective(wTrial);
    if (!Number.isFinite(f)) return false;
    st.mu = saveMu;
    const phi = st.barrier(wTrial, f, o.kappaD);
    return ls.filter.acceptable(theta, phi);
  };
  const innerOpts: IpmOptions = {
    ...o,
    scaling: 'none',
    boundRelaxFactor: 0,
    maxIter: Math.max(0, o.maxIter - iter),
    warmStart: false,
    lambda0: undefined,
    zL0: undefined,
    zU0: undefined,
  };
  const logPoint = (z: Float64Array): { objective: number; infPr: number } => {
    for (let i = 0; i < nw; i++) wTrial[i] = z[i];
    const f = nlp.objective(wTrial) / nlp.objScale;
    let infPr = NaN;
    if (nlp.constraints(wTrial, cTrial)) {
      infPr = 0;
      for (let i = 0; i < m; i++) infPr = Math.max(infPr, Math.abs(cTrial[i]) / nlp.rowScale[i]);
    }
    return { objective: f, infPr };
  };
  // Numbering as Ipopt: the restoration's iteration 0 is the outer iteration iter + 1.
  const res = solve(oracle, innerOpts, {
    x0,
    zL0,
    zU0,
    mu0: muR,
    stopTest,
    iterOffset: iter + 1,
    logPoint,
    onMu: (v) => oracle.setMu(v),
  });
  const iterations = iter + 1 + res.iterations;
  st.mu = saveMu;
  if (
    res.status === 'eval_error' ||
    res.status === 'error' ||
    res.status === 'max_time' ||
    res.status === 'max_iter'
  ) {
    return { status: 'failed', iterations, message: `it stopped with status ${res.status}.` };
  }
  if (res.status === 'diverging')
    return { status: 'diverging', iterations, message: 'its iterates diverged.' };
  const wNew = res.x.subarray(0, nw);
  const cNew = new Float64Array(m);
  if (!nlp.constraints(wNew, cNew))
    return { status: 'failed', iterations, message: 'the constraints are not finite at its result.' };
  let viol = 0;
  for (let i = 0; i < m; i++) viol = Math.max(viol, Math.abs(cNew[i]));
  if (!res.stoppedByTest) {
    if (res.status === 'optimal' || res.status === 'acceptable') {
      // Converged to a minimizer of the ℓ1 infeasibility: infeasible unless it is (nearly) feasible.
      if (viol > 1e2 * o.tol) return { status: 'infeasible', iterations };
      ls.reset();
    } else {
      return { status: 'failed', iterations, message: `it stopped with status ${res.status}.` };
    }
  }
  // Accept the restoration point for the original problem.
  st.w.set(wNew);
  st.c.set(cNew);
  st.f = nlp.objective(st.w);
  let zmax = 0;
  for (let i = 0; i < nw; i++) {
    st.zL[i] = st.hasL[i] ? res.zL[i] : 0;
    st.zU[i] = st.hasU[i] ? res.zU[i] : 0;
    zmax = Math.max(zmax, st.zL[i], st.zU[i]);
  }
  if (zmax > o.boundMultResetThreshold) {
    for (let i = 0; i < nw; i++) {
      st.zL[i] = st.hasL[i] ? o.boundMultInitVal : 0;
      st.zU[i] = st.hasU[i] ? o.boundMultInitVal : 0;
    }
  }
  for (let i = 0; i < nw; i++) {
    if (st.hasL[i]) st.zL[i] = Math.max(st.zL[i], 1e-20);
    if (st.hasU[i]) st.zU[i] = Math.max(st.zU[i], 1e-20);
  }
  resetMultipliers();
  return { status: 'ok', iterations };
}
