// `$call` in `emd solve`: compile-time commands run as GAMS runs them, in the main file's folder,
// through the shell (`$call =prog args`: without one). `gams FILE ...` runs EMD itself on FILE.
// Only the CLI's solve runs commands: `emd check`, `emd fmt`, the language server and the
// playground never do (W1600), and `emd solve --no-call` refuses them (E1600).
// Imports node:child_process and node:path.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { CommandRunner } from '../syntax/parse.ts';

/** Split a command line into words; quotes group words and are removed. */
export function commandWords(command: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|([^\s"']+)/g;
  let word = '';
  let last = -1;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    const part = m[1] ?? m[2] ?? m[3];
    // `o="a b"`: a quoted part glued to the text before it is one word.
    if (m.index === last) word += part;
    else {
      if (last >= 0) out.push(word);
      word = part;
    }
    last = m.index + m[0].length;
  }
  if (last >= 0) out.push(word);
  return out;
}

/**
 * The `emd solve` arguments for `gams FILE key=value ...`, or undefined when the command is not a
 * GAMS run. `gdx=OUT` writes every symbol at the end (--gdx); `--name=value` defines `%name%`;
 * listing, log and action options (`lo=`, `o=`, `a=`...) have no EMD equivalent and are ignored.
 */
export function gamsArguments(words: readonly string[]): string[] | undefined {
  if (!words.length || !/^gams(\.exe)?$/i.test(words[0].replace(/^.*[\\/]/, ''))) return undefined;
  const [file, ...rest] = words.slice(1);
  if (!file) return undefined;
  const args = ['solve', /\.[^\\/.]*$/.test(file) ? file : `${file}.gms`, '--quiet'];
  for (const w of rest) {
    const m = /^-{0,2}([\w.]+)=(.*)$/.exec(w);
    if (!m) continue;
    if (w.startsWith('--')) args.push(`--${m[1]}=${m[2]}`);
    else if (m[1].toLowerCase() === 'gdx') args.push('--gdx', m[2]);
  }
  return args;
}

/** Characters that make a command more than one program with its arguments. */
const SHELL_SYNTAX = /[|&;<>()$`\\*?~\n]/;

/**
 * A runner for `$call`. `emd`: the program and arguments that start EMD (`gams` commands run it);
 * the command's output goes to stderr (solve's stdout is its summary or JSON).
 */
export function commandRunner(emd: readonly string[]): CommandRunner {
  return (command, cwd) => {
    const noShell = command.startsWith('=');
    const line = noShell ? command.slice(1).trim() : command.trim();
    const words = commandWords(line);
    const gams =
      noShell || !SHELL_SYNTAX.test(line.replace(/"[^"]*"|'[^']*'/g, '')) ? gamsArguments(words) : undefined;
    const opts = { cwd: resolve(cwd), stdio: ['ignore', 2, 2] as ['ignore', number, number] };
    const r = gams
      ? spawnSync(emd[0], [...emd.slice(1), ...gams], opts)
      : noShell
        ? spawnSync(words[0] ?? '', words.slice(1), opts)
        : spawnSync(line, { ...opts, shell: true });
    if (r.error) return { error: r.error.message };
    // EMD's exit code 3 (a solve without a solution) is a normal end for GAMS (error level 0).
    if (gams && r.status === 3) return { exitCode: 0 };
    return { exitCode: r.status ?? 1 };
  };
}
