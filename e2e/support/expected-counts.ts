import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { rowTitle } from '../../src/charts/chart-texts';
import type { CategoryValue } from '../../src/data/typed-table';
import { E2E_DATA } from './e2e-paths';

/** One row of the tests' runlens.csv as text cells (empty = missing). */
export type CsvRow = Record<string, string>;

const csvPath = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), E2E_DATA, 'runlens.csv');

/** The data rows of the tests' runlens.csv (build/e2e-data/), the file the app under test serves. */
export function readRunsCsv(): CsvRow[] {
  return parseRunsCsv(readFileSync(csvPath, 'utf8'), csvPath);
}

/** The data rows of a runlens.csv's text; `label` names it in errors. */
export function parseRunsCsv(text: string, label: string): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${label}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** Rows whose run lies in the closed range [lo, hi]. */
export function rowsInRunRange(rows: readonly CsvRow[], lo: number, hi: number): CsvRow[] {
  return rows.filter((row) => Number(row.run) >= lo && Number(row.run) <= hi);
}

/** Count per category of `column` (an empty cell is missing: null, apart from every text). */
export function countsBy(rows: readonly CsvRow[], column: string): Map<CategoryValue, number> {
  const counts = new Map<CategoryValue, number>();
  for (const row of rows) {
    const category = row[column] === '' ? null : row[column];
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** The distinct categories of `column` in `rows`, texts sorted, missing (null) last when present. */
export function categoriesOf(rows: readonly CsvRow[], column: string): CategoryValue[] {
  return sortCategories([...countsBy(rows, column).keys()]);
}

/** Categories in the order categoriesOf gives: texts sorted, null last. */
export function sortCategories(categories: readonly CategoryValue[]): CategoryValue[] {
  const texts = categories.filter((c): c is string => c !== null).sort();
  return categories.includes(null) ? [...texts, null] : texts;
}

/** Expected row-chart titles for the categories the chart shows, counts from `counts`. */
export function expectedTitles(categories: readonly CategoryValue[], counts: ReadonlyMap<CategoryValue, number>): string[] {
  return categories.map((category) => rowTitle({ category, value: counts.get(category) ?? 0 }));
}

/** Rows where `column` holds a finite number. */
export function rowsWithNumber(rows: readonly CsvRow[], column: string): CsvRow[] {
  return rows.filter((row) => row[column] !== '' && Number.isFinite(Number(row[column])));
}

/** Rows whose `x` and `y` are both finite and inside the closed box [x0, x1] × [y0, y1]. */
export function rowsInBox(rows: readonly CsvRow[], x: string, y: string, box: { x0: number; x1: number; y0: number; y1: number }): CsvRow[] {
  return rowsWithNumber(rowsWithNumber(rows, x), y).filter((row) => {
    const [vx, vy] = [Number(row[x]), Number(row[y])];
    return vx >= box.x0 && vx <= box.x1 && vy >= box.y0 && vy <= box.y1;
  });
}
