/**
 * The whole bins a brush spanning pixels [start, end] (either order)
 * touches, as the edge indexes [first, last + 1]; null when the span is
 * empty (a click). `edgePixel(i)` gives the pixel of edge i (increasing in
 * i). Bin i spans pixels [edgePixel(i), edgePixel(i + 1)] and is touched
 * when that span and the open span (start, end) overlap, so an end lying
 * exactly on an edge's pixel does not take the bin beyond it.
 *
 * Decided in pixels and bin indexes, never by inverting pixels to values
 * (x.invert(x(edge)) can fall just below the edge, which made a released
 * brush take one more bin than the live one). Given the pixels of its own
 * result, this returns that result again, so the live and the released
 * brush are one and the same span. Histograms drawn in bin units (log
 * bins, ranges spanning ±1e308) snap with this.
 */
export function snapToBinIndexes(start: number, end: number, edgePixel: (edge: number) => number, bins: number): [number, number] | null {
  const left = Math.max(Math.min(start, end), edgePixel(0));
  const right = Math.min(Math.max(start, end), edgePixel(bins));
  if (!(left < right)) return null;
  // first: the lowest bin whose right edge lies beyond `left`.
  let lo = 0;
  let hi = bins - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edgePixel(mid + 1) > left) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  // last: the highest bin whose left edge lies before `right`.
  lo = first;
  hi = bins - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edgePixel(mid) < right) lo = mid;
    else hi = mid - 1;
  }
  return [first, lo + 1];
}
