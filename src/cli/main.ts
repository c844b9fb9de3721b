// The `emd` command line: solve, check, import, fmt, lsp, worker. Exit codes: 0 solved, 1 model errors,
// 2 usage, 3 a solve ended without a solution. With --json, stdout carries exactly one JSON
// document and everything else goes to stderr. Each command loads its modules when it runs
// (dynamic imports), so `emd --version` loads commander and this file, and `emd check` no solver,
// plot or GDX writer. Imports commander and ./io.ts statically; the commands dynamically.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, type CliIO } from './io.ts';

export { EXIT, type CliIO };

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

const PARSING_COMMANDS: ReadonlySet<string> = new Set(['solve', 'check', 'import', 'fmt', 'lsp']);

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
    .option(
      '--plot-format <list>',
      'file formats of --plot, comma-separated: svg, png, pdf (default svg; pdf holds a 2x raster)',
    )
    .option(
      '--plot-inputs',
      "also plot the model's inputs (parameters the run did not change after its first solve)",
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
    .option(
      '--no-call',
      'refuse $call: do not run the compile-time shell commands of the model (GAMS runs them; so does emd solve without this flag)',
    )
    .option(
      '--redis <url>',
      'run asynchronous solves (solveLink 3 or 6) on `emd worker` processes through Redis, e.g. redis://host:6379',
    )
    .option('--queue <name>', 'the BullMQ queue of --redis (default emd-solves)')
    .option('--keep-seconds <n>', 'seconds Redis keeps a finished job that no run collects (default 3600)')
    .action(async (file: string, o) => {
      code = await (await import('./solve-command.ts')).solveCommand(file, o, io, defines);
    });
  program
    .command('worker')
    .description('serve asynchronous solve jobs from a Redis queue (start one per core, on any machine)')
    .requiredOption('--redis <url>', 'the Redis server, e.g. redis://host:6379')
    .option('--queue <name>', 'the BullMQ queue (default emd-solves)')
    .option(
      '--lock-seconds <n>',
      'seconds before a job of a worker that died is given to another (default 30; renewed during a solve)',
    )
    .action(async (o) => {
      code = await (await import('./worker-command.ts')).workerCommand(o, io);
    });
  program
    .command('check')
    .description('parse and check a model without running it')
    .argument('<file>', 'model file')
    .option('--json', 'print the diagnostics as one JSON document on stdout')
    .action(async (file: string, o) => {
      code = (await import('./check-command.ts')).checkCommand(file, o, io, defines);
    });
  program
    .command('import')
    .description(
      'convert a GAMS file to EMD; report what cannot be carried and every defect found (exit 0 imported, 1 errors, 2 usage)',
    )
    .argument('<file>', 'GAMS model file (.gms)')
    .option('-o, --output <file>', 'the .emd file to write (default: FILE with the extension .emd)')
    .option('--json', 'print the diagnostics and the output path as one JSON document on stdout')
    .action(async (file: string, o) => {
      const [{ importCommand }, { nodeHost }] = await Promise.all([
        import('../import/command.ts'),
        import('./node-host.ts'),
      ]);
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
    // Commands that parse start the parser from the build's grammar snapshot.
    if (PARSING_COMMANDS.has(argv[0])) (await import('./grammar-snapshot.ts')).loadGrammarSnapshot();
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
