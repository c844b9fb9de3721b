// Executes a checked program: lowers its statements (./lower-statements.ts), then runs them in
// order: flow control, options, display and put output; each solve statement goes to the solve
// runner it is given (src/run/solve.ts through api.ts). Imports check/, report/, bind/, diagnostics/, text/.
import type { CheckedProgram, DisplayItem } from '../check/checker.ts';
import { lowerStatements, type LPutItem, type LStmt } from './lower-statements.ts';
import { PutPages } from './put-pages.ts';
import type { PutAlign } from '../check/statements.ts';
import { ExecError, MAX_SLOTS, formatNum } from '../check/expressions.ts';
import type { Env } from '../bind/iterate.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { acronymNames, displaySymbol, formatValue } from './display.ts';
import { DEFAULT_SEED } from '../ops/random.ts';
import { solveLimitOptions, type RegionRunner, type SolveHost, type SolveRunner } from './solve-host.ts';
import { RunContext } from './run-context.ts';
import { startRun } from './program-state.ts';
import { bump, type FileSymbol, type ParameterSymbol } from '../bind/symbols.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { runGdx, type GdxIO } from './gdx-exec.ts';
import type { Span } from '../text/source-file.ts';
import { AsyncSolves, type AsyncBackend, type SolveHooks, type SolveJob } from './async-solves.ts';
import { noHandles } from '../bind/async-handles.ts';
import { pushAll } from '../text/arrays.ts';

export interface ExecOptions extends GdxIO {
  /** Solver for every solve (the CLI's --solver), overriding options in the model. */
  readonly solver?: string;
  readonly quiet?: boolean;
  /** Solver options by name (the CLI's --option name=value), passed to the adapter. */
  readonly solverOptions?: Readonly<Record<string, number | string>>;
  /** Output of display statements (stdout in the CLI; stderr with --json). */
  readonly out: (text: string) => void;
  /** Logs: solver iteration logs, progress (stderr). */
  readonly log: (line: string) => void;
  /** Reports asked for explicitly (infeasibility explanations): shown even when logs are quiet. */
  readonly report?: (text: string) => void;
  /** Seconds between progress lines of long loops (default 1). */
  readonly progressSeconds?: number;
  /** Upper bound on iterations of while/repeat loops (a loop that never ends is stopped). */
  readonly maxLoopIterations?: number;
  /** Reads a solver options file beside the model (`m.optfile = 1;`). */
  readonly readOptionFile?: (name: string) => string | undefined;
  /** Explain infeasible solves (elastic relaxation and an irreducible infeasible subset). */
  readonly explainInfeasible?: boolean;
  /** Where put files go; absent: put output is written through `out`. May throw (a diagnostic). */
  readonly writeFile?: (path: string, text: string) => void;
  /**
   * `execute 'command'` and `put_utility 'shell'`: runs a command in the model's folder (only
   * `emd solve`; absent: it is not run, W5750 says so).
   */
  readonly runCommand?: (command: string) => { exitCode: number } | { error: string };
  /**
   * True once the run was interrupted (the CLI's SIGINT handler): execution stops before the next
   * statement, and solvers that check between iterations (ipm) stop the current solve.
   */
  readonly interrupted?: () => boolean;
  /**
   * Called before a solve that blocks the main thread to its end (native Ipopt), so that
   * `interrupted` can still turn true during it (the CLI starts its SIGINT watcher thread).
   */
  readonly beforeBlockingSolve?: () => void;
  /**
   * The path a put file is written to, from the path in its declaration; undefined when it
   * leaves the folder put files are confined to (then `putFolder` names that folder).
   */
  readonly resolvePutFile?: (path: string) => string | undefined;
  readonly putFolder?: string;
  /**
   * Where asynchronous solves (solveLink 3 or 6) run: created at the first one (the CLI gives a
   * pool of worker threads, or BullMQ queues on Redis). Absent: each runs at its solve statement
   * and is collected later, as GAMS's AsyncSimulate.
   */
  readonly asyncBackend?: () => AsyncBackend;
  /**
   * Runs a synchronous solve on another thread, so that SIGINT can stop it in the middle (the
   * CLI gives this for GLPK and HiGHS on large problems): a promise of the solver's result, or
   * undefined when it does not take the job (the solve then runs here).
   */
  readonly solveOnThread?: (job: SolveJob, hooks: SolveHooks) => Promise<unknown> | undefined;
  /**
   * Called once as the run starts, after the data the program changes was put back to its
   * compile-time values (api.ts notes the parameters' values before the run).
   */
  readonly atStart?: () => void;
  /** Called once, before the first solve runs (api.ts notes which parameters are inputs). */
  readonly beforeFirstSolve?: () => void;
}

