import type { Database } from 'sql.js';
import { DATA_FILES, type DataManifest } from '../contract/data-contract';
import { checkBytes } from './check-bytes';
import { fetchBytes, type ProgressListener } from './fetch-bytes';
import { loadManifest, openDatabase } from './load-data';
import type { LoadOptions } from './load-options';
import { timePhaseAsync } from './open-timing';
import { startSqlJs } from './start-sql-js';

/** The data set, open and checked. */
export interface OpenedData {
  manifest: DataManifest;
  db: Database;
}

/**
 * Opens the data set under `baseUrl` (a folder URL ending in `/`): the
 * manifest, runlens.sqlite (with progress) and sql.js's wasm (compiled while
 * it streams) are fetched at the same time. The file's bytes are checked
 * against the manifest (size, then sha256) before sql.js opens them, and
 * the open database against the manifest after. Failures come in that order
 * (a bad manifest first, and then the file's download is stopped), each a
 * LoadError naming the file and what to do.
 */
export async function openData(baseUrl: string, options: LoadOptions, onProgress: ProgressListener): Promise<OpenedData> {
  const url = baseUrl + DATA_FILES.sqlite;
  const manifestUrl = baseUrl + DATA_FILES.manifest;
  const stop = new AbortController();
  const manifest = timePhaseAsync('manifest', () => loadManifest(baseUrl, options));
  // toManifest made sure the manifest lists the file.
  const listed = manifest.then((m) => m.files.find((file) => file.name === DATA_FILES.sqlite)!);
  const download = timePhaseAsync('sqlite-fetch', () =>
    fetchBytes(url, { stallMs: options.stallMs, expectedBytes: listed.then((file) => file.bytes), listedIn: manifestUrl, onProgress, signal: stop.signal }),
  );
  const sql = timePhaseAsync('wasm', startSqlJs);
  // Awaited one by one below: whichever fails first, the others must not go unhandled.
  for (const pending of [listed, download, sql]) pending.catch(() => undefined);
  let checkedManifest: DataManifest;
  try {
    checkedManifest = await manifest;
  } catch (error) {
    stop.abort();
    throw error;
  }
  const bytes = await download;
  // Chromium's crypto.subtle.digest runs on the page's thread (~100 ms for 90 MB): hashing
  // beside the open gains nothing, so the bytes are checked first, then opened.
  await timePhaseAsync('hash', async () => checkBytes(url, bytes, await listed, manifestUrl));
  return { manifest: checkedManifest, db: openDatabase(await sql, bytes, checkedManifest, url, manifestUrl) };
}
