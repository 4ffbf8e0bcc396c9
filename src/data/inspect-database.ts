import type { Database } from 'sql.js';
import type { DataManifest } from '../contract/data-contract';
import { countRuns, missingColumns, missingTables, REQUIRED_TABLES } from './database-columns';
import { LoadError } from './load-error';
import { loadMessages } from './load-messages';
import { sqlLoadError } from './sql-load-error';

/**
 * Checks a just-opened database (fetched from `url`) against the manifest
 * (at `manifestUrl`) before any chart reads it: SQLite can read it, it has
 * the `runs` and `columns` tables, every column the manifest lists is a
 * column of `runs`, and it holds the manifest's number of runs. Throws a
 * LoadError naming the file and what to rebuild.
 */
export function inspectDatabase(db: Database, manifest: DataManifest, url: string, manifestUrl: string): void {
  try {
    const [table] = missingTables(db);
    if (table) throw new LoadError('contents', url, loadMessages.noTable(url, table, REQUIRED_TABLES[table]));
    const missing = missingColumns(db, manifest.columns.map((column) => column.name));
    if (missing.length) throw new LoadError('contents', url, loadMessages.missingColumns(url, missing, manifestUrl));
    const runs = countRuns(db);
    if (runs !== manifest.runs) throw new LoadError('contents', url, loadMessages.runCount(url, runs, manifestUrl, manifest.runs));
  } catch (error) {
    throw sqlLoadError(url, error);
  }
}
