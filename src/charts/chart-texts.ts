import type { Bar } from '../crossfilter/crossfilter-model';

/** Texts charts show and tests read: filter notes, missing counts, row titles. */

/** Text for a run range filter, e.g. `runs 285012–290221`. */
export function runRangeText(lo: number, hi: number): string {
  return `runs ${lo}–${hi}`;
}

/** Text for a numeric range filter with 4 significant digits. */
export function rangeText(lo: number, hi: number): string {
  return `${Number(lo.toPrecision(4))} – ${Number(hi.toPrecision(4))}`;
}

/** Values left out of the bins, counted under the chart: `missing: 3` (plus `, ±inf: 1` when any). */
export function missingText(missing: number, nonFinite: number): string {
  return nonFinite ? `missing: ${missing}, ±inf: ${nonFinite}` : `missing: ${missing}`;
}

/** Title of one row, e.g. `LHC18b: 120` (tests read these). */
export function rowTitle(bar: Bar): string {
  return `${bar.key}: ${bar.value}`;
}
