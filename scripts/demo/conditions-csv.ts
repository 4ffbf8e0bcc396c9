import { CONDITION_COLUMNS, type ConditionRow } from './conditions';

/** One CSV cell: empty for null, numbers in JavaScript's shortest round-trip form, text quoted when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The run-condition table as CSV text: a header line, one line per row, LF line endings. */
export function toConditionsCsv(rows: readonly ConditionRow[]): string {
  const lines = [CONDITION_COLUMNS.join(',')];
  for (const row of rows) lines.push(CONDITION_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}
