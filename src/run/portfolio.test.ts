// The MIP portfolio of the solve pipeline (run/solve.ts, registry.ts's mipPortfolio): GLPK within
// its budget, then HiGHS with the rest of reslim; which answer is kept. Fake runs, no solver.
import { describe, expect, it } from 'vitest';
import { portfolio } from './solve.ts';
import { mipPortfolio } from '../solvers/registry.ts';
import type { SolveHost } from '../interp/solve-host.ts';
import type { SolverResult } from '../solvers/types.ts';

const lines: string[] = [];
const host = { opts: { log: (l: string) => lines.push(l) } } as unknown as SolveHost;
const result = (
  solver: string,
  modelStatus: number,
  solveStatus: number,
  objective?: number,
): SolverResult => ({
  solver,
  modelStatus,
  solveStatus,
  iterations: 1,
  seconds: 0,
  ...(objective !== undefined ? { x: Float64Array.of(objective), objective } : {}),
});

/** Runs the portfolio over fixed answers; returns the solver kept and the runs made (name, time limit). */
async function over(answers: Record<string, SolverResult>, reslim?: number, sense: 'min' | 'max' = 'min') {
  const calls: [string, number | undefined][] = [];
  const r = await portfolio(
    host,
    async (name, t) => {
      calls.push([name, t]);
      return { ...answers[name] };
    },
    reslim,
    sense,
  );
  return { solver: r.solver, objective: r.result.objective, calls };
}

describe('MIP portfolio', () => {
  it('keeps GLPK when it finishes within its budget', async () => {
    const r = await over({ glpk: result('glpk', 1, 1, 26) });
    expect(r).toEqual({ solver: 'glpk', objective: 26, calls: [['glpk', mipPortfolio.seconds]] });
  });
  it("hands a search cut by the budget to HiGHS with the rest of reslim, and keeps HiGHS's optimum", async () => {
    const r = await over({ glpk: result('glpk', 8, 3, 30), highs: result('highs', 1, 1, 26) }, 60);
    expect(r.solver).toBe('highs');
    expect(r.objective).toBe(26);
    expect(r.calls[0]).toEqual(['glpk', 5]);
    expect(r.calls[1][0]).toBe('highs');
    // reslim less the time GLPK took (none here).
    expect(r.calls[1][1]).toBeGreaterThan(59);
    expect(r.calls[1][1]).toBeLessThanOrEqual(60);
  });
  it("keeps GLPK's incumbent when HiGHS stops with a worse one (max) or none", async () => {
    expect(
      await over({ glpk: result('glpk', 8, 3, 23), highs: result('highs', 8, 3, 20) }, 60, 'max'),
    ).toMatchObject({
      solver: 'glpk',
      objective: 23,
    });
    expect(
      await over({ glpk: result('glpk', 8, 3, 23), highs: result('highs', 14, 3) }, 60, 'max'),
    ).toMatchObject({
      solver: 'glpk',
      objective: 23,
    });
  });
  it("stops where the model's own reslim is below the budget", async () => {
    const r = await over({ glpk: result('glpk', 8, 3, 23), highs: result('highs', 1, 1, 26) }, 2);
    expect(r).toEqual({ solver: 'glpk', objective: 23, calls: [['glpk', 2]] });
  });
});
