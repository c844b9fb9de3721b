// Tests of the sparse LDLᵀ: residuals and inertia on random indefinite matrices (inertia checked
// against Jacobi eigenvalues), KKT matrices with the weak-node order, and AMD fill on grids.
import { describe, expect, it } from 'vitest';
import { SparseLdl, clearSymbolicCache } from './ldl.ts';
import { amdOrder } from './amd.ts';
import { blockPivotSingular } from './supernodal.ts';
import { permutedUpper, symmetricPattern } from './sparse-sym.ts';
import { deferWeakNodes, pairCompressedOrder, symbolicLdl } from './symbolic.ts';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Coo {
  n: number;
  rows: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
}

function randomSym(n: number, density: number, seed: number): Coo {
  const r = rng(seed);
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  for (let j = 0; j < n; j++) {
    rows.push(j);
    cols.push(j);
    vals.push((r() - 0.5) * 4);
    for (let i = j + 1; i < n; i++) {
      if (r() < density) {
        rows.push(i);
        cols.push(j);
        vals.push(r() - 0.5);
      }
    }
  }
  return { n, rows: Int32Array.from(rows), cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
}

function dense(a: Coo): number[][] {
  const m = Array.from({ length: a.n }, () => new Array<number>(a.n).fill(0));
  for (let k = 0; k < a.rows.length; k++) {
    const i = a.rows[k];
    const j = a.cols[k];
    m[i][j] += a.vals[k];
    if (i !== j) m[j][i] += a.vals[k];
  }
  return m;
}

/** Eigenvalues of a small dense symmetric matrix by cyclic Jacobi rotations. */
function jacobiEigenvalues(a0: number[][]): number[] {
  const n = a0.length;
  const a = a0.map((r) => r.slice());
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i][j] * a[i][j];
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
      }
    }
  }
  return a.map((r, i) => r[i]);
}

function residualInf(a: Coo, x: Float64Array, b: Float64Array): number {
  const y = new Float64Array(a.n);
  for (let k = 0; k < a.rows.length; k++) {
    const i = a.rows[k];
    const j = a.cols[k];
    y[i] += a.vals[k] * x[j];
    if (i !== j) y[j] += a.vals[k] * x[i];
  }
  let r = 0;
  for (let i = 0; i < a.n; i++) r = Math.max(r, Math.abs(y[i] - b[i]));
  return r;
}

describe('SparseLdl on random indefinite matrices', () => {
  it('matches the eigenvalue signs and solves to a small residual', () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const n = 5 + (seed % 20);
      const a = randomSym(n, 0.25, seed);
      const ev = jacobiEigenvalues(dense(a));
      const minAbs = Math.min(...ev.map(Math.abs));
      if (minAbs < 1e-6) continue;
      const ldl = new SparseLdl(n, a.rows, a.cols);
      const inertia = ldl.factor(a.vals);
      if (inertia.zero > 0) continue; // a 1x1 pivot broke down (possible without 2x2 pivots)
      expect(inertia.positive).toBe(ev.filter((e) => e > 0).length);
      expect(inertia.negative).toBe(ev.filter((e) => e < 0).length);
      const b = new Float64Array(n).map((_, i) => Math.sin(i + 1));
      const x = new Float64Array(n);
      ldl.solveRefined(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  });

  it('sums duplicate entries and accepts either triangle', () => {
    // [[4,1],[1,-3]] given as 2+2 on the diagonal and the off-diagonal in the upper triangle.
    const rows = Int32Array.from([0, 0, 1, 0]);
    const cols = Int32Array.from([0, 0, 1, 1]);
    const vals = Float64Array.from([2, 2, -3, 1]);
    const ldl = new SparseLdl(2, rows, cols);
    expect(ldl.factor(vals)).toEqual({ positive: 1, negative: 1, zero: 0 });
    const x = new Float64Array(2);
    ldl.solve(Float64Array.from([5, -2]), x);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(1, 12);
  });

  it('reports a zero pivot for a singular matrix', () => {
    const rows = Int32Array.from([0, 1, 1]);
    const cols = Int32Array.from([0, 0, 1]);
    const ldl = new SparseLdl(2, rows, cols, { ordering: 'natural' });
    expect(ldl.factor(Float64Array.from([1, 2, 4])).zero).toBe(1);
  });
});

