import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { checkBytes } from './check-bytes';
import { fetchBytes, type ProgressListener } from './fetch-bytes';
import { inspectDatabase } from './inspect-database';
import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';
import type { LoadOptions } from './load-options';
import { sqlLoadError } from './sql-load-error';
import { timePhase, timePhaseAsync } from './open-timing';
import { toManifest } from './to-manifest';

/** Fetches and checks manifest.json from `baseUrl` (a folder URL ending in `/`). */
export async function loadManifest(baseUrl: string, { stallMs }: LoadOptions): Promise<DataManifest> {
  const url = baseUrl + DATA_FILES.manifest;
  const bytes = await timePhaseAsync('manifest', () => fetchBytes(url, { stallMs }));
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
 * Fetches runlens.sqlite with progress, checks its bytes against the
 * manifest (size, then sha256), opens it with sql.js (loaded lazily, wasm
 * included) and checks its tables, columns and run count against the
 * manifest. Every failure is a LoadError naming the file and what to rebuild;
 * nothing is drawn from a file that fails.
 */
export async function loadDatabase(baseUrl: string, manifest: DataManifest, options: LoadOptions, onProgress: ProgressListener): Promise<Database> {
  const url = baseUrl + DATA_FILES.sqlite;
  const manifestUrl = baseUrl + DATA_FILES.manifest;
  // toManifest made sure the manifest lists the file.
  const listed = manifest.files.find((file) => file.name === DATA_FILES.sqlite)!;
  const [bytes, SQL] = await Promise.all([
    timePhaseAsync('sqlite-fetch', () => fetchBytes(url, { stallMs: options.stallMs, expectedBytes: listed.bytes, listedIn: manifestUrl, onProgress })),
    timePhaseAsync('wasm', startSqlJs),
  ]);
  await timePhaseAsync('hash', () => checkBytes(url, bytes, listed, manifestUrl));
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

async function startSqlJs() {
  try {
    const [{ default: initSqlJs }, { default: wasmUrl }] = await Promise.all([
      import('sql.js'),
      import('sql.js/dist/sql-wasm-browser.wasm?url'),
    ]);
    return await initSqlJs({ locateFile: () => wasmUrl });
  } catch (cause) {
    throw new LoadError('wasm', 'sql-wasm-browser.wasm', loadMessages.wasm(describeCause(cause)), { cause });
  }
}
