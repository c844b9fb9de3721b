// Sparse symmetric matrices given as coordinate (COO) lists of one or both triangles: pattern
// assembly (COO → compressed columns with duplicates summed through a position map), the full
// symmetric adjacency for orderings, and y = A x. Imports amd.ts (types only).
import type { SymmetricPattern } from './amd.ts';

/**
 * Full symmetric adjacency (both triangles, no diagonal, duplicates allowed) of a COO pattern,
 * for orderings. Entries with row == col are dropped.
 */
export function symmetricPattern(n: number, rows: Int32Array, cols: Int32Array): SymmetricPattern {
  const count = new Int32Array(n + 1);
  const nz = rows.length;
  for (let k = 0; k < nz; k++) {
    const i = rows[k];
    const j = cols[k];
    if (i === j) continue;
    count[i + 1]++;
    count[j + 1]++;
  }
  for (let j = 0; j < n; j++) count[j + 1] += count[j];
  const colPtr = count.slice();
  const rowIdx = new Int32Array(colPtr[n]);
  const fill = colPtr.slice(0, n);
  for (let k = 0; k < nz; k++) {
    const i = rows[k];
    const j = cols[k];
    if (i === j) continue;
    rowIdx[fill[j]++] = i;
    rowIdx[fill[i]++] = j;
  }
  return { n, colPtr, rowIdx };
}

/**
 * Upper triangle of P A Pᵀ in compressed-column form (rows sorted, duplicates merged), with
 * map[k] = position in the value array of COO entry k, so that numeric values of a new
 * iterate are scattered in O(nnz) without re-sorting. pinv[old] = new.
 */
export interface PermutedUpper {
  readonly n: number;
  readonly colPtr: Int32Array;
  readonly rowIdx: Int32Array;
  readonly map: Int32Array;
}

export function permutedUpper(
  n: number,
  rows: Int32Array,
  cols: Int32Array,
  pinv: Int32Array,
): PermutedUpper {
  const nz = rows.length;
  // Bucket the entries by column of the upper triangle, then sort each (short) column by row
  // with an insertion sort on (row, entry) and merge duplicates.
  const start = new Int32Array(n + 1);
  const prow = new Int32Array(nz);
  const pcol = new Int32Array(nz);
  for (let k = 0; k < nz; k++) {
    const a = pinv[rows[k]];
    const b = pinv[cols[k]];
    const r = a <= b ? a : b;
    const c = a <= b ? b : a;
    prow[k] = r;
    pcol[k] = c;
    start[c + 1]++;
  }
  for (let j = 0; j < n; j++) start[j + 1] += start[j];
  const fill = start.slice(0, n);
  const entry = new Int32Array(nz);
  const erow = new Int32Array(nz);
  for (let k = 0; k < nz; k++) {
    const q = fill[pcol[k]]++;
    entry[q] = k;
    erow[q] = prow[k];
  }
  const colPtr = new Int32Array(n + 1);
  const rowTmp = new Int32Array(nz);
  const map = new Int32Array(nz);
  let pos = 0;
  for (let j = 0; j < n; j++) {
    const s0 = start[j];
    const s1 = start[j + 1];
    for (let q = s0 + 1; q < s1; q++) {
      const r = erow[q];
      const e = entry[q];
      let t = q - 1;
      while (t >= s0 && erow[t] > r) {
        erow[t + 1] = erow[t];
        entry[t + 1] = entry[t];
        t--;
      }
      erow[t + 1] = r;
      entry[t + 1] = e;
    }
    colPtr[j] = pos;
    for (let q = s0; q < s1; q++) {
      if (q === s0 || erow[q] !== erow[q - 1]) rowTmp[pos++] = erow[q];
      map[entry[q]] = pos - 1;
    }
  }
  colPtr[n] = pos;
  return { n, colPtr, rowIdx: rowTmp.slice(0, pos), map };
}

/** y = A x for a symmetric A given by one triangle in COO form (duplicates are summed). */
export function symMultiply(
  rows: Int32Array,
  cols: Int32Array,
  values: Float64Array,
  x: Float64Array,
  y: Float64Array,
): void {
  y.fill(0);
  const nz = rows.length;
  for (let k = 0; k < nz; k++) {
    const i = rows[k];
    const j = cols[k];
    const v = values[k];
    y[i] += v * x[j];
    if (i !== j) y[j] += v * x[i];
  }
}
