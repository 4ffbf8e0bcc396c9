import type { ReportEntry } from '../../src/contract/data-contract';
import type { Column } from '../table/column';
import { BuildError } from './build-error';
import { clip } from './clip-text';
import { inferCsvColumn, isCsvNumber, parseCsvKey } from './infer-csv-column';
import { messages } from './messages';
import { parseCsvRecords, type CsvRecord } from './parse-csv-records';
import { ENTRY_KEY } from './sources-config';
import { isWholeKey, notWhole } from './source-keys';
import type { EntryOrigin, KeyedPart } from './source-table';

/** One CSV file read: the part, what was reported, and the NaN-spelled cells per column (for countNonFinite). */
export interface CsvSourceRead {
  part: KeyedPart;
  report: ReportEntry[];
  nanCells: ReadonlyMap<string, number>;
}

/** How to read one CSV file besides its key. */
export interface CsvReadOptions {
  /** Column names of a file without header line (every line is data). */
  columns?: readonly string[];
  /** With `"key": "$entry"`: the entries of the source's earlier files (keys continue from there). */
  firstEntry?: number;
}

/**
 * Reads one CSV file of a source: header row (or `options.columns` for a
 * file without one; a first line of numbers only is then taken for data and
 * is fatal), then one row per entry. With `"key": "$entry"` the key is the
 * entry number. A key written as a decimal ("285000.0") is accepted when it
 * is a whole number (reported once per file as 'float-key'); one that is not
 * ("2.5") is fatal, naming the line. Rows
 * whose key is empty or not an integer are reported ('invalid-key') and left
 * out; a missing key column, an empty or repeated header name, a row with the
 * wrong number of fields or a quoting error is fatal (naming the line).
 * A column stored as text although most cells are numbers is reported
 * ('text-column', with up to 3 of the cells that made it text).
 */
export function readCsvSource(text: string, file: string, source: string, key: string, options: CsvReadOptions = {}): CsvSourceRead {
  const records = parseCsvRecords(text, file);
  const header = options.columns ? [...options.columns] : records[0]?.fields ?? [];
  checkHeader(header, file);
  if (!options.columns && header.length > 0 && header.every((cell) => isCsvNumber(cell.trim()))) {
    throw new BuildError({ kind: 'csv-malformed', file, object: 'line 1', message: messages.csvHeaderLooksLikeData(file, header.length), hint: messages.csvHeaderLooksLikeDataHint() });
  }
  const byEntry = key === ENTRY_KEY;
  const keyIndex = byEntry ? -1 : header.indexOf(key);
  if (keyIndex < 0 && !byEntry) {
    throw new BuildError({ kind: 'key-missing', file, object: key, message: messages.keyMissing(file, '', key, header), hint: messages.keyMissingHint() });
  }
  const kept: string[][] = [];
  const keys: number[] = [];
  const origins: EntryOrigin[] = [];
  const report: ReportEntry[] = [];
  let floatKeys = 0;
  const place = { file, tree: '', key, where: (line: number) => `line ${line}` };
  records.slice(options.columns ? 0 : 1).forEach((record, entry) => {
    const row = checkedRow(record, header.length, file);
    if (byEntry) {
      kept.push(row);
      keys.push((options.firstEntry ?? 0) + entry);
      origins.push({ file, entry });
      return;
    }
    const parsed = parseCsvKey(row[keyIndex]);
    const cell = row[keyIndex].trim();
    if (!parsed.ok && parsed.why === 'not-integer' && isCsvNumber(cell)) {
      if (!isWholeKey(Number(cell))) throw notWhole(place, record.line, cell);
      floatKeys++;
      kept.push(row);
      keys.push(Number(cell));
      origins.push({ file, entry });
    } else if (parsed.ok) {
      kept.push(row);
      keys.push(parsed.run);
      origins.push({ file, entry });
    } else {
      report.push({ kind: 'invalid-key', source, file, entry, value: clip(row[keyIndex]), reason: invalidKeyReason(parsed.why) });
    }
  });
  const columns: Column[] = [];
  const nanCells = new Map<string, number>();
  header.forEach((name, i) => {
    if (i === keyIndex) return;
    const inferred = inferCsvColumn(kept.map((r) => r[i]));
    columns.push({ name, rootType: 'csv', title: '', unit: '', values: inferred.values });
    if (inferred.nanCells > 0) nanCells.set(name, inferred.nanCells);
    if (inferred.textExamples.length > 0) report.push({ kind: 'text-column', source, file, column: name, examples: inferred.textExamples.map((e) => clip(e)) });
  });
  if (floatKeys > 0) report.unshift({ kind: 'float-key', source, file, column: key, rootType: 'csv', count: floatKeys });
  return { part: { file, entries: kept.length, keys: Float64Array.from(keys), origins, columns }, report, nanCells };
}

function checkedRow(record: CsvRecord, expected: number, file: string): string[] {
  if (record.fields.length === expected) return record.fields;
  const message = messages.csvMalformed(file, record.line, record.fields.length, expected);
  throw new BuildError({ kind: 'csv-malformed', file, object: `line ${record.line}`, message, hint: messages.csvHint() });
}

function checkHeader(header: readonly string[], file: string): void {
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.trim() === '') {
      throw new BuildError({ kind: 'csv-malformed', file, object: `column ${i + 1}`, message: messages.csvEmptyHeader(file, i + 1), hint: messages.csvHint() });
    }
    // A NUL (or another control character) in a column name cannot become an SQLite identifier.
    if (/[\u0000-\u001f\u007f]/.test(name)) {
      throw new BuildError({ kind: 'csv-malformed', file, object: `column ${i + 1}`, message: messages.csvControlInHeader(file, i + 1, name), hint: messages.csvHint() });
    }
    if (seen.has(name)) {
      throw new BuildError({ kind: 'csv-malformed', file, object: name, message: messages.csvDuplicateHeader(file, name), hint: messages.csvHint() });
    }
    seen.add(name);
  });
}

function invalidKeyReason(why: 'empty' | 'not-integer' | 'too-large'): string {
  if (why === 'empty') return messages.invalidKeyEmpty();
  return why === 'not-integer' ? messages.invalidKeyNotInteger() : messages.invalidKeyTooLarge();
}
