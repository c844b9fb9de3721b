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

/** Iterates the cartesian product of the sets (their current elements), binding slots. */
export function makeIterator(
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
