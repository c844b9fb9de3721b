// GAMS's random functions (uniform, uniformInt, normal...) draw from one stream per run, seeded by
// `option seed = n;` (GAMS's execseed, 3141 by default). GAMS's own generator is not published: EMD
// uses L'Ecuyer's MRG32k3a, so draws differ from GAMS's (same distributions, same seed handling).
// Imports nothing.

const M1 = 4294967087;
const M2 = 4294944443;
const NORM = 2.328306549295727688e-10;

/** GAMS's default seed (execseed). */
export const DEFAULT_SEED = 3141;

/**
 * MRG32k3a (L'Ecuyer 1999, "Good parameters and implementations for combined multiple recursive
 * random number generators", Operations Research 47(1)): period about 2^191, doubles in (0, 1).
 * The products stay below 2^53, so the recurrence is exact in double precision.
 */
export class RandomStream {
  private s = new Float64Array(6);

  constructor(seed = DEFAULT_SEED) {
    this.reset(seed);
  }

  /** Restart the stream from `seed` (any finite number; its integer part is used). */
  reset(seed: number): void {
    // SplitMix32 scrambles the seed into six state words in [1, m).
    let z = Math.trunc(seed) >>> 0;
    for (let k = 0; k < 6; k++) {
      z = (z + 0x9e3779b9) >>> 0;
      let t = z;
      t = Math.imul(t ^ (t >>> 16), 0x85ebca6b) >>> 0;
      t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35) >>> 0;
      t = (t ^ (t >>> 16)) >>> 0;
      this.s[k] = 1 + (t % ((k < 3 ? M1 : M2) - 1));
    }
  }

  /** The next uniform draw in (0, 1). */
  next(): number {
    const s = this.s;
    let p1 = 1403580 * s[1] - 810728 * s[0];
    p1 -= Math.floor(p1 / M1) * M1;
    s[0] = s[1];
    s[1] = s[2];
    s[2] = p1;
    let p2 = 527612 * s[5] - 1370589 * s[3];
    p2 -= Math.floor(p2 / M2) * M2;
    s[3] = s[4];
    s[4] = s[5];
    s[5] = p2;
    return (p1 > p2 ? p1 - p2 : p1 - p2 + M1) * NORM;
  }

  /** uniform(lo, hi): a draw in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** uniformInt(lo, hi): an integer in [lo, hi], each equally likely. */
  uniformInt(lo: number, hi: number): number {
    const a = Math.ceil(lo);
    const b = Math.floor(hi);
    return a + Math.min(b - a, Math.floor((b - a + 1) * this.next()));
  }

  /** normal(mean, sd): Box–Muller, one pair of uniforms per draw. */
  normal(mean: number, sd: number): number {
    const u1 = this.next();
    const u2 = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** randLinear(lo, mode, hi)... GAMS's triangular draw: randTriangle(lo, mid, hi). */
  triangle(lo: number, mid: number, hi: number): number {
    const u = this.next();
    const f = (mid - lo) / (hi - lo);
    return u < f
      ? lo + Math.sqrt(u * (hi - lo) * (mid - lo))
      : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mid));
  }
}