/** KKT matrix [H J'; J -dc I] of a random problem: n variables, m constraints. */
function randomKkt(n: number, m: number, seed: number, dc: number): { a: Coo; weak: Uint8Array } {
  const r = rng(seed);
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  for (let j = 0; j < n; j++) {
    rows.push(j);
    cols.push(j);
    vals.push(0.5 + r());
    if (j + 1 < n) {
      rows.push(j + 1);
      cols.push(j);
      vals.push(0.3 * (r() - 0.5));
    }
  }
  for (let i = 0; i < m; i++) {
    rows.push(n + i);
    cols.push(n + i);
    vals.push(-dc);
    for (let t = 0; t < 3; t++) {
      rows.push(n + i);
      cols.push(Math.floor(r() * n));
      vals.push(r() + 0.1);
    }
  }
  const weak = new Uint8Array(n + m);
  for (let i = 0; i < m; i++) weak[n + i] = 1;
  return {
    a: { n: n + m, rows: Int32Array.from(rows), cols: Int32Array.from(cols), vals: Float64Array.from(vals) },
    weak,
  };
}

describe('supernodal kernel', () => {
  it('gives the same inertia and solutions as the up-looking kernel', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const n = 10 + seed * 3;
      const a = randomSym(n, 0.15, 100 + seed);
      const up = new SparseLdl(n, a.rows, a.cols, { kernel: 'up-looking' });
      const sn = new SparseLdl(n, a.rows, a.cols, { kernel: 'supernodal' });
      expect(sn.supernodal).toBe(true);
      const i1 = up.factor(a.vals);
      const i2 = sn.factor(a.vals);
      expect(i2).toEqual(i1);
      if (i1.zero) continue;
      const b = new Float64Array(n).map((_, i) => Math.cos(i));
      const x = new Float64Array(n);
      sn.solveRefined(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
    }
  });

  it('is chosen automatically on a grid Laplacian and solves it', () => {
    const a = gridLaplacian(60);
    const ldl = new SparseLdl(a.n, a.rows, a.cols);
    expect(ldl.supernodal).toBe(true);
    expect(ldl.factor(a.vals)).toEqual({ positive: 3600, negative: 0, zero: 0 });
    const b = new Float64Array(a.n).fill(1);
    const x = new Float64Array(a.n);
    ldl.solve(b, x);
    expect(residualInf(a, x, b)).toBeLessThan(1e-12);
  });

  it('handles KKT matrices with the weak-node order', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { a, weak } = randomKkt(60, 25, seed, 0);
      const ldl = new SparseLdl(a.n, a.rows, a.cols, { weak, kernel: 'supernodal' });
      expect(ldl.factor(a.vals)).toEqual({ positive: 60, negative: 25, zero: 0 });
      const b = new Float64Array(a.n).fill(1);
      const x = new Float64Array(a.n);
      ldl.solveRefined(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
    }
  });
});

describe('SparseLdl on KKT matrices', () => {
  it('has inertia (n, m, 0) for a positive definite H and full-rank J with zero (2,2) block', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const { a, weak } = randomKkt(30, 12, seed, 0);
      const ldl = new SparseLdl(a.n, a.rows, a.cols, { weak });
      const inertia = ldl.factor(a.vals);
      expect(inertia).toEqual({ positive: 30, negative: 12, zero: 0 });
      const b = new Float64Array(a.n).fill(1);
      const x = new Float64Array(a.n);
      ldl.solveRefined(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
    }
  });
});