/** Largest put field width (GAMS's page width limit) and number of decimals. */
export const MAX_PUT_WIDTH = 32767;
export const MAX_PUT_DECIMALS = 20;

export interface ExecResult<R> {
  readonly diagnostics: Diagnostic[];
  /** What the solve runner returned for each solve, in order. */
  readonly solves: R[];
  /** True when execution stopped on an error or an abort. */
  readonly stopped: boolean;
  /** True when the run was interrupted (SIGINT) before its end. */
  readonly interrupted: boolean;
}

type Signal = 'break' | 'continue' | undefined;

/** Longest stretch of synchronous execution between two turns of the event loop (ms). */
const YIELD_MS = 50;

class AbortSignal {
  constructor(readonly diagnostic: Diagnostic) {}
}

class InterruptSignal {
  constructor(readonly diagnostic: Diagnostic) {}
}

/** Runs `prog`; each solve statement goes to `solve`. */
export async function executeProgram<R>(
  prog: CheckedProgram,
  opts: ExecOptions,
  solve: SolveRunner<R>,
  region?: RegionRunner,
): Promise<ExecResult<R>> {
  const ex = new Executor(prog, opts, solve, region);
  return ex.run();
}

class Executor<R> implements SolveHost {
  readonly env: Env = new Int32Array(MAX_SLOTS);
  readonly diagnostics: Diagnostic[] = [];
  readonly solves: R[] = [];
  /** State of this run only (generation caches, notes): a second run starts afresh. */
  readonly context = new RunContext();
  decimals = 3;
  explain = false;
  reuse = true;
  warmStart = true;
  /** The scalar a model names with `option convergence = name;`, shown in progress lines. */
  convergence?: ParameterSymbol;
  readonly solverChoice = new Map<string, string>();
  /** `option solveLink = n;` */
  solveLink?: number;
  /** `option optcr / optca / reslim / iterlim = v;` */
  readonly solveLimits = new Map<string, number>();
  readonly asyncSolves: AsyncSolves;
  private readonly putBuffers = new Map<FileSymbol, PutPages>();
  private currentPut?: FileSymbol;
  private loopDepth = 0;
  /** A solve statement ran (beforeFirstSolve was called). */
  private solveSeen = false;

  constructor(
    readonly prog: CheckedProgram,
    readonly opts: ExecOptions,
    private readonly solve: SolveRunner<R>,
    private readonly region?: RegionRunner,
  ) {
    this.asyncSolves = new AsyncSolves({
      backend: opts.asyncBackend,
      collected: (summary) => this.solves.push(summary as R),
      diagnostics: this.diagnostics,
      // Ctrl-C inside readyCollect or sleep: the run stops there, as before a statement.
      stopIfInterrupted: () => {
        if (!opts.interrupted?.()) return;
        const lost = this.asyncSolves.uncollected();
        throw new InterruptSignal(
          diag(
            X.Interrupted_waiting_for_handles_0,
            undefined,
            [lost.join(', ') || 'none'],
            'the results so far are reported and written.',
          ),
        );
      },
    });
  }

