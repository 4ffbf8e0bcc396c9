/** Whole runs inside the brushed span [from, to]: [ceil, floor] of its ends, or null when it holds none. */
export function snapToRuns(from: number, to: number): [number, number] | null {
  const lo = Math.ceil(Math.min(from, to));
  const hi = Math.floor(Math.max(from, to));
  return lo <= hi ? [lo, hi] : null;
}
