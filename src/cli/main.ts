// The `emd` command line: solve, check. Exit codes: 0 solved, 1 model errors, 2 usage,
// 3 a solve ended without a solution. With --json, stdout carries exactly one JSON document and
// everything else goes to stderr. Imports api.ts and report/.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { loadSource, run, compile, resultToJson, checkRunOptions, type RunResult } from '../api.ts';
import type { SourceFile } from '../text/source-file.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { hostMessages as H } from '../diagnostics/messages/host.ts';
import { prepareOutputFolder } from '../report/output-files.ts';
import { runToJson } from '../report/json.ts';
import { hasSolution } from '../solvers/status.ts';
import { formatValue } from '../report/display.ts';
import type { SolveSummary } from '../interp/solve.ts';
import { nodeHost } from './node-host.ts';
import { importCommand } from '../import/command.ts';

export const EXIT = { ok: 0, modelErrors: 1, usage: 2, noSolution: 3 } as const;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  color?: boolean;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  color: process.stderr.isTTY,
};

/** EMD's version, from the package.json above this module (src/cli/ or the bundle in dist/). */
function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'emd') return pkg.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}

function parseOptionPairs(pairs: string[]): Record<string, number | string> | string {
  const out: Record<string, number | string> = {};
  for (const p of pairs) {
    const m = /^([A-Za-z_][\w.]*)=(.*)$/.exec(p);
    if (!m) return p;
    const n = Number(m[2]);
    out[m[1]] = m[2] !== '' && Number.isFinite(n) ? n : m[2];
  }
  return out;
}

/**
 * GAMS's double-dash parameters: `--name=value` arguments whose name is no option of EMD become
 * compile-time variables (`%name%`). Returns the other arguments and the variables.
 */
export function splitDoubleDash(
  argv: readonly string[],
  known: ReadonlySet<string>,
): { argv: string[]; defines: Record<string, string> } {
  const rest: string[] = [];
  const defines: Record<string, string> = {};
  for (const a of argv) {
    const m = /^--([A-Za-z_][\w]*)=(.*)$/s.exec(a);
    if (m && !known.has(m[1].toLowerCase())) defines[m[1]] = m[2];
    else rest.push(a);
  }
  return { argv: rest, defines };
}

/** Predefined compile-time names that depend on the moment of the run (`%system.date%`...). */
function runPredefined(): Record<string, string> {
  const d = new Date();
  const two = (x: number) => String(x).padStart(2, '0');
  return {
    'system.date': `${two(d.getMonth() + 1)}/${two(d.getDate())}/${two(d.getFullYear() % 100)}`,
    'system.time': `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`,
  };
}

export function summaryLine(s: SolveSummary): string {
  const obj =
    s.objective === null
      ? 'no objective value'
      : `objective ${formatValue(s.objective, 6).replace(/0+$/, '').replace(/\.$/, '')}`;
  const verb = s.sense === 'min' ? ' minimizing' : ' maximizing';
  const sense = s.objectiveVariable ? `${verb} ${s.objectiveVariable}` : '';
  return `Solve ${s.model} using ${s.type}${sense} [${s.solver}]: ${s.modelStatusText} (${s.solveStatusText}), ${obj}; ${s.rows} rows, ${s.columns} columns, ${s.nonzeros} nonzeros, ${s.iterations} iterations, ${s.seconds.toFixed(3)} s`;
}

/**
 * One line per solve; a loop of many solves prints its first and last ones and a total, so the
 * summary stays readable (every solve is in --json).
 */
export function summaryLines(solves: readonly SolveSummary[]): string[] {
  if (solves.length <= 20) return solves.map(summaryLine);
  const head = solves.slice(0, 10).map(summaryLine);
  const tail = solves.slice(-5).map(summaryLine);
  const solved = solves.filter((s) => hasSolution(s.modelStatus)).length;
  const seconds = solves.reduce((t, s) => t + s.seconds, 0);
  const iterations = solves.reduce((t, s) => t + s.iterations, 0);
  return [
    ...head,
    `... ${solves.length - 15} more solves ...`,
    ...tail,
    `${solves.length} solves: ${solved} with a solution, ${solves.length - solved} without; ${iterations} iterations, ${seconds.toFixed(3)} s in solves.`,
  ];
}

