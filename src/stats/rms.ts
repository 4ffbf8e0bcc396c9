import { mean } from './mean';

/**
 * RMS in ROOT's sense (TMath::RMS): the sample standard deviation of the
 * finite values, sqrt(Σ(x − mean)² / (n − 1)), computed in two passes. NaN
 * for fewer than two finite values.
 */
export function rms(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      sum += (v - m) * (v - m);
      n++;
    }
  }
  return n < 2 ? NaN : Math.sqrt(sum / (n - 1));
}
