// Seed 004 (../shared/SEEDS.md): the corrected networked energy-hub model, centralized and by ADMM.
// The centralized optimum is checked by two solvers and by re-evaluating, from the JSON records
// alone, every balance, storage equation, bound and the objective; ADMM must reach it.
import { beforeAll, describe, expect, it } from 'vitest';
import { solveJson } from './helpers.ts';

const CENTRAL = 'models/energy-hub/energy_hub.emd';
const ADMM = 'models/energy-hub/energy_hub_admm.emd';

type Doc = any;
const key = (...k: string[]) => k.join('.');

/** A symbol's field by joined key; parameters are sparse (absent = 0), as in GAMS. */
function field(doc: Doc, sym: string, f: 'value' | 'level' | 'marginal' | 'lower' | 'upper' = 'value') {
  const m = new Map<string, number | null>(
    doc.symbols[sym].records.map((r: any) => [r.keys.join('.'), r[f]]),
  );
  return (...k: string[]) => (m.get(key(...k)) ?? 0) as number;
}
const labels = (doc: Doc, set: string): string[] => doc.symbols[set].records.map((r: any) => r.keys[0]);
const inSet = (doc: Doc, set: string) => {
  const s = new Set(doc.symbols[set].records.map((r: any) => r.keys.join('.')));
  return (...k: string[]) => s.has(key(...k));
};
const scalar = (doc: Doc, sym: string) => doc.symbols[sym].records[0].value as number;

/** The levels of the centralized model, read back from the JSON, with the data they need. */
function centralView(doc: Doc) {
  const [N, J, F, I, K, T] = ['n', 'j', 'f', 'i', 'k', 't'].map((s) => labels(doc, s));
  const p = (s: string) => field(doc, s);
  const v = (s: string) => field(doc, s, 'level');
  return {
    N,
    J,
    F,
    I,
    K,
    T,
    lnk: inSet(doc, 'lnk'),
    feed: inSet(doc, 'feed'),
    draw: inSet(doc, 'draw'),
    stc: inSet(doc, 'stc'),
    etac: p('etac'),
    prew: p('prew'),
    load: p('load'),
    l: p('l'),
    cc: p('cc'),
    cs: p('cs'),
    rating: p('rating'),
    alfa: p('alfa'),
    betac: p('betac'),
    alfaa: p('alfaa'),
    alfaaa: p('alfaaa'),
    Pexup: p('Pexup'),
    soc0: p('soc0'),
    sdr: p('sdr'),
    etach: p('etach'),
    etadis: p('etadis'),
    pin: v('pin'),
    pc: v('pc'),
    ps: v('ps'),
    pch: v('pch'),
    pdis: v('pdis'),
    soc: v('soc'),
    x: v('x'),
  };
}

/** Largest violation of the model's rows, recomputed from the records (not from EMD's row levels). */
function violations(d: ReturnType<typeof centralView>) {
  let balance = 0;
  let junction = 0;
  let storage = 0;
  let exportcap = 0;
  for (const n of d.N) {
    for (const t of d.T) {
      for (const j of d.J) {
        let lhs = d.prew(n, j, t) - (j === 'elec' ? d.ps(n, t) : 0);
        for (const i of d.I) lhs += d.etac(n, i, j) * d.pin(n, i, t) - (d.draw(i, j) ? d.pin(n, i, t) : 0);
        for (const k of d.K) if (d.stc(k, j)) lhs += d.pdis(n, k, t) - d.pch(n, k, t);
        let sent = 0;
        for (const m of d.N) {
          if (d.lnk(m, n)) lhs += (1 - d.l(m, n, j)) * d.x(m, n, j, t);
          if (d.lnk(n, m)) sent += d.x(n, m, j, t);
        }
        balance = Math.max(balance, Math.abs(lhs - sent - d.load(n, j, t)));
        exportcap = Math.max(exportcap, sent - d.Pexup(n, j));
      }
      for (const f of d.F) {
        const fed = d.I.filter((i) => d.feed(i, f)).reduce((s, i) => s + d.pin(n, i, t), 0);
        junction = Math.max(junction, Math.abs(d.pc(n, f, t) - fed));
      }
    }
    for (const k of d.K) {
      let prev = d.soc0(n, k);
      for (const t of d.T) {
        const next =
          (1 - d.sdr(n, k)) * prev + d.etach(n, k) * d.pch(n, k, t) - d.pdis(n, k, t) / d.etadis(n, k);
        storage = Math.max(storage, Math.abs(d.soc(n, k, t) - next));
        prev = d.soc(n, k, t);
      }
      storage = Math.max(storage, Math.abs(prev - d.soc0(n, k)));
    }
  }
  return { balance, junction, storage, exportcap };
}

