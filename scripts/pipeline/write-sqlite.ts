import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { RUNS_TABLE, type ColumnMeta, type ReportEntry, type SourceMeta } from '../../src/contract/data-contract';
import { fitsInt64 } from '../table/safe-integer';
import { BuildError } from './build-error';
import type { ColumnValues } from '../table/column';
import type { JoinedTable } from './joined-table';
import { messages } from './messages';
import type { TablePlan } from './plan-tables';

/** What goes into runlens.sqlite. */
export interface SqliteContent {
  table: JoinedTable;
  plans: readonly TablePlan[];
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
 * Builds the SQLite file: `runs` (run INTEGER PRIMARY KEY: every run), one
 * table per plan (run INTEGER PRIMARY KEY and the plan's columns, one row per
 * run of its source), `columns` (with table_name), `sources` and
 * `build_report`. Each table is filled with one prepared statement, row by
 * row from the columns (no row arrays built up front). Missing and NaN
 * become NULL, ±Inf stays REAL ±Inf, 64-bit values are stored as exact
 * INTEGER. Returns the file's bytes.
 */
export function writeSqlite(SQL: SqlJsStatic, content: SqliteContent): Uint8Array {
  const db = new SQL.Database();
  try {
    fillSqlite(db, content);
    return db.export();
  } finally {
    db.close();
  }
}

/**
 * Fills an empty database with the tables of writeSqlite. With `release`,
 * each data table's columns are emptied as soon as the table is written, so
 * the memory they hold is given back while the file grows (the caller must
 * not need them afterwards). The caller exports the database once nothing
 * else holds the columns (db.export() copies the whole file).
 */
export function fillSqlite(db: Database, content: SqliteContent, { release = false } = {}): void {
  db.run('PRAGMA journal_mode = OFF');
  db.run('BEGIN');
  createTable(db, RUNS_TABLE, ['run'], ['INTEGER PRIMARY KEY']);
  insertColumns(db, RUNS_TABLE, [(i) => content.table.runs[i]], content.table.runs.length);
  for (const plan of content.plans) {
    insertPlan(db, plan);
    if (release) for (const column of plan.columns) column.values = emptied(column.values);
  }
  insertRows(db, 'columns', ['name', 'table_name', 'source', 'sql_type', 'root_type', 'title', 'unit', 'exact_in_browser'],
    ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'INTEGER'],
    content.columns.map((c) => [c.name, c.table, c.source, c.sqlType, c.rootType, c.title, c.unit, c.exactInBrowser ? 1 : 0]));
  insertRows(db, 'sources', ['source', 'kind', 'tree', 'key', 'duplicates', 'path', 'bytes', 'sha256', 'entries', 'root_version', 'compression'],
    ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'INTEGER', 'TEXT', 'INTEGER', 'TEXT', 'TEXT'],
    content.sources.flatMap((s) => s.files.map((f) => [s.name, s.kind, s.tree, s.key, s.duplicates, f.path, f.bytes, f.sha256, f.entries, f.rootVersion, f.compression])));
  insertRows(db, 'build_report', ['kind', 'source', 'run', 'json'], ['TEXT', 'TEXT', 'INTEGER', 'TEXT'],
    content.report.map((e) => [e.kind, 'source' in e ? e.source : '', 'run' in e ? e.run : null, JSON.stringify(e)]));
  db.run('COMMIT');
}

function insertPlan(db: Database, plan: TablePlan): void {
  const { runs } = plan.source;
  createTable(db, plan.name, ['run', ...plan.columns.map((c) => c.name)], ['INTEGER PRIMARY KEY', ...plan.columns.map((c) => sqlTypeOf(c.values))]);
  const readers = plan.columns.map((c) => valueReader(c.name, c.values));
  insertColumns(db, plan.name, [(i) => runs[i], ...readers], runs.length);
}

function createTable(db: Database, table: string, names: string[], types: string[]): void {
  db.run(`CREATE TABLE ${quoteIdentifier(table)} (${names.map((n, i) => `${quoteIdentifier(n)} ${types[i]}`).join(', ')})`);
}

/**
 * Inserts `count` rows whose values come from one reader per column (row
 * index → value). Each row is bound then stepped: bind resets the statement
 * first, so one reset per row is enough (run would reset twice).
 */
function insertColumns(db: Database, table: string, readers: ((row: number) => SqlValue)[], count: number): void {
  const statement = db.prepare(`INSERT INTO ${quoteIdentifier(table)} VALUES (${readers.map(() => '?').join(', ')})`);
  const width = readers.length;
  const row: SqlValue[] = new Array<SqlValue>(width);
  try {
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < width; c++) row[c] = readers[c](i);
      statement.bind(row);
      statement.step();
    }
  } finally {
    statement.free();
  }
}

function insertRows(db: Database, table: string, names: string[], types: string[], rows: SqlValue[][]): void {
  createTable(db, table, names, types);
  insertColumns(db, table, names.map((_, c) => (i) => rows[i][c]), rows.length);
}

/** Values of the same kind holding nothing. */
function emptied(values: ColumnValues): ColumnValues {
  return values.kind === 'real' || values.kind === 'integer' ? { kind: values.kind, data: new Float64Array(0) } : ({ kind: values.kind, data: [] } as ColumnValues);
}

function sqlTypeOf(values: ColumnValues): string {
  return values.kind === 'real' ? 'REAL' : values.kind === 'text' ? 'TEXT' : 'INTEGER';
}

/**
 * Row → SQL value of one column: NaN → NULL; a bigint as its decimal text
 * (sql.js binds a bigint that way; INTEGER affinity stores it as an exact
 * 64-bit integer).
 */
function valueReader(column: string, values: ColumnValues): (row: number) => SqlValue {
  switch (values.kind) {
    case 'real':
    case 'integer': {
      const data = values.data;
      return (i) => (Number.isNaN(data[i]) ? null : data[i]);
    }
    case 'text':
      return (i) => values.data[i];
    case 'bigint':
      return (i) => {
        const v = values.data[i];
        if (v === null) return null;
        if (!fitsInt64(v)) {
          throw new BuildError({ kind: 'value-out-of-range', file: '', object: column, message: messages.valueOutOfRange(column, v.toString()), hint: messages.valueOutOfRangeHint() });
        }
        return v.toString();
      };
  }
}