function exitCodeOf(r: RunResult): number {
  if (r.interrupted) return EXIT.noSolution;
  if (hasErrors(r.diagnostics)) return EXIT.modelErrors;
  if (r.solves.some((s) => !hasSolution(s.modelStatus))) return EXIT.noSolution;
  return EXIT.ok;
}

interface SolveFlags {
  json?: boolean;
  solver?: string;
  quiet?: boolean;
  option?: string[];
  maxLoopIterations?: string;
  explainInfeasible?: boolean;
  plot?: string;
  csv?: string;
  gdx?: string;
  outputDir?: string;
}

async function solveCommand(
  file: string,
  o: SolveFlags,
  io: CliIO,
  defines: Record<string, string> = {},
): Promise<number> {
  const json = !!o.json;
  const emitDiagnostics = (ds: readonly Diagnostic[]) => {
    if (ds.length) io.stderr(renderDiagnostics(ds, { color: io.color }) + '\n');
  };
  const opts = parseOptionPairs(o.option ?? []);
  if (typeof opts === 'string') {
    io.stderr(`error: --option expects name=value, got '${opts}'.\n`);
    return EXIT.usage;
  }
  // The solver and its options are refused before anything runs (a usage error).
  const usage = checkRunOptions({ solver: o.solver?.toLowerCase(), solverOptions: opts });
  if (usage.length) {
    emitDiagnostics(usage);
    if (json) io.stdout(JSON.stringify(runToJson(false, usage, [])) + '\n');
    return EXIT.usage;
  }
  let maxLoop: number | undefined;
  if (o.maxLoopIterations !== undefined) {
    maxLoop = Number(o.maxLoopIterations);
    if (!/^\s*\d+\s*$/.test(o.maxLoopIterations) || !(maxLoop >= 1) || !Number.isSafeInteger(maxLoop)) {
      io.stderr(
        `error: --max-loop-iterations expects a positive whole number, got '${o.maxLoopIterations}'.\n`,
      );
      return EXIT.usage;
    }
  }
  // Output folders are checked (and created) before the model runs: a bad one is a usage error,
  // not a lost result after an hour of solves.
  for (const [flag, dir] of [
    ['--csv', o.csv],
    ['--plot', o.plot],
  ] as const) {
    const why = dir === undefined ? undefined : prepareOutputFolder(dir);
    if (why) {
      emitDiagnostics([diag(H.Output_folder_0_1_unusable_2, undefined, [flag, dir!, why])]);
      return EXIT.usage;
    }
  }
  const loaded = loadSource(file, nodeHost);
  if (!loaded.file) {
    emitDiagnostics(loaded.diagnostics);
    if (json) io.stdout(JSON.stringify(runToJson(false, loaded.diagnostics, [])) + '\n');
    return EXIT.modelErrors;
  }
  // SIGINT: the first stops the run at the next statement (ipm also between its iterations; GLPK
  // and HiGHS, synchronous inside WebAssembly, after the current solve), then what is known is
  // reported and written as usual and the exit code is 3. A second one exits at once (output
  // files are written by rename, so none is left half-written).
  let sigints = 0;
  const onSigint = () => {
    if (++sigints > 1) process.exit(EXIT.noSolution);
    io.stderr('Interrupted: stopping the run and writing the results so far (Ctrl-C again exits at once).\n');
  };
  process.on('SIGINT', onSigint);
  try {
    return await solveAndReport(
      loaded.file,
      o,
      opts,
      maxLoop,
      () => sigints > 0,
      io,
      emitDiagnostics,
      defines,
    );
  } finally {
    process.off('SIGINT', onSigint);
  }
}

