// zlib inflate (RFC 1950 wrapper around RFC 1951 deflate) in plain TypeScript, so GDX files read
// the same in Node and in the browser without a dependency. Bounded output, checked Adler-32; a
// corrupt stream throws InflateError (the GDX reader turns it into an error value). Imports nothing.

export class InflateError extends Error {}

/** Code lengths order of the dynamic block header (RFC 1951, 3.2.7). */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

/** A canonical Huffman code: symbol counts per length and symbols sorted by code. */
interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function buildHuffman(lengths: Uint8Array, n: number): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < n; i++) counts[lengths[i]]++;
  counts[0] = 0;
  // Over-subscribed codes are corrupt; incomplete ones are allowed (a single distance code).
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - counts[len];
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + counts[len];
  const symbols = new Uint16Array(n);
  for (let i = 0; i < n; i++) if (lengths[i]) symbols[offs[lengths[i]]++] = i;
  return { counts, symbols };
}

const FIXED = (() => {
  const l = new Uint8Array(288);
  l.fill(8, 0, 144);
  l.fill(9, 144, 256);
  l.fill(7, 256, 280);
  l.fill(8, 280, 288);
  const d = new Uint8Array(30).fill(5);
  return { lit: buildHuffman(l, 288), dist: buildHuffman(d, 30) };
})();

/**
 * Inflate a zlib stream. `maxOutput` bounds the result (GDX blocks hold at most 32 KB): a stream
 * that would produce more is refused, so a crafted file cannot exhaust memory.
 */
export function zlibInflate(src: Uint8Array, maxOutput: number): Uint8Array {
  if (src.length < 6) throw new InflateError('zlib stream too short');
  const cmf = src[0];
  const flg = src[1];
  if ((cmf & 15) !== 8 || (cmf * 256 + flg) % 31 !== 0) throw new InflateError('bad zlib header');
  if (flg & 32) throw new InflateError('zlib preset dictionary not supported');
  const out = new Uint8Array(maxOutput);
  let outLen = 0;
  let pos = 2;
  let bitBuf = 0;
  let bitCnt = 0;
  const bits = (n: number): number => {
    while (bitCnt < n) {
      if (pos >= src.length) throw new InflateError('unexpected end of deflate data');
      bitBuf |= src[pos++] << bitCnt;
      bitCnt += 8;
    }
    const v = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCnt -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    const counts = h.counts;
    for (let len = 1; len < 16; len++) {
      if (bitCnt === 0) {
        if (pos >= src.length) throw new InflateError('unexpected end of deflate data');
        bitBuf = src[pos++];
        bitCnt = 8;
      }
      code |= bitBuf & 1;
      bitBuf >>>= 1;
      bitCnt--;
      const count = counts[len];
      if (code - count < first) return h.symbols[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new InflateError('bad Huffman code');
  };
  const put = (b: number) => {
    if (outLen >= maxOutput) throw new InflateError('inflated block larger than expected');
    out[outLen++] = b;
  };
  let last = 0;
  while (!last) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitBuf = 0;
      bitCnt = 0;
      if (pos + 4 > src.length) throw new InflateError('unexpected end of stored block');
      const len = src[pos] | (src[pos + 1] << 8);
      const nlen = src[pos + 2] | (src[pos + 3] << 8);
      pos += 4;
      if ((len ^ 0xffff) !== nlen) throw new InflateError('bad stored block length');
      if (pos + len > src.length) throw new InflateError('unexpected end of stored block');
      for (let i = 0; i < len; i++) put(src[pos + i]);
      pos += len;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) ({ lit, dist } = FIXED);
    else if (type === 2) {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      if (nlen > 286 || ndist > 30) throw new InflateError('bad code counts');
      const cl = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]] = bits(3);
      const clh = buildHuffman(cl, 19);
      const lengths = new Uint8Array(nlen + ndist);
      for (let i = 0; i < nlen + ndist;) {
        const sym = decode(clh);
        if (sym < 16) lengths[i++] = sym;
        else {
          let rep: number;
          let v = 0;
          if (sym === 16) {
            if (i === 0) throw new InflateError('repeat with no previous length');
            v = lengths[i - 1];
            rep = 3 + bits(2);
          } else if (sym === 17) rep = 3 + bits(3);
          else rep = 11 + bits(7);
          if (i + rep > nlen + ndist) throw new InflateError('too many code lengths');
          while (rep--) lengths[i++] = v;
        }
      }
      if (lengths[256] === 0) throw new InflateError('no end-of-block code');
      lit = buildHuffman(lengths.subarray(0, nlen), nlen);
      dist = buildHuffman(lengths.subarray(nlen), ndist);
    } else throw new InflateError('bad block type');
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) put(sym);
      else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) throw new InflateError('bad length code');
        const len = LEN_BASE[li] + bits(LEN_EXTRA[li]);
        const di = decode(dist);
        if (di >= 30) throw new InflateError('bad distance code');
        const d = DIST_BASE[di] + bits(DIST_EXTRA[di]);
        if (d > outLen) throw new InflateError('distance too far back');
        if (outLen + len > maxOutput) throw new InflateError('inflated block larger than expected');
        for (let k = 0; k < len; k++, outLen++) out[outLen] = out[outLen - d];
      }
    }
  }
  // Adler-32 of the output, big-endian after the deflate data (byte-aligned).
  if (pos + 4 > src.length) throw new InflateError('missing Adler-32 checksum');
  let a = 1;
  let b = 0;
  for (let i = 0; i < outLen; i++) {
    a = (a + out[i]) % 65521;
    b = (b + a) % 65521;
  }
  const want = ((src[pos] << 24) | (src[pos + 1] << 16) | (src[pos + 2] << 8) | src[pos + 3]) >>> 0;
  if (((b << 16) | a) >>> 0 !== want) throw new InflateError('Adler-32 checksum mismatch');
  return out.subarray(0, outLen);
}
