// Approximate minimum degree ordering of a symmetric sparsity pattern. Imports nothing.
//
// Our own implementation of the algorithm of Amestoy, Davis & Duff, "An approximate minimum degree
// ordering algorithm", SIAM J. Matrix Anal. Appl. 17(4):886-905, 1996: elimination on the quotient
// graph (variables and elements), approximate external degrees (§3: d_i <= d_i^old + |Lp \ i| and
// d_i <= |A_i \ i| + |Lp \ i| + sum_e |Le \ Lp|), element absorption (aggressive when Le ⊆ Lp),
// mass elimination, indistinguishable supervariables detected by hashing, and removal of dense rows
// (degree > 10 sqrt(n)), which are ordered last.

/** Symmetric pattern in compressed-column form holding both triangles (diagonal entries ignored). */
export interface SymmetricPattern {
  readonly n: number;
  readonly colPtr: Int32Array;
  readonly rowIdx: Int32Array;
}

const VAR = 0; // uneliminated principal variable
const ELEMENT = 1; // eliminated pivot, alive as an element
const DEAD = 2; // absorbed element
const MERGED = 3; // non-principal variable (merged into a supervariable or mass-eliminated)
const DENSE = 4; // dense row, ordered last

/**
 * Fill-reducing ordering. Input: a symmetric pattern (both triangles, any duplicates) and
 * optionally weak[i] in {0, 1, 2} (see symbolic.ts deferWeakNodes): a weak node becomes a pivot
 * candidate only once all its strong neighbours are eliminated (and, for weak = 2, one row-like
 * neighbour), so that 1x1 pivots exist on KKT matrices; weak nodes are never merged into
 * supervariables. Constraining the minimum-degree choice costs far less fill than reordering an
 * unconstrained order afterwards. Output: perm with perm[newIndex] = oldIndex.
 */
