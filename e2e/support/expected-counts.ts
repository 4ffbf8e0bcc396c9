import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { MISSING_LABEL } from '../../src/data/typed-table';
import { E2E_DATA } from './e2e-paths';

/** One row of the tests' runlens.csv as text cells (empty = missing). */
export type CsvRow = Record<string, string>;

const csvPath = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), E2E_DATA, 'runlens.csv');

/** The data rows of the tests' runlens.csv (build/e2e-data/), the file the app under test serves. */
export function readRunsCsv(): CsvRow[] {
  const parsed = Papa.parse<CsvRow>(readFileSync(csvPath, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${csvPath}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** Rows whose run lies in the closed range [lo, hi]. */
export function rowsInRunRange(rows: readonly CsvRow[], lo: number, hi: number): CsvRow[] {
  return rows.filter((row) => Number(row.run) >= lo && Number(row.run) <= hi);
}

/** Count per label of `column` (empty cells counted as the app's missing label). */
export function countsBy(rows: readonly CsvRow[], column: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const label = row[column] === '' ? MISSING_LABEL : row[column];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/** The distinct labels of `column` in `rows` (empty cells as the app's missing label), sorted as text. */
export function categoriesOf(rows: readonly CsvRow[], column: string): string[] {
  return [...countsBy(rows, column).keys()].sort();
}

/** Expected row-chart titles (`label: count`) for the labels the chart shows. */
export function expectedTitles(labels: readonly string[], counts: ReadonlyMap<string, number>): string[] {
  return labels.map((label) => `${label}: ${counts.get(label) ?? 0}`);
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