describe('symbolic cache', () => {
  it('reuses the order and analyses of an identical pattern, with the same factors', () => {
    clearSymbolicCache();
    const { a, weak } = randomKkt(40, 15, 7, 0);
    const first = new SparseLdl(a.n, a.rows, a.cols, { weak });
    expect(first.patternCacheHit).toBe(false);
    expect(first.analysisCacheHits).toBe(0);
    // A re-solve: a new matrix object with the same pattern (copied arrays), other values.
    const again = new SparseLdl(a.n, a.rows.slice(), a.cols.slice(), { weak: weak.slice() });
    expect(again.patternCacheHit).toBe(true);
    expect(again.analysisCacheHits).toBe(1);
    expect(Array.from(again.perm)).toEqual(Array.from(first.perm));
    const vals = a.vals.map((v, k) => (a.rows[k] === a.cols[k] && a.rows[k] < 40 ? v + 1 : v));
    expect(first.factor(vals)).toEqual({ positive: 40, negative: 15, zero: 0 });
    expect(again.factor(vals)).toEqual({ positive: 40, negative: 15, zero: 0 });
    const b = new Float64Array(a.n).map((_, i) => Math.sin(i + 1));
    const x1 = new Float64Array(a.n);
    const x2 = new Float64Array(a.n);
    first.solve(b, x1);
    again.solve(b, x2);
    expect(Array.from(x2)).toEqual(Array.from(x1));
    // Changing the weak nodes of one instance re-analyses it without touching the other.
    const w2 = weak.slice();
    w2[3] = 2;
    expect(again.setWeak(w2)).toBe(true);
    expect(again.analysisCacheHits).toBe(1);
    first.solve(b, x2);
    expect(Array.from(x2)).toEqual(Array.from(x1));
  });

  it('analyses a changed pattern anew', () => {
    clearSymbolicCache();
    const { a, weak } = randomKkt(40, 15, 8, 0);
    new SparseLdl(a.n, a.rows, a.cols, { weak });
    const cols = a.cols.slice();
    const k = a.rows.findIndex((r, t) => r >= 40 && cols[t] !== 0);
    cols[k] = (cols[k] + 1) % 40; // one Jacobian entry moved
    const moved = new SparseLdl(a.n, a.rows, cols, { weak });
    expect(moved.patternCacheHit).toBe(false);
    expect(new SparseLdl(a.n, a.rows, a.cols, { weak, kernel: 'up-looking' }).patternCacheHit).toBe(false);
    const w2 = weak.slice();
    w2[0] = 2;
    expect(new SparseLdl(a.n, a.rows, a.cols, { weak: w2 }).patternCacheHit).toBe(false);
    expect(new SparseLdl(a.n, a.rows, a.cols, { weak }).patternCacheHit).toBe(true);
  });
});

