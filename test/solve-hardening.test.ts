// Solve-time hardening (issue 15): command-line validation, output folders, atomic writes,
// unbounded NLPs, progress lines and interruption. In-process through main(), except the SIGINT
// test, which needs a real child process.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { root } from './helpers.ts';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    color: false,
  });
  return { code, stdout, stderr };
}

const transport = join(root, 'models/classic/transport.gms');

describe('--max-loop-iterations', () => {
  for (const bad of ['abc', '0', '-5', '1.5', '']) {
    it(`refuses '${bad}' with exit 2`, async () => {
      const r = await cli(['solve', transport, '--max-loop-iterations', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: --max-loop-iterations expects a positive whole number, got '${bad}'.\n`);
    });
  }
});