  async run(): Promise<ExecResult<R>> {
    let stopped = false;
    let interrupted = false;
    try {
      // Every run starts from the compile-time data and draws the same numbers: the stream
      // starts from GAMS's default seed.
      startRun(this.prog);
      this.opts.atStart?.();
      this.prog.table.random.reset(DEFAULT_SEED);
      this.prog.table.handles = this.asyncSolves;
      this.prog.table.errorLevel = 0;
      this.prog.table.putAttributes = {
        get: (f, attr) => this.pages(f).get(attr),
        set: (f, attr, v) => this.pages(f).set(attr, v),
      };
      await this.list(lowerStatements(this.prog));
    } catch (e) {
      stopped = true;
      if (e instanceof ExecError) this.diagnostics.push(diag(e.def, e.span, e.args, e.hint));
      else if (e instanceof AbortSignal) this.diagnostics.push(e.diagnostic);
      else if (e instanceof InterruptSignal) {
        this.diagnostics.push(e.diagnostic);
        interrupted = true;
      } else throw e;
    } finally {
      this.prog.table.handles = noHandles;
      this.prog.table.putAttributes = { get: () => 0, set: () => undefined };
      const lost = this.asyncSolves.uncollected();
      if (lost.length && !stopped)
        this.diagnostics.push(diag(X.Async_solves_not_collected_0, undefined, [lost.join(', ')]));
      await this.asyncSolves.close();
    }
    this.flushPuts();
    return {
      diagnostics: this.diagnostics,
      solves: this.solves,
      stopped,
      interrupted: interrupted || !!this.opts.interrupted?.(),
    };
  }

  private async list(stmts: readonly LStmt[]): Promise<Signal> {
    const interrupted = this.opts.interrupted;
    for (const s of stmts) {
      if (interrupted?.())
        throw new InterruptSignal(
          diag(X.Interrupted_before_statement, s.span, [], 'the results so far are reported and written.'),
        );
      // Assignments run synchronously: a loop of 1,000 solves should not pay a microtask per
      // statement of its body.
      if (s.kind === 'run') {
        s.run(this.env);
        continue;
      }
      const sig = await this.stmt(s);
      if (sig) return sig;
    }
    return undefined;
  }

