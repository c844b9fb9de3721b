// NLP conformance: every model in models/nlp/hs (and the small scalable models) solved through
// api.ts run() by ipm and, where native Ipopt is present, by ipopt; checks the model status, the
// optimum against the reference written below (never read from a solver) and that the two solvers
// agree, and prints both iteration counts. Imports api.ts, cli/node-host.ts, solvers/registry.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSource, run } from '../../src/api.ts';
import { createSourceFile } from '../../src/text/source-file.ts';
import { nodeHost } from '../../src/cli/node-host.ts';
import { getSolver } from '../../src/solvers/registry.ts';
import { diagnosticToJson } from '../../src/diagnostics/diagnostic.ts';
import type { SolveSummary } from '../../src/run/solve.ts';

const hsDir = fileURLToPath(new URL('../../models/nlp/hs/', import.meta.url));
const scalableDir = fileURLToPath(new URL('../../models/nlp/scalable/', import.meta.url));

/**
 * Published optima: W. Hock and K. Schittkowski, Test Examples for Nonlinear Programming Codes,
 * LNEMS 187, Springer 1981 (closed forms evaluated where the book gives one). Each value was
 * checked by evaluating the model at the published x* (feasible to the printed digits) and by an
 * independent SLSQP solve from the published start.
 */
const hsOptima: Readonly<Record<string, number>> = {
  'hs001.emd': 0,
  'hs003.emd': 0,
  'hs004.emd': 8 / 3,
  'hs005.emd': -Math.sqrt(3) / 2 - Math.PI / 3,
  'hs006.emd': 0,
  'hs007.emd': -Math.sqrt(3),
  'hs010.emd': -1,
  'hs011.emd': -8.498464223,
  'hs012.emd': -30,
  'hs014.emd': 9 - (23 / 8) * Math.sqrt(7),
  'hs015.emd': 306.5,
  'hs018.emd': 5,
  'hs021.emd': -99.96,
  'hs022.emd': 1,
  'hs023.emd': 2,
  'hs028.emd': 0,
  'hs035.emd': 1 / 9,
  'hs039.emd': -1,
  'hs040.emd': -0.25,
  'hs043.emd': -44,
  'hs048.emd': 0,
  'hs065.emd': 0.9535288567,
  'hs071.emd': 17.0140173,
  'hs072.emd': 727.67937,
  'hs076.emd': -4.681818181,
  'hs078.emd': -2.91970041,
  'hs100.emd': 680.6300573,
};

/**
 * Small instances of the bench models. bilinear-control: the exact discrete optimum
 * N^2 (e^(1/N) - 1)^2 at N = 20 (derivation in the model's header). clnlbeam: N = 50, the
 * optimum found by Debian's Ipopt 3.11 through its C interface from a Python script (tol 1e-10,
 * independent of our adapters; scipy's SLSQP agrees to 6e-9) from the model's start point.
 */
const scalableOptima: Readonly<Record<string, number>> = {
  'bilinear-control-small.emd': (20 * Math.expm1(1 / 20)) ** 2,
  'clnlbeam-small.emd': 344.868680702,
};

/** The acceptance band: ±15% of Ipopt's iteration count, at least ±1. */
function iterationBand(ipopt: number): [number, number] {
  const d = Math.max(1, Math.floor(0.15 * ipopt));
  return [ipopt - d, ipopt + d];
}

/** 1e-6 relative, measured against max(1, |f*|) so that optima at zero get an absolute tolerance. */
const tol = (ref: number) => 1e-6 * Math.max(1, Math.abs(ref));

interface Case {
  readonly name: string;
  readonly path: string;
  readonly optimum: number;
}
const cases: Case[] = [
  ...Object.entries(hsOptima).map(([name, optimum]) => ({ name, path: hsDir + name, optimum })),
  ...Object.entries(scalableOptima).map(([name, optimum]) => ({ name, path: scalableDir + name, optimum })),
];

async function solveWith(path: string, solver: 'ipm' | 'ipopt'): Promise<SolveSummary> {
  const loaded = loadSource(path, nodeHost);
  expect(loaded.diagnostics).toEqual([]);
  const r = await run(loaded.file!, nodeHost, { solver, quiet: true, out: () => {}, log: () => {} });
  const errors = r.diagnostics
    .filter((d) => d.severity === 'error')
    .map(diagnosticToJson)
    .map((d) => `${d.file ?? path}:${d.line ?? 0}:${d.column ?? 0} ${d.code}: ${d.message}`);
  expect(errors).toEqual([]);
  expect(r.solves).toHaveLength(1);
  return r.solves[0];
}

function checkOptimum(s: SolveSummary, c: Case): void {
  expect([1, 2], `model status ${s.modelStatus} (${s.modelStatusText}): ${s.message ?? ''}`).toContain(
    s.modelStatus,
  );
  expect(s.objective).not.toBeNull();
  expect(
    Math.abs(s.objective! - c.optimum),
    `objective ${s.objective} vs published ${c.optimum}`,
  ).toBeLessThanOrEqual(tol(c.optimum));
}

