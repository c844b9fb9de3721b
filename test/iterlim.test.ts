// GAMS's iterlim (`option iterlim = n;`, a model's own `m.iterlim = n;` winning): the solver stops
// after n iterations with Iteration Interrupt (solve status 2). An NLP stopped there reports
// Feasible Solution (7) with its point when the point holds every row, else Intermediate
// Infeasible (6), as GAMS's Ipopt link does; ipm and native Ipopt stop at the same iterate.
import { describe, expect, it } from 'vitest';
import { solveText } from './helpers.ts';

// min (x-5)² + (y-3)² + exp(x-4) s.t. x + y <= 4: 5 iterations to the optimum 8.352351 from 0.
const feasibleStop = (limits: string) => `
Variable x, y, z;
Equation c, obj;
c.. x + y =l= 4;
obj.. z =e= sqr(x - 5) + sqr(y - 3) + exp(x - 4);
Model m /all/;
${limits}
Solve m using nlp minimizing z;
`;

// x² + y² = -1 has no solution: from (3, 3) the second iterate still violates it.
const infeasibleStop = `
Variable x, y, z;
Equation e1, e2, obj;
e1.. x*x + y*y =e= -1;
e2.. x + y =g= 1;
obj.. z =e= sqr(x - 2) + sqr(y);
x.l = 3; y.l = 3;
Model m /all/;
option iterlim = 2;
Solve m using nlp minimizing z;
`;

const summary = (s: any) => [s.solver, s.modelStatus, s.solveStatus, s.iterations];

describe('iterlim', () => {
  it("GAMS's default (2e9) leaves the solver's own limit: the optimum in 5 iterations", async () => {
    const { doc } = await solveText(feasibleStop('option iterlim = 2e9;'));
    expect(summary(doc.solves[0])).toEqual(['ipm', 2, 1, 5]);
    expect(doc.solves[0].objective).toBeCloseTo(8.352351127722478, 9);
  });

  for (const solver of ['ipm', 'ipopt'])
    it(`stops an NLP at a feasible iterate: Feasible Solution, Iteration Interrupt, its objective (${solver})`, async () => {
      const { doc } = await solveText(feasibleStop(`option nlp = ${solver}; option iterlim = 2;`));
      expect(summary(doc.solves[0])).toEqual([solver, 7, 2, 2]);
      expect(doc.solves[0].objective).toBeCloseTo(8.377688, 6);
    });

  it("the model's own iterlim wins over the option", async () => {
    const { doc } = await solveText(feasibleStop('option iterlim = 2; m.iterlim = 4;'));
    expect(summary(doc.solves[0])).toEqual(['ipm', 7, 2, 4]);
    expect(doc.solves[0].objective).toBeCloseTo(8.352353, 6);
  });

  for (const solver of ['ipm', 'ipopt'])
    it(`stops an NLP at an infeasible iterate: Intermediate Infeasible, no objective (${solver})`, async () => {
      const { code, doc } = await solveText(
        infeasibleStop.replace('option iterlim', `option nlp = ${solver}; option iterlim`),
      );
      expect(code).toBe(3);
      expect(summary(doc.solves[0])).toEqual([solver, 6, 2, 2]);
      expect(doc.solves[0].objective).toBeNull();
    });

  it('option explain runs on an Intermediate Infeasible stop: the infeasible model gets its violation, the feasible one is called feasible', async () => {
    const inf = await solveText(
      infeasibleStop.replace('option iterlim = 2;', 'option iterlim = 2; option explain = 1;'),
    );
    expect(summary(inf.doc.solves[0])).toEqual(['ipm', 6, 2, 2]);
    expect(inf.doc.solves[0].infeasibility.status).toBe('infeasible');
    expect(inf.doc.solves[0].infeasibility.totalViolation).toBeCloseTo(1.5, 6);
    const feas = await solveText(
      infeasibleStop
        .replace('=e= -1', '=e= 4')
        .replace('option iterlim = 2;', 'option iterlim = 1; option explain = 1;'),
    );
    expect(summary(feas.doc.solves[0])).toEqual(['ipm', 6, 2, 1]);
    expect(feas.doc.solves[0].infeasibility.status).toBe('feasible');
    expect(feas.stderr).toContain(
      'Try another start point (.l), more iterations (iterlim) or another solver.',
    );
  });

  // The classic transport LP: its first basis is infeasible, so a stop after one iteration has no
  // feasible point. GLPK returns its basis (6); HiGHS's dual simplex returns none (14).
  const transport = (solver: string) => `
Set i /a, b/, j /c, d, e/;
Parameter s(i) /a 350, b 600/, d(j) /c 325, d 300, e 275/;
Table c(i,j)
      c    d    e
  a  2.5  1.7  1.8
  b  2.5  1.8  1.4 ;
Variable x(i,j), z;
Positive Variable x;
Equation cost, sup(i), dem(j);
cost.. z =e= sum((i,j), c(i,j)*x(i,j));
sup(i).. sum(j, x(i,j)) =l= s(i);
dem(j).. sum(i, x(i,j)) =g= d(j);
Model t /all/;
option lp = ${solver}; t.iterlim = 1;
Solve t using lp minimizing z;
t.iterlim = 2e9;
Solve t using lp minimizing z;
`;
  for (const [solver, status] of [
    ['glpk', 6],
    ['highs', 14],
  ] as const)
    it(`bounds ${solver}'s simplex iterations: after 1, the transport LP is still infeasible (${status}, Iteration Interrupt)`, async () => {
      const { doc } = await solveText(transport(solver));
      expect(summary(doc.solves[0])).toEqual([solver, status, 2, 1]);
      expect(doc.solves[0].objective).toBeNull();
      expect(summary(doc.solves[1]).slice(0, 3)).toEqual([solver, 1, 1]);
      // 275·1.4 + 300·1.7 + 325·2.5, by hand.
      expect(doc.solves[1].objective).toBeCloseTo(1707.5, 9);
    });

  it("stops GLPK's primal simplex at a feasible basis: Feasible Solution with its objective (8 after 2 of the 4 iterations)", async () => {
    const { doc } = await solveText(`
Positive Variable x, y, w;
Variable z;
Equation obj, r1, r2, r3;
obj.. z =e= 3*x + 2*y + 4*w;
r1.. x + y + 2*w =l= 4;
r2.. 2*x + w =l= 5;
r3.. y + w =l= 3;
Model m /all/;
option lp = glpk; m.iterlim = 2;
Solve m using lp maximizing z;
m.iterlim = 2e9;
Solve m using lp maximizing z;
`);
    expect(doc.solves.map(summary)).toEqual([
      ['glpk', 7, 2, 2],
      ['glpk', 1, 1, 4],
    ]);
    expect(doc.solves.map((s: any) => s.objective)).toEqual([8, 10.5]);
  });
});