  private async stmt(s: LStmt): Promise<Signal> {
    // Long loops of assignments (the seed's market algorithm: minutes of them, no solve) turn the
    // event loop too, not only solves; the check costs one clock read per statement.
    if (performance.now() - this.lastYield >= YIELD_MS) await this.yieldToEventLoop();
    const env = this.env;
    switch (s.kind) {
      case 'run':
        s.run(env);
        return undefined;
      case 'solve': {
        if (!this.solveSeen) {
          this.solveSeen = true;
          this.opts.beforeFirstSolve?.();
        }
        // An asynchronous solve (solveLink 3 or 6) returns no summary: its collection adds it.
        const summary = await this.solve(this, s);
        if (summary) this.solves.push(summary);
        await this.yieldToEventLoop();
        return undefined;
      }
      case 'display':
        if (s.cond && s.cond(env) === 0) return undefined;
        this.display(s.items);
        return undefined;
      case 'option':
        for (const it of s.items) {
          if (it.run) it.run();
          else if (it.name === 'decimals') this.decimals = Number(it.value);
          else if (it.name === 'explain') this.explain = Number(it.value) !== 0;
          else if (it.name === 'reuse') this.reuse = Number(it.value) !== 0;
          else if (it.name === 'warmstart') this.warmStart = Number(it.value) !== 0;
          else if (it.name === 'convergence') this.convergence = it.sym as ParameterSymbol | undefined;
          else if (it.name === 'seed' && typeof it.value === 'number') this.prog.table.random.reset(it.value);
          else if (it.name === 'solvelink' && typeof it.value === 'number') this.solveLink = it.value;
          else if (solveLimitOptions.has(it.name) && typeof it.value === 'number')
            this.solveLimits.set(it.name, it.value);
          else if (typeof it.value === 'string' && !it.sym) this.solverChoice.set(it.name, it.value);
        }
        return undefined;
      case 'loop': {
        // Body runs are async (solves); collect the index tuples first, then run in order.
        const tuples: Int32Array[] = [];
        s.iterate(env, () => {
          tuples.push(env.slice());
          return true;
        });
        this.loopDepth++;
        const progress = this.progress('loop', tuples.length);
        try {
          for (const t of tuples) {
            env.set(t);
            if (s.cond && s.cond(env) === 0) continue;
            const sig = await this.list(s.body);
            progress();
            if (sig === 'break') break;
          }
        } finally {
          this.loopDepth--;
        }
        return undefined;
      }
      case 'while':
      case 'repeat': {
        const limit = this.opts.maxLoopIterations ?? 1_000_000;
        let n = 0;
        this.loopDepth++;
        const progress = this.progress(s.kind);
        try {
          for (;;) {
            if (s.kind === 'while' && s.cond(env) === 0) break;
            if (++n > limit)
              throw new ExecError(
                X.Loop_limit_0,
                s.span,
                [limit],
                'raise the limit with --max-loop-iterations, or check the loop condition.',
              );
            const sig = await this.list(s.body);
            progress();
            if (sig === 'break') break;
            if (s.kind === 'repeat' && s.until(env) !== 0) break;
          }
        } finally {
          this.loopDepth--;
        }
        return undefined;
      }
      case 'for': {
        const from = s.from(env);
        const to = s.to(env);
        const step = Math.abs(s.step(env));
        if (step === 0) throw new ExecError(X.Division_by_zero, s.span);
        // Capped as while loops are: `for (s = 1 to inf, ...)` would never end, and a range of
        // 10^12 steps would run for days. The count is known before the first pass.
        const limit = this.opts.maxLoopIterations ?? 1_000_000;
        const count = Math.floor((s.down ? from - to : to - from) / step) + 1;
        const runs = s.down ? from >= to : from <= to;
        if (runs && !(count <= limit))
          throw new ExecError(
            X.For_loop_limit_0,
            s.span,
            [limit],
            `it goes from ${formatNum(from)} to ${formatNum(to)} by ${formatNum(step)}; raise the limit with --max-loop-iterations, or check the bounds.`,
          );
        const recs = s.param.records;
        this.loopDepth++;
        try {
          for (let v = from; s.down ? v >= to : v <= to; v += s.down ? -step : step) {
            if (v === 0) recs.delete(0);
            else recs.set(0, v);
            bump(s.param);
            const sig = await this.list(s.body);
            if (sig === 'break') break;
          }
        } finally {
          this.loopDepth--;
        }
        return undefined;
      }
      case 'if': {
        for (const b of s.branches) {
          if (b.cond(env) !== 0) return this.list(b.body);
        }
        return s.elseBody ? this.list(s.elseBody) : undefined;
      }
      case 'break':
        return 'break';
      case 'continue':
        return 'continue';
      case 'abort': {
        if (s.cond && s.cond(env) === 0) return undefined;
        const texts = s.items.filter((i) => i.kind === 'text').map((i) => (i as { text: string }).text);
        this.display(s.items.filter((i) => i.kind === 'symbol'));
        const def = s.noError ? X.Abort_no_error_0 : X.Abort_0;
        throw new AbortSignal(diag(def, s.span, [texts.join(' ') || 'the program was aborted.']));
      }
      case 'put':
        if (s.cond && s.cond(env) === 0) return undefined;
        if (s.utility) this.putUtility(s.utility, s.items, s.span);
        else this.put(s.file, s.items, s.close, s.block);
        return undefined;
      case 'region':
        if (!this.region) throw new AbortSignal(diag(X.Region_not_available, s.span, []));
        await this.region(this, s);
        return undefined;
      case 'gdx': {
        const ds = runGdx(s, this.prog.table, this.opts);
        const stop = ds.find((d) => d.severity === 'error');
        pushAll(
          this.diagnostics,
          ds.filter((d) => d !== stop),
        );
        if (stop && hasErrors(ds)) throw new AbortSignal(stop);
        return undefined;
      }
    }
  }

