// What the CLI's commands share and nothing heavy: exit codes, output streams, the compile-time
// names of the moment of a run. Imports nothing, so that `emd --version` loads only main.ts.

export const EXIT = { ok: 0, modelErrors: 1, usage: 2, noSolution: 3 } as const;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  color?: boolean;
}

/** Predefined compile-time names that depend on the moment of the run (`%system.date%`...). */
export function runPredefined(): Record<string, string> {
  const d = new Date();
  const two = (x: number) => String(x).padStart(2, '0');
  return {
    'system.date': `${two(d.getMonth() + 1)}/${two(d.getDate())}/${two(d.getFullYear() % 100)}`,
    'system.time': `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`,
  };
}
