import type { ReportEntry } from '../../src/contract/data-contract';
import type { ColumnValues } from '../table/column';
import { messages } from './messages';
import type { SourceTable } from './source-table';

const WRAP = 2 ** 32;
/** How close to 2^32 a value must lie to look wrapped. */
export const WRAP_WINDOW = 2 ** 20;
/** The column's other values must all lie below this (256 times below 2^32) for a value near 2^32 to stand out. */
export const WRAP_OTHERS_BELOW = 2 ** 24;

/**
 * Plausibility findings of one source (one entry per run, after its repeats
 * are resolved), reported and never changing a value: every run outside
 * `range` ('run-out-of-range', with the file and entry it came from, when
 * `checkRuns`), and every value that looks like a 32-bit counter gone round
 * ('wrapped-value', see isWrapSuspect) in a numeric column whose other values
 * are all far smaller. Non-finite values are counted by countNonFinite.
 */
export function checkPlausibility(table: SourceTable, range: readonly [number, number], checkRuns: boolean): ReportEntry[] {
  const report: ReportEntry[] = [];
  if (checkRuns) {
    table.keys.forEach((run, row) => {
      if (run >= range[0] && run <= range[1]) return;
      const origin = table.origins[row] ?? { file: '', entry: row };
      report.push({ kind: 'run-out-of-range', source: table.source, run, file: origin.file, entry: origin.entry, range: [range[0], range[1]] });
    });
  }
  for (const column of table.columns) {
    for (const row of wrappedRows(column.values)) {
      const value = numberAt(column.values, row)!;
      const detail = value >= WRAP ? messages.wrappedAbove(value) : messages.wrappedBelow(value);
      report.push({ kind: 'wrapped-value', source: table.source, column: column.name, run: table.keys[row], value, detail });
    }
  }
  return report;
}

/** Within WRAP_WINDOW above 2^32 (a counter difference gone round), or below it (a small negative number read as unsigned). */
export function isWrapSuspect(value: number): boolean {
  return Math.abs(value - WRAP) <= WRAP_WINDOW;
}

/** Rows of a numeric column holding wrap suspects, when they are a minority and every other value is below WRAP_OTHERS_BELOW in size. */
function wrappedRows(values: ColumnValues): number[] {
  if (values.kind === 'text') return [];
  if (values.data instanceof Float64Array) return wrappedNumbers(values.data);
  const suspects: number[] = [];
  let others = 0;
  for (let row = 0; row < values.data.length; row++) {
    const v = numberAt(values, row);
    if (v === null || !Number.isFinite(v)) continue;
    if (isWrapSuspect(v)) suspects.push(row);
    else if (Math.abs(v) >= WRAP_OTHERS_BELOW) return [];
    else others++;
  }
  return suspects.length > 0 && suspects.length < others ? suspects : [];
}

/** wrappedRows for numbers held as doubles (NaN = missing), without the per-row type checks. */
function wrappedNumbers(data: Float64Array): number[] {
  const suspects: number[] = [];
  let others = 0;
  for (let row = 0; row < data.length; row++) {
    const v = data[row];
    if (!Number.isFinite(v)) continue;
    if (isWrapSuspect(v)) suspects.push(row);
    else if (Math.abs(v) >= WRAP_OTHERS_BELOW) return [];
    else others++;
  }
  return suspects.length > 0 && suspects.length < others ? suspects : [];
}

function numberAt(values: ColumnValues, row: number): number | null {
  const v = values.data[row];
  if (v === null || v === undefined) return null;
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : null;
  return n === null || Number.isNaN(n) ? null : n;
}
