// One cold translation of the n×n transport LP, for bench/generation's fresh-process runs: loads
// EMD, then parses, checks, runs the data statements, generates the model and converts it to
// glpk.js's input, and prints the phase times (ms) and the process's CPU time and peak memory as
// one JSON line. Usage: translate-child.ts FILE (an .emd file holding the model).
import { readFileSync } from 'node:fs';

const t0 = performance.now();
const [
  { createSourceFile },
  { parseSource },
  { checkProgram },
  { generateModel },
  { MAX_SLOTS },
  { lowerStatements },
  lf,
  glpkMod,
] = await Promise.all([
  import('../src/text/source-file.ts'),
  import('../src/syntax/parse.ts'),
  import('../src/check/checker.ts'),
  import('../src/model/generate.ts'),
  import('../src/check/expressions.ts'),
  import('../src/interp/lower-statements.ts'),
  import('../src/solvers/linear-form.ts'),
  import('../src/solvers/glpk/adapter.ts'),
]);
const glpk = await glpkMod.loadGlpk();
const t1 = performance.now();
const cpu1 = process.cpuUsage();
const file = createSourceFile('bench.emd', readFileSync(process.argv[2], 'utf8'));
const parsed = parseSource(file);
const t2 = performance.now();
const checked = checkProgram(parsed.program);
if (parsed.diagnostics.length || checked.diagnostics.some((d) => d.severity === 'error'))
  throw new Error('bench model has errors');
const t3 = performance.now();
const env = new Int32Array(MAX_SLOTS);
for (const s of lowerStatements(checked)) if (s.kind === 'run') s.run(env);
const t4 = performance.now();
type Sym = Parameters<typeof generateModel>[1];
type Eq = Parameters<typeof checked.equations.get>[0];
const eqs = ['cost', 'supply', 'demand'].map((e) => checked.equations.get(checked.table.get(e) as Eq)!);
const gen = generateModel(eqs, checked.table.get('z') as Sym, 'min', checked.table.universe, true);
const t5 = performance.now();
const form = lf.linearForm(gen.problem, { integer: false });
if (!form.ok) throw new Error('not linear');
const input = glpkMod.toGlpk(glpk, form.lp, true);
const t6 = performance.now();
const cpu = process.cpuUsage();
const translateCpu = process.cpuUsage(cpu1);
console.log(
  JSON.stringify({
    load: t1 - t0,
    parse: t2 - t1,
    check: t3 - t2,
    data: t4 - t3,
    generate: t5 - t4,
    glpkInput: t6 - t5,
    translate: t6 - t1,
    nnz: gen.problem.rowStart[gen.problem.m],
    rows: input.subjectTo.length,
    translateCpuSeconds: (translateCpu.user + translateCpu.system) / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
