import { describe, expect, it } from 'vitest';
import { Chain, type Reduction, type Solution } from './chain.ts';
import { objectiveElimination } from './eliminate-objective.ts';
import { nonsmoothSmoothing } from './smooth-nonsmooth.ts';
import { transportProblem } from '../solvers/test-problems.ts';
import { glpkAdapter } from '../solvers/glpk/adapter.ts';

/** A reduction that records its calls and appends one free column (dropped again by invert). */
function marker(name: string, calls: string[]): Reduction<number> {
  return {
    name,
    apply(p) {
      calls.push(`apply ${name}`);
      const grow = (a: Float64Array, v: number) => Float64Array.from([...a, v]);
      return {
        problem: { ...p, n: p.n + 1, xl: grow(p.xl, -Infinity), xu: grow(p.xu, Infinity) },
        inverseData: p.n,
      };
    },
    invert<S extends Solution>(s: S, n: number): S {
      calls.push(`invert ${name}`);
      return { ...s, x: s.x?.slice(0, n) };
    },
    inputRow: (row) => row + 10,
  };
}

describe('Chain', () => {
  it('applies in order, inverts in reverse and maps rows back through the steps before', () => {
    const calls: string[] = [];
    const a = marker('a', calls);
    const b = marker('b', calls);
    const p = transportProblem();
    const applied = new Chain([a, b]).apply(p);
    expect(applied.problem.n).toBe(p.n + 2);
    const back = applied.invert({ x: new Float64Array(p.n + 2) });
    expect(back.x!.length).toBe(p.n);
    expect(calls).toEqual(['apply a', 'apply b', 'invert b', 'invert a']);
    // Rows of b's input went through a; rows of a's input are the original's.
    expect(applied.originalRow(b, 3)).toBe(13);
    expect(applied.originalRow(a, 3)).toBe(3);
  });

  it('skips a reduction that does not apply (no non-smooth term in trnsport)', () => {
    const applied = new Chain([nonsmoothSmoothing]).apply(transportProblem());
    expect(applied.steps).toEqual([]);
    expect(applied.step(nonsmoothSmoothing)).toBeUndefined();
  });

  it('eliminates the objective of trnsport and maps glpk solution back (z, cost.m = 1)', async () => {
    const p = transportProblem();
    const applied = new Chain([objectiveElimination]).apply(p);
    const d = applied.step(objectiveElimination)!.inverseData;
    expect([applied.problem.n, applied.problem.m, d.row]).toEqual([p.n - 1, p.m - 1, 0]);
    // The reduced rows are the original rows after the cost row; the objective stands for it.
    expect(objectiveElimination.inputRow!(0, d)).toBe(1);
    expect(objectiveElimination.inputRow!(-1, d)).toBe(0);
    const r = applied.invert(await glpkAdapter.solve(applied.problem, 'lp', { quiet: true }));
    expect(r.x![6]).toBeCloseTo(153.675, 10);
    expect(r.rowMarginal![0]).toBe(1);
    expect(r.rowMarginal![3]).toBeCloseTo(0.225, 12);
    expect(r.colMarginal![6]).toBe(0);
  });
});
