/** Where the rows of a virtually scrolled list are, and which to draw. */
export interface WindowInput {
  /** Pixels scrolled from the top of the list (clamped to ≥ 0). */
  scrollTop: number;
  /** Height of the visible area, in pixels. */
  viewportHeight: number;
  /** Height of every row, in pixels (> 0). */
  rowHeight: number;
  rowCount: number;
  /** Rows drawn beyond each edge of the viewport, so a fast scroll shows no gap. Default 0. */
  overscan?: number;
  /** One expanded row, `extraHeight` pixels taller than the others. */
  expanded?: { index: number; extraHeight: number };
}

/** The rows to draw: indexes first ≤ i < last, and the list's full height. */
export interface RowWindow {
  first: number;
  last: number;
  totalHeight: number;
}

/**
 * The rows of a virtually scrolled list that intersect the viewport
 * [scrollTop, scrollTop + viewportHeight), widened by `overscan` rows on each
 * side and clamped to the list; with one expanded row taller than the others.
 */
export function visibleWindow({ scrollTop, viewportHeight, rowHeight, rowCount, overscan = 0, expanded }: WindowInput): RowWindow {
  const extra = expanded && expanded.index >= 0 && expanded.index < rowCount ? Math.max(0, expanded.extraHeight) : 0;
  const at = expanded && extra > 0 ? expanded.index : -1;
  const totalHeight = rowCount * rowHeight + extra;
  if (rowCount === 0 || viewportHeight <= 0) return { first: 0, last: 0, totalHeight };
  const top = Math.max(0, scrollTop);
  const first = rowAt(top, rowHeight, at, extra);
  // The first row starting at or below the viewport's bottom edge is not drawn.
  const last = rowStartingAtOrAfter(top + viewportHeight, rowHeight, at, extra);
  return { first: clamp(Math.min(first, rowCount - 1) - overscan, rowCount), last: clamp(Math.max(last, first + 1) + overscan, rowCount), totalHeight };
}

/** Top edge of row `index` (pixels from the list's top). */
export function rowTop(index: number, rowHeight: number, expanded?: { index: number; extraHeight: number }): number {
  return index * rowHeight + (expanded && index > expanded.index ? Math.max(0, expanded.extraHeight) : 0);
}

/** The row whose span [top, top + height) holds y. */
function rowAt(y: number, h: number, at: number, extra: number): number {
  if (at < 0 || y < at * h) return Math.floor(y / h);
  if (y < (at + 1) * h + extra) return at;
  return Math.floor((y - extra) / h);
}

/** The smallest index whose top edge is at or below y. */
function rowStartingAtOrAfter(y: number, h: number, at: number, extra: number): number {
  const plain = Math.ceil(y / h);
  if (at < 0 || plain <= at) return plain;
  return Math.max(at + 1, Math.ceil((y - extra) / h));
}

function clamp(index: number, count: number): number {
  return Math.max(0, Math.min(count, index));
}
