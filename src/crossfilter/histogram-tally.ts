import { binIndex, type Binning } from './histogram-bins';
import { isInfiniteKey, MISSING_KEY, numericAccessor } from './missing-sentinel';

/** Where a run without a bin is counted: slots after the bins, in this order. */
export const OUTSIDE = ['missing', 'nonFinite', 'notPositive', 'below', 'above'] as const;
export type Outside = (typeof OUTSIDE)[number];

/**
 * Each row's slot in a histogram: its bin (0 … bins − 1), or bins + the
 * index in OUTSIDE of why it has none: NULL/NaN (missing), ±Infinity, ≤ 0
 * under log bins, below the first edge, above the top edge. The same rows
 * land in the same bins as a range filter on the histogram's dimension
 * (numericAccessor's keys) selects them.
 */
export function histogramSlots(binning: Binning, values: Float64Array): Uint32Array {
  const key = numericAccessor(values);
  const slots = new Uint32Array(values.length);
  const outside = (why: Outside) => binning.bins + OUTSIDE.indexOf(why);
  const [missing, nonFinite, notPositive, below, above] = OUTSIDE.map(outside);
  for (let row = 0; row < values.length; row++) {
    const value = key(row);
    if (value === MISSING_KEY) slots[row] = missing;
    else if (isInfiniteKey(value)) slots[row] = nonFinite;
    else if (binning.scale === 'log' && value <= 0) slots[row] = notPositive;
    else if (value < binning.lo) slots[row] = below;
    else if (value > binning.hi) slots[row] = above;
    else slots[row] = binIndex(binning, value);
  }
  return slots;
}
