import { describe, expect, it } from 'vitest';
import { PerturbationHandler, type Perturbation } from './perturbation.ts';
import { resolveOptions } from './options.ts';
import type { PdSystem } from './pd-system.ts';

/**
 * A KKT system of 3 variables and 2 rows whose inertia depends on (δw, δc) through `inertiaAt`;
 * it records the perturbations factored.
 */
function system(inertiaAt: (dw: number, dc: number) => [number, number, number]) {
  const tried: string[] = [];
  const sys = {
    nw: 3,
    m: 2,
    inertia: { positive: 0, negative: 0, zero: 0 },
    factor(dw: number, dc: number) {
      tried.push(`${dw === 0 ? 0 : dw.toExponential(0)}/${dc === 0 ? 0 : 'dc'}`);
      const [positive, negative, zero] = inertiaAt(dw, dc);
      Object.assign(sys.inertia, { positive, negative, zero });
      return sys.inertia;
    },
    inertiaCorrect() {
      return sys.inertia.zero === 0 && sys.inertia.positive === 3 && sys.inertia.negative === 2;
    },
  };
  return { sys: sys as unknown as PdSystem, tried };
}

const sigma = new Float64Array(3);
const factorize = (sys: PdSystem) =>
  new PerturbationHandler(resolveOptions()).factorize(sys, sigma, 0.1, { dw: 0, dc: 0 } as Perturbation);

describe("ipm's inertia correction follows Ipopt's degeneracy test", () => {
  it('a singular Jacobian: δc alone, δw alone, then δw grown with δc (water at its start)', () => {
    // Singular unless both are perturbed and δw is at least 1e-2 (a rank-deficient Jacobian and
    // a W that needs more than the first δw).
    const { sys, tried } = system((dw, dc) => (dc > 0 && dw >= 1e-2 ? [3, 2, 0] : [2, 1, 1]));
    const r = factorize(sys);
    expect(tried).toEqual(['0/0', '0/dc', '1e-4/0', '1e-2/dc']);
    expect(r!.dw).toBe(1e-2);
    expect(r!.dc).toBeGreaterThan(0);
  });

  it('a singular Jacobian that δc fixes: δc alone is kept', () => {
    const { sys, tried } = system((dw, dc) => (dc > 0 ? [3, 2, 0] : [2, 1, 1]));
    expect(factorize(sys)!.dw).toBe(0);
    expect(tried).toEqual(['0/0', '0/dc']);
  });

  it('wrong inertia without singularity grows δw alone', () => {
    const { sys, tried } = system((dw) => (dw >= 1e-2 ? [3, 2, 0] : [2, 3, 0]));
    expect(factorize(sys)!.dc).toBe(0);
    expect(tried).toEqual(['0/0', '1e-4/0', '1e-2/0']);
  });
});
