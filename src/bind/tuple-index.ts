// An insertion-ordered index of tuple keys (bind/symbols.ts: a Smi for small label ids, a string
// otherwise) to dense entry numbers 0, 1, 2, … Parameter records and the column maps of model
// generation are built on it: 10^6 keys must cost typed-array writes, not 10^6 Map entries and
// boxed numbers for the garbage collector. Imports nothing.

/** Marks a deleted entry in the key list (tuple keys are never negative). */
const DELETED = -1;

export class TupleIndex {
  /** Key of each entry in insertion order (DELETED once removed). */
  readonly keyAt: (number | string)[] = [];
  /** Open-addressing table over the integer keys: entry + 1, 0 = empty. Power-of-two length. */
  private table = new Int32Array(16);
  private shift = 28; // 32 - log2(table length)
  /** Entries that ever went into the table (live or deleted), which fixes when it grows. */
  private filled = 0;
  private strings?: Map<string, number>;
  private live = 0;

  get size(): number {
    return this.live;
  }

  /** Number of entries ever made (live or deleted): valid entry numbers are below it. */
  get capacity(): number {
    return this.keyAt.length;
  }

  /**
   * The last entry found and the step from the one before: lookups mostly walk the entries in
   * order or at a fixed stride (a row over x(i,j) for j, a column over i), so the entry one step
   * further is checked first, a read next to the last one instead of a hash probe far away.
   * keyAt[e] === k proves e is k's live entry (keys are unique and DELETED matches no key).
   */
  private lastE = -1;
  private step = 1;

  /** Entry of a key, or -1. */
  find(k: number | string): number {
    if (typeof k === 'string') return this.strings?.get(k) ?? -1;
    const g = this.lastE + this.step;
    if (g >= 0 && g < this.keyAt.length && this.keyAt[g] === k) {
      this.lastE = g;
      return g;
    }
    const t = this.table;
    const mask = t.length - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = t[h];
      if (e === 0) return -1;
      if (this.keyAt[e - 1] === k) return this.found(e - 1);
      h = (h + 1) & mask;
    }
  }

  private found(e: number): number {
    this.step = e - this.lastE;
    this.lastE = e;
    return e;
  }

  /** Entry of a key, made at the end when absent; `added` tells whether it was new. */
  insert(k: number | string): number {
    if (typeof k === 'string') {
      const m = (this.strings ??= new Map());
      const e = m.get(k);
      if (e !== undefined) {
        this.added = false;
        return e;
      }
      const n = this.keyAt.length;
      this.keyAt.push(k);
      m.set(k, n);
      this.live++;
      this.added = true;
      return n;
    }
    const g = this.lastE + this.step;
    if (g >= 0 && g < this.keyAt.length && this.keyAt[g] === k) {
      this.lastE = g;
      this.added = false;
      return g;
    }
    const t = this.table;
    const mask = t.length - 1;
    let h = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = t[h];
      if (e === 0) break;
      if (this.keyAt[e - 1] === k) {
        this.added = false;
        return this.found(e - 1);
      }
      h = (h + 1) & mask;
    }
    const n = this.keyAt.length;
    this.keyAt.push(k);
    t[h] = n + 1;
    this.live++;
    this.added = true;
    if (++this.filled * 2 > t.length) this.grow();
    return this.found(n);
  }

  /** Whether the last insert made a new entry. */
  added = false;

  /** Remove a key; returns its entry or -1. The entry number stays unused until compact(). */
  remove(k: number | string): number {
    const e = this.find(k);
    if (e < 0) return -1;
    this.keyAt[e] = DELETED;
    if (typeof k === 'string') this.strings!.delete(k);
    this.live--;
    return e;
  }

  isLive(e: number): boolean {
    return this.keyAt[e] !== DELETED;
  }

  clear(): void {
    this.keyAt.length = 0;
    this.table = new Int32Array(16);
    this.shift = 28;
    this.filled = 0;
    this.strings = undefined;
    this.live = 0;
  }

  /**
   * Renumber the live entries 0…size-1 in order and return the old entry of each new one (the
   * caller moves its values), or undefined when nothing was deleted.
   */
  compact(): Int32Array | undefined {
    if (this.live === this.keyAt.length) return undefined;
    const old = this.keyAt.slice();
    const from = new Int32Array(this.live);
    this.clear();
    for (let e = 0; e < old.length; e++) {
      if (old[e] === DELETED) continue;
      from[this.keyAt.length] = e;
      this.insert(old[e]);
    }
    return from;
  }

  /** Make room for `n` more integer keys at once (an assignment over a known domain). */
  reserve(n: number): void {
    let size = this.table.length;
    let shift = this.shift;
    while ((this.filled + n) * 2 > size && shift > 1) {
      size *= 2;
      shift--;
    }
    if (size !== this.table.length) this.grow(size, shift);
  }

  private grow(size = this.table.length * 2, shift = this.shift - 1): void {
    const t = new Int32Array(size);
    const mask = size - 1;
    let filled = 0;
    for (let e = 0; e < this.keyAt.length; e++) {
      const k = this.keyAt[e];
      // Deleted integer keys are dropped from the table (their entry number is never reused).
      if (typeof k !== 'number' || k === DELETED) continue;
      let h = Math.imul(k, 0x9e3779b1) >>> shift;
      while (t[h] !== 0) h = (h + 1) & mask;
      t[h] = e + 1;
      filled++;
    }
    this.table = t;
    this.shift = shift;
    this.filled = filled;
  }
}