export function amdOrder(pat: SymmetricPattern, denseFactor = 10, weak?: Uint8Array): Int32Array {
  const n = pat.n;
  const perm = new Int32Array(n);
  if (n === 0) return perm;
  const { colPtr, rowIdx } = pat;

  const status = new Uint8Array(n);
  // Adjacency degree without diagonal and duplicates (counted through a stamp).
  const mark = new Int32Array(n).fill(-1);
  const deg0 = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    mark[j] = j;
    for (let p = colPtr[j]; p < colPtr[j + 1]; p++) {
      const i = rowIdx[p];
      if (mark[i] !== j) {
        mark[i] = j;
        deg0[j]++;
      }
    }
  }
  const denseLimit = Math.max(16, Math.floor(denseFactor * Math.sqrt(n)));
  let nDense = 0;
  if (n > 32) {
    for (let j = 0; j < n; j++) {
      if (deg0[j] > denseLimit) {
        status[j] = DENSE;
        nDense++;
      }
    }
  }

  // Quotient-graph storage: the list of node i lives at iw[pe[i] .. pe[i]+len[i]); for a variable,
  // its first elen[i] entries are elements and the rest variables; for an element, its variables.
  let nnzOff = 0;
  for (let j = 0; j < n; j++) nnzOff += deg0[j];
  let iwLen = Math.max(Math.ceil(1.2 * nnzOff) + 2 * n, 16);
  let iw = new Int32Array(iwLen);
  const pe = new Int32Array(n);
  const len = new Int32Array(n);
  const elen = new Int32Array(n);
  let pfree = 0;
  mark.fill(-1);
  for (let j = 0; j < n; j++) {
    pe[j] = pfree;
    if (status[j] === DENSE) continue;
    mark[j] = j;
    for (let p = colPtr[j]; p < colPtr[j + 1]; p++) {
      const i = rowIdx[p];
      if (mark[i] !== j && status[i] !== DENSE) {
        mark[i] = j;
        iw[pfree++] = i;
      }
    }
    len[j] = pfree - pe[j];
  }

  const nv = new Int32Array(n).fill(1); // supervariable sizes, negated while in Lp
  const degree = new Int32Array(n);
  const extDeg = new Int32Array(n);
  const elemSize = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const w = new Float64Array(n); // element stamps for |Le \ Lp|
  let wflg = 1;
  const cmpMark = new Float64Array(n);
  let cmpStamp = 0;
  const head = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const hashHead = new Int32Array(n).fill(-1);
  const hashNext = new Int32Array(n).fill(-1);
  const hashOf = new Int32Array(n);
  const lp = new Int32Array(n);
  const pivots = new Int32Array(n);
  let nPiv = 0;

  const inList = new Uint8Array(n);
  const listRemove = (i: number): void => {
    if (!inList[i]) return;
    inList[i] = 0;
    const pv = prev[i];
    const nx = next[i];
    if (nx !== -1) prev[nx] = pv;
    if (pv !== -1) next[pv] = nx;
    else head[degree[i]] = nx;
  };
  let mindeg = n;
  const listInsert = (i: number, d: number): void => {
    degree[i] = d;
    if (!eligible(i)) return; // kept out of the lists until its neighbours are eliminated
    inList[i] = 1;
    const h = head[d];
    next[i] = h;
    prev[i] = -1;
    if (h !== -1) prev[h] = i;
    head[d] = i;
    if (d < mindeg) mindeg = d;
  };
  // Eligibility of weak nodes: strong neighbours left, and whether a (row-like) neighbour is gone.
  const strongLeft = new Int32Array(n);
  const flags = new Uint8Array(n); // 1 has strong nbr, 2 has row nbr, 4 touched, 8 row touched, 16 forced
  if (weak) {
    for (let v = 0; v < n; v++) {
      if (!weak[v] || status[v] === DENSE) continue;
      for (let q = colPtr[v]; q < colPtr[v + 1]; q++) {
        const w = rowIdx[q];
        if (w === v || status[w] === DENSE) continue;
        if (!weak[w]) strongLeft[v]++;
        else if (weak[w] === 1) flags[v] |= 2;
      }
      if (strongLeft[v] > 0) flags[v] |= 1;
    }
  }
  function eligible(v: number): boolean {
    if (!weak || !weak[v] || flags[v] & 16) return true;
    if (strongLeft[v] !== 0) return false;
    if (weak[v] === 2 && flags[v] & 2) return (flags[v] & 8) !== 0;
    return (flags[v] & 1) !== 0 || (flags[v] & 4) !== 0;
  }
  // Members of each supervariable (for the eligibility updates when it is eliminated).
  const memberNext = new Int32Array(n).fill(-1);
  const memberTail = new Int32Array(n);
  for (let i = 0; i < n; i++) memberTail[i] = i;
  const eliminated = new Uint8Array(n);
  /** Marks the members of supervariable v eliminated and updates their weak neighbours. */
  const eliminateMembers = (v: number): void => {
    for (let u = v; u !== -1; u = memberNext[u]) {
      eliminated[u] = 1;
      if (!weak) continue;
      const strong = !weak[u];
      for (let q = colPtr[u]; q < colPtr[u + 1]; q++) {
        const w = rowIdx[q];
        if (!weak[w] || eliminated[w] || w === u || status[w] === DENSE) continue;
        const was = eligible(w);
        if (strong) strongLeft[w]--;
        else if (weak[u] === 1) flags[w] |= 8;
        flags[w] |= 4;
        if (!was && eligible(w) && status[w] === VAR && nv[w] > 0 && !inList[w]) listInsert(w, degree[w]);
      }
    }
  };
  const nTotal = n - nDense;
  for (let i = 0; i < n; i++) if (status[i] === VAR) listInsert(i, len[i]);
  let forceScan = 0;

  // Compacts all live lists to the front of iw; grows iw if that is not enough.
  const collectGarbage = (need: number): void => {
    for (let i = 0; i < n; i++) {
      const s = status[i];
      if ((s === VAR || s === ELEMENT) && len[i] > 0) {
        const q = pe[i];
        pe[i] = iw[q];
        iw[q] = -(i + 1);
      }
    }
    let dst = 0;
    for (let src = 0; src < pfree; src++) {
      const v = iw[src];
      if (v >= 0) continue;
      const i = -v - 1;
      const l = len[i];
      const first = pe[i];
      pe[i] = dst;
      iw[dst++] = first;
      for (let k = 1; k < l; k++) iw[dst++] = iw[src + k];
      src += l - 1;
    }
    pfree = dst;
    if (pfree + need > iwLen) {
      iwLen = Math.ceil((pfree + need) * 1.5) + n;
      const bigger = new Int32Array(iwLen);
      bigger.set(iw.subarray(0, pfree));
      iw = bigger;
    }
  };

  let nel = 0;
  while (nel < nTotal) {
    // Select a pivot of minimum approximate degree.
    while (mindeg <= n && head[mindeg] === -1) mindeg++;
    if (mindeg > n) {
      // Only ineligible weak nodes remain (a component without strong nodes): take one anyway.
      while (!(status[forceScan] === VAR && nv[forceScan] > 0)) forceScan++;
      flags[forceScan] |= 16;
      listInsert(forceScan, degree[forceScan]);
      continue;
    }
    const p = head[mindeg];
    listRemove(p);
    eliminateMembers(p);
    let npiv = nv[p];
    nel += npiv;
    nv[p] = -npiv;

    // Lp = (A_p ∪ union of Le for e in E_p) \ {p}; elements in E_p are absorbed into p.
    let lpLen = 0;
    let degme = 0;
    const pStart = pe[p];
    const pEnd = pStart + len[p];
    for (let k = pStart; k < pEnd; k++) {
      const e = iw[k];
      if (k < pStart + elen[p]) {
        if (status[e] !== ELEMENT) continue;
        const eEnd = pe[e] + len[e];
        for (let q = pe[e]; q < eEnd; q++) {
          const i = iw[q];
          const nvi = nv[i];
          if (status[i] !== VAR || nvi <= 0) continue;
          degme += nvi;
          nv[i] = -nvi;
          lp[lpLen++] = i;
          listRemove(i);
        }
        status[e] = DEAD;
        parent[e] = p;
      } else {
        const nvi = nv[e];
        if (status[e] !== VAR || nvi <= 0) continue;
        degme += nvi;
        nv[e] = -nvi;
        lp[lpLen++] = e;
        listRemove(e);
      }
    }
    status[p] = ELEMENT;
    len[p] = 0;
    if (pfree + lpLen > iwLen) collectGarbage(lpLen);
    pe[p] = pfree;
    for (let k = 0; k < lpLen; k++) iw[pfree++] = lp[k];
    len[p] = lpLen;
    elen[p] = 0;

    // Scan 1: w[e] - wflg = |Le \ Lp| for every element e adjacent to Lp.
    for (let k = 0; k < lpLen; k++) {
      const i = lp[k];
      const nvi = -nv[i];
      const s = pe[i];
      const eEnd = s + elen[i];
      for (let q = s; q < eEnd; q++) {
        const e = iw[q];
        if (status[e] !== ELEMENT) continue;
        if (w[e] >= wflg) w[e] -= nvi;
        else w[e] = wflg + elemSize[e] - nvi;
      }
    }

    // Scan 2: prune lists, approximate external degrees, hashes; mass elimination.
    for (let k = 0; k < lpLen; k++) {
      const i = lp[k];
      const nvi = -nv[i];
      const s = pe[i];
      const end = s + len[i];
      const eEnd = s + elen[i];
      let wr = s; // compact in place (wr <= read position), then insert p
      let deg = 0;
      let hash = p;
      for (let q = s; q < eEnd; q++) {
        const e = iw[q];
        if (status[e] !== ELEMENT) continue;
        const we = w[e] - wflg;
        if (we > 0) {
          deg += we;
          iw[wr++] = e;
          hash += e;
        } else {
          status[e] = DEAD; // aggressive absorption: Le ⊆ Lp
          parent[e] = p;
        }
      }
      const ne = wr - s;
      for (let q = eEnd; q < end; q++) {
        const j = iw[q];
        if (status[j] !== VAR || nv[j] <= 0) continue;
        deg += nv[j];
        iw[wr++] = j;
        hash += j;
      }
      const l = wr - s;
      let base = s;
      if (l + 1 > len[i]) {
        // No slot was freed (cannot happen for a symmetric quotient graph): move the list.
        const saved = iw.slice(s, s + l);
        len[i] = 0;
        if (pfree + l + 1 > iwLen) collectGarbage(l + 1);
        base = pfree;
        iw.set(saved, base);
        pe[i] = base;
        pfree += l + 1;
      }
      // Element lists are unordered: move the first variable to the end and the first element
      // into the freed place, so that p goes first among the elements.
      if (l > ne) iw[base + l] = iw[base + ne];
      if (ne > 0) iw[base + ne] = iw[base];
      iw[base] = p;
      len[i] = l + 1;
      elen[i] = ne + 1;
      if (len[i] === 1 && eligible(i)) {
        // Mass elimination: i is adjacent only to p.
        eliminateMembers(i);
        status[i] = MERGED;
        parent[i] = p;
        nv[i] = 0;
        npiv += nvi;
        degme -= nvi;
        nel += nvi;
        lp[k] = -1;
      } else {
        extDeg[i] = deg;
        const h = hash % n;
        hashOf[i] = h;
        hashNext[i] = hashHead[h];
        hashHead[h] = i;
      }
    }
    wflg += n + 1;

    // Supervariable detection: variables with identical lists are merged.
    for (let k = 0; k < lpLen; k++) {
      const i0 = lp[k];
      if (i0 < 0) continue;
      const h = hashOf[i0];
      let i = hashHead[h];
      if (i === -1) continue;
      hashHead[h] = -1;
      while (i !== -1) {
        if (nv[i] === 0) {
          i = hashNext[i];
          continue;
        }
        cmpStamp++;
        const si = pe[i];
        for (let q = si; q < si + len[i]; q++) cmpMark[iw[q]] = cmpStamp;
        let prevJ = i;
        let j = hashNext[i];
        while (j !== -1) {
          let same =
            nv[j] !== 0 && len[j] === len[i] && elen[j] === elen[i] && !(weak && (weak[i] || weak[j]));
          if (same) {
            const sj = pe[j];
            for (let q = sj; q < sj + len[j]; q++) {
              if (cmpMark[iw[q]] !== cmpStamp) {
                same = false;
                break;
              }
            }
          }
          if (same) {
            nv[i] += nv[j]; // both negative while in Lp
            extDeg[i] = Math.min(extDeg[i], extDeg[j]);
            nv[j] = 0;
            status[j] = MERGED;
            parent[j] = i;
            memberNext[memberTail[i]] = j;
            memberTail[i] = memberTail[j];
            len[j] = 0;
            hashNext[prevJ] = hashNext[j];
          } else {
            prevJ = j;
          }
          j = hashNext[j];
        }
        i = hashNext[i];
      }
    }

    // Finalize degrees, put Lp back in the degree lists, store the element p.
    const nleft = nTotal - nel;
    let cnt = 0;
    const base = pe[p];
    for (let k = 0; k < lpLen; k++) {
      const i = lp[k];
      if (i < 0 || nv[i] >= 0) continue;
      const nvi = -nv[i];
      nv[i] = nvi;
      let d = Math.min(degree[i] + degme - nvi, extDeg[i] + degme - nvi, nleft - nvi);
      if (d < 0) d = 0;
      listInsert(i, d);
      iw[base + cnt++] = i;
    }
    len[p] = cnt;
    elemSize[p] = degme;
    nv[p] = npiv;
    if (cnt === 0) status[p] = DEAD;
    pivots[nPiv++] = p;
  }

  // Order: pivots in elimination order, each followed by the variables merged into it; dense last.
  const childHead = new Int32Array(n).fill(-1);
  const childNext = new Int32Array(n).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    if (status[j] === MERGED) {
      const pa = parent[j];
      childNext[j] = childHead[pa];
      childHead[pa] = j;
    }
  }
  let pos = 0;
  const stack = new Int32Array(n);
  for (let k = 0; k < nPiv; k++) {
    let top = 0;
    stack[top++] = pivots[k];
    while (top > 0) {
      const v = stack[--top];
      perm[pos++] = v;
      for (let c = childHead[v]; c !== -1; c = childNext[c]) stack[top++] = c;
    }
  }
  for (let j = 0; j < n; j++) if (status[j] === DENSE) perm[pos++] = j;
  if (pos !== n) throw new Error(`internal error: this is a bug (amd ordered ${pos} of ${n})`);
  return perm;
}
