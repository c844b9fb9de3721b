// Iteration over the current elements of sets (binding env slots) and record keys of index
// tuples: the run-time helpers shared by evaluators, statements and row emitters.
// Imports bind/symbols.ts only.
import {
  setList,
  setIds,
  setPosition,
  tupleKey,
  versionOf,
  key2,
  type SetSymbol,
  type TupleKey,
} from './symbols.ts';

/** The values of the controlled indices at a point of a run: one label id per slot. */
export type Env = Int32Array;

/** A compiled index argument: the label id at run time, or -1 when a lag falls off the set. */
export type CIndex = (env: Env) => number;

const NO_IDS = new Int32Array(0);

/**
 * The members of `dom` that set `m` pairs with the other indices' current values (see
 * ExprChecker.membershipFilter in check/expressions.ts), in dom's order: grouped once per version of m and dom.
 */
export function membershipCandidates(
  m: SetSymbol,
  dom: SetSymbol,
  pos: number,
  others: { pos: number; value: (env: Env) => number }[],
): (env: Env) => Int32Array {
  let built: Map<TupleKey, Int32Array> | undefined;
  let mVer = -1;
  let dVer = -1;
  const ids = new Array<number>(others.length);
  const rebuild = () => {
    const groups = new Map<TupleKey, number[]>();
    for (const r of m.records.values()) {
      const id = r.keys[pos];
      if (setPosition(dom, id) === undefined) continue;
      for (let k = 0; k < others.length; k++) ids[k] = r.keys[others[k].pos];
      const key = tupleKey(ids);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(id);
    }
    built = new Map();
    for (const [k, g] of groups) {
      g.sort((a, b) => setPosition(dom, a)! - setPosition(dom, b)!);
      built.set(k, Int32Array.from(g));
    }
    mVer = versionOf(m);
    dVer = versionOf(dom);
  };
  return (env) => {
    if (!built || versionOf(m) !== mVer || versionOf(dom) !== dVer) rebuild();
    for (let k = 0; k < others.length; k++) ids[k] = others[k].value(env);
    return built!.get(tupleKey(ids)) ?? NO_IDS;
  };
}

/** One position of a driver's symbol: an iterated index, a label, an outer slot, or any label. */
export type DriverPosition = { bound: number } | { id: number } | { slot: number } | { free: true };

/** A sparse driver at run time: its symbol's record count and the tuples it allows at an env. */
export interface Driver {
  size(): number;
  /** The iterated indices' ids, n per tuple, in the order of the sets (lexicographic). */
  tuples(env: Env): Int32Array;
}

/**
 * The tuples of the iterated indices (one per set of `sets`) at which `sym` has a record, given
 * the current labels of its other positions (see IDriver in check/ir.ts): its records grouped by
 * those labels, each group without repeats and sorted in the sets' order, rebuilt when sym or a set
 * changes. A record whose ids are not members of the sets is left out.
 */
export function makeDriver(
  sym: { records: { size: number; values(): Iterable<{ keys: number[] }> }; version?: number },
  positions: readonly DriverPosition[],
  sets: readonly SetSymbol[],
): Driver {
  const n = sets.length;
  const outer: { pos: number; slot: number }[] = [];
  const labels: { pos: number; id: number }[] = [];
  const bound: { pos: number; k: number }[] = [];
  let projected = false;
  positions.forEach((p, pos) => {
    if ('bound' in p) bound.push({ pos, k: p.bound });
    else if ('id' in p) labels.push({ pos, id: p.id });
    else if ('slot' in p) outer.push({ pos, slot: p.slot });
    else projected = true;
  });
  let groups = new Map<TupleKey, Int32Array>();
  let symVer = -1;
  let setVers: number[] = [];
  const at = new Array<number>(outer.length);
  const t = new Array<number>(n);
  const rebuild = () => {
    const lists = new Map<TupleKey, { ids: number[]; seen?: Set<TupleKey> }>();
    records: for (const r of sym.records.values()) {
      const keys = r.keys;
      for (const l of labels) if (keys[l.pos] !== l.id) continue records;
      t.fill(-1);
      for (const b of bound) {
        const id = keys[b.pos];
        if (t[b.k] >= 0 && t[b.k] !== id) continue records;
        t[b.k] = id;
      }
      for (let k = 0; k < n; k++) if (setPosition(sets[k], t[k]) === undefined) continue records;
      for (let o = 0; o < outer.length; o++) at[o] = keys[outer[o].pos];
      const g = tupleKey(at);
      let list = lists.get(g);
      if (!list) lists.set(g, (list = projected ? { ids: [], seen: new Set() } : { ids: [] }));
      if (list.seen) {
        const tk = tupleKey(t);
        if (list.seen.has(tk)) continue;
        list.seen.add(tk);
      }
      list.ids.push(...t);
    }
    groups = new Map();
    for (const [g, { ids }] of lists) {
      const count = ids.length / n;
      const order = Array.from({ length: count }, (_, q) => q);
      const pos = ids.map((id, q) => setPosition(sets[q % n], id)!);
      order.sort((a, b) => {
        for (let k = 0; k < n; k++) {
          const d = pos[a * n + k] - pos[b * n + k];
          if (d !== 0) return d;
        }
        return 0;
      });
      const out = new Int32Array(ids.length);
      order.forEach((q, p) => {
        for (let k = 0; k < n; k++) out[p * n + k] = ids[q * n + k];
      });
      groups.set(g, out);
    }
    symVer = versionOf(sym);
    setVers = sets.map(versionOf);
  };
  return {
    size: () => sym.records.size,
    tuples(env) {
      if (versionOf(sym) !== symVer || sets.some((s, k) => versionOf(s) !== setVers[k])) rebuild();
      for (let o = 0; o < outer.length; o++) at[o] = env[outer[o].slot];
      return groups.get(tupleKey(at)) ?? NO_IDS;
    },
  };
}

