import { expect, type Page } from '@playwright/test';
import { histogramFooterText } from '../../src/charts/chart-texts';
import { barTitles, contextBarTitles, rowLabels, rowTitles } from './dashboard-page';
import { expectedBinTitles, finiteValues, parseBinTitle } from './expected-bins';
import { categoriesOf, countsBy, expectedTitles, sortCategories, type CsvRow } from './expected-counts';

/**
 * Checks a row chart against the CSV: its rows are exactly the categories of
 * `column` in `allRows` (none missing, none extra; an empty cell is the
 * missing row), each titled with its count over `selectedRows`.
 */
export async function expectRows(page: Page, chart: string, column: string, selectedRows: readonly CsvRow[], allRows: readonly CsvRow[]): Promise<void> {
  const categories = await rowLabels(page, chart);
  expect(sortCategories(categories)).toEqual(categoriesOf(allRows, column));
  await expect(rowTitles(page, chart)).toHaveText(expectedTitles(categories, countsBy(selectedRows, column)));
}

/**
 * Checks every bar title of histogram `chart` on `column` against the CSV
 * (selected over `selectedRows`, the bin's total over `allRows`) and its
 * footer (values left out of the bins, counted over `selectedRows`).
 * Returns the titles.
 */
export async function expectBins(page: Page, chart: string, column: string, selectedRows: readonly CsvRow[], allRows: readonly CsvRow[]): Promise<string[]> {
  const titles = await barTitles(page, chart).allTextContents();
  const shown = titles.map(parseBinTitle);
  expect(shown.length).toBeGreaterThan(1);
  expect(titles).toEqual(expectedBinTitles(shown, column, selectedRows, allRows));
  // The bins and the runs outside their range cover every finite value; the context layer carries the same titles.
  const [lo, hi] = [shown[0].lo, shown[shown.length - 1].hi];
  const outside = finiteValues(allRows, column).filter((v) => v < lo || v > hi).length;
  expect(shown.reduce((sum, bin) => sum + bin.total, 0) + outside).toBe(finiteValues(allRows, column).length);
  await expect(contextBarTitles(page, chart)).toHaveText(titles);
  await expect(page.locator(`[data-chart="${chart}"] .chart-footer`)).toHaveText(expectedFooter(selectedRows, column, lo, hi));
  return titles;
}

/**
 * The footer a histogram on `column` with linear bins over [lo, hi] shows over
 * `rows`: empty cells are missing, other non-numbers ±inf, finite values
 * outside [lo, hi] below or above the range.
 */
export function expectedFooter(rows: readonly CsvRow[], column: string, lo = -Infinity, hi = Infinity): string {
  const missing = rows.filter((row) => row[column] === '').length;
  const nonFinite = rows.filter((row) => row[column] !== '' && !Number.isFinite(Number(row[column]))).length;
  const values = finiteValues(rows, column);
  return histogramFooterText(missing, nonFinite, { below: values.filter((v) => v < lo).length, above: values.filter((v) => v > hi).length, notPositive: 0 });
}
