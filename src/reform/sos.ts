// Reduction: special ordered sets (GAMS `sos1`/`sos2` variables) as binaries, since neither GLPK nor
// HiGHS takes SOS constraints. Imports model/ and reform/chain.ts.
//
//   accepts: a MIP whose problem lists SOS sets (ModelProblem.sos), every member with finite bounds
//            or bounds that the linear rows imply (sosBigM; otherwise the caller reports the member);
//   apply:   SOS1 {x_1..x_k}: a binary y_j per member, L_j y_j <= x_j <= U_j y_j, sum_j y_j <= 1;
//            SOS2 {x_1..x_k}: a binary z_s per adjacent pair (s, s+1), sum_s z_s <= 1 and
//            L_j (z_{j-1} + z_j) <= x_j <= U_j (z_{j-1} + z_j) (z_0 = z_k = 0);
//            the new columns and rows follow the input's, whose numbers do not change;
//   invert:  drop the new columns and rows (levels, marginals); MIP marginals then come, as for any
//            MIP, from the LP with the binaries fixed (solvers/linear.ts).
//
// Decisions. The formulation is exact: y_j = 0 forces x_j = 0, and one active y (pair z) leaves the
// member (pair) free within its bounds, which is what the set allows. It needs finite bounds U_j
// (L_j when negative). GAMS gives SOS variables lo = 0 and up = +inf, and models leave the bound
// to the rows (`sum(s, x(s)) =e= 1`), so a member without one gets the bound its rows imply: first
// by activity-bound propagation over the linear rows (a few rounds, as a MIP presolve does), then,
// for a member still unbounded, by the same propagation with the set's other members fixed at 0
// (SOS1) or all but its neighbours fixed at 0 (SOS2): the only case in which the member can be
// nonzero (trnspwl's unbounded end segments, bounded only through the SOS2 condition). A member
// left unbounded is reported by the caller (E2350); a big number is never guessed. A member whose
// derived bounds are both 0 is fixed at 0 and needs no binary. A set of one member (SOS1) or two (SOS2) constrains nothing.
import type { ModelProblem, SosSet } from '../model/problem.ts';
import { lazyNames } from '../model/generate.ts';
import { restActivity, rowActivity, type RowActivity } from '../model/row-activity.ts';
import type { Reduction, Solution } from './chain.ts';

/** What the inverse needs: the input's sizes. */
export interface SosData {
  readonly n: number;
  readonly m: number;
}

/** The reduction (see the file header). */
export const sosBinaries: Reduction<SosData> = {
  name: 'sos-binaries',
  apply: (p) => {
    if (!p.sos?.length) return undefined;
    const b = sosBigM(p);
    if ('unbounded' in b) return undefined;
    return { problem: reformulate(p, b.lo, b.up), inverseData: { n: p.n, m: p.m } };
  },
  invert: <S extends Solution>(s: S, d: SosData): S => ({
    ...s,
    ...(s.x ? { x: s.x.slice(0, d.n) } : {}),
    ...(s.colMarginal ? { colMarginal: s.colMarginal.slice(0, d.n) } : {}),
    ...(s.rowMarginal ? { rowMarginal: s.rowMarginal.slice(0, d.m) } : {}),
  }),
};

/** Rounds of bound propagation over all rows (each round is one pass; most models settle in two). */
const ROUNDS = 8;
/** A derived bound is kept only when it is this much tighter (avoids creeping by tiny steps). */
const TIGHTER = 1e-9;

/**
 * The bounds the SOS members are reformulated with: their own, else those the linear rows imply
 * (see the file header). `unbounded`: a member (column) for which no finite bound follows.
 */
export function sosBigM(
  p: ModelProblem,
): { lo: Float64Array; up: Float64Array } | { unbounded: number; side: 'lo' | 'up' } {
  const lo = Float64Array.from(p.xl);
  const up = Float64Array.from(p.xu);
  const all = Array.from({ length: p.m }, (_, i) => i);
  const settle = (l: Float64Array, u: Float64Array) => {
    for (let r = 0; r < ROUNDS; r++) if (!propagate(p, all, l, u) && !sosStep(p, l, u)) break;
  };
  settle(lo, up);
  for (const set of p.sos ?? []) {
    for (let k = 0; k < set.cols.length; k++) {
      const j = set.cols[k];
      if (Number.isFinite(up[j]) && (lo[j] >= 0 || Number.isFinite(lo[j]))) continue;
      // The member nonzero: the others (all but its neighbours, SOS2) are 0.
      const l = Float64Array.from(lo);
      const u = Float64Array.from(up);
      zeroOthers(set, k, l, u);
      settle(l, u);
      up[j] = Math.min(up[j], u[j]);
      if (lo[j] < 0) lo[j] = Math.max(lo[j], Math.min(0, l[j]));
    }
    for (const j of set.cols) {
      if (!Number.isFinite(up[j])) return { unbounded: j, side: 'up' };
      if (!Number.isFinite(lo[j])) return { unbounded: j, side: 'lo' };
    }
  }
  return { lo, up };
}

