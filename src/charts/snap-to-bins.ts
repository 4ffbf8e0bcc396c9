import type { Binning } from '../crossfilter/histogram-bins';

/** Value → pixel on the brush's axis (a d3 linear scale, increasing). */
export type ToPixel = (value: number) => number;

/**
 * The whole bins a brush spanning pixels [start, end] (either order) touches,
 * as the value interval [edges[first], edges[last + 1]]; null when the span
 * is empty (a click). Bin i spans pixels [x(edges[i]), x(edges[i+1])] and is
 * touched when that span and the open span (start, end) overlap, so an end
 * lying exactly on an edge's pixel does not take the bin beyond it.
 *
 * Decided in pixels, never by inverting pixels to values: x.invert(x(edge))
 * can fall just below the edge, which made a released brush (whose pixels are
 * the snapped edges' pixels) take one more bin than the live one. Given the
 * pixels of its own result, this returns that result again, so the live and
 * the released brush are one and the same interval.
 */
export function snapToBins(start: number, end: number, x: ToPixel, binning: Binning): [number, number] | null {
  const span = snapToBinIndexes(start, end, (i) => x(binning.edges[i]), binning.bins);
  return span && [binning.edges[span[0]], binning.edges[span[1]]];
}

/**
 * snapToBins in bin units: the edge indexes [first, last + 1] of the bins a
 * brush spanning pixels [start, end] touches, `edgePixel(i)` giving the pixel
 * of edge i (increasing in i); null for an empty span. A histogram drawn in
 * bin units (log bins, ranges spanning ±1e308) snaps with this.
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
