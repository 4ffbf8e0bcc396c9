import { expect, type Page } from '@playwright/test';
import type { CsvRow } from './expected-counts';

/** Test helpers for trend charts: the axis-mode select, period bands, and what the CSV says they should show. */

/** Picks axis `mode` in a trend's header and waits until the chart is drawn in it. */
export async function chooseAxisMode(page: Page, chart: string, mode: string): Promise<void> {
  await page.locator(`[data-chart="${chart}"] select.axis-mode`).selectOption(mode);
  await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-axis-mode', mode);
}

/** Rows sorted by run (the order the trend lays runs out in). */
export function inRunOrder(rows: readonly CsvRow[]): CsvRow[] {
  return [...rows].sort((a, b) => Number(a.run) - Number(b.run));
}

/**
 * The stretches of consecutive runs sharing a category of `column`, in run
 * order, over the runs that are placed (`placed`) and have a category (an
 * empty cell neither splits a stretch nor makes one).
 */
export function stretchesOf(rows: readonly CsvRow[], column: string, placed: (row: CsvRow) => boolean = () => true): string[] {
  const stretches: string[] = [];
  for (const row of inRunOrder(rows)) {
    const category = row[column];
    if (category === '' || !placed(row)) continue;
    if (stretches[stretches.length - 1] !== category) stretches.push(category);
  }
  return stretches;
}

/** The left and right viewport pixels of each visible period label of a trend. */
export function periodLabelBoxes(page: Page, chart: string): Promise<[number, number][]> {
  return page.locator(`[data-chart="${chart}"] text.period-label`).evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return [box.left, box.right] as [number, number];
    }));
}

/** Finite extent of numbers widened by 2 % a side, as the trend's axes pad theirs. */
export function paddedOf(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = (hi - lo) * 0.02 || 0.5;
  return [lo - pad, hi + pad];
}
