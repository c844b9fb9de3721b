// Solver choice and solver options: the command line, `option nlp = ...`, and GAMS-style options
// files (`m.optfile = 1;` reads `<solver>.opt` beside the model), with their names validated.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveJson } from './helpers.ts';
import { getSolver } from '../src/solvers/registry.ts';

const ipoptFound = (await getSolver('ipopt')!.available()).ok;

describe('solver options', () => {
  it('an options file beside the model reaches the solver (ipm.opt: max_iter 3)', async () => {
    const { code, doc } = await solveJson('test/fixtures/optfile/hs071opt.emd');
    expect(code).toBe(3);
    expect(doc.solves[0]).toMatchObject({
      solver: 'ipm',
      iterations: 3,
      modelStatus: 6,
      solveStatus: 2,
      solveStatusText: 'Iteration Interrupt',
    });
  });
  it('command-line options win over the file', async () => {
    const { code, doc } = await solveJson('test/fixtures/optfile/hs071opt.emd', '--option', 'max_iter=100');
    expect(code).toBe(0);
    expect(doc.solves[0].iterations).toBe(8);
    expect(doc.solves[0].objective).toBeCloseTo(17.0140173, 6);
  });
  it('an unknown option name is refused before running, with a did-you-mean hint (exit 2)', async () => {
    const { code, doc } = await solveJson(
      'models/nlp/hs/hs071.emd',
      '--solver',
      'ipm',
      '--option',
      'max_itr=5',
    );
    expect(code).toBe(2);
    expect(doc.solves).toEqual([]);
    expect(doc.diagnostics).toMatchObject([
      {
        code: 'E5500',
        message: "'max_itr' is not an option of solver ipm.",
        hint: "did you mean 'max_iter'?",
      },
    ]);
  });
  it('without --solver, an option no solver has is refused before running (E0011, exit 2)', async () => {
    const { code, doc } = await solveJson('models/nlp/hs/hs071.emd', '--option', 'max_itr=5');
    expect(code).toBe(2);
    expect(doc.solves).toEqual([]);
    expect(doc.diagnostics).toMatchObject([
      {
        code: 'E0011',
        message: "No solver has an option 'max_itr' (solvers: glpk, highs, ipm, ipopt).",
        hint: "did you mean 'max_iter'?",
      },
    ]);
  });
  it('an unknown --solver is refused before running (E0005, exit 2)', async () => {
    const { code, doc } = await solveJson('models/nlp/hs/hs071.emd', '--solver', 'cplex');
    expect(code).toBe(2);
    expect(doc.diagnostics).toMatchObject([{ code: 'E0005', message: "Unknown solver 'cplex'." }]);
  });
  it('--solver overrides option nlp = ... in the model', async () => {
    const { code, doc } = await solveJson(
      'test/fixtures/optfile/hs071opt.emd',
      '--solver',
      'ipopt',
      '--option',
      'max_iter=100',
    );
    expect(code).toBe(0);
    expect(doc.solves[0].solver).toBe('ipopt');
    // There is no ipopt.opt beside the model: reported, and Ipopt runs with its defaults.
    expect(doc.diagnostics.map((d: any) => [d.code, d.message])).toEqual([
      ['W3003', "Solver options file 'ipopt.opt' not found; the solver runs with its defaults."],
    ]);
  });
});

describe('NLP options on re-solves and logs', () => {
  it('a re-solve starts from the last multipliers; warm_start_init_point=no starts it cold', async () => {
    const iters = async (...extra: string[]) =>
      (await solveJson('test/fixtures/resolve-nlp.emd', '--solver', 'ipm', ...extra)).doc.solves.map(
        (s: any) => [s.iterations, Number(s.objective.toFixed(6))],
      );
    expect(await iters()).toEqual([
      [8, 17.014017],
      [3, 17.014017],
    ]);
    expect(await iters('--option', 'warm_start_init_point=no')).toEqual([
      [8, 17.014017],
      [7, 17.014017],
    ]);
  });
  it('the log names the problem class; print_level=0 silences the iteration log', async () => {
    const loud = await solveJson('models/nlp/hs/hs071.emd', '--solver', 'ipm');
    expect(loud.stderr).toContain('iter    objective    inf_pr');
    // The class and the term that decides it come first, once per solve statement.
    expect(loud.stderr.split('\n')[0]).toBe(
      'Model hs71 is NLP: row 0 (defobj) contains a term of degree 3 (product).',
    );
    const quiet = await solveJson('models/nlp/hs/hs071.emd', '--solver', 'ipm', '--option', 'print_level=0');
    expect(quiet.stderr).not.toContain('iter    objective');
    expect(quiet.doc.solves[0].iterations).toBe(8);
    // GAMS's count: linear coefficients and the variables of each row's nonlinear part (5 + 4 + 4).
    expect(quiet.doc.solves[0].nonzeros).toBe(13);
  });
  it.runIf(ipoptFound || process.env.CI)(
    'native Ipopt does not read an ipopt.opt lying in the working directory',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'emd-cwd-'));
      writeFileSync(join(dir, 'ipopt.opt'), 'max_iter 3\n');
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const { code, doc } = await solveJson('models/nlp/hs/hs071.emd', '--solver', 'ipopt');
        expect(code).toBe(0);
        expect(doc.solves[0].iterations).toBe(8);
      } finally {
        process.chdir(cwd);
      }
    },
  );
});

describe('a model declared NLP that is a non-convex QP', () => {
  it('goes to ipm when HiGHS, the QP default, refuses it, and the log says so', async () => {
    const { code, doc, stderr } = await solveJson('test/fixtures/nonconvex-qp.emd');
    expect(code).toBe(0);
    expect(doc.solves[0]).toMatchObject({
      solver: 'ipm',
      problemClass: 'qp',
      modelStatus: 2,
      objective: -2.25,
    });
    expect(doc.symbols.x.records[0].level).toBeCloseTo(2, 7);
    expect(stderr).toContain(
      "highs: The quadratic objective is not convex (Q is not positive semidefinite: the LDL' elimination meets the pivot -2 at 'x'). Solving it as an NLP with ipm (a local optimum).",
    );
  });
  it('stays with HiGHS when the user chose it: Capability Problems', async () => {
    const { code, doc } = await solveJson('test/fixtures/nonconvex-qp.emd', '--solver', 'highs');
    expect(code).toBe(3);
    expect(doc.solves[0]).toMatchObject({ solver: 'highs', modelStatus: 14, solveStatus: 6 });
  });
});

describe('MIP start', () => {
  it('levels of the discrete variables reach HiGHS as a start; it completes them and still proves 4985', async () => {
    const { code, doc, stderr } = await solveJson(
      'test/fixtures/uc-mipstart.emd',
      '--solver',
      'highs',
      '--option',
      'output_flag=1',
    );
    expect(code).toBe(0);
    expect(stderr).toContain('MIP start solution is feasible, objective value is 5080');
    expect(doc.solves[0].objective).toBeCloseTo(4985, 6);
  });
});

describe('GAMS MIP limits (optcr, optca, reslim)', () => {
  it("GAMS's default optcr 1e-4, then option optcr 0.2 (GLPK stops at 23 of 26: Integer Solution), then the model's own optcr 0", async () => {
    const { code, doc } = await solveJson('test/fixtures/mip-limits.gms');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves.map((s: any) => [s.solver, s.objective, s.modelStatus, s.optcr, s.optca])).toEqual([
      ['glpk', 26, 1, 1e-4, 0],
      ['glpk', 23, 8, 0.2, 1],
      ['glpk', 26, 1, 0, 1],
    ]);
  });
});
