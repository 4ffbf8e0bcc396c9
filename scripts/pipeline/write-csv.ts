import { valueAt } from './column-values';
import type { JoinedTable } from './joined-table';

/**
 * The joined table as CSV text: header `run` then the column names, one line
 * per run, empty cell = missing, numbers in shortest round-trip form
 * (±Inf as `Infinity` / `-Infinity`, −0 as `0` like SQLite), text quoted when it holds a comma,
 * quote, line break or surrounding space.
 */
export function writeCsv(table: JoinedTable): string {
  const lines = [['run', ...table.columns.map((c) => c.name)].map(quoteCell).join(',')];
  for (let i = 0; i < table.runs.length; i++) {
    const cells = [String(table.runs[i]), ...table.columns.map((c) => formatCell(valueAt(c.values, i)))];
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

function formatCell(v: number | bigint | string | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return quoteCell(v);
  // String(-0) is '0': SQLite cannot keep −0.0 (it stores 0), so both outputs say 0.
  return String(v);
}

function quoteCell(text: string): string {
  const needsQuotes = /[",\r\n]/.test(text) || text !== text.trim() || text === '';
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
