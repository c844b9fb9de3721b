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
  const pr = new Int32Array(nz);
  const pc = new Int32Array(nz);
  for (let k = 0; k < nz; k++) {
    const a = pinv[rows[k]];
    const b = pinv[cols[k]];
    if (a <= b) {
      pr[k] = a;
      pc[k] = b;
    } else {
      pr[k] = b;
      pc[k] = a;
    }
  }
  // Two stable counting sorts: by row, then by column → sorted by (column, row).
  const byRow = countingOrder(n, pr, null);
  const order = countingOrder(n, pc, byRow);
  const colPtr = new Int32Array(n + 1);
  const map = new Int32Array(nz);
  const rowTmp = new Int32Array(nz);
  let pos = -1;
  let lastR = -1;
  let lastC = -1;
  for (let t = 0; t < nz; t++) {
    const k = order[t];
    const r = pr[k];
    const c = pc[k];
    if (r !== lastR || c !== lastC) {
      pos++;
      rowTmp[pos] = r;
      colPtr[c + 1]++;
      lastR = r;
      lastC = c;
    }
    map[k] = pos;
  }
  for (let j = 0; j < n; j++) colPtr[j + 1] += colPtr[j];
  return { n, colPtr, rowIdx: rowTmp.slice(0, pos + 1), map };
}

/** Stable counting sort of entry indices by key (keys in 0..n-1); `within` is the input order. */
function countingOrder(n: number, key: Int32Array, within: Int32Array | null): Int32Array {
  const nz = key.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < nz; k++) start[key[k] + 1]++;
  for (let j = 0; j < n; j++) start[j + 1] += start[j];
  const out = new Int32Array(nz);
  for (let t = 0; t < nz; t++) {
    const k = within ? within[t] : t;
    out[start[key[k]]++] = k;
  }
  return out;
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
