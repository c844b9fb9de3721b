// Shared helpers for end-to-end tests: run the CLI in-process and parse its --json output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

export const root = join(import.meta.dirname, '..');

export async function solveJson(
  rel: string,
  ...extra: string[]
): Promise<{ code: number; doc: any; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['solve', join(root, rel), '--json', ...extra], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, doc: JSON.parse(stdout), stderr };
}

/** The record of a symbol with the given keys. */
export const rec = (doc: any, sym: string, ...keys: string[]) =>
  doc.symbols[sym].records.find((r: any) => r.keys.join('.') === keys.join('.'));

/** Run the CLI in-process; returns the exit code and everything printed. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    color: false,
  });
  return { code, stdout, stderr };
}

/** Solve the .gms text `src` (written to a scratch folder with `files`) through the CLI's --json. */
export async function solveText(
  src: string,
  files: Record<string, string> = {},
): Promise<{ code: number; doc: any; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'emd-test-'));
  writeFileSync(join(dir, 'm.gms'), src);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let stdout = '';
  let stderr = '';
  const code = await main(['solve', join(dir, 'm.gms'), '--json'], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, doc: JSON.parse(stdout), stderr };
}

/**
 * The lines of a run's stderr less its progress lines (`[solve m] glpk: 1.6 s, …`, `[loop]
 * iteration …`), which a solve prints after a second without output: how many depends on the
 * machine's load, so a test that wants "no warnings" compares this with [].
 */
export function withoutProgress(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !/^\[(solve \S+|loop|while|repeat|for)\] /i.test(l));
}

/**
 * A turn of the event loop (setImmediate), for tests that loop over many cases of synchronous
 * work. Vitest's worker waits 60 s for each of its RPC replies with a timer, and Node runs timers
 * before it reads the reply that arrived meanwhile: a worker blocked for a minute (a 25 s loop on
 * a machine five times oversubscribed) reports "Timeout calling onTaskUpdate" although every test
 * passed. Awaited promises alone resolve as microtasks and never let the reply in.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
