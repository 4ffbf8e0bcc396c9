import { COLUMN_FILE_ENCODINGS, DATA_FOLDERS, columnFileName, type ColumnFileMeta, type ColumnMeta } from '../../src/contract/data-contract';
import { encodeCodes, encodeF64 } from '../../src/data/column-file';
import type { ColumnValues } from '../table/column';
import type { JoinedTable } from './joined-table';
import type { StagingSet } from './open-output-set';

/**
 * Writes cols/: one file per column of `columns` (`run` first), each holding
 * the column over every joined run in `runs` order, so the browser reads a
 * view's columns without opening the SQLite file. One column is encoded at a
 * time: at 300,000 runs a file is 2.4 MB. Returns the manifest's
 * `columnFiles`, in the order of `columns`.
 */
export async function writeColumnFiles(set: StagingSet, table: JoinedTable, columns: readonly ColumnMeta[]): Promise<ColumnFileMeta[]> {
  const located = new Map<string, { rowOf: Int32Array; values: ColumnValues }>();
  for (const source of table.sources) for (const column of source.columns) located.set(column.name, { rowOf: source.rowOf, values: column.values });
  await set.addFolder(DATA_FOLDERS.columns);
  const metas: ColumnFileMeta[] = [];
  for (const [index, column] of columns.entries()) {
    const encoding = COLUMN_FILE_ENCODINGS[column.sqlType];
    const found = located.get(column.name);
    if (column.name !== 'run' && !found) throw new Error(`Internal error: column "${column.name}" of the manifest is not in the joined table.`);
    const bytes = found ? encodeColumn(found.rowOf, found.values) : encodeF64(table.runs);
    const written = await set.addFile(columnFileName(index, encoding), bytes);
    metas.push({ ...written, column: column.name, encoding });
  }
  return metas;
}

/** The column's file over the joined runs: a run its source lacks is missing. */
function encodeColumn(rowOf: Int32Array, values: ColumnValues): Uint8Array {
  switch (values.kind) {
    case 'real':
    case 'integer': {
      const data = values.data;
      return encodeF64(Float64Array.from(rowOf, (row) => (row < 0 ? NaN : data[row])));
    }
    case 'bigint': {
      const data = values.data;
      // Number() rounds to the nearest double, as SQLite's integer-to-double conversion (and so sql.js) does.
      return encodeF64(Float64Array.from(rowOf, (row) => (row < 0 || data[row] === null ? NaN : Number(data[row]))));
    }
    case 'text': {
      const data = values.data;
      return encodeCodes(Array.from(rowOf, (row) => (row < 0 ? null : data[row])));
    }
  }
}