describe('pair-compressed order', () => {
  // A discretized ODE's KKT shape: states x_t (bounded, positive Σ) and free controls u_t without
  // curvature (zero diagonal), one row x_{t+1} - x_t - h (u_t + x_t u_t) = 0 per step and a
  // coupling row per 5 steps; each step row pairs with its control.
  function odeKkt(T: number): { a: Coo; weak: Uint8Array; partner: Int32Array; nw: number; m: number } {
    const r = rng(T);
    const x = (t: number) => t;
    const u = (t: number) => T + 1 + t;
    const nw = 2 * T + 1;
    const row = (t: number) => nw + t;
    const nc = Math.floor(T / 5);
    const m = T + nc;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    const add = (i: number, j: number, v: number) => (rows.push(i), cols.push(j), vals.push(v));
    for (let t = 0; t <= T; t++) add(x(t), x(t), 1 + r());
    for (let t = 0; t < T; t++) {
      add(u(t), u(t), 0);
      add(u(t), x(t), 0.1 * (r() - 0.5)); // Hessian of x_t u_t
      add(row(t), row(t), 0);
      add(row(t), x(t + 1), 1);
      add(row(t), x(t), -1 - 0.1 * r());
      add(row(t), u(t), -0.1 - r());
    }
    for (let c = 0; c < nc; c++) {
      add(nw + T + c, nw + T + c, 0);
      for (let t = 5 * c; t < 5 * c + 5; t++) add(nw + T + c, u(t), 1);
    }
    const n = nw + m;
    const weak = new Uint8Array(n);
    const partner = new Int32Array(n).fill(-1);
    for (let t = 0; t < T; t++) {
      weak[u(t)] = 2;
      weak[row(t)] = 1;
      partner[row(t)] = u(t);
      partner[u(t)] = row(t);
    }
    for (let c = 0; c < nc; c++) weak[nw + T + c] = 1;
    const a = { n, rows: Int32Array.from(rows), cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
    return { a, weak, partner, nw, m };
  }

  it('keeps each pair adjacent, fills no more than deferring the pairs, and factors with the right inertia', () => {
    const { a, weak, partner, nw, m } = odeKkt(200);
    const pat = symmetricPattern(a.n, a.rows, a.cols);
    const perm = pairCompressedOrder(pat, weak, partner, (p, w) => amdOrder(p, 10, w));
    expect(Array.from(perm).sort((p, q) => p - q)).toEqual(Array.from({ length: a.n }, (_, i) => i));
    const pinv = new Int32Array(a.n);
    for (let k = 0; k < a.n; k++) pinv[perm[k]] = k;
    for (let v = 0; v < a.n; v++)
      if (partner[v] >= 0 && weak[v] === 1) expect(pinv[partner[v]]).toBe(pinv[v] + 1);
    const deferred = deferWeakNodes(amdOrder(pat, 10, weak), pat, weak, partner);
    expect(fillOf(a, perm)).toBeLessThanOrEqual(fillOf(a, deferred));
    clearSymbolicCache();
    const ldl = new SparseLdl(a.n, a.rows, a.cols, { weak });
    ldl.setPairs(partner);
    expect(ldl.factor(a.vals)).toEqual({ positive: nw, negative: m, zero: 0 });
    const b = new Float64Array(a.n).map((_, i) => Math.cos(i));
    const xs = new Float64Array(a.n);
    ldl.solveRefined(b, xs);
    expect(residualInf(a, xs, b)).toBeLessThan(1e-10);
  });
});

/** 5-point Laplacian on a k x k grid (lower triangle). */
function gridLaplacian(k: number): Coo {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  const id = (i: number, j: number) => i * k + j;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      rows.push(id(i, j));
      cols.push(id(i, j));
      vals.push(4);
      if (j + 1 < k) {
        rows.push(id(i, j + 1));
        cols.push(id(i, j));
        vals.push(-1);
      }
      if (i + 1 < k) {
        rows.push(id(i + 1, j));
        cols.push(id(i, j));
        vals.push(-1);
      }
    }
  }
  return {
    n: k * k,
    rows: Int32Array.from(rows),
    cols: Int32Array.from(cols),
    vals: Float64Array.from(vals),
  };
}

function fillOf(a: Coo, perm: Int32Array): number {
  const pinv = new Int32Array(a.n);
  for (let k = 0; k < a.n; k++) pinv[perm[k]] = k;
  return symbolicLdl(permutedUpper(a.n, a.rows, a.cols, pinv)).nnzL;
}

/** nnz of L (strictly lower) by elimination on a dense boolean matrix. */
function denseFill(a: Coo, perm: Int32Array): number {
  const n = a.n;
  const pinv = new Int32Array(n);
  for (let k = 0; k < n; k++) pinv[perm[k]] = k;
  const m = Array.from({ length: n }, () => new Uint8Array(n));
  for (let t = 0; t < a.rows.length; t++) {
    const i = pinv[a.rows[t]];
    const j = pinv[a.cols[t]];
    m[i][j] = 1;
    m[j][i] = 1;
  }
  let count = 0;
  for (let k = 0; k < n; k++) {
    const nb: number[] = [];
    for (let i = k + 1; i < n; i++) if (m[i][k]) nb.push(i);
    count += nb.length;
    for (const i of nb) for (const j of nb) m[i][j] = 1;
  }
  return count;
}

