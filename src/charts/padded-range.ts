/** Finite extent widened by 2 % on each side (half a unit when it is one value; [0, 1] when none). */
export function paddedRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return [0, 1];
  const pad = (hi - lo) * 0.02 || 0.5;
  return [lo - pad, hi + pad];
}
