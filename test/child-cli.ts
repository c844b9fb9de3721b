// `emd` in a child process, for tests whose run may block its thread (readyCollect's
// Atomics.wait, a solve inside WebAssembly) or that send it real signals: a run that hangs is
// killed at its time limit and the test fails with what it printed, instead of the whole suite
// never ending. Call killChildren() in afterEach.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const live = new Set<ChildProcess>();

export interface ChildRun {
  readonly process: ChildProcess;
  /** Everything printed on stderr so far. */
  stderr(): string;
  /** Resolves when stderr contains `text` (rejects when the process exits first). */
  printed(text: string | RegExp): Promise<void>;
  /** The exit code, stdout and stderr; rejects after `timeoutMs` (the process is then killed). */
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts `node bin/emd.js ...args` (cwd: the repository). */
export function startCli(args: string[], timeoutMs: number): ChildRun {
  const child = spawn(process.execPath, [join(root, 'bin/emd.js'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let stdout = '';
  let stderr = '';
  const waiters: { text: string | RegExp; resolve: () => void; reject: (e: Error) => void }[] = [];
  const has = (t: string | RegExp) => (typeof t === 'string' ? stderr.includes(t) : t.test(stderr));
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => {
    stderr += d;
    for (const w of waiters.filter((w) => has(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emd ${args.join(' ')} did not end within ${timeoutMs} ms; stderr:\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      live.delete(child);
      for (const w of waiters.splice(0)) w.reject(new Error(`exited with ${code} first; stderr:\n${stderr}`));
      resolve({ code, stdout, stderr });
    });
  });
  // A test that awaits `printed` and not `done` must not leave an unhandled rejection.
  done.catch(() => undefined);
  return {
    process: child,
    stderr: () => stderr,
    printed: (text) =>
      has(text)
        ? Promise.resolve()
        : child.exitCode !== null
          ? Promise.reject(new Error(`exited with ${child.exitCode} first; stderr:\n${stderr}`))
          : new Promise((resolve, reject) => waiters.push({ text, resolve, reject })),
    done,
  };
}

/** `emd solve FILE --json ...extra` in a child process: the exit code and the parsed document. */
export async function solveJsonInChild(
  rel: string,
  extra: string[],
  timeoutMs: number,
): Promise<{ code: number | null; doc: any; stderr: string }> {
  const { code, stdout, stderr } = await startCli(['solve', join(root, rel), '--json', ...extra], timeoutMs)
    .done;
  let doc: any;
  try {
    doc = JSON.parse(stdout);
  } catch {
    throw new Error(`exit ${code}, no JSON on stdout; stderr:\n${stderr}`);
  }
  return { code, doc, stderr };
}

/** Kills every child still running (afterEach). */
export function killChildren(): void {
  for (const c of live) c.kill('SIGKILL');
  live.clear();
}
