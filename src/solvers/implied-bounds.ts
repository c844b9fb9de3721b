// A MIP strengthening shared by the linear backends: the disaggregated variable upper bounds of
// aggregated switch rows. A row
//
//     sum_j a_j x_j <= M z        (a_j > 0, x_j >= 0, z binary)
//
// says that all x_j are 0 when z is 0; its LP relaxation only says sum_j a_j x_j <= M z, which a
// fractional z satisfies cheaply. When x_j has a bound U_j < M / a_j (its own, or one implied by
// the other rows), x_j <= U_j z is valid and cuts the relaxation: the classical strong formulation
// of facility location (relief: walk(h,d) <= drop(d) beside sum_h walk(h,d) <= maxdem * drop(d)
// closes the 17-to-51 root gap at once). The added rows only cut fractional points, so the MIP's
// solution set and optimum are those of the model; the solution maps back unchanged (the columns
// are the same) and the rows are used for the branch-and-bound run only: the LP with the integers
// fixed (marginals) and the relaxation run on the model's rows.
// Imports solvers/linear-form.ts only.
import type { LinearForm } from './linear-form.ts';
import { restActivity, rowActivity, type RowActivity } from '../model/row-activity.ts';

/** At most this many rows are added (past it, none: the LPs would grow more than they gain). */
export const MAX_ADDED_ROWS = 20000;

/**
 * The LP with the variable upper bounds x_j <= U_j z of its aggregated switch rows appended, or
 * undefined when there are none (or more than MAX_ADDED_ROWS).
 */
export function withImpliedVariableBounds(lp: LinearForm): LinearForm | undefined {
  const up = impliedUpperBounds(lp);
  const added: { j: number; z: number; u: number }[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < lp.m; i++) {
    for (const side of [1, -1] as const) {
      const rhs = side === 1 ? lp.rowUp[i] : -lp.rowLo[i];
      if (rhs !== 0) continue;
      const z = switchColumn(lp, i, side);
      if (z < 0) continue;
      const m = -side * coefficient(lp, i, z); // the row is sum_j g_j x_j <= m z with m > 0
      for (let k = lp.rowStart[i]; k < lp.rowStart[i + 1]; k++) {
        const j = lp.rowCol[k];
        if (j === z) continue;
        const g = side * lp.rowVal[k];
        const u = up[j];
        // Strictly tighter than the row alone gives (x_j <= (m / g) z with the others at 0).
        if (!(u < (m / g) * (1 - 1e-9))) continue;
        const key = j * lp.n + z;
        if (seen.has(key)) continue;
        seen.add(key);
        added.push({ j, z, u });
        if (added.length > MAX_ADDED_ROWS) return undefined;
      }
    }
  }
  if (!added.length) return undefined;
  return appendRows(lp, added);
}

/**
 * The one binary z of row i (with a coefficient of the side's opposite sign) when every other
 * column has a coefficient of the side's sign and a lower bound of 0; -1 otherwise.
 */
function switchColumn(lp: LinearForm, i: number, side: 1 | -1): number {
  let z = -1;
  const start = lp.rowStart[i];
  const end = lp.rowStart[i + 1];
  if (end - start < 3) return -1; // a single x_j <= M z is left to the solvers' presolve
  for (let k = start; k < end; k++) {
    const j = lp.rowCol[k];
    const g = side * lp.rowVal[k];
    if (g < 0) {
      if (z >= 0 || !lp.integer[j] || lp.xl[j] !== 0 || lp.xu[j] !== 1) return -1;
      z = j;
    } else if (!(g > 0) || lp.xl[j] !== 0) return -1;
  }
  return z;
}

function coefficient(lp: LinearForm, i: number, j: number): number {
  for (let k = lp.rowStart[i]; k < lp.rowStart[i + 1]; k++) if (lp.rowCol[k] === j) return lp.rowVal[k];
  return 0;
}

/** Scratch of rowActivity (one row at a time). */
const scratch: RowActivity = { min: 0, minInf: 0, max: 0, maxInf: 0 };

/**
 * Upper bounds of the columns: their own, tightened by one pass of activity propagation over the
 * rows (x_j <= (rowUp - the least activity of the other terms) / a_j for a_j > 0, and the same
 * from rowLo for a_j < 0). Integer columns are rounded down.
 */
export function impliedUpperBounds(lp: LinearForm): Float64Array {
  const up = Float64Array.from(lp.xu);
  for (let i = 0; i < lp.m; i++) {
    const start = lp.rowStart[i];
    const end = lp.rowStart[i + 1];
    const act = rowActivity(lp.rowVal, lp.rowCol, start, end, lp.xl, lp.xu, scratch);
    const rowUp = lp.rowUp[i];
    const rowLo = lp.rowLo[i];
    for (let k = start; k < end; k++) {
      const a = lp.rowVal[k];
      const j = lp.rowCol[k];
      let bound = Infinity;
      if (a > 0 && Number.isFinite(rowUp)) {
        // The other terms' least activity.
        const rest = restActivity(act.min, act.minInf, a * lp.xl[j]);
        if (!Number.isNaN(rest)) bound = (rowUp - rest) / a;
      } else if (a < 0 && Number.isFinite(rowLo)) {
        const rest = restActivity(act.max, act.maxInf, a * lp.xl[j]);
        if (!Number.isNaN(rest)) bound = (rowLo - rest) / a;
      }
      if (lp.integer[j]) bound = Math.floor(bound + 1e-9);
      if (bound < up[j]) up[j] = Math.max(bound, lp.xl[j]);
    }
  }
  return up;
}

/** The LP with the rows x_j - u z <= 0 appended (CSR and CSC rebuilt). */
function appendRows(lp: LinearForm, rows: readonly { j: number; z: number; u: number }[]): LinearForm {
  const m = lp.m + rows.length;
  const base = lp.rowStart[lp.m];
  const nnz = base + 2 * rows.length;
  const rowStart = new Int32Array(m + 1);
  rowStart.set(lp.rowStart);
  const rowCol = new Int32Array(nnz);
  rowCol.set(lp.rowCol);
  const rowVal = new Float64Array(nnz);
  rowVal.set(lp.rowVal);
  const rowLo = new Float64Array(m).fill(-Infinity);
  rowLo.set(lp.rowLo);
  const rowUp = new Float64Array(m);
  rowUp.set(lp.rowUp);
  let k = base;
  rows.forEach(({ j, z, u }, t) => {
    const i = lp.m + t;
    rowStart[i] = k;
    // Column indices ascending within the row.
    const entries: [number, number][] = [
      [j, 1],
      [z, -u],
    ];
    if (z < j) entries.reverse();
    for (const [c, v] of entries) {
      rowCol[k] = c;
      rowVal[k++] = v;
    }
  });
  rowStart[m] = k;
  // CSC: count per column, then fill in row order (rows ascending within a column).
  const colStart = new Int32Array(lp.n + 1);
  for (let t = 0; t < nnz; t++) colStart[rowCol[t] + 1]++;
  for (let j = 0; j < lp.n; j++) colStart[j + 1] += colStart[j];
  const fill = colStart.slice(0, lp.n);
  const colRow = new Int32Array(nnz);
  const colVal = new Float64Array(nnz);
  for (let i = 0; i < m; i++)
    for (let t = rowStart[i]; t < rowStart[i + 1]; t++) {
      const p = fill[rowCol[t]]++;
      colRow[p] = i;
      colVal[p] = rowVal[t];
    }
  return { ...lp, m, rowStart, rowCol, rowVal, colStart, colRow, colVal, rowLo, rowUp };
}
