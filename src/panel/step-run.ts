/**
 * The next row after `from` (direction +1) or before it (-1) for which
 * `isSelected` holds, in row order (rows are in run order); -1 when there is
 * none. `from` may be -1 (+1 starts at row 0) or `count` (-1 starts at the last row).
 */
export function stepRow(from: number, direction: 1 | -1, count: number, isSelected: (row: number) => boolean): number {
  for (let row = from + direction; row >= 0 && row < count; row += direction) if (isSelected(row)) return row;
  return -1;
}

/** Row of `run` in `runs` (ascending), -1 when absent. */
export function rowOfRun(runs: ArrayLike<number>, run: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid] === run) return mid;
    if (runs[mid] < run) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many rows before `row` are selected, and how many in all: for `12 of 340 selected` (position 0 when `row` is not selected). */
export function selectionPosition(row: number, count: number, isSelected: (row: number) => boolean): { position: number; selected: number } {
  let before = 0;
  let selected = 0;
  for (let r = 0; r < count; r++) {
    if (!isSelected(r)) continue;
    selected++;
    if (r < row) before++;
  }
  return { position: row >= 0 && row < count && isSelected(row) ? before + 1 : 0, selected };
}
