import type { Bar } from '../crossfilter/crossfilter-model';
import type { HistogramBar } from '../crossfilter/histogram-bars';
import type { BoxBounds } from '../crossfilter/in-box';
import type { CategoryValue } from '../data/typed-table';

/** Texts charts show and tests read: filter notes, missing counts, row titles. */

/** Text for a run range filter, e.g. `runs 285012–290221`. */
export function runRangeText(lo: number, hi: number): string {
  return `runs ${lo}–${hi}`;
}

/** A number with `digits` decimals when that is exact (bin edges), else in full (`118.0`, `0.0612`, `118.03125`). */
export function edgeText(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return Number(fixed) === value ? fixed : String(value);
}

/**
 * Text for a numeric range filter, ends exact, in interval notation: `[118.0, 121.0)`
 * when it holds lo ≤ v < hi, `[118.0, 121.0]` when `closed` (a brush up to the top edge).
 */
export function rangeText(lo: number, hi: number, digits: number, closed: boolean): string {
  return `[${edgeText(lo, digits)}, ${edgeText(hi, digits)}${closed ? ']' : ')'}`;
}

/** Text for a scatter's box filter, closed on every side, bounds exact: `x ∈ [110.5, 121], y ∈ [48.25, 52.5]`. */
export function boxText({ x0, x1, y0, y1 }: BoxBounds): string {
  return `x ∈ [${x0}, ${x1}], y ∈ [${y0}, ${y1}]`;
}

/** Title of one histogram bin, e.g. `118.0–119.0: 42 of 57 runs` (selected under the other filters, of all runs). */
export function binTitle(bar: HistogramBar, digits: number): string {
  return `${edgeText(bar.lo, digits)}–${edgeText(bar.hi, digits)}: ${bar.selected} of ${bar.total} runs`;
}

/** Values left out of the bins, counted under the chart: `missing: 3` (plus `, ±inf: 1` when any). */
export function missingText(missing: number, nonFinite: number): string {
  return nonFinite ? `missing: ${missing}, ±inf: ${nonFinite}` : `missing: ${missing}`;
}

/**
 * How a missing category reads. Rows and filter notes draw it styled (class
 * `category-missing`, italic and muted), so a value spelled the same way, or
 * `(missing)`, still looks different and is a category of its own.
 */
export const MISSING_CATEGORY_TEXT = 'missing';

/** Class of a missing category where it is drawn (its row, its part of a filter note). */
export const MISSING_CLASS = 'category-missing';

/** Text of a category: its value, or `missing` for null. */
export function categoryText(category: CategoryValue): string {
  return category ?? MISSING_CATEGORY_TEXT;
}

/** Title of one row, e.g. `LHC18b: 120`; the missing row's reads `missing (no value): 3`. */
export function rowTitle(bar: Pick<Bar, 'category' | 'value'>): string {
  return bar.category === null ? `${MISSING_CATEGORY_TEXT} (no value): ${bar.value}` : `${bar.category}: ${bar.value}`;
}

/** Runs a histogram leaves out of its bins, beside missing and ±inf (see HistogramCounts). */
export interface OutsideCounts {
  below: number;
  above: number;
  notPositive: number;
}

/** `1 run`, `3 runs`. */
export function runsText(count: number): string {
  return `${count} ${count === 1 ? 'run' : 'runs'}`;
}

/**
 * The footer of a histogram: `missing: 0`, then the runs outside its bins when
 * any, e.g. `missing: 0 · 1 run above the range · 2 runs ≤ 0 not shown (log)`.
 */
export function histogramFooterText(missing: number, nonFinite: number, { below, above, notPositive }: OutsideCounts): string {
  const parts = [missingText(missing, nonFinite)];
  if (below) parts.push(`${runsText(below)} below the range`);
  if (above) parts.push(`${runsText(above)} above the range`);
  if (notPositive) parts.push(`${runsText(notPositive)} ≤ 0 not shown (log)`);
  return parts.join(' · ');
}

/**
 * A bin edge as an axis tick shows it, short: up to 4 significant digits
 * (`118`, `0.0612`), in exponent form beyond 1e6 or below 1e-3 (`4.29e9`, `1e308`, `-1e308`).
 */
export function tickText(value: number): string {
  const size = Math.abs(value);
  if (value === 0) return '0';
  if (size >= 1e6 || size < 1e-3) return value.toExponential(2).replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(value.toPrecision(4)));
}
