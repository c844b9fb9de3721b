// Reductions and their composition, as CVXPY's reductions/reduction.py and chain.py: a reduction
// turns a problem into an easier one and keeps what it needs to map the solution back; a Chain
// applies reductions in order and inverts them in reverse order. Imports model/ only.
//
//   apply:  ModelProblem → { problem: ModelProblem, inverseData }   (undefined: nothing to do)
//   invert: (solution of the reduced problem, inverseData) → solution of the problem given to apply
import type { ModelProblem } from '../model/problem.ts';

/**
 * The part of a solver's result that a reduction maps back: levels and marginals, by column and row
 * of the problem solved. Other fields (statuses, objective, timing) pass through unchanged.
 */
export interface Solution {
  x?: Float64Array;
  rowMarginal?: Float64Array;
  colMarginal?: Float64Array;
}

export interface Reduction<D = unknown> {
  /** Short name (logs, tests). */
  readonly name: string;
  /** The reduced problem and the data `invert` needs, or undefined when the reduction does not apply. */
  apply(problem: ModelProblem): { problem: ModelProblem; inverseData: D } | undefined;
  /** The solution of the problem given to `apply`, from the solution of the reduced one. */
  invert<S extends Solution>(solution: S, inverseData: D): S;
  /**
   * The row of the problem given to `apply` that row `row` of the reduced problem stands for
   * (−1 for the objective); absent when rows keep their numbers.
   */
  inputRow?(row: number, inverseData: D): number;
}

/** One reduction that applied, with its output and inverse data. */
export interface AppliedStep<D = unknown> {
  readonly reduction: Reduction<D>;
  readonly problem: ModelProblem;
  readonly inverseData: D;
}

/** The result of a chain: the final problem and the steps that applied, in order. */
export class AppliedChain {
  constructor(
    readonly original: ModelProblem,
    readonly steps: readonly AppliedStep[],
  ) {}

  /** The problem handed to the solver. */
  get problem(): ModelProblem {
    return this.steps.length ? this.steps[this.steps.length - 1].problem : this.original;
  }

  /** The step of `reduction`, if it applied. */
  step<D>(reduction: Reduction<D>): AppliedStep<D> | undefined {
    return this.steps.find((s) => s.reduction === reduction) as AppliedStep<D> | undefined;
  }

  /** The solution of the original problem from the solution of the final one (steps in reverse). */
  invert<S extends Solution>(solution: S): S {
    let s = solution;
    for (let k = this.steps.length - 1; k >= 0; k--) {
      const { reduction, inverseData } = this.steps[k];
      s = reduction.invert(s, inverseData);
    }
    return s;
  }

  /**
   * The row of the original problem that a row of the problem given to `reduction` stands for
   * (−1: the objective): back through the steps before it.
   */
  originalRow(reduction: Reduction, row: number): number {
    const at = this.steps.findIndex((s) => s.reduction === reduction);
    for (let k = (at < 0 ? this.steps.length : at) - 1; k >= 0; k--) {
      const { reduction: r, inverseData } = this.steps[k];
      if (r.inputRow) row = r.inputRow(row, inverseData);
    }
    return row;
  }
}

/** Reductions applied in order; each one sees the output of the one before. */
export class Chain {
  constructor(readonly reductions: readonly Reduction[]) {}

  apply(problem: ModelProblem): AppliedChain {
    const steps: AppliedStep[] = [];
    let p = problem;
    for (const reduction of this.reductions) {
      const out = reduction.apply(p);
      if (!out) continue;
      steps.push({ reduction, problem: out.problem, inverseData: out.inverseData });
      p = out.problem;
    }
    return new AppliedChain(problem, steps);
  }
}
