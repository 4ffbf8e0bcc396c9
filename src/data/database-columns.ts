import type { Database } from 'sql.js';

/**
 * Where the database's columns really are, read from SQLite itself (never
 * trusted from the manifest): today every column lives in `runs`. This is
 * the one place that knows the layout; when columns spread over several
 * tables (the `columns` table naming each one's table), only this module
 * changes.
 */

/** Tables the app reads, and what each is for (named in messages). */
export const REQUIRED_TABLES = { runs: 'one row per run', columns: 'the column metadata' } as const;

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

/** Names of the columns of `runs`, as SQLite declares them (PRAGMA table_info). */
export function runsColumns(db: Database): Set<string> {
  const result = db.exec('SELECT name FROM pragma_table_info(?)', ['runs']);
  return new Set((result[0]?.values ?? []).map((row) => String(row[0])));
}

/**
 * Which of `names` the database does not hold, in their order. A name that
 * is not a column must never reach a query: SQLite would read the quoted
 * identifier `"rct.period"` as the text 'rct.period'.
 */
export function missingColumns(db: Database, names: readonly string[]): string[] {
  const present = runsColumns(db);
  return names.filter((name) => !present.has(name));
}

/** Rows of `runs`. */
export function countRuns(db: Database): number {
  const result = db.exec('SELECT count(*) FROM runs');
  return Number(result[0]?.values[0]?.[0] ?? 0);
}