  /**
   * Progress of a long loop on the log (stderr): iteration, elapsed time and the model's
   * convergence figure, at most once per `progressSeconds` (1 s by default), only for loops that
   * run longer than that. Returns the per-iteration callback.
   */
  /**
   * Awaited promises resolve as microtasks, so a loop of solves would otherwise never let the
   * event loop run: signals, IPC replies and timers would wait for the whole program. After each
   * solve, give the event loop a turn when YIELD_MS have passed since the last one (a setImmediate
   * costs microseconds; 1,000 solves of a decomposition loop pay it at most once per 50 ms).
   */
  private lastYield = performance.now();
  private async yieldToEventLoop(): Promise<void> {
    const now = performance.now();
    if (now - this.lastYield < YIELD_MS) return;
    // Not while asynchronous solves are out: their results come through a message port that the
    // handle functions read synchronously, and a turn of the event loop would hand them to the
    // port's listener instead.
    if (this.asyncSolves.uncollected().length > 0) return;
    // setImmediate in Node; the playground's Web Worker has only setTimeout.
    await new Promise<void>((resolve) =>
      typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
    );
    this.lastYield = performance.now();
  }

  private progress(kind: string, total?: number): () => void {
    const every = (this.opts.progressSeconds ?? 1) * 1000;
    const t0 = performance.now();
    let last = t0;
    let n = 0;
    return () => {
      n++;
      const now = performance.now();
      if (now - last < every) return;
      last = now;
      const conv = this.convergence
        ? `, ${this.convergence.name} = ${formatValue(this.convergence.records.get(0) ?? 0, 6)}`
        : '';
      this.opts.log(
        `[${kind}] iteration ${n}${total ? `/${total}` : ''}, ${((now - t0) / 1000).toFixed(1)} s${conv}`,
      );
    };
  }

  private display(items: readonly DisplayItem[]): void {
    const out: string[] = [];
    for (const it of items) {
      if (it.kind === 'text') out.push(`----  ${it.text}\n`);
      else
        out.push(
          displaySymbol(this.prog.table.universe, it.sym, it.attr, it.span, {
            decimals: this.decimals,
            acronyms: acronymNames(this.prog.table),
          }),
        );
    }
    this.opts.out(out.join('\n') + '\n');
  }

  /** The pages of a put file (created at its first use). */
  private pages(f: FileSymbol): PutPages {
    let p = this.putBuffers.get(f);
    if (!p) this.putBuffers.set(f, (p = new PutPages()));
    return p;
  }

  private put(
    file: FileSymbol | undefined,
    items: readonly LPutItem[],
    close: boolean,
    block?: 'title' | 'header' | 'page',
  ): void {
    if (file) this.currentPut = file;
    const f = this.currentPut;
    if (!f) {
      this.opts.out(this.putText(items));
      return;
    }
    const p = this.pages(f);
    const b = block === 'title' ? 'title' : block === 'header' ? 'header' : 'window';
    this.putItems(items, {
      text: (t) => p.write(b, t),
      newline: () => p.newline(b),
      column: (n) => p.column(b, n),
    });
    if (block === 'page') p.page();
    if (close) this.flushPut(f);
  }

  /** The text put items make (on the log or the output: `@n` pads the line to column n). */
  private putText(items: readonly LPutItem[]): string {
    let text = '';
    this.putItems(items, {
      text: (t) => void (text += t),
      newline: () => void (text += '\n'),
      column: (n) => {
        const col = text.length - text.lastIndexOf('\n');
        if (n > col) text += ' '.repeat(n - col);
      },
    });
    return text;
  }