/**
 * Iterates the cartesian product of the sets (their current elements), binding slots. With
 * drivers (one-dimensional sets only), an iteration whose product of set sizes exceeds the record
 * count of its smallest driver visits that driver's tuples instead, in the same order.
 */
export function makeIterator(
  sets: SetSymbol[],
  slots: number[],
  cond?: (env: Env) => number,
  candidates?: (env: Env) => Int32Array,
  drivers?: readonly Driver[],
): (env: Env, body: () => void) => void {
  const dense = denseIterator(sets, slots, cond, candidates);
  const n = sets.length;
  if (!drivers?.length || slots.length !== n) return dense;
  return (env, body) => {
    let product = 1;
    for (const s of sets) product *= s.records.size;
    let best: Driver | undefined;
    for (const d of drivers) if (d.size() < product && (!best || d.size() < best.size())) best = d;
    if (!best) return dense(env, body);
    const t = best.tuples(env);
    for (let p = 0; p < t.length; p += n) {
      for (let k = 0; k < n; k++) env[slots[k]] = t[p + k];
      if (cond && cond(env) === 0) continue;
      body();
    }
  };
}

function denseIterator(
  sets: SetSymbol[],
  slots: number[],
  cond?: (env: Env) => number,
  candidates?: (env: Env) => Int32Array,
): (env: Env, body: () => void) => void {
  const n = sets.length;
  if (slots.length !== n || n > 2) return tupleIterator(sets, slots, cond);
  if (n === 1) {
    const [s] = sets;
    const [slot] = slots;
    return (env, body) => {
      const ids = candidates ? candidates(env) : setIds(s);
      for (let k = 0; k < ids.length; k++) {
        env[slot] = ids[k];
        if (cond && cond(env) === 0) continue;
        body();
      }
    };
  }
  if (n === 2) {
    // Two sets (the common `sum((i,j), ...)`): plain nested loops, no recursion per element.
    const [s0, s1] = sets;
    const [slot0, slot1] = slots;
    return (env, body) => {
      const a = setIds(s0);
      for (let p = 0; p < a.length; p++) {
        env[slot0] = a[p];
        const b = candidates ? candidates(env) : setIds(s1);
        for (let q = 0; q < b.length; q++) {
          env[slot1] = b[q];
          if (cond && cond(env) === 0) continue;
          body();
        }
      }
    };
  }
  return tupleIterator(sets, slots, cond);
}

/**
 * Iterates the cartesian product of sets, some of which may be multi-dimensional (controlled as a
 * whole: `sum(vs, ...)`): such a set visits its tuples, in its order, writing one slot per dimension.
 */
function tupleIterator(
  sets: SetSymbol[],
  slots: number[],
  cond?: (env: Env) => number,
): (env: Env, body: () => void) => void {
  const first: number[] = [];
  let at = 0;
  for (const s of sets) {
    first.push(at);
    at += Math.max(1, s.domain.length);
  }
  if (at !== slots.length)
    throw new Error('internal error: tuple slots do not match the sets; this is a bug');
  const n = sets.length;
  return (env, body) => {
    const rec = (d: number) => {
      if (d === n) {
        if (cond && cond(env) === 0) return;
        body();
        return;
      }
      const s = sets[d];
      const base = first[d];
      if (s.domain.length <= 1) {
        const ids = setIds(s);
        const slot = slots[base];
        for (let k = 0; k < ids.length; k++) {
          env[slot] = ids[k];
          rec(d + 1);
        }
        return;
      }
      const list = setList(s);
      const dim = s.domain.length;
      for (let k = 0; k < list.length; k++) {
        const keys = list[k].keys;
        for (let c = 0; c < dim; c++) env[slots[base + c]] = keys[c];
        rec(d + 1);
      }
    };
    rec(0);
  };
}

/** An index read straight from an env slot; the slot is kept on the function for fast keys. */
export function slotIndex(slot: number): CIndex {
  const f = ((env: Env) => env[slot]) as CIndex & { slot?: number };
  f.slot = slot;
  return f;
}

export function keyFn(idx: CIndex[]): (env: Env) => number | string | undefined {
  const d = idx.length;
  if (d === 0) return () => 0;
  // Plain controlled indices (no lags, no labels): read the slots directly, no index closures.
  const slots = idx.map((f) => (f as { slot?: number }).slot);
  if (slots.every((x) => x !== undefined)) {
    if (d === 1) {
      const s0 = slots[0]!;
      return (env) => env[s0];
    }
    if (d === 2) {
      const s0 = slots[0]!;
      const s1 = slots[1]!;
      return (env) => {
        const x = env[s0];
        const y = env[s1];
        return x < 32768 && y < 32768 ? x * 32768 + y : key2(x, y);
      };
    }
  }
  if (d === 1) {
    const [a] = idx;
    return (env) => {
      const x = a(env);
      return x < 0 ? undefined : x;
    };
  }
  if (d === 2) {
    const [a, b] = idx;
    return (env) => {
      const x = a(env);
      const y = b(env);
      return x < 0 || y < 0 ? undefined : key2(x, y);
    };
  }
  return (env) => {
    const ids = idx.map((f) => f(env));
    return ids.some((x) => x < 0) ? undefined : tupleKey(ids);
  };
}

/** Label ids of a reference at run time, or undefined when a lag falls off its set. */
export function keysFn(idx: CIndex[]): (env: Env) => number[] | undefined {
  return (env) => {
    const ids = new Array<number>(idx.length);
    for (let k = 0; k < idx.length; k++) {
      const x = idx[k](env);
      if (x < 0) return undefined;
      ids[k] = x;
    }
    return ids;
  };
}
