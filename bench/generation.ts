// bench/generation: translation speed and memory, EMD against glpsol --check, in one run.
//
// Cold (the default): every measurement is a fresh process on both sides. EMD runs
// translate-child.ts, bundled here with esbuild as the `emd` command is (no TypeScript compiled at
// start-up, the parser restored from a grammar snapshot as `emd` restores it): it loads, then
// parses, checks, runs the data statements, generates the model and converts it to the solver's
// input. For an LP that is the route the glpk adapter takes in Node: LinearForm, then the problem
// loaded into GLPK through its C API in glpk.js's WebAssembly instance (bounds by glp_set_*_bnds,
// the matrix written into the wasm heap for glp_load_matrix, glp_sort_matrix), which is where
// glpsol --check ends too (its problem built in GLPK). glpsol runs `glpsol --check` on the
// same model in MathProg (Debian glpk-utils). Both are timed by /usr/bin/time (CPU = user +
// system, peak resident memory); EMD's translation alone (without Node's and the modules'
// start-up) is timed inside its process. Each figure is the median of --reps alternating runs.
//
// It measures:
//   - the n×n transport LP (3n² + 1 nonzeros) with its costs by an assignment and in a data table,
//     at 577 (10^6 nonzeros) and 1000: glpsol CPU / EMD translation CPU, glpsol / EMD whole
//     process, and peak memory EMD / glpsol;
//   - the bare cost of filling the solver's arrays: the same LP loaded into GLPK by hand from
//     loops through the same route (the same calls, the matrix's arrays filled in the wasm heap),
//     in a fresh process too (EMD translation / bare);
//   - growth: the log–log slope of EMD's translation CPU against nonzeros between the sizes;
//   - lqcp-500 (JuMP's and PyOptInterface's benchmark): EMD's translation of the QP (generation,
//     classification, objective elimination, LinearForm with the Hessian) against its linear part
//     (the same model with each square replaced by its base), both as far as LinearForm (the
//     arrays HiGHS reads), and glpsol --check on that part.
//
// --quick: n = 200 and 400, lqcp-200, one run each (well under a minute). --reps N: runs per
// figure. Sizes may be given as numbers.
//
// Warm (--warm): EMD in this process, best of several runs after JIT warm-up, against loading the
// same LP into GLPK by hand (the bare build above).
//
// Targets (issue 16): translation ≥ 5× faster than glpsol --check at 577 and 1000, for both kinds
// of data, with memory ≤ glpsol's; translation ≤ 2× the bare build; slope ≤ 1.05; lqcp-500's
// quadratic objective adds ≤ 20% to its linear part.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleScript } from './bundle.ts';
import { createSourceFile } from '../src/text/source-file.ts';
import {
  bareGlpkInput,
  lqcpMathProg,
  lqcpSource,
  mathProgSource,
  transportSource,
  type CostData,
} from './transport-model.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { checkProgram } from '../src/check/checker.ts';
import { lowerStatements } from '../src/interp/lower-statements.ts';
import { generateModel } from '../src/model/generate.ts';
import { MAX_SLOTS } from '../src/check/expressions.ts';
import { linearForm } from '../src/solvers/linear-form.ts';
import { loadGlpk } from '../src/solvers/glpk/adapter.ts';
import { loadProblem, type GlpkWasm } from '../src/solvers/glpk/wasm.ts';
import type { EquationSymbol, VariableSymbol } from '../src/bind/symbols.ts';

const root = join(import.meta.dirname, '..');
const emdSource = (n: number, data: CostData) =>
  transportSource(n, data) + 'Solve transport using lp minimizing z ;\n';

interface ProcessRun {
  cpu: number;
  rssMB: number;
}

/** Runs a command under /usr/bin/time; returns its stdout and its CPU seconds and peak memory. */
function timed(cmd: string, args: string[]): ProcessRun & { stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '@@time %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed: ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, cpu: Number(m[1]) + Number(m[2]), rssMB: Number(m[3]) / 1024 };
}

interface EmdRun extends ProcessRun {
  translateCpu: number;
  phases: Record<string, number>;
  nnz: number;
}

/** translate-child.ts bundled into one ES module beside node_modules (as dist/ is built). */
const bundleChild = () =>
  bundleScript(join(root, 'bench', 'translate-child.ts'), join(root, '.bench-build', 'translate-child.mjs'));

let child = '';

