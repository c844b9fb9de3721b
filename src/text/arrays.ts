// Array helpers that work at any length. `a.push(...b)` and `Math.max(...b)` pass every element
// of b as an argument, and some 10^5 arguments overflow the stack: `display` of a parameter with
// 200,000 labels died that way, and so did the language server's semantic tokens of a set with a
// range of 500,000 elements. Use these wherever the array's length comes from the model.
// Imports nothing.

/** Appends every item to `target` (as `target.push(...items)` does); returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Math.max or Math.min over `values` without spreading them; `empty` when there are none. */
function fold(values: Iterable<number>, empty: number, pick: (a: number, b: number) => number): number {
  let m = empty;
  let first = true;
  for (const v of values) {
    m = first ? v : pick(m, v);
    first = false;
  }
  return m;
}

/** The largest value (as Math.max: NaN if any is NaN), or `empty` when there is none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  return fold(values, empty, Math.max);
}

/** The smallest value (as Math.min: NaN if any is NaN), or `empty` when there is none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  return fold(values, empty, Math.min);
}
