import { describe, expect, it } from 'vitest';
import {
  elasticProblemClass,
  explainInfeasible,
  formatExplanation,
  formatNumber,
  type ExplainSolveFn,
  type InfeasibilityReport,
} from './explain-infeasible.ts';
import { elasticRelaxation } from './elastic.ts';
import { buildProblem, markets, plants, type ProblemSpec, type RowSpec } from '../solvers/test-problems.ts';
import { GraphBuilder, Op } from '../model/expr-graph.ts';
import { getSolver } from '../solvers/registry.ts';
import type { ModelProblem, VarKind } from '../model/problem.ts';
import type { ProblemClass } from '../solvers/types.ts';
import { createSourceFile, span } from '../text/source-file.ts';

/** solveFn for an adapter, recording the classes it was asked for. */
function solverFn(name: string, classes: ProblemClass[] = []): ExplainSolveFn {
  const ad = getSolver(name)!;
  return (q, cls) => {
    classes.push(cls);
    return ad.solve(q, cls, { quiet: true, timeLimit: 20 });
  };
}

/**
 * trnsport with demand raised above supply: a = (350, 600), b = (325, 300, 475), 1100 > 950.
 * Rows: cost, supply(seattle), supply(san-diego), demand(new-york), demand(chicago), demand(topeka).
 */
function shortTransport(kind: VarKind = 0): ModelProblem {
  const a = [350, 600];
  const b = [325, 300, 475];
  const d = [
    [2.5, 1.7, 1.8],
    [2.5, 1.8, 1.4],
  ];
  const xi = (i: number, j: number) => i * 3 + j;
  const vars: ProblemSpec['vars'] = [];
  for (const p of plants)
    for (const q of markets) vars.push({ name: `x(${p},${q})`, kind, ...(kind ? { up: 1000 } : {}) });
  vars.push({ name: 'z', lo: -Infinity });
  const cost: [number, number][] = [[6, 1]];
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) cost.push([xi(i, j), -(90 * d[i][j]) / 1000]);
  const rows: RowSpec[] = [{ name: 'cost', lo: 0, up: 0, terms: cost }];
  for (let i = 0; i < 2; i++)
    rows.push({
      name: `supply(${plants[i]})`,
      lo: -Infinity,
      up: a[i],
      terms: [0, 1, 2].map((j) => [xi(i, j), 1]),
    });
  for (let j = 0; j < 3; j++)
    rows.push({
      name: `demand(${markets[j]})`,
      lo: b[j],
      up: Infinity,
      terms: [0, 1].map((i) => [xi(i, j), 1]),
    });
  return buildProblem({ sense: 'min', vars, obj: { idx: [6], coef: [1] }, rows });
}

const transportRows = [
  'supply(seattle)',
  'supply(san-diego)',
  'demand(new-york)',
  'demand(chicago)',
  'demand(topeka)',
];

/** x >= 5 (a bound), x + y <= 3, y >= 0 (a bound), and z <= 10, which has nothing to do with it. */
function smallIis(): ModelProblem {
  return buildProblem({
    sense: 'min',
    vars: [{ name: 'x', lo: 5 }, { name: 'y' }, { name: 'z', lo: -Infinity }],
    obj: { idx: [0], coef: [1] },
    rows: [
      {
        name: 'c1',
        lo: -Infinity,
        up: 3,
        terms: [
          [0, 1],
          [1, 1],
        ],
      },
      { name: 'zcap', lo: -Infinity, up: 10, terms: [[2, 1]] },
    ],
  });
}

/** 2x + 2y = 3 over integers 0..10 (feasible as an LP), and x + b <= 10 with b binary. */
function parityMip(): ModelProblem {
  return buildProblem({
    sense: 'min',
    vars: [
      { name: 'x', up: 10, kind: 2 },
      { name: 'y', up: 10, kind: 2 },
      { name: 'b', up: 1, kind: 1 },
    ],
    obj: { idx: [0], coef: [1] },
    rows: [
      {
        name: 'parity',
        lo: 3,
        up: 3,
        terms: [
          [0, 2],
          [1, 2],
        ],
      },
      {
        name: 'other',
        lo: -Infinity,
        up: 10,
        terms: [
          [0, 1],
          [2, 1],
        ],
      },
    ],
  });
}

