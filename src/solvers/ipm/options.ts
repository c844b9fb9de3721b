// Algorithmic constants and options of the interior-point method, with Ipopt's names and defaults
// (Wächter & Biegler 2006, Table 1 and the Ipopt options reference). Imports types.ts.
import type { NlpOptions } from '../types.ts';

/** Resolved options: the public NlpOptions plus internal settings used by the restoration phase. */
export interface IpmOptions {
  tol: number;
  acceptableTol: number;
  acceptableIter: number;
  acceptableConstrViolTol: number;
  acceptableDualInfTol: number;
  acceptableComplInfTol: number;
  dualInfTol: number;
  constrViolTol: number;
  complInfTol: number;
  maxIter: number;
  maxSeconds: number;
  /** performance.now() after which to stop (set by the outer solve, shared with restoration). */
  deadline?: number;
  muStrategy: 'monotone' | 'adaptive';
  muInit: number;
  muMin: number;
  /** κ_ε, κ_μ, θ_μ of the monotone update (eq. 7). */
  barrierTolFactor: number;
  muLinearDecreaseFactor: number;
  muSuperlinearDecreasePower: number;
  tauMin: number;
  /** κ_Σ of the bound-multiplier safeguard (eq. 16). */
  kappaSigma: number;
  boundPush: number;
  boundFrac: number;
  boundRelaxFactor: number;
  nlpScalingMaxGradient: number;
  nlpScalingMinValue: number;
  boundMultInitVal: number;
  constrMultInitMax: number;
  /** κ_d: damping of the barrier for variables bounded on one side only (§3.7). */
  kappaD: number;
  /** Filter line search (§2.3-2.4). */
  thetaMaxFact: number;
  thetaMinFact: number;
  etaPhi: number;
  delta: number;
  sPhi: number;
  sTheta: number;
  gammaTheta: number;
  gammaPhi: number;
  alphaMinFrac: number;
  alphaRedFactor: number;
  maxSoc: number;
  kappaSoc: number;
  objMaxInc: number;
  /** Restoration phase (§3.3). */
  kappaResto: number;
  restoPenalty: number;
  boundMultResetThreshold: number;
  /** Inertia correction (§3.1). */
  firstHessianPerturbation: number;
  minHessianPerturbation: number;
  maxHessianPerturbation: number;
  perturbIncFactFirst: number;
  perturbIncFact: number;
  perturbDecFact: number;
  jacobianRegularizationValue: number;
  jacobianRegularizationExponent: number;
  divergingIteratesTol: number;
  onIteration?: NlpOptions['onIteration'];
  shouldStop?: NlpOptions['shouldStop'];
  warmStart: boolean;
  lambda0?: Float64Array;
  zL0?: Float64Array;
  zU0?: Float64Array;
  /** 'gradient-based' (§3.8) or 'none'. */
  scaling: 'gradient-based' | 'none';
}

/**
 * Defaults for everything not in NlpOptions. printLevel is accepted and ignored: the iteration log
 * goes through onIteration (formatted by log.ts), and the solver itself never prints.
 */
export function resolveOptions(o: NlpOptions = {}): IpmOptions {
  const warm = o.warmStart === true || o.lambda0 !== undefined;
  return {
    tol: o.tol ?? 1e-8,
    acceptableTol: o.acceptableTol ?? 1e-6,
    acceptableIter: 15,
    acceptableConstrViolTol: 1e-2,
    acceptableDualInfTol: 1e10,
    acceptableComplInfTol: 1e-2,
    dualInfTol: 1,
    constrViolTol: 1e-4,
    complInfTol: 1e-4,
    maxIter: o.maxIter ?? 3000,
    maxSeconds: o.maxSeconds ?? 1e6,
    // Present from the start (solveSteps sets it): \`{ ...o, deadline }\` then keeps this object's
    // hidden class instead of adding a key, whose class V8 drops at a full GC once no options
    // object is alive, so that the solver's optimized code met a new class at every solve.
    deadline: undefined,
    muStrategy: o.muStrategy ?? 'monotone',
    muInit: o.muInit ?? 0.1,
    muMin: 1e-11,
    barrierTolFactor: 10,
    muLinearDecreaseFactor: 0.2,
    muSuperlinearDecreasePower: 1.5,
    tauMin: 0.99,
    kappaSigma: 1e10,
    boundPush: warm ? 1e-3 : 1e-2,
    boundFrac: warm ? 1e-3 : 1e-2,
    boundRelaxFactor: o.boundRelaxFactor ?? 1e-8,
    nlpScalingMaxGradient: 100,
    nlpScalingMinValue: 1e-8,
    boundMultInitVal: 1,
    constrMultInitMax: 1000,
    kappaD: 1e-5,
    thetaMaxFact: 1e4,
    thetaMinFact: 1e-4,
    etaPhi: 1e-8,
    delta: 1,
    sPhi: 2.3,
    sTheta: 1.1,
    gammaTheta: 1e-5,
    gammaPhi: 1e-8,
    alphaMinFrac: 0.05,
    alphaRedFactor: 0.5,
    maxSoc: 4,
    kappaSoc: 0.99,
    objMaxInc: 5,
    kappaResto: 0.9,
    restoPenalty: 1000,
    boundMultResetThreshold: 1000,
    firstHessianPerturbation: 1e-4,
    minHessianPerturbation: 1e-20,
    maxHessianPerturbation: 1e20,
    perturbIncFactFirst: 100,
    perturbIncFact: 8,
    perturbDecFact: 1 / 3,
    jacobianRegularizationValue: 1e-8,
    jacobianRegularizationExponent: 0.25,
    divergingIteratesTol: 1e20,
    onIteration: o.onIteration,
    shouldStop: o.shouldStop,
    warmStart: warm,
    lambda0: o.lambda0,
    zL0: o.zL0,
    zU0: o.zU0,
    scaling: 'gradient-based',
  };
}
