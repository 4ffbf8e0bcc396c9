import { binTitle } from '../../src/charts/chart-texts';
import type { CsvRow } from './expected-counts';

/** A histogram bin as its title states it: `lo–hi: selected of total runs`. */
export interface TitledBin {
  lo: number;
  hi: number;
  selected: number;
  total: number;
  /** Decimals the title prints the edges with. */
  digits: number;
}

const TITLE = /^(-?[\d.]+(?:e[+-]?\d+)?)–(-?[\d.]+(?:e[+-]?\d+)?): (\d+) of (\d+) runs$/;

/** Parses a bin title; throws naming the title when it does not have the agreed form. */
export function parseBinTitle(title: string): TitledBin {
  const match = TITLE.exec(title);
  if (!match) throw new Error(`bar title "${title}" is not "lo–hi: n of N runs"`);
  const digits = match[1].split('.')[1]?.length ?? 0;
  return { lo: Number(match[1]), hi: Number(match[2]), selected: Number(match[3]), total: Number(match[4]), digits };
}

/** Finite values of `column` in `rows`. */
export function finiteValues(rows: readonly CsvRow[], column: string): number[] {
  return rows.filter((row) => row[column] !== '').map((row) => Number(row[column])).filter(Number.isFinite);
}

/** Values in the bin [lo, hi) — or [lo, hi] for the last bin, as the app bins its top edge. */
export function countInBin(values: readonly number[], lo: number, hi: number, last: boolean): number {
  return values.filter((v) => v >= lo && (v < hi || (last && v === hi))).length;
}

/**
 * The titles the bins should have: the edges as shown, `selected` counted over
 * `selectedRows` (runs passing the other charts' filters) and `total` over `allRows`.
 */
export function expectedBinTitles(shown: readonly TitledBin[], column: string, selectedRows: readonly CsvRow[], allRows: readonly CsvRow[]): string[] {
  const selected = finiteValues(selectedRows, column);
  const all = finiteValues(allRows, column);
  return shown.map((bin, index) => {
    const last = index === shown.length - 1;
    const bar = { key: bin.lo, lo: bin.lo, hi: bin.hi, selected: countInBin(selected, bin.lo, bin.hi, last), total: countInBin(all, bin.lo, bin.hi, last) };
    return binTitle(bar, bin.digits);
  });
}

/**
 * Rows a histogram brush selects on `column`: lo ≤ v < hi, as the bins hold
 * values, and v = hi too only when the range is closed (it ends at the top edge).
 */
export function rowsInValueRange(rows: readonly CsvRow[], column: string, { lo, hi, closed }: { lo: number; hi: number; closed: boolean }): CsvRow[] {
  return rows.filter((row) => {
    const v = row[column] === '' ? NaN : Number(row[column]);
    return v >= lo && (v < hi || (closed && v === hi));
  });
}

/** The top edge of a histogram whose bar titles are `titles` (left to right). */
export function topEdgeOf(titles: readonly string[]): number {
  return parseBinTitle(titles[titles.length - 1]).hi;
}

/** Rows where every one of `columns` holds a finite number. */
export function rowsWithNumbers(rows: readonly CsvRow[], columns: readonly string[]): CsvRow[] {
  return rows.filter((row) => columns.every((column) => row[column] !== '' && Number.isFinite(Number(row[column]))));
}
