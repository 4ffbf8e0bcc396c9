/** True when every value is greater than the one before (so also unique); true for 0 or 1 values. */
export function isStrictlyAscending(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i] > values[i - 1])) return false;
  return true;
}