/** The objective recomputed from the levels: converter, storage, upstream and trading costs. */
function objective(d: ReturnType<typeof centralView>): number {
  let z = 0;
  for (const n of d.N) {
    for (const t of d.T) {
      for (const i of d.I) {
        if (!d.rating(n, i)) continue;
        const out = d.J.reduce((s, j) => s + d.etac(n, i, j), 0) * d.pin(n, i, t);
        z += d.alfa(n, i) * out * out + d.betac(n, i) * out;
      }
      for (const k of d.K) z += d.alfaa(n, k) * (d.pdis(n, k, t) - d.pch(n, k, t)) ** 2;
      for (const f of d.F) z += d.cc(f, t) * d.pc(n, f, t);
      z -= d.cs(t) * d.ps(n, t);
      for (const j of d.J) {
        const pex = d.N.reduce((s, m) => s + (d.lnk(n, m) ? d.x(n, m, j, t) : 0), 0);
        z += d.alfaaa(n, j) * pex * pex;
      }
    }
  }
  return z;
}

/** Every variable level within its bounds (null = infinite). */
function boundViolation(doc: Doc): number {
  let worst = 0;
  for (const sym of ['pin', 'pc', 'ps', 'pch', 'pdis', 'soc', 'x']) {
    for (const r of doc.symbols[sym].records) {
      if (r.lower !== null) worst = Math.max(worst, r.lower - r.level);
      if (r.upper !== null) worst = Math.max(worst, r.level - r.upper);
    }
  }
  return worst;
}

const runs: Record<string, Doc> = {};
beforeAll(async () => {
  for (const solver of ['highs', 'ipm']) {
    const { code, doc } = await solveJson(CENTRAL, '--solver', solver);
    expect(code).toBe(0);
    runs[solver] = doc;
  }
}, 120_000);

describe('networked energy hubs, centralized (models/energy-hub/energy_hub.emd)', () => {
  it('is a convex QP that HiGHS and the interior point solve to the same optimum', () => {
    const shape = {
      model: 'hubs',
      type: 'QCP',
      problemClass: 'qp',
      problemClassReason: 'the objective is quadratic and all rows are linear',
      rows: 583,
      columns: 1225,
      sense: 'min',
      objectiveVariable: 'cost',
    };
    expect(runs.highs.solves).toHaveLength(1);
    expect(runs.highs.solves[0]).toMatchObject({ ...shape, solver: 'highs', modelStatus: 1, solveStatus: 1 });
    expect(runs.ipm.solves[0]).toMatchObject({ ...shape, solver: 'ipm', solveStatus: 1 });
    expect([1, 2]).toContain(runs.ipm.solves[0].modelStatus);
    const zh = runs.highs.solves[0].objective;
    const zi = runs.ipm.solves[0].objective;
    expect(Math.abs(zh - zi) / zh).toBeLessThan(1e-6);
    expect(zh).toBeCloseTo(18530.3106, 3);
    expect(runs.highs.diagnostics).toEqual([]);
    // The vertex (HiGHS) and the interior point find the same dispatch: the optimum is unique.
    for (const sym of ['pin', 'pch', 'pdis', 'x']) {
      const other = field(runs.ipm, sym, 'level');
      const gap = Math.max(
        ...runs.highs.symbols[sym].records.map((r: any) => Math.abs(r.level - other(...r.keys))),
      );
      expect(gap, sym).toBeLessThan(1e-3);
    }
  });

  for (const solver of ['highs', 'ipm']) {
    it(`${solver}: the levels satisfy every balance, storage row, bound and cap, recomputed from the records`, () => {
      const doc = runs[solver];
      const d = centralView(doc);
      expect(d.T).toHaveLength(24);
      const v = violations(d);
      expect(v.balance).toBeLessThan(1e-6);
      expect(v.junction).toBeLessThan(1e-6);
      expect(v.storage).toBeLessThan(1e-6);
      expect(v.exportcap).toBeLessThan(1e-6);
      expect(boundViolation(doc)).toBeLessThan(1e-7);
      // The objective from an independent evaluation of the cost terms.
      expect(Math.abs(objective(d) - doc.solves[0].objective)).toBeLessThan(1e-6 * doc.solves[0].objective);
      // report.inc splits the same cost into the seed's E1 + E2 + E3.
      expect(scalar(doc, 'total')).toBeCloseTo(doc.solves[0].objective, 6);
    });
  }

  it('uses the network: every link carries energy at some hour, and prices follow the tariff', () => {
    const doc = runs.highs;
    const d = centralView(doc);
    for (const n of d.N)
      for (const m of d.N)
        if (n < m) {
          const carried = d.T.reduce(
            (s, t) => s + d.J.reduce((q, j) => q + d.x(n, m, j, t) + d.x(m, n, j, t), 0),
            0,
          );
          expect(carried, `${n}-${m}`).toBeGreaterThan(1);
        }
    // Local electricity prices (balance marginals) sit near the time-of-use tariff of the hour.
    const price = field(doc, 'balance', 'marginal');
    for (const n of d.N) {
      expect(price(n, 'elec', '3')).toBeGreaterThan(50);
      expect(price(n, 'elec', '3')).toBeLessThan(60);
      expect(price(n, 'elec', '19')).toBeGreaterThan(140);
      expect(price(n, 'elec', '19')).toBeLessThan(160);
    }
  });

  it('gives plot parameters whose stacked terms close each balance', () => {
    const doc = runs.highs;
    const disp = field(doc, 'disp');
    const src = labels(doc, 'src');
    const d = centralView(doc);
    let worst = 0;
    for (const n of d.N)
      for (const j of d.J)
        for (const t of d.T) worst = Math.max(worst, Math.abs(src.reduce((s, q) => s + disp(n, j, q, t), 0)));
    expect(worst).toBeLessThan(1e-6);
    for (const n of d.N)
      for (const j of d.J) {
        const sym = doc.symbols[`${j}_${n}`];
        expect(sym.text).toMatch(/^plot:stack Hub /);
        expect(sym.domain).toEqual(['src', 't']);
      }
    expect(doc.symbols.soc_bat.domain).toEqual(['n', 't']);
    expect(doc.symbols.flow_elec.domain).toEqual(['pair', 't']);
  });
});

