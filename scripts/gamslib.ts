// The GAMS Model Library conformance run: every model of test/gamslib/models.json runs unchanged
// through `emd solve --json --quiet` in a fresh process (in a scratch copy of its folder, so files
// it writes stay out of the repository), with a time limit; its outcome is classed against
// test/gamslib/references.json. Prints a summary, the regressions against the committed results,
// and with --update writes test/gamslib/results.json (read by test/gamslib/gamslib.test.ts) and the
// table of docs/gams-compatibility.md.
// Usage: node bin/run-ts.js scripts/gamslib.ts [--update] [--jobs 1|2] [--timeout S] [--startup S] [models...]
//   --startup S  take the CLI's start-up as S seconds instead of measuring it once: on a loaded
//                machine the one measurement comes out high (1.3-2 s against 0.81 quiet), and the
//                test's choice of fast models then takes in slow ones.
// Imports only node: (and the committed JSON files).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'test', 'gamslib');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const update = args.includes('--update');
/** Triage only: blank the three `option X=convert;` lines of the scratch copy, to see what follows. */
const blankConvert = args.includes('--blank-convert');
if (update && blankConvert) throw new Error('--blank-convert runs are for triage; they never --update');
const jobs = Math.min(2, Math.max(1, option('--jobs', 2)));
const timeoutSeconds = option('--timeout', 60);
const startupGiven = option('--startup', NaN);
const only = new Set(args.filter((a) => !a.startsWith('--')));
/** The in-process test takes passing models whose run (less the CLI's start-up) fits these limits. */
const TEST_MODEL_SECONDS = 1.5;
const TEST_TOTAL_SECONDS = 15;

export type ResultClass =
  | 'pass'
  | 'different local optimum'
  | 'wrong objective'
  | 'no reference'
  | 'solver status'
  | 'unsupported construct'
  | 'parse/check error'
  | 'execution error'
  | 'crash'
  | 'timeout';

interface Model {
  model: string;
  type: string;
  files: string[];
}
interface Reference {
  model: string;
  objective: number | null;
  multiSolve: boolean;
  /** 'first': judged by the first solve of the type (an enumeration loop; references.json notes). */
  judge?: 'first';
  /** The independent solve; its status 'infeasible' (glpsol, LP/MIP) proves the snapshot infeasible. */
  independent?: { solver: string; status: string };
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
}
interface JsonSolve {
  type: string;
  objective: number | null;
  modelStatus: number;
  modelStatusText: string;
  solveStatusText: string;
  solver: string;
  sense: 'min' | 'max';
  /** A MIP's stopping gaps (GAMS optcr, optca): its objective is within them of the optimum. */
  optcr?: number;
  optca?: number;
  /** Asynchronous solves: handles increase in the order the solve statements ran. */
  handle?: number;
}

export interface ModelResult {
  model: string;
  type: string;
  class: ResultClass;
  reason: string;
  objective: number | null;
  reference: number | null;
  multiSolve: boolean;
  solves: number;
  /** Wall time of the process, start-up included. */
  seconds: number;
  /** First error diagnostic, with the offending line of source. */
  diagnostic?: Located;
  /** The first few error diagnostics (the first is `diagnostic`), to see past the first. */
  errors?: Located[];
  /** Passing models that test/gamslib/gamslib.test.ts runs in process. */
  inTest?: boolean;
}

interface Located {
  code: string;
  file: string;
  line: number | null;
  message: string;
  source: string;
}

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
  killed: boolean;
  seconds: number;
}

/** Run one model in a fresh process in a scratch copy of its folder. */
function runModel(m: Model): Promise<Outcome> {
  const work = mkdtempSync(join(tmpdir(), `gamslib-${m.model}-`));
  cpSync(join(dir, 'models', m.model), work, { recursive: true });
  if (blankConvert) {
    const p = join(work, `${m.model}.gms`);
    const lines = readFileSync(p, 'latin1').split('\n');
    for (let i = 0; i < 3; i++) lines[i] = lines[i].replace(/^option \w+=convert;/i, '');
    writeFileSync(p, lines.join('\n'), 'latin1');
  }
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(root, 'bin', 'emd.js'), 'solve', `${m.model}.gms`, '--json', '--quiet'],
      {
        cwd: work,
        detached: true,
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      if (errBytes < 1 << 20) err.push(b);
      errBytes += b.length;
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(work, { recursive: true, force: true });
      done({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        killed,
        seconds: Math.round((performance.now() - t0) / 10) / 100,
      });
    });
  });
}

