import type { ColumnValues } from '../table/column';
import { joinedColumns, type JoinedTable } from './joined-table';

/** Text gathered into chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * The joined table as CSV text, in chunks of about 1 MiB (so a table of any
 * length streams to a file): header `run` then the column names, one line
 * per run, empty cell = missing (a run absent from a source too), numbers in
 * shortest round-trip form (±Inf as `Infinity` / `-Infinity`, −0 as `0` like
 * SQLite), text made spreadsheet-safe (spreadsheetSafe) and quoted when it
 * holds a comma, quote, line break or surrounding space.
 */
export function* csvChunks(table: JoinedTable): Generator<string> {
  const columns = joinedColumns(table);
  const cells = table.sources.flatMap((s) => s.columns.map((c) => ({ rowOf: s.rowOf, format: cellFormatter(c.values) })));
  let chunk = `${['run', ...columns.map((c) => c.name)].map(quoteCell).join(',')}\n`;
  for (let i = 0; i < table.runs.length; i++) {
    let line = String(table.runs[i]);
    for (const cell of cells) {
      const row = cell.rowOf[i];
      line += row < 0 ? ',' : `,${cell.format(row)}`;
    }
    chunk += `${line}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** The whole CSV as one string (small tables and tests). */
export function writeCsv(table: JoinedTable): string {
  return [...csvChunks(table)].join('');
}

function cellFormatter(values: ColumnValues): (row: number) => string {
  switch (values.kind) {
    case 'real':
    case 'integer': {
      const data = values.data;
      // String(-0) is '0': SQLite cannot keep −0.0 (it stores 0), so both outputs say 0.
      return (row) => (Number.isNaN(data[row]) ? '' : String(data[row]));
    }
    case 'bigint':
      return (row) => values.data[row]?.toString() ?? '';
    case 'text':
      return (row) => {
        const v = values.data[row];
        return v === null ? '' : quoteCell(spreadsheetSafe(v));
      };
  }
}

/** First characters that make a spreadsheet run a cell as a formula (also their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell as the CSV export writes it: one that a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, the spreadsheets' own mark for "this is text"; a
 * plain number such as -5 or +1.5e3 stays as it is (it is a number, not a
 * formula). Only the CSV changes: SQLite holds the value as read.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function quoteCell(text: string): string {
  const needsQuotes = /[",\r\n]/.test(text) || text !== text.trim() || text === '';
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
