import type { Database } from 'sql.js';
import { RUNS_TABLE } from '../contract/data-contract';
import { quoteIdentifier } from './quote-identifier';

/**
 * Where the database's columns really are, read from SQLite itself (never
 * trusted from the manifest). Layout runlens-data/2: `runs` holds every run
 * (its column `run`), each other column lives in the data table its row of
 * the `columns` table names (`table_name`), and that table must declare it
 * (PRAGMA table_info). This is the one place that knows the layout.
 */

/** Tables the app reads, and what each is for (named in messages). */
export const REQUIRED_TABLES = { runs: 'one row per run', columns: 'the column metadata, with the table of each column' } as const;

/** Names of the database's tables. */
export function tableNames(db: Database): Set<string> {
  const result = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'");
  return new Set((result[0]?.values ?? []).map((row) => String(row[0])));
}

/** The required tables `db` lacks, in REQUIRED_TABLES order. */
export function missingTables(db: Database): (keyof typeof REQUIRED_TABLES)[] {
  const present = tableNames(db);
  return (Object.keys(REQUIRED_TABLES) as (keyof typeof REQUIRED_TABLES)[]).filter((table) => !present.has(table));
}

/** Names of the columns of `table`, as SQLite declares them (PRAGMA table_info). */
export function declaredColumns(db: Database, table: string): Set<string> {
  const result = db.exec('SELECT name FROM pragma_table_info(?)', [table]);
  return new Set((result[0]?.values ?? []).map((row) => String(row[0])));
}

/**
 * The table of each of `names` that the database really holds: listed in
 * `columns` with a table that declares it (`run`: the runs table). Names
 * absent from the map are missing. One read of `columns`, one PRAGMA per
 * table involved, so 10,000 names cost a few queries.
 */
export function columnTables(db: Database, names: readonly string[]): Map<string, string> {
  const wanted = new Set(names);
  const listed = new Map<string, string>();
  const statement = db.prepare(`SELECT name, table_name FROM ${quoteIdentifier('columns')}`);
  try {
    while (statement.step()) {
      const [name, table] = statement.get();
      if (typeof name === 'string' && typeof table === 'string' && wanted.has(name) && !listed.has(name)) listed.set(name, table);
    }
  } finally {
    statement.free();
  }
  if (wanted.has('run')) listed.set('run', RUNS_TABLE);
  const declared = new Map<string, Set<string>>();
  const found = new Map<string, string>();
  for (const [name, table] of listed) {
    if (!declared.has(table)) declared.set(table, declaredColumns(db, table));
    if (declared.get(table)!.has(name)) found.set(name, table);
  }
  return found;
}

/**
 * Which of `names` the database does not hold, in their order. A name that
 * is not a column must never reach a query: SQLite would read the quoted
 * identifier `"rct.period"` as the text 'rct.period'.
 */
export function missingColumns(db: Database, names: readonly string[]): string[] {
  const present = columnTables(db, names);
  return names.filter((name) => !present.has(name));
}

/** Rows of `runs`: every run of the set. */
export function countRuns(db: Database): number {
  const result = db.exec(`SELECT count(*) FROM ${quoteIdentifier(RUNS_TABLE)}`);
  return Number(result[0]?.values[0]?.[0] ?? 0);
}
