import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import type { ColumnMeta, ReportEntry, SourceMeta } from '../../src/contract/data-contract';
import { fitsInt64 } from '../table/safe-integer';
import { BuildError } from './build-error';
import { valueAt } from './column-values';
import type { JoinedTable } from './joined-table';
import { messages } from './messages';


/** What goes into runlens.sqlite. */
export interface SqliteContent {
  table: JoinedTable;
  columns: ColumnMeta[];
  sources: SourceMeta[];
  report: ReportEntry[];
}

/** Loads sql.js (WebAssembly) in Node. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  return initSqlJs();
}

/** Quotes an SQL identifier: `tpc.dcar[0]` → `"tpc.dcar[0]"`. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Builds the SQLite file: `runs` (run INTEGER PRIMARY KEY, one column per
 * variable), `columns`, `sources` and `build_report`, each filled in one
 * transaction with a prepared statement. Missing and NaN become NULL, ±Inf
 * stays REAL ±Inf, 64-bit values are stored as exact INTEGER.
 */
export function writeSqlite(SQL: SqlJsStatic, content: SqliteContent): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run('BEGIN');
    insertRuns(db, content);
    insertRows(db, 'columns', ['name', 'source', 'sql_type', 'root_type', 'title', 'unit', 'exact_in_browser'], ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'INTEGER'],
      content.columns.map((c) => [c.name, c.source, c.sqlType, c.rootType, c.title, c.unit, c.exactInBrowser ? 1 : 0]));
    insertRows(db, 'sources', ['source', 'kind', 'tree', 'key', 'duplicates', 'path', 'bytes', 'sha256', 'entries', 'root_version', 'compression'],
      ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'INTEGER', 'TEXT', 'INTEGER', 'TEXT', 'TEXT'],
      content.sources.flatMap((s) => s.files.map((f) => [s.name, s.kind, s.tree, s.key, s.duplicates, f.path, f.bytes, f.sha256, f.entries, f.rootVersion, f.compression])));
    insertRows(db, 'build_report', ['kind', 'source', 'run', 'json'], ['TEXT', 'TEXT', 'INTEGER', 'TEXT'],
      content.report.map((e) => [e.kind, 'source' in e ? e.source : '', 'run' in e ? e.run : null, JSON.stringify(e)]));
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

function insertRuns(db: Database, { table, columns }: SqliteContent): void {
  const names = columns.map((c) => c.name);
  const types = columns.map((c, i) => (i === 0 ? 'INTEGER PRIMARY KEY' : c.sqlType));
  const rows = Array.from(table.runs, (run, i) => [run, ...table.columns.map((c) => toSqlValue(c.name, valueAt(c.values, i)))]);
  insertRows(db, 'runs', names, types, rows);
}

function insertRows(db: Database, table: string, names: string[], types: string[], rows: SqlValue[][]): void {
  db.run(`CREATE TABLE ${quoteIdentifier(table)} (${names.map((n, i) => `${quoteIdentifier(n)} ${types[i]}`).join(', ')})`);
  const statement = db.prepare(`INSERT INTO ${quoteIdentifier(table)} VALUES (${names.map(() => '?').join(', ')})`);
  try {
    for (const row of rows) statement.run(row);
  } finally {
    statement.free();
  }
}

/** sql.js binds a bigint as its decimal text; INTEGER affinity stores it as an exact 64-bit integer. */
function toSqlValue(column: string, v: number | bigint | string | null): SqlValue {
  if (typeof v !== 'bigint') return v;
  if (!fitsInt64(v)) {
    throw new BuildError({ kind: 'value-out-of-range', file: '', object: column, message: messages.valueOutOfRange(column, v.toString()), hint: messages.valueOutOfRangeHint() });
  }
  return v.toString();
}