describe('2x2 block pivots', () => {
  it('factor [0 a; a 0] as one block', () => {
    const rows = Int32Array.from([0, 1, 1]);
    const cols = Int32Array.from([0, 0, 1]);
    const weak = Uint8Array.from([1, 2]);
    const ldl = new SparseLdl(2, rows, cols, { weak, kernel: 'up-looking' });
    const vals = Float64Array.from([0, 3, 0]);
    expect(ldl.factor(vals).zero).toBe(1); // 1x1 pivots cannot
    ldl.setPairs(Int32Array.from([1, 0]));
    expect(ldl.factor(vals)).toEqual({ positive: 1, negative: 1, zero: 0 });
    const x = new Float64Array(2);
    ldl.solve(Float64Array.from([6, 9]), x);
    expect(x[0]).toBeCloseTo(3, 14);
    expect(x[1]).toBeCloseTo(2, 14);
  });

  it('stores the rows of a block column that only its second column reaches', () => {
    // Order R F S T, block (R, F): R couples only with F, but the block's first column gets an
    // entry in every row the second one has (S and T): l_kR = -e y_F / det. The elimination tree
    // gives column R one slot (for F); the two entries must not spill into column F.
    const rows = Int32Array.from([0, 1, 1, 2, 3, 2, 3]);
    const cols = Int32Array.from([0, 0, 1, 1, 1, 2, 3]);
    const vals = Float64Array.from([0, 1, 0, 1, 1, -1, -1]);
    const a = { n: 4, rows, cols, vals };
    const ldl = new SparseLdl(4, rows, cols, { ordering: 'natural', kernel: 'up-looking' });
    ldl.setPairs(Int32Array.from([1, 0, -1, -1]));
    const ev = jacobiEigenvalues(dense(a));
    expect(ldl.factor(vals)).toEqual({
      positive: ev.filter((e) => e > 0).length,
      negative: ev.filter((e) => e < 0).length,
      zero: 0,
    });
    for (let i = 0; i < 4; i++) {
      const b = new Float64Array(4);
      b[i] = 1;
      const x = new Float64Array(4);
      ldl.solve(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-14);
    }
  });

  it('matches the eigenvalue signs on KKT matrices with zero-diagonal variables paired to rows', () => {
    let checked = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(500 + seed);
      const nv = 12;
      const m = 8;
      const rows: number[] = [];
      const cols: number[] = [];
      const vals: number[] = [];
      const free = [0, 3, 5, 9]; // zero diagonal, each with a row of its own
      for (let i = 0; i < nv; i++) (rows.push(i), cols.push(i), vals.push(free.includes(i) ? 0 : 0.5 + r()));
      const partner = new Int32Array(nv + m).fill(-1);
      for (let q = 0; q < m; q++) {
        (rows.push(nv + q), cols.push(nv + q), vals.push(0));
        const used = new Set<number>();
        if (q < free.length) {
          used.add(free[q]);
          (rows.push(nv + q), cols.push(free[q]), vals.push(1 + r()));
          partner[nv + q] = free[q];
          partner[free[q]] = nv + q;
        }
        for (let t = 0; t < 3; t++) {
          const c = Math.floor(r() * nv);
          if (free.includes(c) || used.has(c)) continue;
          used.add(c);
          (rows.push(nv + q), cols.push(c), vals.push(r() - 0.5));
        }
      }
      const a = {
        n: nv + m,
        rows: Int32Array.from(rows),
        cols: Int32Array.from(cols),
        vals: Float64Array.from(vals),
      };
      const weak = new Uint8Array(nv + m).fill(1, nv);
      for (const i of free) weak[i] = 2;
      const ev = jacobiEigenvalues(dense(a));
      if (Math.min(...ev.map(Math.abs)) < 1e-8) continue;
      const ldl = new SparseLdl(a.n, a.rows, a.cols, {
        weak,
        kernel: seed % 2 ? 'supernodal' : 'up-looking',
      });
      ldl.setPairs(partner);
      const inertia = ldl.factor(a.vals);
      expect(inertia).toEqual({
        positive: ev.filter((e) => e > 0).length,
        negative: ev.filter((e) => e < 0).length,
        zero: 0,
      });
      const b = new Float64Array(a.n).map((_, i) => Math.sin(i + 1));
      const x = new Float64Array(a.n);
      ldl.solveRefined(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

describe('the singularity test of a 2x2 block pivot', () => {
  // Order x y G K R F. R's pivot is 0 - 1 + 1 = 0, exactly, by cancellation (x then y); F's
  // diagonal 3 gets -1/ε from G and +1/ε - 2 + ε from K (magnitude 2/ε), and the block [R F]
  // is [0 b; b 1 + ε]: det = -b², which rounding cannot have produced (cond(A) = 7.5e4). The old
  // test compared det with the product of the two magnitudes (2 · 2/ε) and reported a zero pivot;
  // on the 69-bus P2P market (voltage-drop row ↔ flow pairs at μ = 2e-6) that zero pivot sent the
  // inertia correction to δw = 100 in every iteration (200 iterations, Restoration Failed).
  // (The supernodal kernel adds G's and K's updates to F before taking their magnitude, so its old
  // test passed here; both kernels share the new one.)
  const eps = 1e-10;
  const b = 0.01;
  const rows = Int32Array.from([0, 1, 4, 2, 3, 5, 5, 4, 5]);
  const cols = Int32Array.from([0, 0, 0, 2, 2, 2, 3, 5, 5]);
  const vals = Float64Array.from([1, 1, 1, eps, 1, 1, 1, b, 3]);
  const a = { n: 6, rows, cols, vals };
  for (const kernel of ['up-looking', 'supernodal'] as const) {
    it(`pivots the block when b² carries the determinant (${kernel})`, () => {
      const ldl = new SparseLdl(6, rows, cols, { ordering: 'natural', kernel });
      expect(ldl.factor(vals).zero).toBe(1); // 1x1 pivots: R's is zero
      ldl.setPairs(Int32Array.from([-1, -1, -1, -1, 5, 4]));
      expect(ldl.supernodal).toBe(kernel === 'supernodal');
      const ev = jacobiEigenvalues(dense(a));
      expect(ev.filter((e) => e > 0).length).toBe(3);
      expect(ldl.factor(vals)).toEqual({ positive: 3, negative: 3, zero: 0 });
      const rhs = Float64Array.from([1, 2, 3, 4, 5, 6]);
      const x = new Float64Array(6);
      expect(ldl.solveRefined(rhs, x)).toBeLessThan(1e-10);
      // The exact solution (rational arithmetic, b = 1/100, ε = 1e-10), to 1e-10 relative:
      // cond(A) = 7.5e4 and the 1/ε growth of G's pivot leave about that much.
      const exact = [2, 30099.00000296, -296, -296.9999999704, -30100.00000296, 300];
      for (let i = 0; i < 6; i++) expect(Math.abs(x[i] - exact[i])).toBeLessThan(1e-10 * 30100);
    });
  }

  it('still reports blocks of rounding noise and exactly singular blocks', () => {
    // The 69-bus block: a lost (|a| ~ ε·magA), b² = 4.6e-9 carries det.
    expect(blockPivotSingular(-2.07e-14, 6.776e-5, 0.014646, 103.1, 1.2926e6, 1e-13)).toBe(false);
    // Three noise entries, and an exactly singular block without cancellation.
    const u = 2.2e-16;
    expect(blockPivotSingular(u * 103, u * Math.sqrt(103 * 1.3e6), -u * 1.3e6, 103, 1.3e6, 1e-13)).toBe(true);
    expect(blockPivotSingular(2, 3, 4.5, 2, 4.5, 1e-13)).toBe(true);
    expect(blockPivotSingular(0, 0, 1, 1e3, 1, 1e-13)).toBe(true);
    expect(blockPivotSingular(0, 1e-3, 1, 1e3, 1, 1e-13)).toBe(false);
  });
});

describe('2x2 block pivots in the supernodal kernel', () => {
  it('factors [0 3; 3 0] as one block inside a panel, exactly', () => {
    const rows = Int32Array.from([0, 1, 1]);
    const cols = Int32Array.from([0, 0, 1]);
    const ldl = new SparseLdl(2, rows, cols, { ordering: 'natural', kernel: 'supernodal' });
    ldl.setPairs(Int32Array.from([1, 0]));
    expect(ldl.supernodal).toBe(true);
    expect(ldl.factor(Float64Array.from([0, 3, 0]))).toEqual({ positive: 1, negative: 1, zero: 0 });
    const x = new Float64Array(2);
    ldl.solve(Float64Array.from([6, 9]), x);
    expect(Array.from(x)).toEqual([3, 2]);
  });

  it('matches the up-looking kernel on a block whose first column only the second links on', () => {
    // The R F S T matrix above (every value exact in binary).
    const rows = Int32Array.from([0, 1, 1, 2, 3, 2, 3]);
    const cols = Int32Array.from([0, 0, 1, 1, 1, 2, 3]);
    const vals = Float64Array.from([0, 1, 0, 1, 1, -1, -1]);
    const pairs = Int32Array.from([1, 0, -1, -1]);
    const up = new SparseLdl(4, rows, cols, { ordering: 'natural', kernel: 'up-looking' });
    const sn = new SparseLdl(4, rows, cols, { ordering: 'natural', kernel: 'supernodal' });
    up.setPairs(pairs);
    sn.setPairs(pairs);
    expect(sn.supernodal).toBe(true);
    expect(sn.factor(vals)).toEqual(up.factor(vals));
    expect(sn.factor(vals)).toEqual({ positive: 1, negative: 3, zero: 0 });
    const b = Float64Array.from([1, 2, 3, 4]);
    const xu = new Float64Array(4);
    const xs = new Float64Array(4);
    up.solve(b, xu);
    sn.solve(b, xs);
    // A x = b: F = 1 (row R), R + S + T = 2, F - S = 3, F - T = 4 → S = -2, T = -3, R = 7.
    expect(Array.from(xs)).toEqual([7, 1, -2, -3]);
    expect(Array.from(xu)).toEqual([7, 1, -2, -3]);
  });
});

describe('2x2 block pivots on a radial network', () => {
  // LinDistFlow on a feeder: flows f_j into bus j (free, linear: zero diagonal), squared voltages
  // v_j (bounded: positive Σ), a balance row f_j - f_{j+1} - f_{j+b} = d_j per bus and a voltage-drop
  // row v_j - v_{parent} + c_j f_j = 0 per branch. 1x1 pivots stall on the balance rows (only flows
  // in them); each row pivots with the flow into its bus as a 2x2 block. Column j of a block gets
  // entries wherever column j+1 has one, also in rows its own pattern lacks.
  it('solves exactly without refinement and has the eigenvalue signs', () => {
    const r = rng(69);
    const nb = 40; // buses 1..nb below the substation 0
    const parent = [0];
    for (let j = 1; j <= nb; j++) parent.push(j === 1 ? 0 : j - 1 - (r() < 0.3 && j > 3 ? 2 : 0));
    const f = (j: number) => j - 1; // flow into bus j
    const v = (j: number) => nb + j - 1; // voltage of bus j
    const nv = 2 * nb;
    const bal = (j: number) => nv + j - 1;
    const drop = (j: number) => nv + nb + j - 1;
    const n = nv + 2 * nb;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    const add = (i: number, j: number, x: number) => (rows.push(i), cols.push(j), vals.push(x));
    for (let j = 1; j <= nb; j++) {
      add(f(j), f(j), 0);
      add(v(j), v(j), 1 + 100 * r());
      add(bal(j), bal(j), 0);
      add(drop(j), drop(j), 0);
      add(bal(j), f(j), 1);
      for (let k = j + 1; k <= nb; k++) if (parent[k] === j) add(bal(j), f(k), -1);
      add(drop(j), v(j), 1);
      if (parent[j] > 0) add(drop(j), v(parent[j]), -1);
      add(drop(j), f(j), 0.01 + 0.1 * r());
    }
    const a = { n, rows: Int32Array.from(rows), cols: Int32Array.from(cols), vals: Float64Array.from(vals) };
    const weak = new Uint8Array(n);
    for (let j = 1; j <= nb; j++) {
      weak[f(j)] = 2;
      weak[bal(j)] = 1;
      weak[drop(j)] = 1;
    }
    const partner = new Int32Array(n).fill(-1);
    for (let j = 1; j <= nb; j++) {
      partner[bal(j)] = f(j);
      partner[f(j)] = bal(j);
    }
    const ldl = new SparseLdl(n, a.rows, a.cols, { weak });
    ldl.setPairs(partner);
    const ev = jacobiEigenvalues(dense(a));
    expect(ldl.factor(a.vals)).toEqual({
      positive: ev.filter((e) => e > 0).length,
      negative: ev.filter((e) => e < 0).length,
      zero: 0,
    });
    for (let i = 0; i < n; i += 7) {
      const b = new Float64Array(n);
      b[i] = 1;
      const x = new Float64Array(n);
      ldl.solve(b, x);
      expect(residualInf(a, x, b)).toBeLessThan(1e-10);
    }
  });
});

describe('weak-node constrained ordering', () => {
  it('lets 1x1 pivots through a KKT matrix with much less fill than reordering afterwards', () => {
    // H = diag > 0 (2000 variables), 1500 rows of 3 random columns, zero (2,2) block.
    const r = rng(11);
    const n = 2000;
    const m = 1500;
    const rows: number[] = [];
    const cols: number[] = [];
    const vals: number[] = [];
    for (let i = 0; i < n; i++) (rows.push(i), cols.push(i), vals.push(1 + r()));
    for (let i = 0; i < m; i++) {
      (rows.push(n + i), cols.push(n + i), vals.push(0));
      for (let t = 0; t < 3; t++) (rows.push(n + i), cols.push(Math.floor(r() * n)), vals.push(r() + 0.1));
    }
    const weak = new Uint8Array(n + m).fill(1, n);
    const R = Int32Array.from(rows);
    const C = Int32Array.from(cols);
    const V = Float64Array.from(vals);
    const plain = new SparseLdl(n + m, R, C, { kernel: 'up-looking' });
    expect(plain.nnzL).toBe(80941);
    expect(plain.factor(V).zero).toBe(1); // unconstrained AMD eliminates a row before its columns
    const post = new SparseLdl(n + m, R, C, { kernel: 'up-looking' });
    post.setWeak(weak);
    expect(post.nnzL).toBe(399464);
    const constrained = new SparseLdl(n + m, R, C, { weak, kernel: 'up-looking' });
    expect(constrained.nnzL).toBe(176417);
    expect(post.factor(V)).toEqual({ positive: n, negative: m, zero: 0 });
    expect(constrained.factor(V)).toEqual({ positive: n, negative: m, zero: 0 });
  });
});

describe('AMD ordering', () => {
  it('is a permutation and reduces fill on a 2-D grid Laplacian', () => {
    const a = gridLaplacian(30);
    const natural = new Int32Array(a.n).map((_, i) => i);
    const perm = amdOrder(symmetricPattern(a.n, a.rows, a.cols));
    expect(Array.from(perm).sort((x, y) => x - y)).toEqual(Array.from(natural));
    const fillNatural = fillOf(a, natural);
    const fillAmd = fillOf(a, perm);
    // Natural (banded) order: every column of L fills up to the bandwidth k.
    expect(fillNatural).toBe(26129);
    expect(fillAmd).toBe(9331);
  });

  it('counts the fill of the symbolic phase exactly (vs dense structural elimination)', () => {
    const a = gridLaplacian(8);
    const natural = new Int32Array(a.n).map((_, i) => i);
    const perm = amdOrder(symmetricPattern(a.n, a.rows, a.cols));
    for (const [p, expected] of [
      [natural, 455],
      [perm, 290],
    ] as const) {
      expect(fillOf(a, p)).toBe(expected);
      expect(denseFill(a, p)).toBe(expected);
    }
  });

  it('solves the grid Laplacian accurately with the AMD order', () => {
    const a = gridLaplacian(40);
    const ldl = new SparseLdl(a.n, a.rows, a.cols);
    expect(ldl.factor(a.vals)).toEqual({ positive: 1600, negative: 0, zero: 0 });
    const b = new Float64Array(a.n).fill(1);
    const x = new Float64Array(a.n);
    ldl.solve(b, x);
    expect(residualInf(a, x, b)).toBeLessThan(1e-12);
  });
});
