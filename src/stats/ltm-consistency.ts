import { erf } from './erf';

/**
 * Factor that turns the RMS of the central `fraction` of normally distributed
 * values into their standard deviation: 1 / sqrt(1 − 2·z·φ(z) / f), where
 * ±z bound the central fraction f (erf(z/√2) = f) and φ is the normal
 * density. 1 for f = 1 (nothing trimmed); about 1.5115 for f = 0.8, 2.6477
 * for f = 0.5. ALICE's TStatToolkit::EvaluateUni tabulates the same factor in
 * steps of 0.025 up to f = 0.75 and uses its last entry (1.6473) above that.
 * `fraction` must lie in (0, 1].
 */
export function ltmConsistency(fraction: number): number {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`ltmConsistency: fraction must be in (0, 1], got ${fraction}`);
  if (fraction === 1) return 1;
  const z = centralBound(fraction);
  const density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
  return 1 / Math.sqrt(1 - (2 * z * density) / fraction);
}

/**
 * z with erf(z/√2) = f: Newton steps on the increasing, concave function,
 * kept inside a bracket that shrinks with every step (bisection when a step
 * leaves it), to double precision.
 */
function centralBound(f: number): number {
  let lo = 0;
  let hi = 40;
  let z = 1;
  for (let i = 0; i < 100; i++) {
    const g = erf(z / Math.SQRT2) - f;
    if (g === 0) return z;
    if (g < 0) lo = z;
    else hi = z;
    const step = g / (Math.sqrt(2 / Math.PI) * Math.exp(-z * z / 2));
    let next = z - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - z) <= 1e-15 * Math.max(1, z)) return next;
    z = next;
  }
  return z;
}