/** Bounds of the members of `set` that must be 0 when member k is nonzero; whether any moved. */
function zeroOthers(set: SosSet, k: number, lo: Float64Array, up: Float64Array): boolean {
  let changed = false;
  for (let q = 0; q < set.cols.length; q++) {
    if (q === k || (set.type === 2 && Math.abs(q - k) === 1)) continue;
    const j = set.cols[q];
    if (lo[j] < 0 || up[j] > 0) changed = true;
    lo[j] = Math.min(0, Math.max(lo[j], 0));
    up[j] = Math.max(0, Math.min(up[j], 0));
  }
  return changed;
}

/**
 * The SOS condition as propagation: a member whose bounds exclude 0 is nonzero, so the members it
 * excludes are 0 (pwlfunc.inc's sets {1 − bin, seg}: bin = 0 makes seg 0). Whether anything moved.
 */
function sosStep(p: ModelProblem, lo: Float64Array, up: Float64Array): boolean {
  let changed = false;
  for (const set of p.sos ?? [])
    for (let k = 0; k < set.cols.length; k++) {
      const j = set.cols[k];
      if (lo[j] > TIGHTER || up[j] < -TIGHTER) {
        if (zeroOthers(set, k, lo, up)) changed = true;
        break;
      }
    }
  return changed;
}

/** Scratch of rowActivity (one row at a time). */
const scratch: RowActivity = { min: 0, minInf: 0, max: 0, maxInf: 0 };

/**
 * One pass of activity-bound propagation over the linear rows `rows`: for a_j x_j + rest in
 * [rowLo, rowUp], x_j <= (rowUp − min rest)/a_j when a_j > 0 and x_j <= (rowLo − max rest)/a_j when
 * a_j < 0 (lower bounds alike). Tightens lo/up in place; returns whether anything changed.
 */
function propagate(p: ModelProblem, rows: readonly number[], lo: Float64Array, up: Float64Array): boolean {
  let changed = false;
  for (const i of rows) {
    if (p.rowNl[i] >= 0) continue;
    const s = p.rowStart[i];
    const e = p.rowStart[i + 1];
    const act = rowActivity(p.coef, p.col, s, e, lo, up, scratch);
    for (let k = s; k < e; k++) {
      const a = p.coef[k];
      if (a === 0) continue;
      const j = p.col[k];
      const lowTerm = a > 0 ? a * lo[j] : a * up[j];
      const highTerm = a > 0 ? a * up[j] : a * lo[j];
      // The rest's least and greatest activity (finite only when no other term is infinite).
      const restMin = restActivity(act.min, act.minInf, lowTerm);
      const restMax = restActivity(act.max, act.maxInf, highTerm);
      // a x <= rowUp − restMin and a x >= rowLo − restMax.
      const hi = Number.isFinite(p.rowUp[i]) && !Number.isNaN(restMin) ? p.rowUp[i] - restMin : Infinity;
      const low = Number.isFinite(p.rowLo[i]) && !Number.isNaN(restMax) ? p.rowLo[i] - restMax : -Infinity;
      const newUp = a > 0 ? hi / a : low / a;
      const newLo = a > 0 ? low / a : hi / a;
      if (newUp < up[j] - TIGHTER * Math.max(1, Math.abs(newUp))) {
        up[j] = newUp;
        changed = true;
      }
      if (newLo > lo[j] + TIGHTER * Math.max(1, Math.abs(newLo))) {
        lo[j] = newLo;
        changed = true;
      }
    }
  }
  return changed;
}

