import type { ColumnValues } from '../table/column';
import { ByteChunks } from './byte-chunks';
import { joinedColumns, type JoinedTable } from './joined-table';

/** Bytes gathered into chunks of about this many. */
const CHUNK_BYTES = 1 << 20;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** One cell source of a line: numbers are written inline, other kinds through their formatter. */
type CellSource =
  | { rowOf: Int32Array; numbers: Float64Array; text?: undefined }
  | { rowOf: Int32Array; numbers?: undefined; text: (row: number) => string };

/**
 * The joined table as CSV, UTF-8 bytes in chunks of about 1 MiB (so a table
 * of any length streams to a file): header `run` then the column names, one
 * line per run, empty cell = missing (a run absent from a source too),
 * numbers in shortest round-trip form (String(value); ±Inf as `Infinity` /
 * `-Infinity`, −0 as `0` like SQLite), text made spreadsheet-safe
 * (spreadsheetSafe) and quoted when it holds a comma, quote, line break or
 * surrounding space.
 */
export function* csvChunks(table: JoinedTable): Generator<Uint8Array> {
  const cells: CellSource[] = table.sources.flatMap((s) => s.columns.map((c) => cellSource(s.rowOf, c.values)));
  const out = new ByteChunks(CHUNK_BYTES);
  out.utf8(`${['run', ...joinedColumns(table).map((c) => c.name)].map(quoteCell).join(',')}\n`);
  const { runs } = table;
  for (let i = 0; i < runs.length; i++) {
    out.ascii(String(runs[i]));
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      out.byte(COMMA);
      const row = cell.rowOf[i];
      if (row < 0) continue;
      if (cell.numbers !== undefined) {
        const v = cell.numbers[row];
        // NaN is missing. String(-0) is '0': SQLite cannot keep −0.0 (it stores 0), so both outputs say 0.
        if (v === v) out.ascii(String(v));
      } else out.utf8(cell.text(row));
    }
    out.byte(NEWLINE);
    if (out.full) yield out.take();
  }
  if (!out.empty) yield out.take();
}

/** The whole CSV as one string (small tables and tests). */
export function writeCsv(table: JoinedTable): string {
  return Buffer.concat([...csvChunks(table)]).toString('utf8');
}

function cellSource(rowOf: Int32Array, values: ColumnValues): CellSource {
  switch (values.kind) {
    case 'real':
    case 'integer':
      return { rowOf, numbers: values.data };
    case 'bigint':
      return { rowOf, text: (row) => values.data[row]?.toString() ?? '' };
    case 'text':
      return {
        rowOf,
        text: (row) => {
          const v = values.data[row];
          return v === null ? '' : quoteCell(spreadsheetSafe(v));
        },
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