function emdCold(args: string[]): EmdRun {
  const r = timed(process.execPath, [child, ...args]);
  const j = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return {
    cpu: r.cpu,
    rssMB: r.rssMB,
    translateCpu: j.translateCpuSeconds,
    phases: {
      parse: j.parse,
      check: j.check,
      data: j.data,
      generate: j.generate,
      solverInput: j.solverInput,
    },
    nnz: j.nnz,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function hasGlpsol(): boolean {
  try {
    execFileSync('glpsol', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Median of `reps` alternating runs of EMD and glpsol (glpsol optional). */
function pair(reps: number, emdArgs: string[], modFile?: string) {
  const e: EmdRun[] = [];
  const g: ProcessRun[] = [];
  for (let r = 0; r < reps; r++) {
    e.push(emdCold(emdArgs));
    if (modFile) g.push(timed('glpsol', ['--check', '-m', modFile]));
  }
  const phases: Record<string, number> = {};
  for (const k of Object.keys(e[0].phases)) phases[k] = median(e.map((x) => x.phases[k]));
  return {
    trCpu: median(e.map((x) => x.translateCpu)),
    pCpu: median(e.map((x) => x.cpu)),
    eMem: median(e.map((x) => x.rssMB)),
    gCpu: g.length ? median(g.map((x) => x.cpu)) : NaN,
    gMem: g.length ? median(g.map((x) => x.rssMB)) : NaN,
    nnz: e[0].nnz,
    phases,
  };
}

const f = (v: number, d: number, w: number) => v.toFixed(d).padStart(w);

export interface ColdOptions {
  sizes?: number[];
  kinds?: CostData[];
  reps?: number;
  lqcp?: number;
}

export async function benchGenerationCold(o: ColdOptions = {}): Promise<void> {
  const { sizes = [577, 1000], kinds = ['assignment', 'table'], reps = 3, lqcp = 500 } = o;
  if (!hasGlpsol()) {
    console.log(
      'bench/generation: glpsol not found (apt-get install glpk-utils); nothing to compare against',
    );
    return;
  }
  child = await bundleChild();
  // The grammar snapshot the child restores its parser from (as `emd` does from dist/).
  execFileSync(process.execPath, [child, '--snapshot', join(dirname(child), 'grammar-snapshot.json')]);
  const dir = mkdtempSync(join(tmpdir(), 'emd-bench-'));
  console.log(
    `bench/generation (cold: a fresh process per run on both sides, median of ${reps}): EMD translation (parse + check + data + generate + solver input) vs glpsol --check`,
  );
  console.log(
    '     n  data        nonzeros | EMD transl. CPU s | EMD process CPU s   MB | glpsol CPU s    MB | glpsol/EMD transl.  glpsol/EMD process  mem EMD/glpsol | bare CPU s  transl./bare',
  );
  const slopes: string[] = [];
  const phaseLines: string[] = [];
  try {
    const bare = new Map<number, number>();
    for (const n of sizes) bare.set(n, pair(reps, ['--bare', String(n)]).trCpu);
    for (const data of kinds) {
      const prev: { nnz: number; t: number }[] = [];
      for (const n of sizes) {
        const emdFile = join(dir, `t${n}-${data}.emd`);
        const modFile = join(dir, `t${n}-${data}.mod`);
        writeFileSync(emdFile, emdSource(n, data));
        writeFileSync(modFile, mathProgSource(n, data));
        const r = pair(reps, [emdFile, 'cost,supply,demand', 'z', 'lp'], modFile);
        const b = bare.get(n)!;
        console.log(
          `${String(n).padStart(6)}  ${data.padEnd(10)} ${String(r.nnz).padStart(9)} | ${f(r.trCpu, 2, 17)} | ${f(r.pCpu, 2, 17)} ${f(r.eMem, 0, 4)} | ${f(r.gCpu, 2, 12)} ${f(r.gMem, 0, 5)} | ${f(r.gCpu / r.trCpu, 2, 18)} ${f(r.gCpu / r.pCpu, 2, 19)} ${f(r.eMem / r.gMem, 2, 15)} | ${f(b, 2, 10)} ${f(r.trCpu / b, 2, 13)}`,
        );
        phaseLines.push(
          `${String(n).padStart(6)}  ${data.padEnd(10)} ${Object.entries(r.phases)
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join(', ')}`,
        );
        prev.push({ nnz: r.nnz, t: r.trCpu });
      }
      for (let k = 1; k < prev.length; k++) {
        const s = Math.log(prev[k].t / prev[k - 1].t) / Math.log(prev[k].nnz / prev[k - 1].nnz);
        slopes.push(`${data} ${sizes[k - 1]}→${sizes[k]}: ${s.toFixed(2)}`);
      }
    }
    console.log('EMD translation phases (CPU ms, median):');
    for (const l of phaseLines) console.log(l);
    console.log(`growth of EMD's translation CPU, log–log slope: ${slopes.join('; ')}`);
    if (lqcp > 0) {
      const quadFile = join(dir, `lqcp${lqcp}.emd`);
      const linFile = join(dir, `lqcp${lqcp}-linear.emd`);
      const modFile = join(dir, `lqcp${lqcp}-linear.mod`);
      writeFileSync(quadFile, lqcpSource(lqcp));
      writeFileSync(linFile, lqcpSource(lqcp, false));
      writeFileSync(modFile, lqcpMathProg(lqcp));
      const eqs = 'defobj,pde,ic,bc1,bc2';
      const q = pair(reps, [quadFile, eqs, 'obj', 'qcp']);
      const l = pair(reps, [linFile, eqs, 'obj', 'form'], modFile);
      console.log(
        `lqcp-${lqcp} (${l.nnz} nonzeros): EMD translation of the QP ${q.trCpu.toFixed(2)} CPU s (${q.eMem.toFixed(0)} MB), of its linear part ${l.trCpu.toFixed(2)} CPU s ( ${l.eMem.toFixed(0)} MB): the quadratic objective adds ${(100 * (q.trCpu / l.trCpu - 1)).toFixed(0)}%; glpsol --check on the linear part ${l.gCpu.toFixed(2)} CPU s, ${l.gMem.toFixed(0)} MB (glpsol/EMD linear part ${(l.gCpu / l.trCpu).toFixed(2)})`,
      );
      console.log(
        `  phases (CPU ms): QP ${Object.entries(q.phases)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')}; linear part ${Object.entries(l.phases)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    'targets: glpsol/EMD translation ≥ 5 and mem EMD/glpsol ≤ 1 for both kinds of data at 577 and 1000; transl./bare ≤ 2; slope ≤ 1.05; lqcp-500 quadratic objective adds ≤ 20%',
  );
}

const ms = () => performance.now();

async function emdBuild(n: number, w: GlpkWasm) {
  const t0 = ms();
  const parsed = parseSource(createSourceFile('bench.emd', emdSource(n, 'assignment')));
  const checked = checkProgram(parsed.program);
  if (parsed.diagnostics.length || checked.diagnostics.some((d) => d.severity === 'error'))
    throw new Error('bench model has errors');
  const env = new Int32Array(MAX_SLOTS);
  for (const s of lowerStatements(checked)) if (s.kind === 'run') s.run(env);
  const eqs = ['cost', 'supply', 'demand'].map((e) =>
    checked.equations.get(checked.table.get(e) as EquationSymbol)!,
  );
  const gen = generateModel(
    eqs,
    checked.table.get('z') as VariableSymbol,
    'min',
    checked.table.universe,
    true,
  );
  const t1 = ms();
  const form = linearForm(gen.problem, { integer: false });
  if (!form.ok) throw new Error('not linear');
  const { P } = loadProblem(w, form.lp, true);
  const t2 = ms();
  w.glp_delete_prob(P);
  return { instance: t1 - t0, total: t2 - t0, nnz: gen.problem.rowStart[gen.problem.m] };
}

function bareBuild(n: number, w: GlpkWasm) {
  const t0 = ms();
  const { P } = bareGlpkInput(n, w);
  const total = ms() - t0;
  w.glp_delete_prob(P);
  return { total };
}

const best = <T extends { total: number }>(runs: T[]): T =>
  runs.reduce((a, b) => (b.total < a.total ? b : a));

export async function benchGenerationWarm(sizes = [100, 300, 577]): Promise<void> {
  const glpk = (await loadGlpk()).wasm;
  if (!glpk) throw new Error("glpk.js's WebAssembly API was not reached");
  console.log(
    'bench/generation (warm: both sides in this process after JIT warm-up, best of several runs): EMD vs the same LP loaded into GLPK by hand',
  );
  console.log('     n   nonzeros   EMD instance ms  EMD +glpk ms  bare ms  instance/bare  +glpk/bare');
  for (const n of [20, 100]) {
    await emdBuild(n, glpk);
    bareBuild(n, glpk);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const n of sizes) {
    const reps = n >= 500 ? 3 : 5;
    const es: Awaited<ReturnType<typeof emdBuild>>[] = [];
    const bs: { total: number }[] = [];
    for (let r = 0; r < reps; r++) {
      gc?.();
      es.push(await emdBuild(n, glpk));
      gc?.();
      bs.push({ total: bareBuild(n, glpk).total });
    }
    const e = best(es);
    const b = best(bs);
    console.log(
      `${String(n).padStart(6)} ${String(e.nnz).padStart(10)} ${e.instance.toFixed(0).padStart(17)} ${e.total.toFixed(0).padStart(13)} ${b.total.toFixed(0).padStart(8)} ${(e.instance / b.total).toFixed(2).padStart(14)} ${(e.total / b.total).toFixed(2).padStart(11)}`,
    );
  }
  console.log(
    'target at 10^6 nonzeros (n = 577): instance/bare ≤ 2 (including the load into GLPK: +glpk/bare)',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const r = args.indexOf('--reps');
  const reps = r >= 0 ? Number(args[r + 1]) : undefined;
  const sizes = args.filter((a, k) => /^\d+$/.test(a) && k !== r + 1).map(Number);
  if (args.includes('--warm')) await benchGenerationWarm(sizes.length ? sizes : undefined);
  else if (args.includes('--quick'))
    await benchGenerationCold({ sizes: [200, 400], reps: reps ?? 1, lqcp: 200 });
  else await benchGenerationCold({ sizes: sizes.length ? sizes : undefined, reps });
}
