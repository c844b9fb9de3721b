// bench/startup: how long the `emd` command takes to start, as ratios against `node -e ""` measured
// in the same run. Cold on both sides: every sample is a fresh process; the figure is the median
// CPU time (user + system, from /usr/bin/time) of SAMPLES runs, and for the language server the
// median wall time from spawning `emd lsp --stdio` to the answer to `initialize`, against the
// wall time of a bare node process answering one line on stdin.
// Targets (issue 17): `emd --version` ≤ 2×; `emd check` on transport ≤ 4×; LSP initialize ≤ 3×.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SAMPLES = 7;
const root = join(import.meta.dirname, '..');
const emd = join(root, 'bin', 'emd.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cpuSeconds(args: string[]): number {
  const r = spawnSync('/usr/bin/time', ['-f', '@@time %U %S', process.execPath, ...args], {
    encoding: 'utf8',
  });
  const m = /@@time ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing: ${r.stderr.slice(-500)}`);
  return Number(m[1]) + Number(m[2]);
}

/** Wall ms from spawn to the first complete answer on stdout after writing `input`. */
function answerMs(args: string[], input: string, done: (out: string) => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (done(out)) {
        resolve(performance.now() - t0);
        child.kill();
      }
    });
    child.on('error', reject);
    child.stdin.write(input);
  });
}

function lspMessage(body: object): string {
  const s = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`;
}

// Build dist/ first (bin/emd.js would rebuild a stale bundle inside the first sample).
spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'ignore' });
const transport = join(root, 'models', 'classic', 'transport.gms');
const rows: [string, number, number, number][] = [];
const base: number[] = [];
const version: number[] = [];
const check: number[] = [];
for (let k = 0; k < SAMPLES; k++) {
  base.push(cpuSeconds(['-e', '']));
  version.push(cpuSeconds([emd, '--version']));
  check.push(cpuSeconds([emd, 'check', transport]));
}
rows.push(['emd --version (CPU s)', median(version), median(base), 2]);
rows.push(['emd check transport.gms (CPU s)', median(check), median(base), 4]);

const init = lspMessage({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
const lsp: number[] = [];
const echo: number[] = [];
for (let k = 0; k < SAMPLES; k++) {
  echo.push(
    await answerMs(
      ['-e', 'process.stdin.once("data", d => process.stdout.write(d))'],
      'x\n',
      (o) => o.length > 0,
    ),
  );
  lsp.push(await answerMs([emd, 'lsp', '--stdio'], init, (o) => o.includes('"capabilities"')));
}
rows.push(['emd lsp: initialize answered (wall ms)', median(lsp), median(echo), 3]);

console.log(
  `bench/startup (cold: fresh processes, median of ${SAMPLES}), ratios against a bare node process`,
);
console.log(
  `${'command'.padEnd(42)} ${'emd'.padStart(8)} ${'node'.padStart(8)} ${'ratio'.padStart(6)}  target`,
);
for (const [name, e, b, target] of rows)
  console.log(
    `${name.padEnd(42)} ${e.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)} ${(e / b).toFixed(2).padStart(6)}  ≤ ${target}`,
  );
