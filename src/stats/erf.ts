/**
 * The error function erf(x), to about 1e-15, from the series
 * erf(x) = 2/√π · e^(−x²) · Σₖ 2ᵏ x^(2k+1) / (1·3·…·(2k+1)),
 * whose terms are all positive (no cancellation). Beyond |x| = 6 erf is 1 to
 * double precision. NaN gives NaN.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x > 6) return 1;
  let term = x;
  let sum = x;
  for (let k = 1; k < 500; k++) {
    term *= (2 * x * x) / (2 * k + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum);
}
