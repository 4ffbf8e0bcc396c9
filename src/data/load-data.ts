import type { Database, SqlJsStatic } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { fetchBytes } from './fetch-bytes';
import { inspectDatabase } from './inspect-database';
import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';
import type { LoadOptions } from './load-options';
import { sqlLoadError } from './sql-load-error';
import { timePhase } from './open-timing';
import { toManifest } from './to-manifest';

/** Fetches and checks manifest.json from `baseUrl` (a folder URL ending in `/`). */
export async function loadManifest(baseUrl: string, { stallMs }: LoadOptions): Promise<DataManifest> {
  const url = baseUrl + DATA_FILES.manifest;
  const bytes = await fetchBytes(url, { stallMs });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (cause) {
    throw new LoadError('manifest', url, loadMessages.manifestNotJson(url, describeCause(cause)), { cause });
  }
  const checked = toManifest(json);
  if (!checked.ok) throw new LoadError('manifest', url, loadMessages.badManifest(url, checked.why));
  return checked.manifest;
}

/**
 * Opens the SQLite file's `bytes` (already checked against the manifest by
 * checkBytes) with sql.js and checks its tables, columns and run count
 * against the manifest. Every failure is a LoadError naming the file and
 * what to rebuild; nothing is drawn from a file that fails.
 */
export function openDatabase(SQL: SqlJsStatic, bytes: Uint8Array, manifest: DataManifest, url: string, manifestUrl: string): Database {
  let db: Database;
  try {
    db = timePhase('open', () => new SQL.Database(bytes));
  } catch (cause) {
    throw sqlLoadError(url, cause);
  }
  try {
    inspectDatabase(db, manifest, url, manifestUrl);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
