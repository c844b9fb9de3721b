import { describe, expect, it } from 'vitest';
import { createLinearAdapter, type LinearRun, type LinearRunSpec } from './linear.ts';
import { knapsackProblem, transportProblem } from './test-problems.ts';

/** A backend whose runs answer from a script, recording what was asked. */
function scripted(answers: Record<LinearRunSpec['purpose'], LinearRun>, presolve = true) {
  const asked: string[] = [];
  let loads = 0;
  const adapter = createLinearAdapter<object>({
    name: 'mock',
    classes: ['lp', 'mip'],
    library: 'mock.wasm',
    load: async () => {
      if (loads++ === 0) throw new Error('first load fails');
      return {};
    },
    session: () => ({
      presolve,
      run(spec) {
        asked.push(`${spec.purpose}${spec.fixed ? ' fixed' : ''}${spec.relax ? ' relaxed' : ''}`);
        return answers[spec.purpose];
      },
    }),
  });
  return { adapter, asked };
}

const run = (status: LinearRun['status'], extra: Partial<LinearRun> = {}): LinearRun => ({
  status,
  statusName: status.kind,
  iterations: 2,
  ...extra,
});
const quiet = { quiet: true };

describe('the linear adapter policies', () => {
  it('reports a load failure, then loads again on the next solve', async () => {
    const { adapter } = scripted({
      solve: run({ kind: 'optimal' }, { x: new Float64Array(7) }),
      retry: run({ kind: 'optimal' }),
      fixed: run({ kind: 'optimal' }),
      relaxation: run({ kind: 'optimal' }),
    });
    const r = await adapter.solve(transportProblem(), 'lp', quiet);
    expect([r.modelStatus, r.solveStatus, r.issue?.kind]).toEqual([13, 10, 'failed']);
    expect(r.message).toBe('Solver mock failed: mock.wasm could not be loaded: first load fails');
    expect((await adapter.solve(transportProblem(), 'lp', quiet)).modelStatus).toBe(1);
  });

  it('solves an undecided LP again without presolve', async () => {
    const { adapter, asked } = scripted({
      solve: run({ kind: 'infeasible-or-unbounded' }, { undecided: true }),
      retry: run({ kind: 'unbounded' }, { x: new Float64Array(7) }),
      fixed: run({ kind: 'optimal' }),
      relaxation: run({ kind: 'optimal' }),
    });
    await adapter.available();
    const r = await adapter.solve(transportProblem(), 'lp', quiet);
    expect(asked).toEqual(['solve relaxed', 'retry relaxed']);
    expect([r.modelStatus, r.solveStatus, r.iterations]).toEqual([3, 1, 4]);
  });

  it('reports why MIP marginals are missing, and tells 19, 18 and 10 by the relaxation', async () => {
    const x = Float64Array.from([1, 0.9999999, 1, 0, 1]);
    const mip = scripted({
      solve: run({ kind: 'optimal' }, { x }),
      retry: run({ kind: 'optimal' }),
      fixed: run({ kind: 'infeasible' }, { statusName: 'no feasible solution' }),
      relaxation: run({ kind: 'optimal' }),
    });
    await mip.adapter.available();
    const r = await mip.adapter.solve(knapsackProblem(), 'mip', quiet);
    expect(mip.asked).toEqual(['solve', 'fixed fixed relaxed']);
    expect([r.modelStatus, r.solveStatus]).toEqual([1, 1]);
    expect(r.message).toBe(
      'Marginals are not reported: the LP with the integer variables fixed ended with status no feasible solution.',
    );
    const statusOf = async (first: LinearRun['status'], relaxation: LinearRun['status']) => {
      const s = scripted({
        solve: run(first),
        retry: run({ kind: 'optimal' }),
        fixed: run({ kind: 'optimal' }),
        relaxation: run(relaxation),
      });
      await s.adapter.available();
      return (await s.adapter.solve(knapsackProblem(), 'mip', quiet)).modelStatus;
    };
    expect(await statusOf({ kind: 'infeasible' }, { kind: 'infeasible' })).toBe(19);
    expect(await statusOf({ kind: 'infeasible' }, { kind: 'unbounded' })).toBe(18);
    expect(await statusOf({ kind: 'infeasible' }, { kind: 'optimal' })).toBe(10);
    expect(await statusOf({ kind: 'undefined' }, { kind: 'optimal' })).toBe(14);
  });
});