  /** Put items in order: text in its field (text left-aligned, numbers right), line breaks, columns. */
  private putItems(
    items: readonly LPutItem[],
    sink: { text(t: string): void; newline(): void; column(n: number): void },
  ): void {
    for (const it of items) {
      if (it.kind === 'newline') sink.newline();
      else if (it.kind === 'column') sink.column(this.putField(it.value, 'column', MAX_PUT_WIDTH, it.span));
      else if (it.kind === 'text') {
        const w = it.width ? this.putField(it.width, 'width', MAX_PUT_WIDTH, it.span) : 0;
        sink.text(alignIn(it.label ? it.label(this.env) : it.text, w, it.align ?? 'left'));
      } else {
        const v = it.value(this.env);
        const dec = it.decimals ? this.putField(it.decimals, 'decimals', MAX_PUT_DECIMALS, it.span) : 2;
        const w = it.width ? this.putField(it.width, 'width', MAX_PUT_WIDTH, it.span) : 12;
        sink.text(alignIn(formatValue(v, dec), w, it.align ?? 'right'));
      }
    }
  }

  /** `put_utility 'log' / text`: the text goes to the log (`msg`: the output; `title` is ignored). */
  private putUtility(command: string, items: readonly LPutItem[], sp: Span): void {
    if (command === 'title') return;
    const text = this.putText(items);
    if (command === 'shell' || command === 'exec') {
      // GAMS sets errorLevel and goes on: a failing command is reported, not an error.
      const r = this.opts.runCommand?.(command === 'exec' ? `=${text}` : text);
      // errorLevel: the exit code, 1 when the command was not run or could not start.
      this.prog.table.errorLevel = r && !('error' in r) ? r.exitCode : 1;
      if (!r) this.diagnostics.push(diag(X.Command_0_not_run_here, sp, [text]));
      else if ('error' in r) this.diagnostics.push(diag(X.Command_0_failed_1, sp, [text, r.error]));
      else if (r.exitCode !== 0)
        this.diagnostics.push(diag(X.Command_0_failed_1, sp, [text, `exit code ${r.exitCode}`]));
      return;
    }
    if (command !== 'msg') this.opts.log(text);
    if (command !== 'log') this.opts.out(text + '\n');
  }

  /** A put field width or decimals: a whole number in [0, max], else E3070 stops the run. */
  private putField(e: (env: Env) => number, what: string, max: number, span: Span): number {
    const v = Math.round(e(this.env));
    if (!(v >= 0 && v <= max)) throw new ExecError(X.Put_0_1_out_of_range_2, span, [what, formatNum(v), max]);
    return v;
  }

  private flushPut(f: FileSymbol): void {
    const text = this.putBuffers.get(f)?.text() ?? '';
    if (!this.opts.writeFile) {
      this.opts.out(text);
      return;
    }
    const path = this.opts.resolvePutFile ? this.opts.resolvePutFile(f.path) : f.path;
    if (path === undefined) {
      this.putFailed(f, diag(X.Put_file_0_leaves_folder_1, f.declSpan, [f.path, this.opts.putFolder ?? '.']));
      return;
    }
    try {
      this.opts.writeFile(path, text);
    } catch (e) {
      const why = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));
      this.putFailed(f, diag(X.Put_file_0_cannot_be_written_1, f.declSpan, [f.path, ioReason(why)]));
    }
  }

  /** One diagnostic per put file that cannot be written; its output is dropped. */
  private putFailed(f: FileSymbol, d: Diagnostic): void {
    this.putBuffers.delete(f);
    if (!this.diagnostics.some((x) => x.code === d.code && x.span === d.span)) this.diagnostics.push(d);
  }

  private flushPuts(): void {
    for (const f of this.putBuffers.keys()) this.flushPut(f);
  }

  get inLoop(): boolean {
    return this.loopDepth > 0;
  }
}

/** Text in a field of width w (0: as it is): left, right or centred (the extra blank on the right). */
function alignIn(t: string, w: number, align: PutAlign): string {
  if (t.length >= w) return t;
  if (align === 'left') return t.padEnd(w);
  if (align === 'right') return t.padStart(w);
  const left = Math.floor((w - t.length) / 2);
  return (' '.repeat(left) + t).padEnd(w);
}

/** A readable reason for a failed write, from Node's error code. */
function ioReason(code: string): string {
  const reasons: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EIO: 'an input/output error',
  };
  return reasons[code] ?? code;
}

export { formatNum };
