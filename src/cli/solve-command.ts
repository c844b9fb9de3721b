// `emd solve FILE`: runs a model, prints its displays and a solve summary, writes --csv/--plot/--gdx
// outputs. Loaded by main.ts only when this command runs (it pulls the whole pipeline: executor,
// solvers, reports). Imports api.ts and report/.
import { resolve as resolvePath } from 'node:path';
import { loadSource, run, resultToJson, type RunResult } from '../api.ts';
import { checkRunOptions } from '../solvers/registry.ts';
import type { SourceFile } from '../text/source-file.ts';
import { renderDiagnostics } from '../diagnostics/render.ts';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { hostMessages as H } from '../diagnostics/messages/host.ts';
import { prepareOutputFolder } from '../report/output-files.ts';
import { runToJson } from '../report/json.ts';
import { hasSolution } from '../solvers/status.ts';
import { formatValue } from '../interp/display.ts';
import type { SolveSummary } from '../run/solve.ts';
import { nodeHost } from './node-host.ts';
import { PLOT_FORMATS, type PlotFormat } from '../report/plot-formats.ts';
import { EXIT, runPredefined, type CliIO } from './io.ts';
import { watchSigint, type SigintWatch } from './sigint.ts';
import { commandRunner } from './commands.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** bin/emd.js, found from this module (dist/cli.js, or src/cli/ when the sources run). */
function emdEntry(): string {
  const near = fileURLToPath(new URL('../bin/emd.js', import.meta.url));
  return existsSync(near) ? near : fileURLToPath(new URL('../../bin/emd.js', import.meta.url));
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

export interface SolveFlags {
  json?: boolean;
  solver?: string;
  quiet?: boolean;
  option?: string[];
  maxLoopIterations?: string;
  explainInfeasible?: boolean;
  plot?: string;
  plotFormat?: string;
  plotInputs?: boolean;
  csv?: string;
  gdx?: string;
  /** false: `--no-call`, `$call` is refused. */
  call?: boolean;
  outputDir?: string;
  redis?: string;
  queue?: string;
  keepSeconds?: string;
}

/** The formats of --plot-format, lower case (checked against PLOT_FORMATS before the run). */
const plotFormats = (o: SolveFlags) => (o.plotFormat ?? 'svg').split(',').map((f) => f.trim().toLowerCase());

export async function solveCommand(
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
  const keepSeconds = o.keepSeconds === undefined ? undefined : Number(o.keepSeconds);
  if (keepSeconds !== undefined && !(keepSeconds > 0 && Number.isFinite(keepSeconds))) {
    io.stderr(`error: --keep-seconds expects a positive number, got '${o.keepSeconds}'.\n`);
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
  const badFormat = plotFormats(o).find((f) => !(PLOT_FORMATS as readonly string[]).includes(f));
  if (badFormat !== undefined) {
    io.stderr(`error: --plot-format expects svg, png or pdf (comma-separated), got '${badFormat}'.\n`);
    return EXIT.usage;
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
  // --redis: Redis must answer before anything runs (a usage error, exit 2, naming the URL).
  if (o.redis !== undefined) {
    const bad = await redisUnusable(o.redis);
    if (bad) {
      emitDiagnostics([bad]);
      if (json) io.stdout(JSON.stringify(runToJson(false, [bad], [])) + '\n');
      return EXIT.usage;
    }
  }
  const loaded = loadSource(file, nodeHost);
  if (!loaded.file) {
    emitDiagnostics(loaded.diagnostics);
    if (json) io.stdout(JSON.stringify(runToJson(false, loaded.diagnostics, [])) + '\n');
    return EXIT.modelErrors;
  }
  // SIGINT: the first stops the run at the next statement, inside readyCollect and sleep, and in
  // the middle of a solve (ipm between its iterations; GLPK and HiGHS on large problems run on a
  // thread, which is ended); then what is known is reported and written as usual and the exit
  // code is 3. A second one exits at once (output files are written by rename, so none is left
  // half-written).
  const sigint = watchSigint(io.stderr, EXIT.noSolution);
  try {
    return await solveAndReport(loaded.file, o, opts, maxLoop, sigint, io, emitDiagnostics, defines);
  } finally {
    sigint.close();
  }
}

async function solveAndReport(
  source: SourceFile,
  o: SolveFlags,
  opts: Record<string, number | string>,
  maxLoop: number | undefined,
  sigint: SigintWatch,
  io: CliIO,
  emitDiagnostics: (ds: readonly Diagnostic[]) => void,
  defines: Record<string, string>,
): Promise<number> {
  const json = !!o.json;
  const redisBackend =
    o.redis !== undefined ? (await import('../run/redis-backend.ts')).createRedisBackend : undefined;
  const [{ createThreadPool }, { stoppableSolves }] = await Promise.all([
    import('../run/pool.ts'),
    import('../run/thread-solver.ts'),
  ]);
  const interrupted = () => sigint.count() > 0;
  const onThread = stoppableSolves(interrupted);
  const runner = o.call === false ? undefined : commandRunner([process.execPath, emdEntry()]);
  const modelDir = nodeHost.resolve(source.name, '.');
  const r = await run(source, nodeHost, {
    runCommand: runner && ((command) => runner(command, modelDir)),
    interrupted,
    // Native Ipopt blocks the main thread for the whole solve: its intermediate callback then
    // reads the count the watcher thread keeps.
    beforeBlockingSolve: () => sigint.arm(),
    solveOnThread: onThread.solveOnThread,
    solver: o.solver?.toLowerCase(),
    quiet: o.quiet,
    solverOptions: opts,
    maxLoopIterations: maxLoop,
    explainInfeasible: o.explainInfeasible,
    compile: {
      defines,
      predefined: runPredefined(),
      commands: runner ?? 'refuse',
    },
    outputDir: o.outputDir === undefined ? undefined : resolvePath(o.outputDir),
    out: (t) => (json ? io.stderr(t) : o.quiet ? undefined : io.stdout(t)),
    log: (line) => {
      if (!o.quiet) io.stderr(line.endsWith('\n') ? line : line + '\n');
    },
    report: (text) => io.stderr(text.endsWith('\n') ? text : text + '\n'),
    // Asynchronous solves (solveLink 3 or 6) run on a pool of threads, one per core, or through
    // BullMQ queues on Redis (--redis).
    // The main thread waits for them synchronously (readyCollect): SIGINT is then seen by a thread.
    asyncBackend: () => {
      sigint.arm();
      return o.redis !== undefined
        ? redisBackend!({
            url: o.redis!,
            queue: o.queue,
            keepSeconds: o.keepSeconds === undefined ? undefined : Number(o.keepSeconds),
          })
        : createThreadPool();
    },
  });
  await onThread.close();
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
        const files = await (
          await import('../report/plot.ts')
        ).writePlots(doc, dir, { formats: plotFormats(o) as PlotFormat[], inputs: o.plotInputs });
        const names = files.map((f) => f.split('/').pop()!);
        const plots = new Set(names.map((n) => n.replace(/\.(svg|png|pdf)$/, ''))).size;
        const count = plots === files.length ? `${plots} plots` : `${plots} plots (${files.length} files)`;
        io.stderr(`wrote ${count} to ${dir}${files.length ? ': ' + names.join(', ') : ''}\n`);
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

/** A diagnostic when `url` is not a Redis URL or Redis does not answer there. */
export async function redisUnusable(url: string): Promise<Diagnostic | undefined> {
  if (!/^rediss?:\/\/[^\s/]+/.test(url)) return diag(H.Redis_url_0_invalid, undefined, [url]);
  let redis: typeof import('../run/redis.ts');
  try {
    redis = await import('../run/redis.ts');
  } catch (e) {
    return diag(H.Redis_client_missing_0, undefined, [(e as Error).message.split('\n')[0]]);
  }
  const why = await redis.checkRedis(url);
  return why ? diag(H.Redis_0_unreachable_1, undefined, [url, why]) : undefined;
}
