import { erf } from './erf';

/**
 * Factor that turns the RMS of the central `fraction` of normally distributed
 * values into their standard deviation: 1 / sqrt(1 − 2·z·φ(z) / f), where
 * ±z bound the central fraction f (erf(z/√2) = f) and φ is the normal
 * density. 1 for f = 1 (nothing trimmed); about 1.514 for f = 0.8, 2.643 for
 * f = 0.5. ALICE's TStatToolkit::EvaluateUni tabulates the same factor in
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

/** z with erf(z/√2) = f, by bisection (erf is increasing; 200 halvings reach double precision). */
function centralBound(f: number): number {
  let lo = 0;
  let hi = 12;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (erf(mid / Math.SQRT2) < f) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
