import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { checkBytes } from './check-bytes';
import { fetchBytes, type ProgressListener } from './fetch-bytes';
import { openDatabase } from './load-data';
import type { LoadOptions } from './load-options';
import { timePhaseAsync } from './open-timing';
import { startSqlJs } from './start-sql-js';

/**
 * Opens runlens.sqlite of the data set under `baseUrl` (a folder URL ending
 * in `/`), which `manifest` (already checked) lists: the file (with
 * progress) and sql.js's wasm (compiled while it streams) are fetched at the
 * same time; the file's bytes are checked against the manifest (size, then
 * sha256) before sql.js opens them, and the open database against the
 * manifest after. Each failure is a LoadError naming the file and what to do.
 * The charts never wait for this: they read the column files
 * (read-column-files.ts); the run panel reads whole runs from the database.
 */
export async function openSqlite(baseUrl: string, manifest: DataManifest, options: LoadOptions, onProgress?: ProgressListener): Promise<Database> {
  const url = baseUrl + DATA_FILES.sqlite;
  const manifestUrl = baseUrl + DATA_FILES.manifest;
  // toManifest made sure the manifest lists the file.
  const listed = manifest.files.find((file) => file.name === DATA_FILES.sqlite)!;
  const sql = timePhaseAsync('wasm', startSqlJs);
  // Awaited after the download: its failure must not go unhandled meanwhile.
  sql.catch(() => undefined);
  const bytes = await timePhaseAsync('sqlite-fetch', () => fetchBytes(url, { stallMs: options.stallMs, expectedBytes: listed.bytes, listedIn: manifestUrl, onProgress }));
  // Chromium's crypto.subtle.digest runs on the page's thread (~100 ms for 90 MB): hashing
  // beside the open gains nothing, so the bytes are checked first, then opened.
  await timePhaseAsync('hash', () => checkBytes(url, bytes, listed, manifestUrl));
  return openDatabase(await sql, bytes, manifest, url, manifestUrl);
}