/** The problem with the sets' binaries and rows added (see the file header). */
function reformulate(p: ModelProblem, lo: Float64Array, up: Float64Array): ModelProblem {
  const xl = Array.from(p.xl);
  const xu = Array.from(p.xu);
  const x0 = Array.from(p.x0);
  const kind = Array.from(p.varKind);
  const names: string[] = [];
  const rowLo = Array.from(p.rowLo);
  const rowUp = Array.from(p.rowUp);
  const rowStart = Array.from(p.rowStart);
  const col = Array.from(p.col);
  const coef = Array.from(p.coef);
  const rowNames: string[] = [];
  const addRow = (terms: [number, number][], l: number, u: number, name: string) => {
    for (const [j, a] of terms) {
      col.push(j);
      coef.push(a);
    }
    rowStart.push(col.length);
    rowLo.push(l);
    rowUp.push(u);
    rowNames.push(name);
  };
  const addBinary = (name: string, start: number) => {
    xl.push(0);
    xu.push(1);
    x0.push(start);
    kind.push(1);
    names.push(name);
    return xl.length - 1;
  };
  const nonzero = (j: number) => up[j] !== 0 || lo[j] !== 0;
  const on = (j: number) => (p.x0[j] !== 0 ? 1 : 0);
  p.sos!.forEach((set: SosSet, si) => {
    const c = set.cols;
    // A member the rows (and the other sets) force to 0 is fixed there, and needs no binary.
    for (const j of c)
      if (!nonzero(j)) {
        xl[j] = 0;
        xu[j] = 0;
      }
    const tag = `sos${set.type}#${si + 1}`;
    if (set.type === 1) {
      const members = Array.from(c).filter(nonzero);
      if (members.length < 2) return;
      const ys = members.map((j) => addBinary(`${tag}.y(${p.varNames[j]})`, on(j)));
      members.forEach((j, q) => link(j, [ys[q]]));
      addRow(
        ys.map((y) => [y, 1]),
        -Infinity,
        1,
        `${tag}.one`,
      );
      return;
    }
    if (c.length < 3) return;
    // z[s]: the pair (s, s+1) may be nonzero.
    const zs = Array.from({ length: c.length - 1 }, (_, s) =>
      addBinary(`${tag}.z(${p.varNames[c[s]]})`, on(c[s]) && on(c[s + 1]) ? 1 : 0),
    );
    c.forEach((j, q) => {
      if (!nonzero(j)) return;
      link(
        j,
        [q > 0 ? zs[q - 1] : -1, q < zs.length ? zs[q] : -1].filter((z) => z >= 0),
      );
    });
    addRow(
      zs.map((z) => [z, 1]),
      -Infinity,
      1,
      `${tag}.one`,
    );
  });
  /** x_j <= U_j sum(bins) and, for a negative lower bound, x_j >= L_j sum(bins). */
  function link(j: number, bins: number[]): void {
    addRow(
      [[j, 1], ...bins.map((b): [number, number] => [b, -up[j]])],
      -Infinity,
      0,
      `${p.varNames[j]}.sosUp`,
    );
    if (lo[j] < 0)
      addRow(
        [[j, 1], ...bins.map((b): [number, number] => [b, -lo[j]])],
        0,
        Infinity,
        `${p.varNames[j]}.sosLo`,
      );
  }
  const n = xl.length;
  const m = rowLo.length;
  const { sos: _sos, z0, lambda0, ...rest } = p;
  return {
    ...rest,
    n,
    m,
    xl: Float64Array.from(xl),
    xu: Float64Array.from(xu),
    x0: Float64Array.from(x0),
    varKind: Uint8Array.from(kind),
    ...(z0 ? { z0: Float64Array.from({ length: n }, (_, j) => (j < p.n ? z0[j] : 0)) } : {}),
    rowLo: Float64Array.from(rowLo),
    rowUp: Float64Array.from(rowUp),
    rowStart: Int32Array.from(rowStart),
    col: Int32Array.from(col),
    coef: Float64Array.from(coef),
    rowNl: Int32Array.from({ length: m }, (_, i) => (i < p.m ? p.rowNl[i] : -1)),
    ...(lambda0 ? { lambda0: Float64Array.from({ length: m }, (_, i) => (i < p.m ? lambda0[i] : 0)) } : {}),
    varNames: extend(p.varNames, p.n, names),
    rowNames: extend(p.rowNames, p.m, rowNames),
  };
}

/** Names of the input, then the new ones (read lazily: the input's names may be computed). */
function extend(base: readonly string[], count: number, added: readonly string[]): readonly string[] {
  return lazyNames(count + added.length, (i) => (i < count ? base[i] : added[i - count]));
}
