import type { Database, Statement } from 'sql.js';
import { DATA_FILES, RUNS_TABLE, type ColumnMeta } from '../contract/data-contract';
import type { RunValue } from '../panel/value-text';
import { columnTables } from './database-columns';
import { quoteIdentifier } from './quote-identifier';
import { sqlLoadError } from './sql-load-error';

/**
 * Every column of one run, by name (null: missing); undefined when the data
 * has no such run; null while the data cannot be read yet (the database is
 * still loading).
 */
export type ReadRun = (run: number) => Map<string, RunValue> | undefined | null;

/**
 * A reader of whole runs: for each data table the columns of `columns` live
 * in (where the database says, database-columns.ts), one prepared statement
 * `SELECT … WHERE run = ?`. A column whose browser doubles are rounded
 * (`exactInBrowser` false: 64-bit integers beyond ±2^53) is read as text, so
 * the panel shows it exactly. Columns the database lacks are left out; a run
 * a table does not hold has its columns missing. free() releases the statements.
 */
export function createRunReader(db: Database, columns: readonly ColumnMeta[]): { read: (run: number) => Map<string, RunValue> | undefined; free(): void } {
  const wanted = columns.filter((column) => column.name !== 'run');
  const tables = columnTables(db, wanted.map((column) => column.name));
  const byTable = new Map<string, ColumnMeta[]>();
  for (const column of wanted) {
    const table = tables.get(column.name);
    if (table === undefined) continue;
    const list = byTable.get(table) ?? [];
    if (!byTable.has(table)) byTable.set(table, list);
    list.push(column);
  }
  const statements: { statement: Statement; columns: ColumnMeta[] }[] = [];
  try {
    for (const [table, list] of byTable) {
      const select = list.map((column) => (column.exactInBrowser ? quoteIdentifier(column.name) : `CAST(${quoteIdentifier(column.name)} AS TEXT)`)).join(', ');
      statements.push({ statement: db.prepare(`SELECT ${select} FROM ${quoteIdentifier(table)} WHERE run = ?`), columns: list });
    }
  } catch (error) {
    for (const { statement } of statements) statement.free();
    throw sqlLoadError(DATA_FILES.sqlite, error);
  }
  const exists = db.prepare(`SELECT 1 FROM ${quoteIdentifier(RUNS_TABLE)} WHERE run = ?`);
  return {
    read(run) {
      try {
        if (!firstRow(exists, run)) return undefined;
        const values = new Map<string, RunValue>([['run', run]]);
        for (const { statement, columns: list } of statements) {
          const row = firstRow(statement, run);
          list.forEach((column, index) => values.set(column.name, toRunValue(row?.[index])));
        }
        return values;
      } catch (error) {
        throw sqlLoadError(DATA_FILES.sqlite, error);
      }
    },
    free() {
      exists.free();
      for (const { statement } of statements) statement.free();
    },
  };
}

function firstRow(statement: Statement, run: number): unknown[] | undefined {
  try {
    statement.bind([run]);
    return statement.step() ? statement.get() : undefined;
  } finally {
    statement.reset();
  }
}

function toRunValue(value: unknown): RunValue {
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}
