import type { ChartFeed } from './crossfilter-model';
import { OUTSIDE, type Outside } from './histogram-tally';

/** One bin of a histogram: its edges, the runs passing the other charts' filters, and all its runs. */
export interface HistogramBar {
  /** The bin's index (dc's x key: the chart draws in bin units). */
  key: number;
  lo: number;
  hi: number;
  selected: number;
  total: number;
}

/** Every bin of a histogram, plus the values left out of the bins, under the other charts' filters. */
export interface HistogramCounts {
  bars: HistogramBar[];
  /** NULL/NaN values. */
  missing: number;
  /** ±Infinity values (kept in SQLite as REAL). */
  nonFinite: number;
  /** Finite values below the first edge (for log bins: positive ones only). */
  below: number;
  /** Finite values above the top edge. */
  above: number;
  /** Log bins: finite values ≤ 0, which no log axis shows. */
  notPositive: number;
}

/**
 * Reads a histogram feed's tally once: one bar per bin (empty bins included),
 * `selected` under the other charts' filters (never its own), `total` over all
 * runs, and the values without a bin, by why.
 */
export function histogramBars(feed: ChartFeed): HistogramCounts {
  const binning = feed.binning!;
  const { edges, bins } = binning;
  const tally = feed.binTally?.() ?? new Uint32Array(bins + OUTSIDE.length);
  const outside = (why: Outside) => tally[bins + OUTSIDE.indexOf(why)];
  const counts = { missing: outside('missing'), nonFinite: outside('nonFinite'), below: outside('below'), above: outside('above'), notPositive: outside('notPositive') };
  const totals = feed.totals ?? new Uint32Array(bins);
  const bars = Array.from({ length: bins }, (_, i) => ({ key: i, lo: edges[i], hi: edges[i + 1], selected: tally[i], total: totals[i] }));
  return { bars, ...counts };
}
