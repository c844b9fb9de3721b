// One cold translation, for bench/generation's fresh-process runs (bundled by the bench with
// esbuild, so that it starts as the `emd` command does, from pre-compiled JavaScript, and
// restores the parser from the grammar snapshot beside it, as `emd` does from dist/). Loads EMD,
// then parses, checks, runs the data statements, generates the model and converts it to the
// solver's input, and prints the CPU time (ms) of each phase and of the whole translation and the process's
// peak memory as one JSON line.
//
//   translate-child FILE EQS OBJ lp    an LP: generate, LinearForm, loaded into GLPK through the
//                                      glpk adapter's Node route (GLPK's C API in glpk.js's
//                                      WebAssembly instance: glp_load_matrix from the arrays)
//   translate-child FILE EQS OBJ form  an LP to LinearForm only (the arrays HiGHS reads): lqcp's
//                                      linear part, measured as far as its QP
//   translate-child FILE EQS OBJ qcp   a QCP, as a solve does it: generate, classify, eliminate
//                                      the objective, classify, LinearForm with the Hessian (the
//                                      arrays HiGHS reads)
//   translate-child --bare N           the bare cost: the N×N transport LP loaded into GLPK by
//                                      hand from loops, through the same route, in a fresh process
//   translate-child --snapshot FILE    writes the grammar snapshot (once, before the runs)
// EQS: the model's equations, comma-separated; OBJ: the objective variable (minimized).
import { readFileSync, writeFileSync } from 'node:fs';

// Phase marks in CPU seconds of the whole process (the machine may be loaded: wall time would
// count other processes' turns).
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpuNow();
const [
  { createSourceFile },
  { parseSource },
  { checkProgram },
  { generateModel },
  { MAX_SLOTS },
  { lowerStatements },
  lf,
  glpkMod,
  classify,
  { objectiveElimination },
  { bareGlpkInput },
  { loadProblem },
  grammar,
] = await Promise.all([
  import('../src/text/source-file.ts'),
  import('../src/syntax/parse.ts'),
  import('../src/check/checker.ts'),
  import('../src/model/generate.ts'),
  import('../src/check/expressions.ts'),
  import('../src/interp/lower-statements.ts'),
  import('../src/solvers/linear-form.ts'),
  import('../src/solvers/glpk/adapter.ts'),
  import('../src/model/classify.ts'),
  import('../src/reform/eliminate-objective.ts'),
  import('./transport-model.ts'),
  import('../src/solvers/glpk/wasm.ts'),
  import('../grammar/parser.ts'),
]);
if (process.argv[2] === '--snapshot') {
  writeFileSync(process.argv[3], JSON.stringify(grammar.grammarSnapshot()));
  process.exit(0);
}
try {
  grammar.useGrammarSnapshot(
    JSON.parse(readFileSync(new URL('./grammar-snapshot.json', import.meta.url), 'utf8')),
  );
} catch {
  // none written: the parser analyses its grammar
}
const glpk = await glpkMod.loadGlpk();
const wasm = glpk.wasm;
if (!wasm) throw new Error("glpk.js's WebAssembly API was not reached");
const t1 = cpuNow();
const memory = () => ({ maxRssMB: process.resourceUsage().maxRSS / 1024 });

if (process.argv[2] === '--bare') {
  const input = bareGlpkInput(Number(process.argv[3]), wasm);
  const t2 = cpuNow();
  console.log(
    JSON.stringify({
      load: t1 - t0,
      translate: t2 - t1,
      translateCpuSeconds: (t2 - t1) / 1000,
      rows: input.rows,
      ...memory(),
    }),
  );
} else {
  const [file, eqNames, objName, kind] = process.argv.slice(2);
  const source = createSourceFile('bench.emd', readFileSync(file, 'utf8'));
  const parsed = parseSource(source);
  const t2 = cpuNow();
  const checked = checkProgram(parsed.program);
  const errors = [...parsed.diagnostics, ...checked.diagnostics.filter((d) => d.severity === 'error')];
  if (errors.length) throw new Error(`bench model has errors: ${errors.map((d) => d.message).join('; ')}`);
  const t3 = cpuNow();
  const env = new Int32Array(MAX_SLOTS);
  for (const s of lowerStatements(checked)) if (s.kind === 'run') s.run(env);
  const t4 = cpuNow();
  type Sym = Parameters<typeof generateModel>[1];
  type Eq = Parameters<typeof checked.equations.get>[0];
  const eqs = eqNames.split(',').map((e) => checked.equations.get(checked.table.get(e) as Eq)!);
  const gen = generateModel(eqs, checked.table.get(objName) as Sym, 'min', checked.table.universe, true);
  const t5 = cpuNow();
  let p = gen.problem;
  let extractQuadratic: typeof classify.extractQuadratic | undefined;
  if (kind === 'qcp') {
    // As run/solve.ts: the class of the generated model, the nlp chain, the class after it.
    classify.classifyProblem(p);
    const elim = objectiveElimination.apply(p);
    if (!elim) throw new Error('objective not eliminated');
    p = elim.problem;
    if (classify.classifyProblem(p).cls !== 'qp') throw new Error('not a QP after elimination');
    extractQuadratic = classify.extractQuadratic;
  }
  const form = lf.linearForm(p, { integer: false, extractQuadratic });
  if (!form.ok) throw new Error(`no linear form: ${form.error.kind}`);
  let rows = form.lp.m;
  if (kind === 'lp') {
    loadProblem(wasm, form.lp, true);
    rows = form.lp.m;
  }
  const t6 = cpuNow();
  console.log(
    JSON.stringify({
      load: t1 - t0,
      parse: t2 - t1,
      check: t3 - t2,
      data: t4 - t3,
      generate: t5 - t4,
      solverInput: t6 - t5,
      translate: t6 - t1,
      nnz: gen.problem.rowStart[gen.problem.m],
      qnnz: form.lp.q?.vals.length ?? 0,
      rows,
      translateCpuSeconds: (t6 - t1) / 1000,
      ...memory(),
    }),
  );
}
