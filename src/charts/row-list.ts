import type { Bar } from '../crossfilter/crossfilter-model';
import { categoryText } from './chart-texts';
import { naturalCompare } from './natural-order';
import { visibleText } from './visible-text';

/** How a row chart orders its rows: by category (natural order, missing last) or by count (largest first). */
export type RowOrder = 'label' | 'count';

/** Key of the `others` row (real keys are category codes, ≥ 0). */
export const OTHERS_KEY = -1;

/** A row as drawn: a category's bar, or the `others` row (key OTHERS_KEY, category null) summing the rest. */
export interface ListedBar extends Bar {
  /** Position in the list (dc orders by it). */
  rank: number;
  /** Categories the `others` row stands for (0 for a category's row). */
  others: number;
}

/** The comparator of `order` over bars: natural order of the category texts (missing last), or count then natural. */
export function barComparator(order: RowOrder): (a: Bar, b: Bar) => number {
  const byLabel = (a: Bar, b: Bar) => {
    if (a.category === null || b.category === null) return a.category === b.category ? 0 : a.category === null ? 1 : -1;
    return naturalCompare(a.category, b.category);
  };
  return order === 'label' ? byLabel : (a, b) => b.value - a.value || byLabel(a, b);
}

/** The `top` categories by count over `bars` (all runs), as codes; every code when `top` is undefined or not below their number. */
export function topCodes(bars: readonly Bar[], top: number | undefined): Set<number> {
  if (top === undefined || top >= bars.length) return new Set(bars.map((bar) => bar.key));
  return new Set([...bars].sort(barComparator('count')).slice(0, top).map((bar) => bar.key));
}

/** True when `query` (case-insensitive) is part of the category as it reads (missing reads `missing`). */
export function matchesQuery(bar: Pick<Bar, 'category'>, query: string): boolean {
  return query === '' || visibleText(categoryText(bar.category)).toLowerCase().includes(query.toLowerCase());
}

/**
 * The rows of a row chart: the bars of `shown` codes in `order`, then one
 * `others` row summing every other bar (when any), kept to those matching
 * `query`; ranked 0, 1, … as listed.
 */
export function listRows(bars: readonly Bar[], shown: ReadonlySet<number>, order: RowOrder, query: string): ListedBar[] {
  const kept = bars.filter((bar) => shown.has(bar.key)).sort(barComparator(order));
  const rest = bars.filter((bar) => !shown.has(bar.key));
  const rows: Omit<ListedBar, 'rank'>[] = kept.map((bar) => ({ ...bar, others: 0 }));
  if (rest.length) rows.push({ key: OTHERS_KEY, category: null, value: rest.reduce((sum, bar) => sum + bar.value, 0), others: rest.length });
  return rows.filter((row) => (row.others ? query === '' || OTHERS_TEXT.includes(query.toLowerCase()) : matchesQuery(row, query))).map((row, rank) => ({ ...row, rank }));
}

/** Label of the `others` row. */
export const OTHERS_TEXT = 'others';

/** Title of the `others` row, e.g. `others (12 categories): 40`. */
export function othersTitle(row: Pick<ListedBar, 'others' | 'value'>): string {
  return `${OTHERS_TEXT} (${row.others} ${row.others === 1 ? 'category' : 'categories'}): ${row.value}`;
}

/** The first row to draw when the list is scrolled by `scrollTop` pixels, rows `pitch` apart, `visible` at once. */
export function firstVisibleRow(scrollTop: number, pitch: number, count: number, visible: number): number {
  return Math.max(0, Math.min(count - visible, Math.floor(scrollTop / pitch + 1e-9)));
}
