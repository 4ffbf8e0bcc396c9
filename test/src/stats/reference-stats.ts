/**
 * Test-only statistics written the plain way (full sorts, per-window loops,
 * numerical integration) to check src/stats against values computed
 * independently.
 */

/** Finite values in ascending order, −0 before +0 (the order Float64Array.prototype.sort uses). */
export function plainFinite(values: readonly number[]): number[] {
  const negativeZero = (v: number) => (Object.is(v, -0) ? 0 : 1);
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b || negativeZero(a) - negativeZero(b));
}

export function plainMedian(values: readonly number[]): number {
  const s = plainFinite(values);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function plainMad(values: readonly number[]): number {
  const m = plainMedian(values);
  return plainMedian(plainFinite(values).map((v) => Math.abs(v - m)));
}

/** Every window of h sorted values, its variance computed from scratch; the first smallest wins. */
export function plainLtm(values: readonly number[], h: number): { first: number; mean: number; rms: number } {
  const s = plainFinite(values);
  let best = { first: -1, mean: NaN, rms: NaN, ss: Infinity };
  for (let i = 0; i + h <= s.length; i++) {
    const w = s.slice(i, i + h);
    const mean = w.reduce((a, b) => a + b, 0) / h;
    const ss = w.reduce((a, b) => a + (b - mean) ** 2, 0);
    if (best.first < 0 || ss < best.ss - 1e-9 * Math.max(1, best.ss)) best = { first: i, mean, rms: Math.sqrt(ss / (h - 1)), ss };
  }
  return best;
}

/** Standard deviation of a normal truncated to its central fraction f, by Simpson's rule (the inverse of the consistency factor). */
export function truncatedNormalSd(f: number): number {
  // z from f by bisection over the integrated density
  const density = (x: number) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  const integrate = (g: (x: number) => number, a: number, b: number, steps = 20000) => {
    const h = (b - a) / steps;
    let sum = g(a) + g(b);
    for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * g(a + i * h);
    return (sum * h) / 3;
  };
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (2 * integrate(density, 0, mid, 2000) < f) lo = mid;
    else hi = mid;
  }
  const z = (lo + hi) / 2;
  const variance = (2 * integrate((x) => x * x * density(x), 0, z)) / f;
  return Math.sqrt(variance);
}