describe('networked energy hubs, decentralized ADMM (models/energy-hub/energy_hub_admm.emd)', () => {
  let doc: Doc;
  beforeAll(async () => {
    const r = await solveJson(ADMM);
    expect(r.code).toBe(0);
    doc = r.doc;
  }, 600_000);

  it('stops on its residual tolerances, one QP per hub and iteration, balancing the residuals', () => {
    expect(doc.ok).toBe(true);
    const iters = scalar(doc, 'iters');
    expect(iters).toBeGreaterThan(100);
    expect(iters).toBeLessThanOrEqual(170);
    expect(doc.solves).toHaveLength(3 * iters);
    for (const s of doc.solves) expect(s).toMatchObject({ model: 'hub', problemClass: 'qp', modelStatus: 1 });
    const rp = doc.symbols.res_primal.records.map((r: any) => r.value);
    const rd = doc.symbols.res_dual.records.map((r: any) => r.value);
    expect(rp).toHaveLength(iters);
    expect(rd).toHaveLength(iters);
    expect(rp[iters - 1]).toBeLessThanOrEqual(scalar(doc, 'eps_pri'));
    expect(rd[iters - 1]).toBeLessThanOrEqual(scalar(doc, 'eps_dual'));
    expect(scalar(doc, 'eps_pri')).toBeCloseTo(Math.sqrt(576) * 1e-5, 12);
    expect(rp[0]).toBeGreaterThan(1e4 * rp[iters - 1]);
    // rho moved by factors of 2 from 8.
    const rho = doc.symbols.rho_hist.records.map((r: any) => r.value);
    expect(rho[0]).toBe(8);
    expect(new Set(rho).size).toBeGreaterThan(1);
    for (const r of rho) expect(Number.isInteger(Math.log2(r / 8))).toBe(true);
  });

  it('reaches the centralized flows within 1e-3 MW and the local prices within 1e-4 relative', () => {
    const flow = field(doc, 'flow');
    let worst = 0;
    for (const r of runs.highs.symbols.x.records)
      worst = Math.max(worst, Math.abs(r.level - flow(...r.keys)));
    expect(worst).toBeLessThan(1e-3);
    expect(runs.highs.symbols.x.records).toHaveLength(288);
    // The marginal of each hub's balance in its own subproblem against the centralized marginal.
    const hubprice = field(doc, 'hubprice');
    let rel = 0;
    for (const r of runs.highs.symbols.balance.records)
      rel = Math.max(rel, Math.abs(hubprice(...r.keys) - r.marginal) / Math.abs(r.marginal));
    expect(runs.highs.symbols.balance.records).toHaveLength(144);
    expect(rel).toBeLessThan(1e-4);
  });

  it('reaches the centralized optimum within 1e-4 relative', () => {
    const central = runs.highs.solves[0].objective;
    expect(Math.abs(scalar(doc, 'total') - central) / central).toBeLessThan(1e-4);
    const hist = doc.symbols.cost_hist.records;
    expect(Math.abs(hist[hist.length - 1].value - central) / central).toBeLessThan(1e-4);
  });

  it("settles each trade at one price, the receiver's centralized marginal net of the loss", () => {
    const lams = field(doc, 'lams');
    const lamr = field(doc, 'lamr');
    const trade = field(doc, 'tradeprice');
    const d = centralView(runs.highs);
    const price = field(runs.highs, 'balance', 'marginal');
    let agree = 0;
    let checked = 0;
    for (const n of d.N)
      for (const m of d.N)
        if (d.lnk(n, m))
          for (const j of d.J)
            for (const t of d.T) {
              agree = Math.max(agree, Math.abs(lams(n, m, j, t) + lamr(m, n, j, t)));
              if (d.x(n, m, j, t) > 1e-3) {
                checked++;
                const ref = (1 - d.l(n, m, j)) * price(m, j, t);
                expect(Math.abs(trade(n, m, j, t) - ref) / ref, `${n}->${m} ${j} ${t}`).toBeLessThan(1e-4);
              }
            }
    expect(agree).toBeLessThan(1e-9);
    expect(checked).toBeGreaterThan(40);
  });
});
