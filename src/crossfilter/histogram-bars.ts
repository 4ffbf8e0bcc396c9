import type { ChartFeed } from './crossfilter-model';
import { binIndex } from './histogram-bins';
import { isInfiniteKey, MISSING_KEY } from './missing-sentinel';

/** One bin of a histogram: its edges, the runs passing the other charts' filters, and all its runs. */
export interface HistogramBar {
  /** The bin's left edge (dc's x key). */
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
}

/**
 * Reads a histogram feed's group once: one bar per bin (empty bins included),
 * `selected` under the other charts' filters (never its own), `total` over all runs.
 */
export function histogramBars(feed: ChartFeed): HistogramCounts {
  const binning = feed.binning!;
  const { edges } = binning;
  const selected = new Uint32Array(binning.bins);
  let missing = 0;
  let nonFinite = 0;
  for (const { key, value } of feed.group?.all() ?? []) {
    if (key === MISSING_KEY) missing = value;
    else if (isInfiniteKey(key)) nonFinite += value;
    else selected[binIndex(binning, key)] += value;
  }
  const totals = feed.totals ?? new Uint32Array(binning.bins);
  const bars = Array.from(selected, (count, i) => ({ key: edges[i], lo: edges[i], hi: edges[i + 1], selected: count, total: totals[i] }));
  return { bars, missing, nonFinite };
}
