import { describe, expect, it } from 'vitest';
import {
  defaultSolverFor,
  getSolver,
  solverNames,
  solverOptions,
  validateSolverOptions,
} from './registry.ts';
import { hs35Problem, transportProblem } from './test-problems.ts';

describe('solver registry', () => {
  it('lists the solvers, their classes and the defaults', () => {
    expect(solverNames).toEqual(['glpk', 'highs', 'ipm', 'ipopt']);
    expect(getSolver('glpk')!.classes).toEqual(['lp', 'mip']);
    expect(getSolver('highs')!.classes).toEqual(['lp', 'mip', 'qp']);
    expect(getSolver('ipm')!.classes).toEqual(['lp', 'qp', 'qcp', 'nlp', 'dnlp']);
    expect(getSolver('ipopt')!.classes).toEqual(['lp', 'qp', 'qcp', 'nlp', 'dnlp']);
    expect(['lp', 'mip', 'qp', 'qcp', 'nlp', 'dnlp'].map((c) => defaultSolverFor(c as never))).toEqual([
      'glpk',
      'glpk',
      'highs',
      'ipm',
      'ipm',
      'ipm',
    ]);
    expect(getSolver('HiGHS')!.name).toBe('highs');
    expect(getSolver('cplex')).toBeUndefined();
  });

  it('rejects unknown options with a did-you-mean hint', () => {
    const [d] = validateSolverOptions('glpk', { msglvl: 1 });
    expect(d).toEqual({
      code: 'E5500',
      severity: 'error',
      message: "'msglvl' is not an option of solver glpk.",
      span: undefined,
      hint: "did you mean 'msglev'?",
    });
    const [h] = validateSolverOptions('highs', { mip_rel_gpa: 0.01 });
    expect(h.hint).toBe("did you mean 'mip_rel_gap'?");
  });

  it('checks option types, ranges and choices', () => {
    expect(validateSolverOptions('glpk', { tmlim: 'abc' }).map((d) => d.message)).toEqual([
      "Option 'tmlim' of solver glpk expects a number >= 0, not 'abc'.",
    ]);
    expect(validateSolverOptions('ipopt', { max_iter: 2.5 }).map((d) => d.message)).toEqual([
      "Option 'max_iter' of solver ipopt expects an integer >= 0, not '2.5'.",
    ]);
    const [mu] = validateSolverOptions('ipopt', { mu_strategy: 'adaptiv' });
    expect(mu.message).toBe(
      "Option 'mu_strategy' of solver ipopt expects one of monotone, adaptive, not 'adaptiv'.",
    );
    expect(mu.hint).toBe("did you mean 'adaptive'?");
    expect(
      validateSolverOptions('highs', { presolve: 'off', time_limit: 10, output_flag: 'yes', MIP_REL_GAP: 0 }),
    ).toEqual([]);
    expect(validateSolverOptions('ipm', { tol: 1e-9, mu_strategy: 'adaptive', max_iter: 50 })).toEqual([]);
  });

  it('exposes the option tables', () => {
    expect(Object.keys(solverOptions('glpk')!)).toEqual([
      'msglev',
      'tmlim',
      'mipgap',
      'presol',
      'mipmarginals',
    ]);
    expect(solverOptions('ipopt')!.tol).toEqual({
      type: 'number',
      min: 0,
      doc: 'Desired convergence tolerance (relative) (default 1e-08).',
    });
    expect(Object.keys(solverOptions('highs')!)).toHaveLength(82);
  });

  it('returns Setup Failure for a bad option instead of solving', async () => {
    const r = await getSolver('glpk')!.solve(transportProblem(), 'lp', {
      quiet: true,
      options: { msglvl: 1 },
    });
    expect([r.modelStatus, r.solveStatus]).toEqual([14, 9]);
    expect(r.message).toBe("E5500: 'msglvl' is not an option of solver glpk. (did you mean 'msglev'?)");
    const ok = await getSolver('glpk')!.solve(transportProblem(), 'lp', {
      quiet: true,
      options: { MSGLEV: 0 },
    });
    expect(ok.objective).toBeCloseTo(153.675, 10);
  });

  it('wires highs to the model classifier for QPs', async () => {
    const r = await getSolver('highs')!.solve(hs35Problem(), 'qp', { quiet: true });
    expect(r.modelStatus).toBe(1);
    expect(r.objective).toBeCloseTo(1 / 9, 6);
  });
});

describe('NLP solvers through the registry (real oracle)', () => {
  for (const name of ['ipm', 'ipopt']) {
    it(`${name} solves trnsport as an NLP with the LP's marginals`, async () => {
      const a = getSolver(name)!;
      expect(await a.available()).toEqual({ ok: true });
      const r = await a.solve(transportProblem(), 'lp', { quiet: true });
      expect(r.modelStatus).toBe(2);
      expect(r.objective).toBeCloseTo(153.675, 5); // interior point: relative 1e-8 and Ipopt's bound relaxation
      const rm = Array.from(r.rowMarginal!);
      // The dual is unique (see the glpk test), so an interior-point method must find it too.
      [1, 0, 0, 0.225, 0.153, 0.126].forEach((v, i) => expect(rm[i]).toBeCloseTo(v, 6));
      expect(r.colMarginal![2]).toBeCloseTo(0.036, 6);
      expect(r.colMarginal![4]).toBeCloseTo(0.009, 6);
    });

    it(`${name} maximizes with marginals in the model's sense`, async () => {
      const r = await getSolver(name)!.solve(transportProblem('max', -1), 'lp', { quiet: true });
      expect(r.objective).toBeCloseTo(-153.675, 5);
      expect(r.rowMarginal![3]).toBeCloseTo(-0.225, 6);
      expect(r.colMarginal![2]).toBeCloseTo(-0.036, 6);
    });
  }
});