const UNSUPPORTED =
  /not supported|unsupported|not implemented|is not available|unknown (function|solver|dollar|option)/i;

/** The source line of a diagnostic, read from the vendored copy. */
function sourceLine(model: string, file: string, line: number | null): string {
  if (line === null) return '';
  const p = join(dir, 'models', model, file);
  if (!existsSync(p)) return '';
  return (readFileSync(p, 'latin1').split(/\r?\n/)[line - 1] ?? '').trim().slice(0, 160);
}

/** Class one outcome against its reference. */
function classify(m: Model, ref: Reference | undefined, o: Outcome): ModelResult {
  const base = {
    model: m.model,
    type: m.type,
    objective: null,
    reference: ref?.objective ?? null,
    multiSolve: ref?.multiSolve ?? false,
    solves: 0,
    seconds: o.seconds,
  };
  if (o.killed) return { ...base, class: 'timeout', reason: `no result within ${timeoutSeconds} s` };
  let json: { diagnostics: JsonDiagnostic[]; solves: JsonSolve[] };
  try {
    json = JSON.parse(o.stdout);
  } catch {
    const trace = o.stderr.split('\n').find((l) => /Error|error:/.test(l)) ?? `exit code ${o.code}`;
    const at = /at .*?([\w-]+\.ts):(\d+)/.exec(o.stderr);
    return {
      ...base,
      class: 'crash',
      reason: `${trace.trim().slice(0, 200)}${at ? ` (${at[1]}:${at[2]})` : ''}`,
    };
  }
  const solves = json.solves;
  const errors = json.diagnostics.filter((d) => d.severity === 'error');
  const error = errors[0];
  if (error) {
    const locate = (d: JsonDiagnostic): Located => {
      const file = d.file ? relative('.', d.file).replace(/^.*gamslib-[^/]*\//, '') : `${m.model}.gms`;
      return {
        code: d.code,
        file,
        line: d.line,
        message: d.message,
        source: sourceLine(m.model, file, d.line),
      };
    };
    const diagnostic = locate(error);
    const file = diagnostic.file;
    const cls: ResultClass = /internal error/i.test(error.message)
      ? 'crash'
      : UNSUPPORTED.test(error.message)
        ? 'unsupported construct'
        : /^E3/.test(error.code)
          ? 'execution error'
          : 'parse/check error';
    return {
      ...base,
      solves: solves.length,
      class: cls,
      reason: `${error.code} ${file}:${error.line ?? '?'}: ${error.message}`,
      diagnostic,
      errors: errors.slice(0, 6).map(locate),
    };
  }
  const ofType = solves.filter((s) => s.type.toUpperCase() === m.type);
  const first = ref?.judge === 'first';
  // The last solve statement that ran (CONVERT's snapshot), not the last collected: asynchronous
  // solves are listed as the model collects them, which can depend on which job finished first.
  const byStatement = ofType.every((s) => s.handle !== undefined)
    ? [...ofType].sort((a, b) => a.handle! - b.handle!)
    : ofType;
  const last = first ? byStatement[0] : byStatement.at(-1);
  if (!last)
    return {
      ...base,
      solves: solves.length,
      class: 'wrong objective',
      reason: `no ${m.type} solve ran (${solves.length} solves)`,
    };
  const withSolution = [1, 2, 7, 8].includes(last.modelStatus);
  const common = { ...base, solves: solves.length, objective: last.objective };
  // GAMS's own run ends infeasible too (its draws make tgridmix's last scenario infeasible): glpsol
  // proves the snapshot infeasible, and a linear model then has to end (integer) infeasible.
  const linear = ['LP', 'MIP', 'RMIP'].includes(m.type);
  if (
    linear &&
    ref?.objective === null &&
    ref.independent?.status === 'infeasible' &&
    [4, 10, 19].includes(last.modelStatus)
  )
    return {
      ...common,
      class: 'pass',
      reason: `${last.modelStatusText}, as ${ref.independent.solver} proves`,
    };
  if (!withSolution || last.objective === null)
    return {
      ...common,
      class: 'solver status',
      reason: `${first ? 'first' : 'last'} ${m.type} solve (${last.solver}): ${last.modelStatusText}, ${last.solveStatusText}`,
    };
  if (base.reference === null)
    return { ...common, class: 'no reference', reason: `objective ${last.objective}` };
  const rel = Math.abs(last.objective - base.reference) / Math.max(1, Math.abs(base.reference));
  const tol = linear ? 1e-6 : 1e-5;
  if (rel <= tol) return { ...common, class: 'pass', reason: '' };
  // A MIP search stops at the model's gaps, as in GAMS: any point within them of the reference (a
  // proven optimum) is GAMS's answer too.
  if (withinGaps(last, base.reference))
    return { ...common, class: 'pass', reason: `within optcr ${last.optcr} / optca ${last.optca}` };
  return {
    ...common,
    class: !linear && last.modelStatus === 2 ? 'different local optimum' : 'wrong objective',
    reason: `objective ${last.objective}, reference ${base.reference} (rel ${rel.toExponential(1)})`,
  };
}

/**
 * Whether a MIP stopped at a gap (Integer Solution, 8) has its objective within its optcr
 * (relative, GAMS's max(|BP|, |BF|)) or optca of the reference, on the worse side: the reference is
 * a proven optimum, so a better objective means another model, and a proven one (1) must match.
 */
function withinGaps(s: JsonSolve, reference: number): boolean {
  if (s.objective === null || s.modelStatus !== 8 || (s.optcr === undefined && s.optca === undefined))
    return false;
  const worse = s.sense === 'min' ? s.objective - reference : reference - s.objective;
  if (worse < -1e-6 * Math.max(1, Math.abs(reference))) return false;
  return (
    worse <= (s.optca ?? 0) || worse <= (s.optcr ?? 0) * Math.max(Math.abs(s.objective), Math.abs(reference))
  );
}

const CLASSES: ResultClass[] = [
  'pass',
  'different local optimum',
  'wrong objective',
  'no reference',
  'solver status',
  'unsupported construct',
  'parse/check error',
  'execution error',
  'crash',
  'timeout',
];

/** The generated part of docs/gams-compatibility.md. */
function renderTable(results: ModelResult[]): string {
  const types = [...new Set(results.map((r) => r.type))].sort();
  const rate = (rs: ModelResult[]) => {
    const pass = rs.filter((r) => r.class === 'pass').length;
    return `${pass} / ${rs.length} (${rs.length ? Math.round((100 * pass) / rs.length) : 0}%)`;
  };
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `Generated by \`node bin/run-ts.js scripts/gamslib.ts --update\` (time limit ${timeoutSeconds} s per model);`,
    'references in `test/gamslib/references.json`. Pass: the objective of the last solve of the',
    "model's type matches its reference (rel 1e-6 LP/MIP, 1e-5 NLP/QCP/DNLP).",
    '',
    '| type | pass |',
    '| --- | --- |',
    ...types.map((t) => `| ${t} | ${rate(results.filter((r) => r.type === t))} |`),
    `| all | ${rate(results)} |`,
    '',
    '| result | models |',
    '| --- | --- |',
    ...CLASSES.map((c) => [c, results.filter((r) => r.class === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `| ${c} | ${n} |`),
    '',
    '| model | type | result | reason |',
    '| --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.model} | ${r.type} | ${r.class} | ${esc(r.reason)} |`),
  ];
  return lines.join('\n');
}

function writeDocs(results: ModelResult[]): void {
  const file = join(root, 'docs', 'gams-compatibility.md');
  const begin = '<!-- gamslib-table:begin -->';
  const end = '<!-- gamslib-table:end -->';
  const text = readFileSync(file, 'utf8');
  const block = `${begin}\n${renderTable(results)}\n${end}`;
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  const next =
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + end.length)
      : `${text.trimEnd()}\n\n## The GAMS Model Library\n\n${block}\n`;
  writeFileSync(file, next);
}

/**
 * Models with `$call` or `execute`: only `emd solve` runs their commands (they write files beside
 * the model), so the in-process test, which runs the vendored folder through run(), leaves them out.
 */
function runsCommands(model: string): boolean {
  const text = readFileSync(join(dir, 'models', model, `${model}.gms`), 'latin1');
  return /^\s*\$(hidden)?call\b|^\s*execute\s*['"]/im.test(text);
}

/** Mark the fast passing models that the in-process test runs. */
function chooseTestModels(results: ModelResult[], startup: number): void {
  let total = 0;
  const passing = results.filter((r) => r.class === 'pass').sort((a, b) => a.seconds - b.seconds);
  for (const r of passing) {
    const own = Math.max(0, r.seconds - startup);
    // The test compares objectives: a pass on a proven infeasibility (reference null) stays out.
    r.inTest =
      r.reference !== null &&
      own <= TEST_MODEL_SECONDS &&
      total + own <= TEST_TOTAL_SECONDS &&
      !runsCommands(r.model);
    if (r.inTest) total += own;
  }
}

const models = (JSON.parse(readFileSync(join(dir, 'models.json'), 'utf8')) as Model[]).filter(
  (m) => !only.size || only.has(m.model),
);
const references = new Map(
  (JSON.parse(readFileSync(join(dir, 'references.json'), 'utf8')) as Reference[]).map((r) => [r.model, r]),
);
const resultsFile = join(dir, 'results.json');
const committed: { startupSeconds: number; results: ModelResult[] } = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : { startupSeconds: 0, results: [] };

// The CLI's own start-up, measured on an empty run, is subtracted when choosing the test's models.
async function measureStartup(): Promise<number> {
  const probe = mkdtempSync(join(tmpdir(), 'gamslib-probe-'));
  writeFileSync(join(probe, 'probe.gms'), 'Scalar s / 1 /;\n');
  const t0 = performance.now();
  await new Promise((done) =>
    spawn(process.execPath, [
      join(root, 'bin', 'emd.js'),
      'solve',
      join(probe, 'probe.gms'),
      '--json',
      '--quiet',
    ]).on('close', done),
  );
  const measured = Math.round((performance.now() - t0) / 10) / 100;
  rmSync(probe, { recursive: true, force: true });
  return measured;
}
const startup = Number.isFinite(startupGiven) ? startupGiven : await measureStartup();

const outFile = update ? resultsFile : join(tmpdir(), 'gamslib-results.json');
/** Merge into the results on disk (written after every model, so two runs on disjoint models can share the file). */
function readResults(file: string): ModelResult[] {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).results;
    } catch (e) {
      if (attempt > 20) throw e; // another run is writing it
    }
  }
}

