import Papa from 'papaparse';
import type { ReportEntry } from '../../src/contract/data-contract';
import type { Column } from '../table/column';
import { BuildError } from './build-error';
import { inferCsvColumn, parseCsvKey } from './infer-csv-column';
import { messages } from './messages';
import type { EntryOrigin, KeyedPart } from './source-table';

/**
 * Reads one CSV file of a source: header row, then one row per entry. Rows
 * whose key is empty or not an integer are reported ('invalid-key') and left
 * out; a missing key column, a repeated header or a row with the wrong
 * number of fields is fatal.
 */
export function readCsvSource(text: string, file: string, source: string, key: string): { part: KeyedPart; report: ReportEntry[] } {
  const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  checkHeader(header, file);
  const keyIndex = header.indexOf(key);
  if (keyIndex < 0) {
    throw new BuildError({ kind: 'key-missing', file, object: key, message: messages.keyMissing(file, '', key, header), hint: messages.keyMissingHint() });
  }
  const kept: string[][] = [];
  const keys: number[] = [];
  const origins: EntryOrigin[] = [];
  const report: ReportEntry[] = [];
  rows.slice(1).forEach((row, entry) => {
    if (row.length !== header.length) {
      throw new BuildError({ kind: 'csv-malformed', file, message: messages.csvMalformed(file, entry + 2, row.length, header.length), hint: messages.csvHint() });
    }
    const parsed = parseCsvKey(row[keyIndex]);
    if (parsed.ok) {
      kept.push(row);
      keys.push(parsed.run);
      origins.push({ file, entry });
    } else {
      report.push({ kind: 'invalid-key', source, file, entry, value: row[keyIndex], reason: invalidKeyReason(parsed.why) });
    }
  });
  const columns: Column[] = header.flatMap((name, i) =>
    i === keyIndex ? [] : [{ name, rootType: 'csv', title: '', unit: '', values: inferCsvColumn(kept.map((r) => r[i])) }],
  );
  return { part: { file, entries: kept.length, keys: Float64Array.from(keys), origins, columns }, report };
}

function checkHeader(header: readonly string[], file: string): void {
  header.forEach((name, i) => {
    if (header.indexOf(name) !== i) {
      throw new BuildError({ kind: 'csv-malformed', file, object: name, message: messages.csvDuplicateHeader(file, name), hint: messages.csvHint() });
    }
  });
}

function invalidKeyReason(why: 'empty' | 'not-integer' | 'too-large'): string {
  if (why === 'empty') return messages.invalidKeyEmpty();
  return why === 'not-integer' ? messages.invalidKeyNotInteger() : messages.invalidKeyTooLarge();
}
