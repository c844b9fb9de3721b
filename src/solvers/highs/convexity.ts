// Convexity test of a quadratic objective: is Q (sign * Q for a maximization) positive
// semidefinite? Decided by a symmetric LDL' elimination without pivoting, per connected component
// of Q's graph: dense for small components, sparse with a minimum-degree order for large ones.
// Imports linear-form.ts types only.
//
// For a PSD matrix the elimination meets no negative pivot, and a zero pivot d_p ~ 0 comes with a
// zero column: |a_ip|^2 <= a_pp a_ii (Golub & Van Loan, Matrix Computations, 4th ed., §4.2.8). So
// the test fails at the first pivot d_p < -tol, or at d_p <= tol with some |a_ip| > 10 sqrt(tol a_ii).
import type { SymmetricCsc } from '../linear-form.ts';

export type PsdVerdict = { psd: true } | { psd: false; col: number; pivot: number };

/** Components up to this size are eliminated densely (k^3/3 flops). */
const denseLimit = 400;

/** Whether sign * Q is positive semidefinite; otherwise the column where elimination failed. */
export function checkPsd(q: SymmetricCsc, sign: 1 | -1): PsdVerdict {
  const n = q.dim;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const used = new Uint8Array(n);
  let scale = 0;
  for (let j = 0; j < n; j++) {
    for (let k = q.start[j]; k < q.start[j + 1]; k++) {
      const i = q.rows[k];
      used[i] = used[j] = 1;
      scale = Math.max(scale, Math.abs(q.vals[k]));
      if (i !== j) parent[find(i)] = find(j);
    }
  }
  if (scale === 0) return { psd: true };
  const tol = 1e-10 * scale;
  const groups = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    if (!used[j]) continue;
    const r = find(j);
    const g = groups.get(r);
    if (g) g.push(j);
    else groups.set(r, [j]);
  }
  for (const nodes of groups.values()) {
    const v = nodes.length <= denseLimit ? denseLdl(q, sign, nodes, tol) : sparseLdl(q, sign, nodes, tol);
    if (!v.psd) return v;
  }
  return { psd: true };
}

function coupled(a: number, aii: number, tol: number): boolean {
  return Math.abs(a) > 10 * Math.sqrt(tol * Math.max(aii, tol));
}

function denseLdl(q: SymmetricCsc, sign: number, nodes: number[], tol: number): PsdVerdict {
  const k = nodes.length;
  const local = new Map<number, number>();
  nodes.forEach((j, t) => local.set(j, t));
  const a = new Float64Array(k * k); // lower triangle, row-major: a[i*k + j], i >= j
  for (const j of nodes) {
    for (let t = q.start[j]; t < q.start[j + 1]; t++) {
      const li = local.get(q.rows[t])!;
      const lj = local.get(j)!;
      a[Math.max(li, lj) * k + Math.min(li, lj)] += sign * q.vals[t];
    }
  }
  for (let p = 0; p < k; p++) {
    const d = a[p * k + p];
    if (d < -tol) return { psd: false, col: nodes[p], pivot: d };
    if (d <= tol) {
      for (let i = p + 1; i < k; i++)
        if (coupled(a[i * k + p], a[i * k + i], tol)) return { psd: false, col: nodes[p], pivot: d };
      continue;
    }
    for (let i = p + 1; i < k; i++) {
      const l = a[i * k + p] / d;
      if (l === 0) continue;
      for (let j = p + 1; j <= i; j++) a[i * k + j] -= l * a[j * k + p];
    }
  }
  return { psd: true };
}

/** Right-looking sparse elimination on adjacency maps, pivoting on the least current degree. */
function sparseLdl(q: SymmetricCsc, sign: number, nodes: number[], tol: number): PsdVerdict {
  const diag = new Map<number, number>();
  const adj = new Map<number, Map<number, number>>();
  for (const j of nodes) {
    diag.set(j, 0);
    adj.set(j, new Map());
  }
  for (const j of nodes) {
    for (let t = q.start[j]; t < q.start[j + 1]; t++) {
      const i = q.rows[t];
      const v = sign * q.vals[t];
      if (i === j) diag.set(j, diag.get(j)! + v);
      else {
        adj.get(i)!.set(j, (adj.get(i)!.get(j) ?? 0) + v);
        adj.get(j)!.set(i, (adj.get(j)!.get(i) ?? 0) + v);
      }
    }
  }
  // Binary heap of (degree, node) with lazy deletion of stale entries.
  const heap: [number, number][] = [];
  const push = (e: [number, number]) => {
    heap.push(e);
    let c = heap.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (heap[p][0] <= e[0]) break;
      heap[c] = heap[p];
      c = p;
    }
    heap[c] = e;
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      let c = 0;
      for (;;) {
        let s = 2 * c + 1;
        if (s >= heap.length) break;
        if (s + 1 < heap.length && heap[s + 1][0] < heap[s][0]) s++;
        if (heap[s][0] >= last[0]) break;
        heap[c] = heap[s];
        c = s;
      }
      heap[c] = last;
    }
    return top;
  };
  for (const j of nodes) push([adj.get(j)!.size, j]);
  const done = new Set<number>();
  while (heap.length) {
    const [deg, p] = pop();
    if (done.has(p) || deg !== adj.get(p)!.size) continue;
    done.add(p);
    const d = diag.get(p)!;
    const nb = [...adj.get(p)!.entries()];
    if (d < -tol) return { psd: false, col: p, pivot: d };
    if (d <= tol) {
      for (const [i, v] of nb) if (coupled(v, diag.get(i)!, tol)) return { psd: false, col: p, pivot: d };
    } else {
      for (let s = 0; s < nb.length; s++) {
        const [i, vi] = nb[s];
        diag.set(i, diag.get(i)! - (vi * vi) / d);
        const row = adj.get(i)!;
        for (let t = s + 1; t < nb.length; t++) {
          const [j, vj] = nb[t];
          const upd = (row.get(j) ?? 0) - (vi * vj) / d;
          row.set(j, upd);
          adj.get(j)!.set(i, upd);
        }
      }
    }
    for (const [i] of nb) {
      adj.get(i)!.delete(p);
      push([adj.get(i)!.size, i]);
    }
    adj.get(p)!.clear();
  }
  return { psd: true };
}
