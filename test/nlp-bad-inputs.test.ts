// Bad NLP inputs end in statuses or clear messages, never exceptions (with ipm and native Ipopt).
import { describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

const f = (name: string) => `test/fixtures/nlp-bad/${name}.emd`;

describe('bad NLP inputs', () => {
  for (const solver of ['ipm', 'ipopt']) {
    describe(solver, () => {
      it('log of a negative at the start point: Evaluation Interrupt naming the function', async () => {
        const { code, doc } = await solveJson(f('log-negative-start'), '--solver', solver);
        expect(code).toBe(3);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 13, solveStatus: 5, objective: null });
        expect(doc.diagnostics[0].hint).toBe(
          `${solver === 'ipm' ? 'The objective is not finite at the starting point.' : 'Ipopt: Invalid_Number_Detected.'} (log(-1) = NaN at node 1 in the objective)`,
        );
      });
      it('sqrt of a negative at the start point: Evaluation Interrupt', async () => {
        const { code, doc } = await solveJson(f('sqrt-negative-start'), '--solver', solver);
        expect(code).toBe(3);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 13, solveStatus: 5 });
        expect(doc.diagnostics[0].hint).toBe(
          `${solver === 'ipm' ? 'The objective is not finite at the starting point.' : 'Ipopt: Invalid_Number_Detected.'} (sqrt(-4) = NaN at node 1 in the objective)`,
        );
      });
      it('an infeasible NLP: Locally Infeasible', async () => {
        const { code, doc } = await solveJson(f('infeasible'), '--solver', solver);
        expect(code).toBe(3);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 5, modelStatusText: 'Locally Infeasible' });
      });
      it('an unbounded NLP: Unbounded after diverging iterates', async () => {
        const { code, doc } = await solveJson(f('unbounded'), '--solver', solver);
        expect(code).toBe(3);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 3, modelStatusText: 'Unbounded' });
      });
      for (const [name, what] of [
        ['unbounded-exp', 'max exp(x) + x'],
        ['unbounded-log', 'min log(x) + x as x -> 0'],
      ])
        it(`${what}: Unbounded (the objective runs away at feasible points), not Locally Infeasible`, async () => {
          const { code, doc } = await solveJson(f(name), '--solver', solver);
          expect(code).toBe(3);
          expect(doc.solves[0]).toMatchObject({
            modelStatus: 3,
            modelStatusText: 'Unbounded',
            solveStatus: 1,
          });
          expect(doc.diagnostics[0].code).toBe('W3001');
          expect(doc.diagnostics[0].hint).toMatch(
            /^The objective runs away at feasible points \(\S+ to \S+ in 5 iterations, its gradient growing without bound\): the problem is unbounded\.$/,
          );
        });
      it('a singular KKT system (duplicate equality rows) still solves', async () => {
        const { code, doc } = await solveJson(f('singular-kkt'), '--solver', solver);
        expect(code).toBe(0);
        expect(doc.solves[0].objective).toBeCloseTo(0.5, 7);
        expect(doc.symbols.x.records[0].level).toBeCloseTo(0.5, 6);
      });
      it('a start level outside the bounds is projected onto them (s = 0 -> 0.15)', async () => {
        const { code, doc } = await solveJson(f('start-outside-bounds'), '--solver', solver);
        expect(code).toBe(0);
        expect(doc.solves[0].objective).toBeCloseTo(0.255132, 5);
      });
      it('sqrt at a start level of 0 (an infinite derivative): solved from the level pushed into the bounds', async () => {
        const { code, doc } = await solveJson(f('sqrt-zero-start'), '--solver', solver);
        expect(code).toBe(0);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 2, solveStatus: 1, iterations: 10 });
        expect(doc.solves[0].objective).toBeCloseTo(-1, 8);
        expect(doc.symbols.x.records[0].level).toBeCloseTo(1, 7);
      });
      it('a minimum where no KKT point exists (sqrt at 0): Feasible Solution, its levels written back', async () => {
        const { code, doc } = await solveJson(f('sqrt-zero-optimum'), '--solver', solver);
        expect(code).toBe(0);
        expect(doc.solves[0]).toMatchObject({
          modelStatus: 7,
          modelStatusText: 'Feasible Solution',
          solveStatus: 4,
          iterations: 26,
        });
        expect(doc.solves[0].objective).toBeCloseTo(1, 5);
        expect(doc.symbols.x.records[0].level).toBeCloseTo(1, 5);
        expect(doc.symbols.y.records[0].level).toBeCloseTo(0, 9);
      });
      it('a division by a variable that reaches zero: Evaluation Interrupt, not a NaN optimum', async () => {
        const { code, doc } = await solveJson(f('divide-by-zero-variable'), '--solver', solver);
        expect(code).toBe(3);
        expect(doc.solves[0]).toMatchObject({ modelStatus: 13, solveStatus: 5, objective: null });
      });
    });
  }
  it('NaN (na) data reaching a coefficient: error E3012 at the equation', async () => {
    const { code, doc } = await solveJson(f('nan-data'));
    expect(code).toBe(1);
    expect(doc.diagnostics.map((d: any) => [d.code, d.line, d.message])).toEqual([
      ['E3012', 5, 'Undefined value (NA) in equation defobj.'],
    ]);
  });
});
