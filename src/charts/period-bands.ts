import type { CategoryValue } from '../data/typed-table';

/** Consecutive runs (in run order) sharing one category of a trend's `groupBy` column, e.g. one period. */
export interface PeriodBand {
  category: string;
  /** Lowest and highest pixel of its runs' marks along x. */
  first: number;
  last: number;
  /** Pixels the band covers: from the boundary before it to the boundary after it. */
  left: number;
  right: number;
}

/**
 * The bands of a trend: each maximal stretch of placed rows (row order is run
 * order; rows with a NaN pixel, or whose category is missing, are skipped:
 * a run without a period neither splits a period nor makes a band of its
 * own) whose `codes` are equal, with the
 * pixel extent of its marks (`starts`, and `ends` when runs are segments).
 * Boundaries sit half-way between one band's last mark and the next one's
 * first; the first band starts at 0, the last ends at `width`.
 */
export function periodBands(codes: Uint32Array, dictionary: readonly CategoryValue[], starts: Float64Array, ends: Float64Array | undefined, width: number): PeriodBand[] {
  const bands: PeriodBand[] = [];
  let code = -1;
  for (let row = 0; row < codes.length; row++) {
    const start = starts[row];
    if (start !== start || dictionary[codes[row]] === null) continue;
    const end = ends && ends[row] === ends[row] ? ends[row] : start;
    const band = bands[bands.length - 1];
    if (band && codes[row] === code) {
      band.first = Math.min(band.first, start);
      band.last = Math.max(band.last, end);
    } else {
      code = codes[row];
      bands.push({ category: dictionary[code]!, first: Math.min(start, end), last: Math.max(start, end), left: 0, right: width });
    }
  }
  for (let i = 1; i < bands.length; i++) {
    const boundary = (bands[i - 1].last + bands[i].first) / 2;
    bands[i - 1].right = boundary;
    bands[i].left = boundary;
  }
  return bands;
}

/** A label to place: its preferred centre and its width, in pixels. */
export interface LabelBox {
  centre: number;
  width: number;
}

/**
 * Which labels to show so that none overlap (at least `gap` pixels apart) and
 * all lie inside [0, width]: labels are placed widest band first (`room`, the
 * pixels its band spans), each at its centre clamped into the plot, and kept
 * only when it clears every label already kept. Returns each kept label's
 * left pixel, NaN for a label left out.
 */
export function thinLabels(labels: readonly LabelBox[], room: readonly number[], width: number, gap = 6): Float64Array {
  const left = new Float64Array(labels.length).fill(NaN);
  const order = labels.map((_, i) => i).sort((a, b) => room[b] - room[a] || a - b);
  const kept: [number, number][] = [];
  for (const i of order) {
    const { centre, width: w } = labels[i];
    if (w > width || w > room[i]) continue;
    const at = Math.min(Math.max(centre - w / 2, 0), width - w);
    if (kept.every(([l, r]) => at + w + gap <= l || at >= r + gap)) {
      kept.push([at, at + w]);
      left[i] = at;
    }
  }
  return left;
}