const results = new Map<string, { ipm?: SolveSummary; ipopt?: SolveSummary }>(cases.map((c) => [c.name, {}]));

const ipoptAvailability = await getSolver('ipopt')!.available();
const ipoptReason = ipoptAvailability.ok
  ? 'native Ipopt found'
  : `native Ipopt not found here (${ipoptAvailability.reason}); these rows run in CI, where .ci/run installs it`;

afterAll(() => {
  const num = (v?: number | null) => (v === undefined || v === null ? '-' : v.toPrecision(10));
  const rows = cases.map((c) => {
    const { ipm, ipopt } = results.get(c.name)!;
    const iters = (s?: SolveSummary) => (s ? String(s.iterations) : '-');
    return `${c.name.padEnd(28)} ${iters(ipm).padStart(5)} ${iters(ipopt).padStart(6)}   ${num(ipm?.objective).padEnd(18)} ${num(ipopt?.objective)}`;
  });
  const head = `${'model'.padEnd(28)} ${'ipm'.padStart(5)} ${'ipopt'.padStart(6)}   ${'ipm objective'.padEnd(18)} ipopt objective`;
  console.log(['NLP conformance: iterations', head, ...rows].join('\n'));
});

describe('NLP conformance: ipm', () => {
  it('has a published optimum for every model in models/nlp/hs', () => {
    const files = readdirSync(hsDir)
      .filter((f) => f.endsWith('.emd'))
      .sort();
    expect(files).toEqual(Object.keys(hsOptima).sort());
  });

  for (const c of cases) {
    it(`${c.name} reaches ${c.optimum.toPrecision(10)}`, async () => {
      const s = await solveWith(c.path, 'ipm');
      results.get(c.name)!.ipm = s;
      expect(s.solver).toBe('ipm');
      checkOptimum(s, c);
    });
  }
});

describe.runIf(process.env.CI || ipoptAvailability.ok)(
  `NLP conformance: ipopt, agreeing with ipm (${ipoptReason})`,
  () => {
    for (const c of cases) {
      it(`${c.name} reaches ${c.optimum.toPrecision(10)} and agrees with ipm to 1e-6`, async () => {
        const s = await solveWith(c.path, 'ipopt');
        results.get(c.name)!.ipopt = s;
        expect(s.solver).toBe('ipopt');
        checkOptimum(s, c);
        const ipm = results.get(c.name)!.ipm;
        expect(ipm?.objective, 'ipm has no objective for this model').toBeTypeOf('number');
        expect(Math.abs(s.objective! - ipm!.objective!)).toBeLessThanOrEqual(tol(c.optimum));
        // ipm follows Ipopt's algorithm: its iteration count must stay within ±15% of Ipopt's.
        expect(ipm!.iterations, 'ipm iterations vs Ipopt').toBeGreaterThanOrEqual(
          iterationBand(s.iterations)[0],
        );
        expect(ipm!.iterations, 'ipm iterations vs Ipopt').toBeLessThanOrEqual(
          iterationBand(s.iterations)[1],
        );
      });
    }
  },
);

/**
 * clnlbeam (models/nlp/scalable/clnlbeam.emd) at N = 3800: 11,403 variables, a few seconds for
 * both solvers. Its iteration count is stable under perturbations of the linear algebra (Ipopt
 * takes 30 iterations with each MUMPS ordering and scaling tried); at other N the long
 * μ = 2e-6 phase makes the count depend on rounding (N = 5000: Ipopt 446 to 952 with MUMPS
 * options), so this N is the one the count can be asserted on.
 */
describe.runIf(process.env.CI || ipoptAvailability.ok)(
  `NLP conformance: clnlbeam N = 3800, ipm's iterations within 15% of Ipopt's (${ipoptReason})`,
  () => {
    it("takes Ipopt's iteration count (within 15%) to the same optimum", async () => {
      const n = 3800;
      const text = readFileSync(scalableDir + 'clnlbeam.emd', 'utf8')
        .replace('i0*i5000', `i0*i${n}`)
        .replace(/N\s+number of intervals\s*\/\s*5000\s*\//, `N number of intervals / ${n} /`);
      const solve = async (solver: 'ipm' | 'ipopt') => {
        const r = await run(createSourceFile('clnlbeam-3800.emd', text), undefined, {
          solver,
          quiet: true,
          out: () => {},
          log: () => {},
        });
        expect(r.solves).toHaveLength(1);
        return r.solves[0];
      };
      const ipm = await solve('ipm');
      const ipopt = await solve('ipopt');
      expect(ipm.modelStatus).toBe(2);
      expect(ipopt.modelStatus).toBe(2);
      expect(ipm.objective!).toBeCloseTo(344.876131627, 7);
      expect(Math.abs(ipm.objective! - ipopt.objective!)).toBeLessThanOrEqual(1e-7);
      const [lo, hi] = iterationBand(ipopt.iterations);
      expect(ipm.iterations).toBeGreaterThanOrEqual(lo);
      expect(ipm.iterations).toBeLessThanOrEqual(hi);
    }, 60_000);
  },
);
