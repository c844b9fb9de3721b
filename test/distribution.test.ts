// The IEEE 69-bus feeder (models/distribution/): the AC branch-flow power flow reproduces the
// reference (224.99 kW of losses, 0.9092 pu at bus 65) with both NLP solvers, and LinDistFlow
// matches an independent computation from the CSV data and sits above the AC voltages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, solveJson } from './helpers.ts';

const scalar = (doc: any, name: string): number => doc.symbols[name].records[0]?.value ?? 0;
const values = (doc: any, name: string): Map<string, number> =>
  new Map(doc.symbols[name].records.map((r: any) => [r.keys.join('.'), r.value]));

/** LinDistFlow from the raw CSV files: flows are subtree loads, v(j) = v(i) - 2 (r P + x Q) / zbase. */
function linDistFlowFromCsv(): { v: Map<number, number>; psub: number } {
  const dir = join(root, 'models/distribution/data');
  const rows = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(',').map(Number));
  const load = new Map(rows('buses.csv').map(([b, p, q]) => [b, { p: p / 10000, q: q / 10000 }]));
  const zbase = 12.66 ** 2 / 10;
  const branches = rows('branches.csv').map(([f, t, r, x]) => ({ f, t, r: r / zbase, x: x / zbase }));
  const children = new Map<number, number[]>();
  for (const b of branches) children.set(b.f, [...(children.get(b.f) ?? []), b.t]);
  const subtree = (bus: number): { p: number; q: number } =>
    (children.get(bus) ?? [])
      .map(subtree)
      .reduce((a, c) => ({ p: a.p + c.p, q: a.q + c.q }), { ...load.get(bus)! });
  const v = new Map([[1, 1]]);
  for (const b of branches) {
    // branches.csv lists every parent before its children.
    const s = subtree(b.t);
    v.set(b.t, v.get(b.f)! - 2 * (b.r * s.p + b.x * s.q));
  }
  return { v, psub: subtree(1).p * 10000 };
}

describe('IEEE 69-bus AC power flow (models/distribution/ieee69_acpf.emd)', () => {
  for (const solver of ['ipm', 'ipopt']) {
    it(`reproduces 224.99 kW of losses and 0.9092 pu at bus 65 from a flat start with ${solver}`, async () => {
      const { code, doc } = await solveJson('models/distribution/ieee69_acpf.emd', '--solver', solver);
      expect(code).toBe(0);
      expect(doc.diagnostics).toEqual([]);
      expect(doc.solves).toHaveLength(1);
      expect(doc.solves[0]).toMatchObject({
        model: 'acpf',
        type: 'NLP',
        solver,
        modelStatus: 2,
        rows: 273,
        columns: 274,
      });
      expect(Math.abs(scalar(doc, 'losses_kw') - 224.99)).toBeLessThan(0.05);
      expect(Math.abs(scalar(doc, 'vmin') - 0.9092)).toBeLessThan(0.0005);
      expect(scalar(doc, 'vmin_bus')).toBe(65);
      expect(doc.symbols.vmin_at.records.map((r: any) => r.keys[0])).toEqual(['65']);
      // Power balance: the substation supplies the load plus the losses.
      expect(scalar(doc, 'psub_kw')).toBeCloseTo(3802.1 + scalar(doc, 'losses_kw'), 6);
      // The equality l v = P^2 + Q^2 holds at the solution for every branch.
      const P = new Map(doc.symbols.P.records.map((r: any) => [r.keys.join('.'), r.level]));
      const Q = new Map(doc.symbols.Q.records.map((r: any) => [r.keys.join('.'), r.level]));
      const v = new Map(doc.symbols.v.records.map((r: any) => [r.keys[0], r.level]));
      const l = doc.symbols.l.records.filter((r: any) => P.has(r.keys.join('.')));
      expect(l).toHaveLength(68);
      for (const r of l) {
        const k = r.keys.join('.');
        expect(r.level * (v.get(r.keys[0]) as number)).toBeCloseTo(
          (P.get(k) as number) ** 2 + (Q.get(k) as number) ** 2,
          7,
        );
      }
    });
  }
});

describe('IEEE 69-bus LinDistFlow (models/distribution/lindistflow.emd)', () => {
  it('matches the flows and voltages computed from the CSV files and stays above the AC voltages', async () => {
    const { code, doc } = await solveJson('models/distribution/lindistflow.emd');
    expect(code).toBe(0);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.solves[0]).toMatchObject({ type: 'LP', modelStatus: 1 });
    const ref = linDistFlowFromCsv();
    expect(scalar(doc, 'psub_kw')).toBeCloseTo(ref.psub, 6);
    expect(scalar(doc, 'psub_kw')).toBeCloseTo(3802.1, 6);
    const v = values(doc, 'v_pu');
    expect(v.size).toBe(69);
    for (const [bus, vsq] of ref.v) expect(v.get(String(bus))).toBeCloseTo(Math.sqrt(vsq), 9);
    expect(scalar(doc, 'vmin_bus')).toBe(65);
    // No losses: the minimum voltage is slightly higher than the AC one (0.9092 pu).
    expect(scalar(doc, 'vmin')).toBeCloseTo(0.9131, 4);
    expect(scalar(doc, 'vmin')).toBeGreaterThan(0.9092);
    expect(scalar(doc, 'vmin') - 0.9092).toBeLessThan(0.01);
  });
});
