// The `emd` command line: solve, check. Exit codes: 0 solved, 1 model errors, 2 usage,
// 3 a solve ended without a solution. With --json, stdout carries exactly one JSON document and
// everything else goes to stderr. Imports api.ts and report/.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve as resolvePath } from 'node:path';
import { loadSource, run, compile, resultToJson, type RunResult } from '../api.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
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

function version(): string {
  const pkg = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
  ) as { version: string };
  return pkg.version;
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

export function summaryLine(s: SolveSummary): string {
  const obj =
    s.objective === null
      ? 'no objective value'
      : `objective ${formatValue(s.objective, 6).replace(/0+$/, '').replace(/\.$/, '')}`;
  const verb = s.sense === 'min' ? 'minimizing' : 'maximizing';
  return `Solve ${s.model} using ${s.type} ${verb} ${s.objectiveVariable} [${s.solver}]: ${s.modelStatusText} (${s.solveStatusText}), ${obj}; ${s.rows} rows, ${s.columns} columns, ${s.nonzeros} nonzeros, ${s.iterations} iterations, ${s.seconds.toFixed(3)} s`;
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
  if (hasErrors(r.diagnostics)) return EXIT.modelErrors;
  if (r.solves.some((s) => !hasSolution(s.modelStatus))) return EXIT.noSolution;
  return EXIT.ok;
}

async function solveCommand(
  file: string,
  o: {
    json?: boolean;
    solver?: string;
    quiet?: boolean;
    option?: string[];
    maxLoopIterations?: string;
    explainInfeasible?: boolean;
    plot?: string;
    csv?: string;
    outputDir?: string;
  },
  io: CliIO,
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
  const loaded = loadSource(file, nodeHost);
  if (!loaded.file) {
    emitDiagnostics(loaded.diagnostics);
    if (json) io.stdout(JSON.stringify(runToJson(false, loaded.diagnostics, [])) + '\n');
    return EXIT.modelErrors;
  }
  const maxLoop = o.maxLoopIterations ? Number(o.maxLoopIterations) : undefined;
  const r = await run(loaded.file, nodeHost, {
    solver: o.solver?.toLowerCase(),
    quiet: o.quiet,
    solverOptions: opts,
    maxLoopIterations: maxLoop,
    explainInfeasible: o.explainInfeasible,
    outputDir: o.outputDir === undefined ? undefined : resolvePath(o.outputDir),
    out: (t) => (json ? io.stderr(t) : o.quiet ? undefined : io.stdout(t)),
    log: (line) => {
      if (!o.quiet) io.stderr(line.endsWith('\n') ? line : line + '\n');
    },
    report: (text) => io.stderr(text.endsWith('\n') ? text : text + '\n'),
  });
  emitDiagnostics(r.diagnostics);
  if ((o.plot || o.csv) && r.program) {
    const doc = resultToJson(r);
    if (o.csv) {
      const files = await (await import('../report/csv.ts')).writeCsv(doc, o.csv);
      io.stderr(`wrote ${files.length} CSV files to ${o.csv}\n`);
    }
    if (o.plot) {
      const files = await (await import('../report/plot.ts')).writePlots(doc, o.plot);
      io.stderr(`wrote ${files.length} plots to ${o.plot}${files.length ? ': ' + files.map((f) => f.split('/').pop()).join(', ') : ''}\n`);
    }
  }
  if (json) io.stdout(JSON.stringify(resultToJson(r), null, 1) + '\n');
  else for (const line of summaryLines(r.solves)) io.stdout(line + '\n');
  return exitCodeOf(r);
}

function checkCommand(file: string, o: { json?: boolean }, io: CliIO): number {
  const loaded = loadSource(file, nodeHost);
  const ds = loaded.file ? compile(loaded.file, nodeHost).diagnostics : loaded.diagnostics;
  if (ds.length) io.stderr(renderDiagnostics(ds, { color: io.color }) + '\n');
  const ok = !hasErrors(ds);
  if (o.json) io.stdout(JSON.stringify(runToJson(ok, ds, [])) + '\n');
  else if (ok) io.stdout(`${file}: no errors${ds.length ? `, ${ds.length} warning(s)` : ''}.\n`);
  return ok ? EXIT.ok : EXIT.modelErrors;
}

/** Run the CLI with the given arguments; returns the exit code. Never throws on user input. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code: number = EXIT.ok;
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
    .option('--plot <dir>', 'write SVG plots of the results into dir (time series, convergence curves, stacked dispatch, heat maps)')
    .option('--csv <dir>', 'write every symbol as a CSV file into dir')
    .option(
      '--output-dir <dir>',
      "folder for put files (default: the model's folder; put files cannot leave it)",
    )
    .option('--max-loop-iterations <n>', 'stop while/repeat loops after n iterations (default 1000000)')
    .option('-q, --quiet', 'no solver log, no displays; only the solve summary and diagnostics')
    .action(async (file: string, o) => {
      code = await solveCommand(file, o, io);
    });
  program
    .command('check')
    .description('parse and check a model without running it')
    .argument('<file>', 'model file')
    .option('--json', 'print the diagnostics as one JSON document on stdout')
    .action((file: string, o) => {
      code = checkCommand(file, o, io);
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
