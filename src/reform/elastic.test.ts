import { describe, expect, it } from 'vitest';
import { elasticRelaxation, nonlinearVariables, objectiveDefiningRow } from './elastic.ts';
import { buildProblem, transportProblem } from '../solvers/test-problems.ts';
import { GraphBuilder, Op } from '../model/expr-graph.ts';
import { getSolver } from '../solvers/registry.ts';
import type { ModelProblem } from '../model/problem.ts';

const glpk = getSolver('glpk')!;

/** Row i of q as [column, coefficient] pairs. */
function rowTerms(q: ModelProblem, i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = q.rowStart[i]; k < q.rowStart[i + 1]; k++) out.push([q.col[k], q.coef[k]]);
  return out;
}

describe('elasticRelaxation', () => {
  it('relaxes trnsport: one slack per finite row side, bound rows for x >= 0, the cost row left out', () => {
    const p = transportProblem();
    const el = elasticRelaxation(p);
    const q = el.problem;
    expect(el.droppedRows).toEqual([0]); // cost defines the free z
    expect(Array.from(el.rowOf)).toEqual([-1, 0, 1, 2, 3, 4]);
    // 5 rows kept + 6 bound rows (x(i,j) >= 0); z is free and gets none.
    expect(q.m).toBe(11);
    // Slacks: supply =l= -> s-, demand =g= -> s+, then x.lo -> t+.
    expect(el.slacks.map((s) => [s.kind, s.index, s.sign])).toEqual([
      ['row', 1, -1],
      ['row', 2, -1],
      ['row', 3, 1],
      ['row', 4, 1],
      ['row', 5, 1],
      ...[0, 1, 2, 3, 4, 5].map((j) => ['lower bound', j, 1]),
    ]);
    expect(q.n).toBe(7 + 11);
    expect(el.slacks.map((s) => s.col)).toEqual(Array.from({ length: 11 }, (_, k) => 7 + k));
    expect(rowTerms(q, 0)).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
      [7, -1],
    ]);
    expect(rowTerms(q, 2)).toEqual([
      [0, 1],
      [3, 1],
      [9, 1],
    ]);
    // The bound row of x(seattle,new-york): 0 <= x + t+ , x itself free.
    expect(rowTerms(q, 5)).toEqual([
      [0, 1],
      [12, 1],
    ]);
    expect([q.rowLo[5], q.rowUp[5]]).toEqual([0, Infinity]);
    expect([q.xl[0], q.xu[0]]).toEqual([-Infinity, Infinity]);
    expect([q.xl[6], q.xu[6]]).toEqual([-Infinity, Infinity]);
    expect(q.sense).toBe('min');
    expect(Array.from(q.objIdx)).toEqual(Array.from({ length: 11 }, (_, k) => 7 + k));
    expect(Array.from(q.objCoef)).toEqual(new Array(11).fill(1));
    expect(q.varNames[7]).toBe('elastic-(supply(seattle))');
    expect(q.varNames[9]).toBe('elastic+(demand(new-york))');
    expect(q.varNames[12]).toBe('elastic+(x(seattle,new-york).lo)');
    expect(q.rowNames[5]).toBe('bound(x(seattle,new-york))');
    expect(el.constraints.map((c) => [c.kind, c.index, c.side])).toEqual([
      ['row', 1, 'both'],
      ['row', 2, 'both'],
      ['row', 3, 'both'],
      ['row', 4, 'both'],
      ['row', 5, 'both'],
      ...[0, 1, 2, 3, 4, 5].map((j) => ['lower bound', j, 'lo']),
    ]);
    // Start: x0 = 0, so each demand slack starts at its demand.
    expect(Array.from(q.x0.subarray(7, 12))).toEqual([0, 0, 325, 300, 275]);
  });

  it('solves to zero violation on the feasible trnsport, and maps the point back', async () => {
    const p = transportProblem();
    const el = elasticRelaxation(p);
    const r = await glpk.solve(el.problem, 'lp', { quiet: true });
    expect(r.modelStatus).toBe(1);
    expect(r.objective).toBe(0);
    const back = el.invert(r);
    expect(back.x!.length).toBe(7);
    expect(back.rowMarginal!.length).toBe(6);
    expect(back.rowMarginal![0]).toBe(0); // the dropped cost row
    // Shipments meet demand.
    const x = back.x!;
    expect(x[0] + x[3]).toBeGreaterThanOrEqual(325 - 1e-9);
    expect(x[2] + x[5]).toBeGreaterThanOrEqual(275 - 1e-9);
  });

  it('gives an =e= row both slacks and a fixed variable one bound row with both', () => {
    const p = buildProblem({
      sense: 'max',
      vars: [{ name: 'x', lo: 2, up: 2 }, { name: 'y' }],
      obj: { idx: [1], coef: [1] },
      rows: [
        {
          name: 'e',
          lo: 4,
          up: 4,
          terms: [
            [0, 1],
            [1, 1],
          ],
        },
        { name: 'free', lo: -Infinity, up: Infinity, terms: [[1, 1]] },
        { name: 'rng', lo: 1, up: 3, terms: [[1, 1]] },
      ],
    });
    const el = elasticRelaxation(p);
    const q = el.problem;
    // y is the objective but occurs in three rows, so no row is an objective definition.
    expect(el.droppedRows).toEqual([]);
    expect(el.slacks.map((s) => [s.kind, s.index, s.row, s.sign])).toEqual([
      ['row', 0, 0, 1],
      ['row', 0, 0, -1],
      ['row', 2, 2, 1],
      ['row', 2, 2, -1],
      ['lower bound', 0, 3, 1],
      ['upper bound', 0, 3, -1],
      ['lower bound', 1, 4, 1],
    ]);
    expect([q.rowLo[3], q.rowUp[3]]).toEqual([2, 2]);
    expect(rowTerms(q, 3)).toEqual([
      [0, 1],
      [6, 1],
      [7, -1],
    ]);
    expect(q.sense).toBe('min'); // the relaxation always minimizes the violation
    // Start: x0 = (2, 0) after clipping; row e has activity 2, 2 short of 4.
    expect(Array.from(q.x0)).toEqual([2, 0, 2, 0, 1, 0, 0, 0, 0]);
  });

  it('keeps the defining row hard when the objective variable is bounded, and makes z.lo elastic', () => {
    const p = buildProblem({
      sense: 'min',
      vars: [{ name: 'x' }, { name: 'z', lo: 10 }],
      obj: { idx: [1], coef: [1] },
      rows: [
        {
          name: 'def',
          lo: 0,
          up: 0,
          terms: [
            [1, 1],
            [0, -2],
          ],
        },
        { name: 'cap', lo: -Infinity, up: 4, terms: [[0, 1]] },
      ],
    });
    const nl = nonlinearVariables(p);
    expect(objectiveDefiningRow(p, nl)).toBe(0);
    const el = elasticRelaxation(p);
    expect(el.droppedRows).toEqual([]);
    expect(el.hardRows).toEqual([0]);
    expect(el.constraints.map((c) => [c.kind, c.index])).toEqual([
      ['row', 1],
      ['lower bound', 0],
      ['lower bound', 1],
    ]);
  });

  it("keeps binary, integer and nonlinear variables' bounds hard unless asked", () => {
    const g = new GraphBuilder();
    const root = g.node(Op.Log, [g.variable(1)]);
    const p = buildProblem({
      sense: 'min',
      vars: [
        { name: 'b', up: 1, kind: 1 },
        { name: 'v', lo: 0.001, up: 5 },
        { name: 'w', lo: 1, up: 2, kind: 2 },
      ],
      obj: { idx: [0], coef: [1] },
      rows: [
        {
          name: 'r',
          lo: 1,
          up: Infinity,
          terms: [
            [0, 1],
            [2, 1],
          ],
        },
      ],
      graph: g.build(),
      rowNl: [root],
    });
    expect([...nonlinearVariables(p)]).toEqual([1]);
    const el = elasticRelaxation(p);
    expect(el.hardBoundVars).toEqual([0, 1, 2]);
    expect(el.constraints.map((c) => [c.kind, c.index])).toEqual([['row', 0]]);
    expect(Array.from(el.problem.varKind)).toEqual([1, 0, 2, 0]); // integrality kept, the slack continuous
    expect(el.problem.rowNl[0]).toBe(root);
    expect(el.problem.graph).toBe(p.graph);
    expect([el.problem.xl[1], el.problem.xu[1]]).toEqual([0.001, 5]);

    const all = elasticRelaxation(p, { nonlinearBounds: true, integerBounds: true });
    expect(all.hardBoundVars).toEqual([0]);
    expect(all.constraints.map((c) => [c.kind, c.index])).toEqual([
      ['row', 0],
      ['lower bound', 1],
      ['upper bound', 1],
      ['lower bound', 2],
      ['upper bound', 2],
    ]);
    expect(Array.from(all.problem.varKind)).toEqual([1, 0, 2, 0, 0, 0, 0, 0]);
    const none = elasticRelaxation(p, { bounds: false });
    expect(none.constraints.map((c) => c.kind)).toEqual(['row']);
    expect(none.problem.m).toBe(1);
  });

  it('leaves a side with infinite weight hard and prices the others', () => {
    const p = buildProblem({
      sense: 'min',
      vars: [{ name: 'x' }],
      obj: { idx: [0], coef: [1] },
      rows: [
        { name: 'a', lo: 5, up: Infinity, terms: [[0, 1]] },
        { name: 'b', lo: -Infinity, up: 3, terms: [[0, 1]] },
      ],
    });
    const el = elasticRelaxation(p, { weights: { rows: [Infinity, 2], lower: [0.5] } });
    expect(el.hardRows).toEqual([0]);
    expect(el.slacks.map((s) => [s.kind, s.index, s.weight])).toEqual([
      ['row', 1, 2],
      ['lower bound', 0, 0.5],
    ]);
    expect(Array.from(el.problem.objCoef)).toEqual([2, 0.5]);
  });
});
