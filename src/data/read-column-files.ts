import { DATA_FILES, type ColumnFileMeta, type DataManifest } from '../contract/data-contract';
import { checkBytes } from './check-bytes';
import { fetchBytes, type ProgressListener } from './fetch-bytes';
import { LoadError } from './load-error';
import { loadMessages } from './load-messages';
import type { LoadOptions } from './load-options';
import { timePhase, timePhaseAsync } from './open-timing';
import { categoriesOf, decodeColumnFile, numbersOf, type DecodedColumn } from './decoded-column';
import type { CategoricalColumn, NumericColumn, ReadRequest, TypedTable } from './typed-table';

/** Column files fetched at once; more wait for a free slot (so none waits out its stall timer in the browser's queue). */
const PARALLEL_FETCHES = 6;

/**
 * Reads `run` plus the requested columns from their column files under
 * `baseUrl` (cols/, listed in the manifest's `columnFiles`), each checked
 * against the manifest (size, sha256) and its own layout before any value is
 * used. Numbers → Float64Array with NaN for missing; categories → codes +
 * dictionary exactly as toCategorical makes them from the values. A column
 * asked for both ways is fetched once. Throws a LoadError naming the file
 * and what to do; `onProgress` hears the bytes received over all files.
 */
export async function readColumnFiles(baseUrl: string, manifest: DataManifest, wanted: readonly ReadRequest[], options: LoadOptions, onProgress?: ProgressListener): Promise<TypedTable> {
  const manifestUrl = baseUrl + DATA_FILES.manifest;
  const names = ['run', ...new Set(wanted.map((request) => request.name).filter((name) => name !== 'run'))];
  const byColumn = new Map(manifest.columnFiles.map((file) => [file.column, file]));
  const unlisted = names.filter((name) => !byColumn.has(name));
  if (unlisted.length) throw new LoadError('contents', manifestUrl, loadMessages.columnsNotListed(manifestUrl, unlisted));
  const files = names.map((name) => byColumn.get(name)!);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const received = new Map<string, number>();
  const progress = (file: ColumnFileMeta, bytes: number) => {
    received.set(file.name, bytes);
    onProgress?.([...received.values()].reduce((a, b) => a + b, 0), total);
  };
  // The first failure stops the other downloads: no progress is heard after it.
  const stop = new AbortController();
  const fetchOne = (file: ColumnFileMeta) => fetchColumnFile(baseUrl + file.name, file, manifest.runs, manifestUrl, { ...options, signal: stop.signal }, (bytes) => progress(file, bytes));
  const decoded = await timePhaseAsync('column-fetch', () => inPool(files, PARALLEL_FETCHES, fetchOne).finally(() => stop.abort()));
  const contents = new Map(names.map((name, i) => [name, decoded[i]]));
  return timePhase('columns', () => toTypedTable(contents, wanted));
}

async function fetchColumnFile(url: string, file: ColumnFileMeta, runs: number, manifestUrl: string, { stallMs, signal }: LoadOptions & { signal: AbortSignal }, onBytes: (received: number) => void): Promise<DecodedColumn> {
  const bytes = await fetchBytes(url, { stallMs, expectedBytes: file.bytes, listedIn: manifestUrl, onProgress: onBytes, signal });
  await checkBytes(url, bytes, file, manifestUrl);
  const contents = decodeColumnFile(file, bytes, runs);
  if (typeof contents === 'string') throw new LoadError('contents', url, loadMessages.badColumnFile(url, file.column, runs, contents));
  return contents;
}

/** `work` over `items` with at most `limit` running at once; results in the order of `items`, the first failure rejects. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const at = next++;
      try {
        results[at] = await work(items[at]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function toTypedTable(contents: ReadonlyMap<string, DecodedColumn>, wanted: readonly ReadRequest[]): TypedTable {
  const run = numbersOf(contents.get('run')!);
  const numbers = new Map<string, NumericColumn>([['run', { kind: 'numeric', name: 'run', values: run }]]);
  const categories = new Map<string, CategoricalColumn>();
  for (const { name, readAs } of wanted) {
    const decoded = contents.get(name)!;
    if (readAs === 'numeric' && name !== 'run') numbers.set(name, { kind: 'numeric', name, values: numbersOf(decoded) });
    if (readAs === 'categorical') categories.set(name, categoriesOf(name, decoded));
  }
  return { size: run.length, run, numbers, categories };
}
