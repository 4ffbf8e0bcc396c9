import Papa from 'papaparse';
import { BuildError } from './build-error';
import { messages } from './messages';

/** One CSV record (the header or a data row) and the line of the file it starts on (from 1). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text into records, comma-separated (no delimiter guessing),
 * skipping empty lines, with the line each record starts on: a quoted field
 * may span lines, so record and line numbers differ. Any parser error (an
 * unclosed or stray quote) is fatal: BuildError 'csv-malformed' naming the
 * file and the line, because papaparse would otherwise swallow the rest of
 * the file into one field.
 */
export function parseCsvRecords(text: string, file: string): CsvRecord[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = lineCounter(body);
  const records: CsvRecord[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    header: false,
    skipEmptyLines: true,
    step: (result) => {
      const line = lines(firstNonBreak(body, cursor));
      const error = result.errors[0];
      if (error) throw parseError(file, typeof error.index === 'number' ? lines(error.index) : line, `${error.message} (${error.code})`);
      records.push({ fields: result.data, line });
      cursor = result.meta.cursor;
    },
  });
  return records;
}

/** Line number (from 1) of a character offset; offsets must not decrease between calls. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

function firstNonBreak(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

function parseError(file: string, line: number, detail: string): BuildError {
  return new BuildError({ kind: 'csv-malformed', file, object: `line ${line}`, message: messages.csvParseError(file, line, detail), hint: messages.csvParseHint() });
}
