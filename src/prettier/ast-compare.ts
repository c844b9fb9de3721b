// Structural equality of ASTs ignoring source positions: the formatter's safety check (the
// formatted file must parse to the same statements) and the tests' oracle. Imports nothing.

// textAfter: where a `,` ended the unquoted text of the item before (a position for a hint; the
// formatter puts the items on lines of their own without that comma, which means the same).
const POSITION_KEYS = new Set([
  'span',
  'relSpan',
  'valueSpan',
  'modelTypeSpan',
  'comma',
  'fileSpan',
  'textAfter',
]);

function plain(x: unknown): unknown {
  // Lazy records (table cells) expose their fields through toJSON.
  const o = x as { toJSON?: () => unknown };
  return typeof o.toJSON === 'function' ? o.toJSON() : x;
}

/** Deep equality of AST values without spans; numbers compare with Object.is (eps is -0, na is NaN). */
export function astEqual(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return Object.is(x, y);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  x = plain(x);
  y = plain(y);
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!astEqual(x[i], y[i])) return false;
    return true;
  }
  // No key arrays: a 2·10^5-element range is 2·10^5 records, and allocation was most of the time.
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  let nx = 0;
  for (const k in xo) {
    if (POSITION_KEYS.has(k) || xo[k] === undefined) continue;
    nx++;
    if (!(k in yo) || !astEqual(xo[k], yo[k])) return false;
  }
  let ny = 0;
  for (const k in yo) if (!POSITION_KEYS.has(k) && yo[k] !== undefined) ny++;
  return nx === ny;
}

/** Index of the first statement that differs (or the shorter length when one is a prefix), -1 if equal. */
export function firstDifference(a: readonly unknown[], b: readonly unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!astEqual(a[i], b[i])) return i;
  return a.length === b.length ? -1 : n;
}

/** A JSON-able copy without spans (readable test failure messages). */
export function withoutSpans(x: unknown): unknown {
  if (typeof x === 'number')
    return Number.isNaN(x)
      ? 'NaN'
      : Object.is(x, -0)
        ? '-0'
        : x === Infinity
          ? 'inf'
          : x === -Infinity
            ? '-inf'
            : x;
  if (typeof x !== 'object' || x === null) return x;
  x = plain(x);
  if (Array.isArray(x)) return x.map(withoutSpans);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>))
    if (!POSITION_KEYS.has(k) && v !== undefined) out[k] = withoutSpans(v);
  return out;
}