async function solveAndReport(
  source: SourceFile,
  o: SolveFlags,
  opts: Record<string, number | string>,
  maxLoop: number | undefined,
  interrupted: () => boolean,
  io: CliIO,
  emitDiagnostics: (ds: readonly Diagnostic[]) => void,
  defines: Record<string, string>,
): Promise<number> {
  const json = !!o.json;
  const r = await run(source, nodeHost, {
    interrupted,
    solver: o.solver?.toLowerCase(),
    quiet: o.quiet,
    solverOptions: opts,
    maxLoopIterations: maxLoop,
    explainInfeasible: o.explainInfeasible,
    compile: { defines, predefined: runPredefined() },
    outputDir: o.outputDir === undefined ? undefined : resolvePath(o.outputDir),
    out: (t) => (json ? io.stderr(t) : o.quiet ? undefined : io.stdout(t)),
    log: (line) => {
      if (!o.quiet) io.stderr(line.endsWith('\n') ? line : line + '\n');
    },
    report: (text) => io.stderr(text.endsWith('\n') ? text : text + '\n'),
  });
  emitDiagnostics(r.diagnostics);
  let writeFailed = false;
  if ((o.plot !== undefined || o.csv !== undefined) && r.program) {
    const doc = resultToJson(r);
    // A write that fails now (a full disk, a folder removed during the run) is reported, not
    // thrown: the other outputs are still written.
    const attempt = async (what: string, write: () => Promise<void>) => {
      try {
        await write();
      } catch (e) {
        emitDiagnostics([diag(H.Output_0_not_written_1, undefined, [what, (e as Error).message])]);
        writeFailed = true;
      }
    };
    if (o.csv !== undefined) {
      const dir = o.csv;
      await attempt(dir, async () => {
        const files = await (await import('../report/csv.ts')).writeCsv(doc, dir);
        io.stderr(`wrote ${files.length} CSV files to ${dir}\n`);
      });
    }
    if (o.plot !== undefined) {
      const dir = o.plot;
      await attempt(dir, async () => {
        const files = await (await import('../report/plot.ts')).writePlots(doc, dir);
        io.stderr(
          `wrote ${files.length} plots to ${dir}${files.length ? ': ' + files.map((f) => f.split('/').pop()).join(', ') : ''}\n`,
        );
      });
    }
  }
  let code = exitCodeOf(r);
  if (o.gdx && r.program) {
    // Every symbol after the run, as `gams ... gdx=FILE` writes it (also after an execution error).
    const { writeGdxFile, gdxFileName } = await import('./gdx-out.ts');
    const d = writeGdxFile(r.program.table, o.gdx, nodeHost);
    if (d) {
      emitDiagnostics([d]);
      code = EXIT.modelErrors;
    } else io.stderr(`wrote ${gdxFileName(o.gdx)}\n`);
  }
  if (json) io.stdout(JSON.stringify(resultToJson(r), null, 1) + '\n');
  else for (const line of summaryLines(r.solves)) io.stdout(line + '\n');
  return writeFailed ? EXIT.modelErrors : code;
}

function checkCommand(
  file: string,
  o: { json?: boolean },
  io: CliIO,
  defines: Record<string, string> = {},
): number {
  const loaded = loadSource(file, nodeHost);
  const ds = loaded.file
    ? compile(loaded.file, nodeHost, { defines, predefined: runPredefined() }).diagnostics
    : loaded.diagnostics;
  if (ds.length) io.stderr(renderDiagnostics(ds, { color: io.color }) + '\n');
  const ok = !hasErrors(ds);
  if (o.json) io.stdout(JSON.stringify(runToJson(ok, ds, [])) + '\n');
  else if (ok) io.stdout(`${file}: no errors${ds.length ? `, ${ds.length} warning(s)` : ''}.\n`);
  return ok ? EXIT.ok : EXIT.modelErrors;
}