/** x² + y² <= 1 and x + y >= 3, x and y free: the best repair moves the line by 3 − √2. */
function discAndLine(): ModelProblem {
  const g = new GraphBuilder();
  const disc = g.node(Op.Add, [g.node(Op.Sqr, [g.variable(0)]), g.node(Op.Sqr, [g.variable(1)])]);
  return buildProblem({
    sense: 'min',
    vars: [
      { name: 'x', lo: -Infinity, x0: 0.5 },
      { name: 'y', lo: -Infinity, x0: 0.5 },
    ],
    obj: { idx: [0], coef: [1] },
    rows: [
      { name: 'disc', lo: -Infinity, up: 1, terms: [] },
      {
        name: 'line',
        lo: 3,
        up: Infinity,
        terms: [
          [0, 1],
          [1, 1],
        ],
      },
    ],
    graph: g.build(),
    rowNl: [disc, -1],
  });
}

const names = (r: InfeasibilityReport) => r.iis!.constraints.map((c) => c.name);
const sumAmounts = (r: InfeasibilityReport) => r.repair.reduce((t, v) => t + v.amount, 0);

describe.each(['glpk', 'highs'])('explainInfeasible with %s', (solver) => {
  it('finds the shortfall of 150 in trnsport and an IIS of the supply and demand rows', async () => {
    const p = shortTransport();
    const classes: ProblemClass[] = [];
    const r = await explainInfeasible(p, solverFn(solver, classes));
    expect(r.status).toBe('infeasible');
    expect(r.problemClass).toBe('lp');
    expect(r.totalViolation).toBeCloseTo(150, 9);
    expect(r.repairModelStatus).toBe(1);
    expect(sumAmounts(r)).toBeCloseTo(150, 9);
    for (const v of r.repair) expect(transportRows).toContain(v.name);
    for (let k = 1; k < r.repair.length; k++)
      expect(r.repair[k - 1].amount).toBeGreaterThanOrEqual(r.repair[k].amount);
    // The IIS: both supply rows and all three demand rows; no bound x >= 0 is needed.
    expect(names(r)).toEqual(transportRows);
    expect(r.iis!.constraints.map((c) => c.relation)).toEqual(['=l=', '=l=', '=g=', '=g=', '=g=']);
    expect(r.iis!.proven).toBe(true);
    expect(r.iis!.reason).toBe('');
    // The phase-1 duals already point at the 5 rows; one solve checks them, then one per row.
    expect(r.iis!.startSize).toBe(5);
    expect(r.iis!.solves).toBe(5);
    expect(r.solves).toBe(7);
    expect(classes).toEqual(new Array(7).fill('lp'));
    expect(r.notes).toEqual(['cost only defines the objective variable and is left out.']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('puts the repair on the supply rows when demand is dearer to give up', async () => {
    const p = shortTransport();
    const r = await explainInfeasible(p, solverFn(solver), {}, { weights: { rows: [1, 1, 1, 10, 10, 10] } });
    expect(r.totalViolation).toBeCloseTo(150, 9);
    expect(r.repair.every((v) => v.name.startsWith('supply(') && v.direction === 'raise')).toBe(true);
    expect(sumAmounts(r)).toBeCloseTo(150, 9);
    for (const v of r.repair) {
      expect(v.text).toBe(
        `must allow ${formatNumber(v.amount)} more (${formatNumber(v.rhs)} -> ${formatNumber(v.rhs + v.amount)})`,
      );
    }
  });

  it('finds the IIS {x >= 5, x + y <= 3, y >= 0} and leaves z <= 10 out', async () => {
    const r = await explainInfeasible(smallIis(), solverFn(solver));
    expect(r.status).toBe('infeasible');
    expect(r.totalViolation).toBeCloseTo(2, 9);
    expect(names(r)).toEqual(['c1', 'x.lo', 'y.lo']);
    expect(r.iis!.constraints).toEqual([
      { kind: 'row', index: 0, name: 'c1', relation: '=l=', lo: null, up: 3 },
      { kind: 'lower bound', index: 0, name: 'x.lo', relation: '>=', lo: 5, up: null },
      { kind: 'lower bound', index: 1, name: 'y.lo', relation: '>=', lo: 0, up: null },
    ]);
    expect(r.iis!.proven).toBe(true);
  });

  it('explains a MIP that is feasible as an LP (2x + 2y = 3 over integers)', async () => {
    const classes: ProblemClass[] = [];
    const r = await explainInfeasible(parityMip(), solverFn(solver, classes));
    expect(r.status).toBe('infeasible');
    expect(r.problemClass).toBe('mip');
    expect(r.totalViolation).toBeCloseTo(1, 9);
    expect(r.repair.map((v) => [v.name, v.amount])).toEqual([['parity', expect.closeTo(1, 9)]]);
    expect(names(r)).toEqual(['parity']);
    expect(r.iis!.proven).toBe(true);
    expect(r.iis!.startSize).toBe(2); // the LP relaxation is feasible: every row is a candidate
    // repair (MIP), relaxation (LP), drop 'other' (still infeasible), drop 'parity' (feasible).
    expect(classes).toEqual(['mip', 'lp', 'mip', 'mip']);
    expect(r.notes).toEqual([
      'The bounds of 1 binary variable are kept hard: b.',
      'The bounds of 2 integer variables are kept hard: x, y.',
    ]);
  });

  it('explains an integer trnsport through the duals of its LP relaxation', async () => {
    const r = await explainInfeasible(shortTransport(2), solverFn(solver));
    expect(r.problemClass).toBe('mip');
    expect(r.totalViolation).toBeCloseTo(150, 9);
    expect(names(r)).toEqual(transportRows);
    expect(r.iis!.startSize).toBe(5);
    expect(r.iis!.proven).toBe(true);
  });
});

describe('explainInfeasible', () => {
  it('repairs x² + y² <= 1, x + y >= 3 by 3 − √2 with ipm', async () => {
    const p = discAndLine();
    expect(elasticProblemClass(elasticRelaxation(p).problem)).toBe('qcp');
    const r = await explainInfeasible(p, solverFn('ipm'));
    expect(r.status).toBe('infeasible');
    expect(r.problemClass).toBe('qcp');
    expect(r.repairModelStatus).toBe(2);
    expect(Math.abs(r.totalViolation! - (3 - Math.SQRT2))).toBeLessThan(1e-6);
    expect(r.repair.map((v) => v.name)).toEqual(['line']);
    expect(Math.abs(r.repair[0].amount - (3 - Math.SQRT2))).toBeLessThan(1e-6);
    expect(r.repair[0].text).toBe('needs 1.5857864 less on its right-hand side (3 -> 1.4142136)');
    expect(names(r)).toEqual(['disc', 'line']);
    expect(r.iis!.proven).toBe(false);
    expect(r.iis!.reason).toBe('a local NLP solver cannot prove that a set of constraints is infeasible');
  });

  it('formats the report for the CLI', async () => {
    const file = createSourceFile('m.emd', 'equations\n  supply(i)\n  demand(j);\n');
    const p = smallIis();
    const r = await explainInfeasible(
      p,
      solverFn('glpk'),
      { rowSpans: [span(file, 12, 18), undefined] },
      { weights: { lower: [10, 10, 10] } },
    );
    expect(r.repair).toEqual([
      {
        kind: 'row',
        index: 0,
        name: 'c1',
        relation: '=l=',
        lo: null,
        up: 3,
        at: 'm.emd:2:3',
        amount: 2,
        rhs: 3,
        newRhs: 5,
        direction: 'raise',
        text: 'must allow 2 more (3 -> 5)',
      },
    ]);
    expect(formatExplanation(r)).toBe(
      [
        'The model is infeasible. The smallest total violation is 2 (elastic LP, 5 solves); this constraint gives way:',
        '  c1 =l= 3  must allow 2 more (3 -> 5)  at m.emd:2:3',
        'An irreducible infeasible subset (IIS) of 3 constraints: they cannot all hold, and without any one of them the rest can:',
        '  c1 =l= 3  at m.emd:2:3',
        '  x.lo = 5',
        '  y.lo = 0',
      ].join('\n'),
    );
  });

  it('words each kind of give', async () => {
    // x.lo = 5 against x <= 3 (weighted so the bound gives), y.up = 1 against y >= 4, e: x + y = 20.
    const p = buildProblem({
      sense: 'min',
      vars: [
        { name: 'x', lo: 5 },
        { name: 'y', up: 1 },
      ],
      obj: { idx: [0], coef: [1] },
      rows: [
        { name: 'xcap', lo: -Infinity, up: 3, terms: [[0, 1]] },
        { name: 'yfloor', lo: 4, up: Infinity, terms: [[1, 1]] },
        {
          name: 'e',
          lo: 20,
          up: 20,
          terms: [
            [0, 1],
            [1, 1],
          ],
        },
        { name: 'rng', lo: 30, up: 40, terms: [[0, 1]] },
      ],
    });
    const r = await explainInfeasible(
      p,
      solverFn('glpk'),
      {},
      { weights: { rows: [10, 10, 0.5, 1] }, iis: false },
    );
    // x = 3: xcap (10 a unit) holds, x.lo gives 2 and rng's lower limit 27 (1 a unit each).
    // y = 4: yfloor (10) holds, y.up gives 3 (1); e (0.5 a unit) then falls 13 short of 20.
    expect(r.iis).toBe(null);
    expect(r.repair.map((v) => `${v.name}: ${v.text}`)).toEqual([
      'rng: needs its lower limit 27 lower (30 -> 3)',
      'e: needs 13 less on its right-hand side (20 -> 7)',
      'y.up: must go up by 3 (1 -> 4)',
      'x.lo: must come down by 2 (5 -> 3)',
    ]);
  });

  it('reports a model without violation as feasible, and an unsolved relaxation as failed', async () => {
    const p = smallIis();
    const zero: ExplainSolveFn = async (q) => ({
      solver: 'mock',
      modelStatus: 1,
      solveStatus: 1,
      x: new Float64Array(q.n),
      iterations: 0,
      seconds: 0,
    });
    const ok = await explainInfeasible(p, zero);
    expect(ok.status).toBe('feasible');
    expect(ok.totalViolation).toBe(0);
    expect(ok.solves).toBe(1);
    expect(formatExplanation(ok)).toMatch(
      /^No infeasibility found \(elastic LP, 1 solve\): The elastic problem has a point without violation/,
    );

    const fail: ExplainSolveFn = async () => ({
      solver: 'mock',
      modelStatus: 19,
      solveStatus: 1,
      iterations: 0,
      seconds: 0,
      message: 'no luck',
    });
    const bad = await explainInfeasible(p, fail);
    expect(bad.status).toBe('failed');
    expect(bad.repairModelStatusText).toBe('Infeasible - No Solution');
    expect(bad.message).toBe(
      'The elastic LP was not solved (Infeasible - No Solution): no luck. The rows and bounds kept hard may be infeasible by themselves.',
    );
    expect(JSON.parse(JSON.stringify(bad))).toEqual(bad);
  });

  it('stops at the solve budget and says the IIS is not proven', async () => {
    const r = await explainInfeasible(shortTransport(), solverFn('glpk'), {}, { maxSolves: 4 });
    expect(r.solves).toBe(4);
    expect(r.iis!.proven).toBe(false);
    expect(r.iis!.reason).toBe('stopped after 4 solves with 3 constraints untested');
    expect(r.iis!.constraints.length).toBe(5);
  });
});
