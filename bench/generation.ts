// bench/generation: translation speed and memory on a scalable n×n transport LP (3n² + 1
// nonzeros), with the costs computed by an assignment or read from a data table.
//
// Cold (the default): every measurement is a fresh process on both sides. EMD runs
// translate-child.ts (load, then parse + check + data + generate + glpk.js input); glpsol runs
// `glpsol --check` on the same model in MathProg (Debian glpk-utils). Both are timed by
// /usr/bin/time (CPU = user + system, peak resident memory); EMD's translation alone (without
// Node's and the modules' start-up) is timed inside its process. Each figure is the median of
// REPS alternating runs. Ratios: glpsol CPU / EMD translation CPU, glpsol / EMD whole process,
// and memory EMD / glpsol. Growth: the log–log slope of EMD's translation time between sizes.
//
// Warm (--warm): EMD in this process, best of several runs after JIT warm-up, against building
// the same glpk.js input by hand from arrays (the bare cost of filling the solver's input).
//
// Targets (issue 16): translation ≥ 5× faster than glpsol --check at 577 and 1000, for both kinds
// of data, with memory ≤ glpsol's; warm EMD ≤ 2× the bare build; slope ≤ 1.05.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSourceFile } from '../src/text/source-file.ts';
import { mathProgSource, transportSource, unitCost, type CostData } from './transport-model.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { checkProgram } from '../src/check/checker.ts';
import { lowerStatements } from '../src/interp/lower-statements.ts';
import { generateModel } from '../src/model/generate.ts';
import { MAX_SLOTS } from '../src/check/expressions.ts';
import { linearForm } from '../src/solvers/linear-form.ts';
import { loadGlpk, toGlpk } from '../src/solvers/glpk/adapter.ts';
import type { EquationSymbol, VariableSymbol } from '../src/bind/symbols.ts';

const REPS = 3;
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
  translate: number;
  translateCpu: number;
  phases: Record<string, number>;
  nnz: number;
}

