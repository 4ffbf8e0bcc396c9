import type { ChartFeed } from './crossfilter-model';
import { binIndex } from './histogram-bins';
import { isInfiniteKey, MISSING_KEY } from './missing-sentinel';

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
 * Reads a histogram feed's group once: one bar per bin (empty bins included),
 * `selected` under the other charts' filters (never its own), `total` over all
 * runs, and the values without a bin, by why.
 */
export function histogramBars(feed: ChartFeed): HistogramCounts {
  const binning = feed.binning!;
  const { edges } = binning;
  const selected = new Uint32Array(binning.bins);
  const counts = { missing: 0, nonFinite: 0, below: 0, above: 0, notPositive: 0 };
  for (const { key, value } of feed.group?.all() ?? []) {
    if (key === MISSING_KEY) counts.missing += value;
    else if (isInfiniteKey(key)) counts.nonFinite += value;
    else if (binning.scale === 'log' && key <= 0) counts.notPositive += value;
    else if (key < binning.lo) counts.below += value;
    else if (key > binning.hi) counts.above += value;
    else selected[binIndex(binning, key)] += value;
  }
  const totals = feed.totals ?? new Uint32Array(binning.bins);
  const bars = Array.from(selected, (count, i) => ({ key: i, lo: edges[i], hi: edges[i + 1], selected: count, total: totals[i] }));
  return { bars, ...counts };
}
