// GAMS's random functions (uniform, uniformInt, normal...) draw from one stream per run, seeded by
// `option seed = n;` (GAMS's execseed, 3141 by default). GAMS does not publish its generator; this
// one reproduces it draw for draw. It is Knuth's subtractive generator in the FORTRAN form of
// TAOCP vol. 2 (2nd ed., §3.6: IN55 seeds, IRN55 refills 55 words mod 10^9), read from the top of
// the array down. Matched against the GAMS Model Library's CONVERT output: circpack's twelve
// `uniform` starting points are the first twelve draws of seed 3141 to all 9 digits, and prodsp's
// 2,400 uniforms and 600 normals (Marsaglia's polar method, both values of a pair used) match to
// 1e-13. Imports nothing.

/** GAMS's default seed (execseed). */
export const DEFAULT_SEED = 3141;

const M = 1_000_000_000;

/** Knuth's subtractive generator (lagged Fibonacci x(n) = x(n-55) - x(n-24) mod 10^9). */
export class RandomStream {
  private ia = new Float64Array(55);
  private j = 0;
  /** The second value of the last polar pair, or NaN when none is waiting. */
  private spare = NaN;

  constructor(seed = DEFAULT_SEED) {
    this.reset(seed);
  }

  /** Restart the stream from `seed` (any finite number; its integer part mod 10^9 is used). */
  reset(seed: number): void {
    const ia = this.ia;
    const ix = Math.abs(Math.trunc(seed)) % M;
    // IN55: ia(55) = seed, then ia(21 i mod 55) runs a Fibonacci-like recurrence (1-based).
    ia[54] = ix;
    let j = ix;
    let k = 1;
    for (let i = 1; i <= 54; i++) {
      const ii = (21 * i) % 55;
      ia[ii - 1] = k;
      k = j - k;
      if (k < 0) k += M;
      j = ia[ii - 1];
    }
    for (let w = 0; w < 3; w++) this.refill();
    this.j = 0;
    this.spare = NaN;
  }

  /** IRN55: replace the 55 words by the next 55. */
  private refill(): void {
    const ia = this.ia;
    for (let i = 0; i < 24; i++) {
      const v = ia[i] - ia[i + 31];
      ia[i] = v < 0 ? v + M : v;
    }
    for (let i = 24; i < 55; i++) {
      const v = ia[i] - ia[i - 24];
      ia[i] = v < 0 ? v + M : v;
    }
  }

  /** The next uniform draw in [0, 1), a multiple of 1e-9. */
  next(): number {
    if (this.j === 0) {
      this.refill();
      this.j = 55;
    }
    return this.ia[--this.j] / M;
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

  /**
   * normal(mean, sd): Marsaglia's polar method, as GAMS draws it. A pair (v1, v2) of uniforms on
   * (-1, 1) is drawn until 0 < s = v1² + v2² < 1; this call returns v1·f, f = sqrt(-2 ln s / s), and
   * the next call returns v2·f without drawing.
   */
  normal(mean: number, sd: number): number {
    let z = this.spare;
    if (Number.isNaN(z)) {
      let v1: number;
      let v2: number;
      let s: number;
      do {
        v1 = 2 * this.next() - 1;
        v2 = 2 * this.next() - 1;
        s = v1 * v1 + v2 * v2;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      z = v1 * f;
      this.spare = v2 * f;
    } else this.spare = NaN;
    return mean + sd * z;
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
