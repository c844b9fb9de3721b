import { describe, expect, it } from 'vitest';
import { impliedUpperBounds, withImpliedVariableBounds } from './implied-bounds.ts';
import { linearForm, type LinearForm } from './linear-form.ts';
import { buildProblem, type RowSpec } from './test-problems.ts';
import { glpkAdapter } from './glpk/adapter.ts';

// A facility location: 3 huts (columns 0-5: walk(h,s) = 2h + s), 2 sites (6, 7: binary drop(s)),
// one drop. The aggregated supply rows allow sum_h walk(h,s) <= 3 drop(s).
const distance = [
  [1, 4],
  [2, 1],
  [5, 1],
];
function location(supplyAsGe = false) {
  const walk = (h: number, s: number) => 2 * h + s;
  const rows: RowSpec[] = [
    ...[0, 1, 2].map((h) => ({
      name: `demand${h}`,
      lo: 1,
      up: 1,
      terms: [0, 1].map((s) => [walk(h, s), 1] as [number, number]),
    })),
    ...[0, 1].map((s) => {
      const terms: [number, number][] = [
        ...[0, 1, 2].map((h) => [walk(h, s), 1] as [number, number]),
        [6 + s, -3],
      ];
      return supplyAsGe
        ? {
            name: `supply${s}`,
            lo: 0,
            up: Infinity,
            terms: terms.map(([j, a]) => [j, -a] as [number, number]),
          }
        : { name: `supply${s}`, lo: -Infinity, up: 0, terms };
    }),
    {
      name: 'drops',
      lo: 1,
      up: 1,
      terms: [
        [6, 1],
        [7, 1],
      ],
    },
  ];
  return buildProblem({
    sense: 'min',
    vars: [
      ...[0, 1, 2].flatMap((h) => [0, 1].map((s) => ({ name: `walk${h}${s}` }))),
      { name: 'drop0', up: 1, kind: 1 as const },
      { name: 'drop1', up: 1, kind: 1 as const },
    ],
    obj: { idx: [0, 1, 2, 3, 4, 5], coef: distance.flat() },
    rows,
  });
}
const form = (supplyAsGe = false): LinearForm => {
  const f = linearForm(location(supplyAsGe), { integer: true });
  if (!f.ok) throw new Error('not linear');
  return f.lp;
};

/** The appended rows as 'x_j <= u x_z' strings. */
function added(lp: LinearForm, strong: LinearForm): string[] {
  const out: string[] = [];
  for (let i = lp.m; i < strong.m; i++) {
    const k = strong.rowStart[i];
    const [a, b] = [0, 1].map((t) => [strong.rowCol[k + t], strong.rowVal[k + t]]);
    const [x, z] = a[1] === 1 ? [a, b] : [b, a];
    out.push(`x${x[0]} <= ${-z[1]} x${z[0]} (${strong.rowLo[i]}, ${strong.rowUp[i]})`);
  }
  return out;
}

describe('disaggregated variable upper bounds of switch rows', () => {
  it('bounds each walk by 1 from its demand row', () => {
    expect([...impliedUpperBounds(form())]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('adds walk(h,s) <= drop(s) for both senses of the supply rows', () => {
    for (const ge of [false, true]) {
      const lp = form(ge);
      const strong = withImpliedVariableBounds(lp)!;
      expect(added(lp, strong)).toEqual([
        'x0 <= 1 x6 (-Infinity, 0)',
        'x2 <= 1 x6 (-Infinity, 0)',
        'x4 <= 1 x6 (-Infinity, 0)',
        'x1 <= 1 x7 (-Infinity, 0)',
        'x3 <= 1 x7 (-Infinity, 0)',
        'x5 <= 1 x7 (-Infinity, 0)',
      ]);
      // CSC agrees with CSR: column 6 holds supply0 and its three new rows.
      const c6 = [...strong.colRow.slice(strong.colStart[6], strong.colStart[7])];
      const c6v = [...strong.colVal.slice(strong.colStart[6], strong.colStart[7])];
      expect(c6).toEqual([3, 5, 6, 7, 8]);
      expect(c6v).toEqual([ge ? 3 : -3, 1, -1, -1, -1]);
    }
  });

  it('skips a switch row whose right-hand side is not 0, and an LP', () => {
    const p = location();
    p.rowUp[3] = 1; // supply0 <= 1 + 3 drop0: walks may be positive with drop0 = 0
    const f = linearForm(p, { integer: true });
    if (!f.ok) throw new Error('not linear');
    expect(added(f.lp, withImpliedVariableBounds(f.lp)!)).toEqual([
      'x1 <= 1 x7 (-Infinity, 0)',
      'x3 <= 1 x7 (-Infinity, 0)',
      'x5 <= 1 x7 (-Infinity, 0)',
    ]);
    const relaxed = linearForm(location(), { integer: false });
    expect(relaxed.ok && withImpliedVariableBounds(relaxed.lp)).toBe(undefined);
  });

  it('leaves the MIP optimum and its marginals as they were', async () => {
    const r = await glpkAdapter.solve(location(), 'mip', { quiet: true });
    // Drop at site 1: walks 4 + 1 + 1; the LP with drop fixed gives the marginals.
    expect([r.modelStatus, r.objective]).toEqual([1, 6]);
    expect([...r.x!]).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(r.rowMarginal!.length).toBe(6);
  });
});