function save(fresh: Map<string, ModelResult>): ModelResult[] {
  const onDisk: ModelResult[] = existsSync(outFile) ? readResults(outFile) : committed.results;
  const merged = new Map(onDisk.map((r) => [r.model, r]));
  for (const [k, r] of fresh) merged.set(k, r);
  const results = [...merged.values()].sort((a, b) => a.model.localeCompare(b.model));
  chooseTestModels(results, startup);
  const rows = results.map((r) => JSON.stringify(r)).join(',\n');
  // Written to a temporary file and renamed: another run may read the file at any time.
  writeFileSync(
    `${outFile}.${process.pid}`,
    `{"generated":${JSON.stringify(new Date().toISOString())},"timeoutSeconds":${timeoutSeconds},"startupSeconds":${startup},"results":[\n${rows}\n]}\n`,
  );
  renameSync(`${outFile}.${process.pid}`, outFile);
  return results;
}

if (!update) rmSync(outFile, { force: true });
const fresh = new Map<string, ModelResult>();
let next = 0;
await Promise.all(
  Array.from({ length: jobs }, async () => {
    while (next < models.length) {
      const m = models[next++];
      const r = classify(m, references.get(m.model), await runModel(m));
      fresh.set(m.model, r);
      save(fresh);
      console.log(
        `${m.model.padEnd(12)} ${m.type.padEnd(5)} ${r.class.padEnd(22)} ${String(r.seconds).padStart(6)}s  ${r.reason.slice(0, 110)}`,
      );
    }
  }),
);

const results = save(fresh);
const counts = CLASSES.map((c) => `${c}: ${results.filter((r) => r.class === c).length}`).filter(
  (s) => !s.endsWith(': 0'),
);
console.log(
  `\n${results.filter((r) => r.class === 'pass').length} of ${results.length} pass; ${counts.join(', ')}`,
);
const regressions = committed.results.filter(
  (r) => r.class === 'pass' && fresh.has(r.model) && fresh.get(r.model)!.class !== 'pass',
);
for (const r of regressions)
  console.log(`regression: ${r.model} now ${fresh.get(r.model)!.class}: ${fresh.get(r.model)!.reason}`);
if (update) writeDocs(results);
console.log(
  `${relative(root, outFile)} written${update ? ' and docs/gams-compatibility.md' : ' (--update writes test/gamslib/results.json and the docs table)'}`,
);
process.exitCode = regressions.length ? 1 : 0;
