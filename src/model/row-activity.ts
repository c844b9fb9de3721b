// Activity bounds of a linear row a·x over the box lo ≤ x ≤ up, the primitive of bound propagation
// (reform/sos.ts tightens the bounds that SOS sets need; solvers/implied-bounds.ts finds the bounds
// of its MIP strengthening). Infinite terms are counted apart, so that the activity of the other
// terms of a row stays finite when only the term itself is infinite. Imports nothing.

/** Finite parts of a row's least and greatest activity, and how many terms are infinite in each. */
export interface RowActivity {
  min: number;
  minInf: number;
  max: number;
  maxInf: number;
}

/** The activity of the terms coef[k]·x[col[k]], k in [start, end), into `out` (returned). */
export function rowActivity(
  coef: ArrayLike<number>,
  col: ArrayLike<number>,
  start: number,
  end: number,
  lo: ArrayLike<number>,
  up: ArrayLike<number>,
  out: RowActivity,
): RowActivity {
  out.min = 0;
  out.minInf = 0;
  out.max = 0;
  out.maxInf = 0;
  for (let k = start; k < end; k++) {
    const a = coef[k];
    if (a === 0) continue;
    const j = col[k];
    const low = a > 0 ? a * lo[j] : a * up[j];
    const high = a > 0 ? a * up[j] : a * lo[j];
    if (Number.isFinite(low)) out.min += low;
    else out.minInf++;
    if (Number.isFinite(high)) out.max += high;
    else out.maxInf++;
  }
  return out;
}

/**
 * The least (or greatest) activity of a row's other terms, given the row's `total` finite part,
 * its count `inf` of infinite terms and this term's own least (greatest) activity `term`: NaN when
 * another term is infinite.
 */
export function restActivity(total: number, inf: number, term: number): number {
  if (Number.isFinite(term)) return inf === 0 ? total - term : NaN;
  return inf === 1 ? total : NaN;
}