function emdCold(file: string): EmdRun {
  const r = timed(process.execPath, [
    join(root, 'bin', 'run-ts.js'),
    join(root, 'bench', 'translate-child.ts'),
    file,
  ]);
  const j = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return {
    cpu: r.cpu,
    rssMB: r.rssMB,
    translate: j.translate,
    translateCpu: j.translateCpuSeconds,
    phases: { parse: j.parse, check: j.check, data: j.data, generate: j.generate, glpkInput: j.glpkInput },
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

export function benchGenerationCold(sizes = [577, 1000], kinds: CostData[] = ['assignment', 'table']): void {
  if (!hasGlpsol()) {
    console.log(
      'bench/generation: glpsol not found (apt-get install glpk-utils); nothing to compare against',
    );
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'emd-bench-'));
  console.log(
    `bench/generation (cold: a fresh process per run on both sides, median of ${REPS}): n×n transport LP, EMD translation (parse + check + data + generate + glpk.js input) vs glpsol --check`,
  );
  console.log(
    '     n  data        nonzeros | EMD transl. ms  CPU s | EMD process CPU s   MB | glpsol CPU s    MB | glpsol/EMD transl.  glpsol/EMD process  mem EMD/glpsol',
  );
  const slopes: string[] = [];
  try {
    for (const data of kinds) {
      const prev: { nnz: number; t: number }[] = [];
      for (const n of sizes) {
        const emdFile = join(dir, `t${n}-${data}.emd`);
        const modFile = join(dir, `t${n}-${data}.mod`);
        writeFileSync(emdFile, emdSource(n, data));
        writeFileSync(modFile, mathProgSource(n, data));
        const e: EmdRun[] = [];
        const g: ProcessRun[] = [];
        for (let r = 0; r < REPS; r++) {
          e.push(emdCold(emdFile));
          g.push(timed('glpsol', ['--check', '-m', modFile]));
        }
        const tr = median(e.map((x) => x.translate));
        const trCpu = median(e.map((x) => x.translateCpu));
        const pCpu = median(e.map((x) => x.cpu));
        const eMem = median(e.map((x) => x.rssMB));
        const gCpu = median(g.map((x) => x.cpu));
        const gMem = median(g.map((x) => x.rssMB));
        const nnz = e[0].nnz;
        console.log(
          `${String(n).padStart(6)}  ${data.padEnd(10)} ${String(nnz).padStart(9)} | ${tr.toFixed(0).padStart(14)} ${trCpu.toFixed(2).padStart(6)} | ${pCpu.toFixed(2).padStart(17)} ${eMem.toFixed(0).padStart(4)} | ${gCpu.toFixed(2).padStart(12)} ${gMem.toFixed(0).padStart(5)} | ${(gCpu / trCpu).toFixed(2).padStart(18)} ${(gCpu / pCpu).toFixed(2).padStart(19)} ${(eMem / gMem).toFixed(2).padStart(15)}`,
        );
        prev.push({ nnz, t: trCpu });
      }
      for (let k = 1; k < prev.length; k++) {
        const s = Math.log(prev[k].t / prev[k - 1].t) / Math.log(prev[k].nnz / prev[k - 1].nnz);
        slopes.push(`${data} ${sizes[k - 1]}→${sizes[k]}: ${s.toFixed(2)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`growth of EMD's translation CPU, log–log slope: ${slopes.join('; ')}`);
  console.log(
    'targets: glpsol/EMD translation ≥ 5 and mem EMD/glpsol ≤ 1 for both kinds of data at 577 and 1000; slope ≤ 1.05',
  );
}

const ms = () => performance.now();

async function emdBuild(n: number, glpk: Awaited<ReturnType<typeof loadGlpk>>) {
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
  toGlpk(glpk, form.lp, true);
  const t2 = ms();
  return { instance: t1 - t0, total: t2 - t0, nnz: gen.problem.rowStart[gen.problem.m] };
}

function bareBuild(n: number, glpk: Awaited<ReturnType<typeof loadGlpk>>) {
  const t0 = ms();
  const name = (i: number, j: number) => `x${i * n + j}`;
  const costVars: { name: string; coef: number }[] = [{ name: 'z', coef: 1 }];
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= n; j++) costVars.push({ name: name(i - 1, j - 1), coef: -unitCost(i, j) });
  const subjectTo = [{ name: 'cost', vars: costVars, bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 } }];
  for (let i = 0; i < n; i++) {
    const vars = [];
    for (let j = 0; j < n; j++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `s${i}`, vars, bnds: { type: glpk.GLP_UP, lb: 0, ub: 2 } });
  }
  for (let j = 0; j < n; j++) {
    const vars = [];
    for (let i = 0; i < n; i++) vars.push({ name: name(i, j), coef: 1 });
    subjectTo.push({ name: `d${j}`, vars, bnds: { type: glpk.GLP_LO, lb: 1, ub: 0 } });
  }
  const bounds = [{ name: 'z', type: glpk.GLP_FR, lb: 0, ub: 0 }];
  for (let k = 0; k < n * n; k++) bounds.push({ name: `x${k}`, type: glpk.GLP_LO, lb: 0, ub: 0 });
  const input = {
    name: 'bare',
    objective: { direction: glpk.GLP_MIN, name: 'obj', vars: [{ name: 'z', coef: 1 }] },
    subjectTo,
    bounds,
  };
  return { total: ms() - t0, input };
}

const best = <T extends { total: number }>(runs: T[]): T =>
  runs.reduce((a, b) => (b.total < a.total ? b : a));

export async function benchGenerationWarm(sizes = [100, 300, 577]): Promise<void> {
  const glpk = await loadGlpk();
  console.log(
    'bench/generation (warm: both sides in this process after JIT warm-up, best of several runs): EMD vs the same glpk.js input built by hand',
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
    'target at 10^6 nonzeros (n = 577): instance/bare ≤ 2 (including the glpk.js input: +glpk/bare)',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  if (args.includes('--warm')) await benchGenerationWarm(sizes.length ? sizes : undefined);
  else await benchGenerationCold(sizes.length ? sizes : undefined);
}
