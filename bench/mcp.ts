// bench/mcp: EMD's complementarity solver (issue 21), each MCP against a baseline measured in the
// same run.
//   1. Models: the library MCPs and the seed equilibria, each beside the optimization model with
//      the same solution (trnsport's LP, qp4's QP, korcge's and camcge's NLPs, the seed markets'
//      welfare problems): iterations, rows, solver seconds, and the ratio MCP / optimization.
//   2. A scalable spatial price equilibrium (regions on a ring with short and long arcs, linear
//      supply and demand) from 100 to 10,000 variables, beside its welfare QP: Newton iterations
//      should stay nearly flat in the size, and the time grow about linearly (sparse LU).
// Run: node bin/run-ts.js bench/mcp.ts [--max 10000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSource, run } from '../src/api.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const root = join(import.meta.dirname, '..');
const maxArg = process.argv.indexOf('--max');
const maxVars = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 10000;

interface Solved {
  wall: number;
  solves: { type: string; iterations: number; rows: number; seconds: number; status: number }[];
}

async function solve(file: string): Promise<Solved> {
  const { file: src, diagnostics } = loadSource(file, nodeHost);
  if (!src) throw new Error(diagnostics.map((d) => d.message).join('; '));
  const t0 = performance.now();
  const r = await run(src, nodeHost, { out: () => undefined, log: () => undefined, quiet: true });
  const wall = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error(`${file}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return {
    wall,
    solves: r.solves.map((s) => ({
      type: s.type,
      iterations: s.iterations,
      rows: s.rows,
      seconds: s.solverSeconds,
      status: s.modelStatus,
    })),
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const of = (s: Solved, mcp: boolean) => s.solves.filter((x) => (x.type === 'MCP') === mcp);

// ---- 1. models beside their optimization twins ----
const lib = (m: string) => join(root, 'test/fixtures/mcp/lib', `${m}.gms`);
const gamslib = (m: string) => join(root, 'test/gamslib/models', m, `${m}.gms`);
const pairs: [string, string, string, string][] = [
  ['transmcp', join(root, 'test/fixtures/mcp/transmcp.gms'), 'trnsport (LP)', gamslib('trnsport')],
  ['qp6', lib('qp6'), 'qp4 (QP)', gamslib('qp4')],
  ['kormcp', lib('kormcp'), 'korcge (NLP)', gamslib('korcge')],
  ['cammcp', lib('cammcp'), 'camcge (NLP)', gamslib('camcge')],
  [
    'market_1h_mcp',
    join(root, 'models/microgrid/market_1h_mcp.emd'),
    'market_1h (DNLP)',
    join(root, 'models/microgrid/market_1h.emd'),
  ],
  [
    'p2p_4bus_mcp',
    join(root, 'models/p2p-dlmp/p2p_4bus_mcp.emd'),
    'p2p_4bus (QP)',
    join(root, 'models/p2p-dlmp/p2p_4bus.emd'),
  ],
  [
    'p2p_69bus_mcp',
    join(root, 'models/p2p-dlmp/p2p_69bus_mcp.emd'),
    'p2p_69bus (QP)',
    join(root, 'models/p2p-dlmp/p2p_69bus.emd'),
  ],
];
console.log(
  'MCP models beside the optimization model with the same solution (solver seconds; first solve of each)',
);
console.log('model            rows  iters  MCP s    baseline           rows  iters  opt s    MCP/opt');
for (const [name, file, baseName, baseFile] of pairs) {
  const m = of(await solve(file), true);
  const b = of(await solve(baseFile), false);
  const ms = m[0].seconds;
  const bs = b[b.length - 1].seconds;
  console.log(
    `${name.padEnd(16)} ${String(m[0].rows).padStart(4)}  ${String(m[0].iterations).padStart(5)}  ${ms.toFixed(3).padStart(6)}   ${baseName.padEnd(17)} ${String(b[b.length - 1].rows).padStart(5)}  ${String(b[b.length - 1].iterations).padStart(5)}  ${bs.toFixed(3).padStart(6)}   ${(ms / bs).toFixed(2)}x`,
  );
}
for (const m of [
  'wallmcp',
  'scarfmcp',
  'hansmcp',
  'two3mcp',
  'oligomcp',
  'harkmcp',
  'spatequ',
  'vonthmcp',
  'mr5mcp',
]) {
  const s = of(await solve(lib(m)), true);
  console.log(
    `${m.padEnd(16)} ${String(s[0].rows).padStart(4)}  ${s
      .map((x) => x.iterations)
      .join('/')
      .padStart(5)}  ${sum(s.map((x) => x.seconds))
      .toFixed(3)
      .padStart(6)}   (no optimization twin in the library)`,
  );
}

// ---- 2. a scalable spatial price equilibrium ----
/**
 * R regions on a ring, arcs to the neighbours 1 and 7 steps away both ways (4 per region):
 * supply price alpha + beta S, demand price a - b D, shipping cost per arc. Variables S, D, p and
 * 4 shipments per region: 7 R. `mcp`: the equilibrium; otherwise the welfare QP.
 */
function spe(R: number, mcp: boolean): string {
  const arcs: string[] = [];
  for (let r = 1; r <= R; r++)
    for (const k of [1, -1, 7, -7]) arcs.push(`r${r}.r${((((r - 1 + k) % R) + R) % R) + 1}`);
  const common = `
Set r / r1*r${R} /;
Alias (r, rr);
Set arc(r,rr) / ${arcs.join(', ')} /;
Parameters a(r), b(r), al(r), be(r), c(r,rr);
a(r) = 100 + 30*sin(ord(r));
b(r) = 1 + 0.5*cos(3*ord(r));
al(r) = 20 + 15*cos(ord(r));
be(r) = 0.5 + 0.25*sin(5*ord(r));
c(arc(r,rr)) = 2 + abs(ord(r) - ord(rr))/7;
Positive Variables S(r), D(r), x(r,rr);
`;
  if (mcp)
    return `${common}
Positive Variable p(r);
Equations sup(r), dem(r), ship(r,rr), clear(r);
sup(r)..  al(r) + be(r)*S(r) - p(r) =g= 0;
dem(r)..  p(r) - (a(r) - b(r)*D(r)) =g= 0;
ship(arc(r,rr))..  p(r) + c(r,rr) - p(rr) =g= 0;
clear(r)..  S(r) + sum(arc(rr,r), x(rr,r)) - sum(arc(r,rr), x(r,rr)) - D(r) =g= 0;
Model m / sup.S, dem.D, ship.x, clear.p /;
solve m using mcp;
`;
  return `${common}
Variable w;
Equations obj, bal(r);
obj..  w =e= sum(r, a(r)*D(r) - b(r)/2*sqr(D(r)) - al(r)*S(r) - be(r)/2*sqr(S(r))) - sum(arc, c(arc)*x(arc));
bal(r)..  S(r) + sum(arc(rr,r), x(rr,r)) - sum(arc(r,rr), x(r,rr)) - D(r) =g= 0;
Model q / obj, bal /;
solve q using qcp maximizing w;
`;
}

const dir = mkdtempSync(join(tmpdir(), 'emd-bench-mcp-'));
try {
  console.log('\nSpatial price equilibrium: the MCP beside its welfare QP (HiGHS), same data');
  console.log('vars    rows   iters  MCP s    s/iter   QP s     MCP/QP   iters/iters(smallest)');
  let firstIters = 0;
  for (const R of [15, 150, 1500].filter((r) => 7 * r <= maxVars * 1.05)) {
    const fm = join(dir, `spe${R}.gms`);
    const fq = join(dir, `speq${R}.gms`);
    writeFileSync(fm, spe(R, true));
    writeFileSync(fq, spe(R, false));
    const m = (await solve(fm)).solves[0];
    const q = (await solve(fq)).solves[0];
    if (m.status !== 1) console.log(`  (MCP model status ${m.status})`);
    firstIters ||= m.iterations;
    console.log(
      `${String(7 * R).padEnd(7)} ${String(m.rows).padEnd(6)} ${String(m.iterations).padStart(5)}  ${m.seconds.toFixed(3).padStart(6)}   ${(m.seconds / Math.max(1, m.iterations)).toFixed(4)}   ${q.seconds.toFixed(3).padStart(6)}   ${(m.seconds / q.seconds).toFixed(2)}x    ${(m.iterations / firstIters).toFixed(2)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
