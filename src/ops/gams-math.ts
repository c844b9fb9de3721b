// Scalar functions with GAMS semantics that JavaScript's Math lacks: rounding and mod as GAMS
// defines them, the gamma family and its derivatives, the error function, incomplete gamma and
// beta. Pure functions of numbers; imports nothing.

/** GAMS round(x, d): half away from zero at d decimals (d < 0 rounds to tens, hundreds...). */
export function gamsRound(x: number, d: number): number {
  const p = Math.pow(10, d);
  return (Math.sign(x) * Math.round(Math.abs(x) * p)) / p;
}
/** GAMS mod(a, b) = a - b * trunc(a / b) (sign of a). */
export function gamsMod(a: number, b: number): number {
  return a - b * Math.trunc(a / b);
}
/**
 * GAMS floor and ceil take an argument one unit in the last place from an integer as that integer.
 * Three CONVERT models pin the rule: imsl's `floor(0.3 / 0.1)` is 3 (the IEEE quotient
 * 2.9999999999999996 is one ulp below 3) and `floor(0.7 / 0.1)` is 7 (6.999999999999999, one ulp),
 * while pdi's `floor(2**3 / 2)` is 3 (3.999999999999999, two ulps below 4). `mod` stays exact.
 */
function nearInteger(x: number): number | undefined {
  const r = Math.round(x);
  if (r === x || !Number.isFinite(x)) return r;
  const ulp = Math.pow(2, Math.floor(Math.log2(Math.abs(x))) - 52);
  return Math.abs(x - r) <= ulp ? r : undefined;
}
export function gamsFloor(x: number): number {
  return nearInteger(x) ?? Math.floor(x);
}
export function gamsCeil(x: number): number {
  return nearInteger(x) ?? Math.ceil(x);
}
/** GAMS frac(x) = x - trunc(x) (sign of x). */
export function gamsFrac(x: number): number {
  return x - Math.trunc(x);
}

// ---- the gamma family (Lanczos, g = 7, n = 9: relative error below 1e-15 on the positive axis) ----

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** log |Γ(x)|; +Infinity at the poles 0, -1, -2, ... */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Γ(x); exact factorials for small positive integers. */
export function gamma(x: number): number {
  if (Number.isInteger(x) && x > 0 && x <= 171) {
    let f = 1;
    for (let k = 2; k < x; k++) f *= k;
    return f;
  }
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  return Math.exp(logGamma(x));
}

/** ψ(x) = Γ'(x)/Γ(x): recurrence up to x >= 10, then the asymptotic series. */
export function digamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0) return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  let r = 0;
  while (x < 10) {
    r -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return (
    r +
    Math.log(x) -
    0.5 / x -
    f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - f * (691 / 32760))))))
  );
}

/** ψ'(x) (trigamma): recurrence up to x >= 10, then the asymptotic series. */
export function trigamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0) {
    const s = Math.PI / Math.sin(Math.PI * x);
    return -trigamma(1 - x) + s * s;
  }
  let r = 0;
  while (x < 10) {
    r += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return (
    r +
    1 / x +
    f / 2 +
    (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f * (1 / 30 - f * (5 / 66 - f * (691 / 2730))))))
  );
}

/** B(x, y) = Γ(x)Γ(y)/Γ(x+y). */
export function beta(x: number, y: number): number {
  return Math.exp(logBeta(x, y));
}
export function logBeta(x: number, y: number): number {
  return logGamma(x) + logGamma(y) - logGamma(x + y);
}

/** n! = Γ(n+1) (GAMS fact takes integers). */
export function factorial(n: number): number {
  return gamma(n + 1);
}
/** binomial(n, k) = Γ(n+1) / (Γ(k+1) Γ(n-k+1)), rounded when all three are integers. */
export function binomial(n: number, k: number): number {
  const v = Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1));
  return Number.isInteger(n) && Number.isInteger(k) && n >= k && k >= 0 ? Math.round(v) : v;
}

// ---- incomplete gamma and beta (Numerical Recipes' series and continued fractions) ----

/** Regularized lower incomplete gamma P(a, x), a > 0, x >= 0. */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    let ap = a;
    for (let n = 0; n < 1000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-17) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }
  return 1 - gammaQcf(a, x);
}

/** Upper regularized incomplete gamma by Lentz's continued fraction (x >= a + 1). */
function gammaQcf(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularized incomplete beta I_x(a, b), 0 <= x <= 1. */
export function betaReg(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaCf(x, a, b)) / a;
  return 1 - (front * betaCf(1 - x, b, a)) / b;
}

function betaCf(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** erf(x) = sign(x) P(1/2, x²). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x < 0 ? -gammaP(0.5, x * x) : gammaP(0.5, x * x);
}
/** erfc(x) = 1 - erf(x), accurate in the tail. */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  const a = x * x;
  return a < 1.5 ? 1 - gammaP(0.5, a) : gammaQcf(0.5, a);
}

/** GAMS errorf(x): the standard normal cumulative distribution Φ(x). */
export function errorf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
/** The standard normal density φ(x) = Φ'(x). */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Milliseconds of a day and the serial-day origin of GAMS dates: day 1 is 1 January 1900. */
const DAY_MS = 86_400_000;
const DATE_ORIGIN_MS = Date.UTC(1899, 11, 31);

/**
 * GAMS jdate(y, m, d): the serial day number, 1 on 1 January 1900 (proleptic Gregorian calendar;
 * months and days out of range roll over, as in Date.UTC: jdate(2024, 13, 1) is 1 January 2025).
 */
export function julianDate(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(Math.trunc(y), Math.trunc(m) - 1, Math.trunc(d)) - DATE_ORIGIN_MS) / DAY_MS);
}
/** GAMS jtime(h, m, s): the fraction of a day. */
export function julianTime(h: number, m: number, s: number): number {
  return (h * 3600 + m * 60 + s) / 86400;
}
/** The calendar fields of a serial date (the inverse of jdate + jtime), in UTC. */
export function dateField(
  x: number,
  field: 'year' | 'month' | 'day' | 'dow' | 'hour' | 'minute' | 'second' | 'leap',
): number {
  const day = Math.floor(x);
  const date = new Date(DATE_ORIGIN_MS + day * DAY_MS);
  const secs = Math.round((x - day) * 86400);
  const y = date.getUTCFullYear();
  switch (field) {
    case 'year':
      return y;
    case 'month':
      return date.getUTCMonth() + 1;
    case 'day':
      return date.getUTCDate();
    case 'dow':
      // 1 Monday ... 7 Sunday.
      return ((date.getUTCDay() + 6) % 7) + 1;
    case 'hour':
      return Math.floor(secs / 3600);
    case 'minute':
      return Math.floor((secs % 3600) / 60);
    case 'second':
      return secs % 60;
    case 'leap':
      return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 1 : 0;
  }
}