/** Run the CLI with the given arguments; returns the exit code. Never throws on user input. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code: number = EXIT.ok;
  let defines: Record<string, string> = {};
  const program = new Command();
  program
    .name('emd')
    .description('EMD: solve GAMS-style optimization models (.emd, .gms).')
    .version(version(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run emd --help for usage)');
  program
    .command('solve')
    .description('run a model: execute its statements and solves, print displays and a solve summary')
    .argument('<file>', 'model file (.emd or .gms)')
    .option(
      '--json',
      'print one JSON document on stdout (diagnostics, solves, every symbol); logs go to stderr',
    )
    .option('--solver <name>', 'solver for every solve: glpk, highs, ipm, ipopt')
    .option(
      '--option <name=value...>',
      'solver option passed to the solver (repeatable), e.g. --option tol=1e-9',
    )
    .option(
      '--explain-infeasible',
      'when a solve is infeasible, report the rows and bounds that must give way and an irreducible infeasible subset',
    )
    .option(
      '--plot <dir>',
      'write SVG plots of the results into dir (time series, convergence curves, stacked dispatch, heat maps)',
    )
    .option('--csv <dir>', 'write every symbol as a CSV file into dir')
    .option(
      '--output-dir <dir>',
      "folder for put files (default: the model's folder; put files cannot leave it)",
    )
    .option(
      '--max-loop-iterations <n>',
      'stop while/repeat loops after n iterations, and refuse for loops of more (default 1000000)',
    )
    .option('--gdx <file>', 'write every symbol into a GDX file after the run (as gams ... gdx=file)')
    .option('-q, --quiet', 'no solver log, no displays; only the solve summary and diagnostics')
    .action(async (file: string, o) => {
      code = await solveCommand(file, o, io, defines);
    });
  program
    .command('check')
    .description('parse and check a model without running it')
    .argument('<file>', 'model file')
    .option('--json', 'print the diagnostics as one JSON document on stdout')
    .action((file: string, o) => {
      code = checkCommand(file, o, io, defines);
    });
  program
    .command('import')
    .description(
      'convert a GAMS file to EMD; report what cannot be carried and every defect found (exit 0 imported, 1 errors, 2 usage)',
    )
    .argument('<file>', 'GAMS model file (.gms)')
    .option('-o, --output <file>', 'the .emd file to write (default: FILE with the extension .emd)')
    .option('--json', 'print the diagnostics and the output path as one JSON document on stdout')
    .action((file: string, o) => {
      code = importCommand(file, o, io, nodeHost);
    });
  program
    .command('fmt')
    .description(
      'format model files in place, as the Prettier plugin does (exit 1: syntax errors, or --check found unformatted files)',
    )
    .argument('<files...>', 'model files (.emd, .gms)')
    .option('--check', 'write nothing; list the files that are not formatted')
    .option('--stdout', 'print the formatted text instead of writing the files')
    .option('--print-width <n>', 'line width (default: printWidth of the nearest .prettierrc, else 80)')
    .action(async (files: string[], o) => {
      code = (await import('../prettier/cli.ts')).fmtCommand(files, o, io);
    });
  program
    .command('lsp')
    .description('run the EMD language server on stdin/stdout (started by editors)')
    .option('--stdio', 'talk over stdin/stdout (the default; editors pass it)')
    // LSP clients add their own flags (--clientProcessId=...): accept and ignore them.
    .allowUnknownOption()
    .action(async () => {
      code = await (await import('../lsp/server.ts')).runStdioServer();
    });
  program.addHelpText(
    'after',
    '\nExit codes: 0 solved, 1 model errors, 2 usage, 3 a solve ended without a solution.\nExamples:\n  emd solve models/classic/transport.gms\n  emd solve model.emd --json > result.json\n',
  );
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    // `emd solve m.gms --n=10`: GAMS's double-dash parameters (solve and check only).
    if (argv[0] === 'solve' || argv[0] === 'check') {
      const known = new Set<string>(['help', 'version']);
      for (const c of program.commands)
        for (const opt of c.options) if (opt.long) known.add(opt.long.slice(2).toLowerCase());
      ({ argv, defines } = splitDoubleDash(argv, known));
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
