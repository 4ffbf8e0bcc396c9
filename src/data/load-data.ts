import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { fetchBytes, fetchOrFail, type ProgressListener } from './fetch-bytes';
import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';
import { toManifest } from './to-manifest';

/** Fetches and checks manifest.json from `baseUrl` (a folder URL ending in `/`). */
export async function loadManifest(baseUrl: string): Promise<DataManifest> {
  const url = baseUrl + DATA_FILES.manifest;
  const response = await fetchOrFail(url);
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new LoadError('manifest', url, loadMessages.badManifest(url, describeCause(cause)), { cause });
  }
  const checked = toManifest(json);
  if (!checked.ok) throw new LoadError('manifest', url, loadMessages.badManifest(url, checked.why));
  return checked.manifest;
}

/** Fetches runlens.sqlite with progress and opens it with sql.js (loaded lazily, wasm included). */
export async function loadDatabase(baseUrl: string, manifest: DataManifest, onProgress: ProgressListener): Promise<Database> {
  const url = baseUrl + DATA_FILES.sqlite;
  const expected = manifest.files.find((file) => file.name === DATA_FILES.sqlite)?.bytes ?? 0;
  const [bytes, SQL] = await Promise.all([fetchBytes(url, expected, onProgress), startSqlJs()]);
  try {
    return new SQL.Database(bytes);
  } catch (cause) {
    throw new LoadError('sqlite', url, loadMessages.sqlite(url, describeCause(cause)), { cause });
  }
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
