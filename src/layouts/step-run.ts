/** Which runs the viewer steps through, and the step itself. Pure. */

/**
 * The runs of the current selection that have histograms, in run order:
 * rows of `runs` (the table's run column, ascending) passing `isSelected`,
 * kept only when `hasHistograms` says so.
 */
export function runsToStep(runs: ArrayLike<number>, isSelected: (row: number) => boolean, hasHistograms: (run: number) => boolean): number[] {
  const out: number[] = [];
  for (let row = 0; row < runs.length; row++) if (isSelected(row) && hasHistograms(runs[row])) out.push(runs[row]);
  return out;
}

/**
 * The run after (`direction` 1) or before (−1) `current` in `runs`
 * (ascending). `current` need not be among them: the next one above it, or
 * the previous one below it. Null at either end, for an empty list, or when
 * there is no current run and no direction can be taken from it.
 */
export function stepRun(runs: readonly number[], current: number | null, direction: 1 | -1): number | null {
  if (runs.length === 0) return null;
  if (current === null) return direction === 1 ? runs[0] : runs[runs.length - 1];
  // First index whose run is above current (after), or at or above current (for the one before).
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (direction === 1 ? runs[mid] <= current : runs[mid] < current) lo = mid + 1;
    else hi = mid;
  }
  const at = direction === 1 ? lo : lo - 1;
  return at >= 0 && at < runs.length ? runs[at] : null;
}
