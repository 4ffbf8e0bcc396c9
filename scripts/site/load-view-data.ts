import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, DATA_FOLDERS, type ColumnFileMeta, type ColumnMeta } from '../../src/contract/data-contract';
import { HISTOGRAM_FILES, HISTOGRAM_INDEX_FORMAT } from '../../src/contract/histogram-contract';
import type { CategoryValue } from '../../src/data/typed-table';
import { categoriesOf, decodeColumnFile } from '../../src/data/decoded-column';
import { toManifest } from '../../src/data/to-manifest';
import type { ViewData } from '../../src/view/check-view';
import { siteMessages } from './site-messages';

/** What views are checked against, read from a built data folder, and where it came from. */
export interface LoadedViewData {
  data: ViewData;
  manifestFile: string;
  /** The manifest's column files (`cols/<i>.<encoding>`), one per column. */
  columnFiles: readonly ColumnFileMeta[];
  close(): void;
}

/**
 * The columns of the data set in `dir` (manifest.json) and, on demand, the
 * values of a category column (read from its column file, once per column).
 * Undefined when `dir` holds no data set; throws on a bad manifest or a
 * column file that is not what the manifest lists.
 */
export async function loadViewData(dir: string): Promise<LoadedViewData | undefined> {
  const manifestFile = path.join(dir, DATA_FILES.manifest);
  if (!existsSync(manifestFile)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new Error(siteMessages.badManifest(manifestFile, (error as Error).message));
  }
  const checked = toManifest(json);
  if (!checked.ok) throw new Error(siteMessages.badManifest(manifestFile, checked.why));
  const { columns, columnFiles, runs } = checked.manifest;
  const cache = new Map<string, readonly CategoryValue[] | undefined>();
  const valuesOf = (column: string) => {
    if (!cache.has(column)) {
      const file = columnFiles.find((entry) => entry.column === column);
      cache.set(column, file ? categoryValues(path.join(dir, file.name), file, runs) : undefined);
    }
    return cache.get(column);
  };
  const histogramPaths = readHistogramPaths(path.join(dir, DATA_FOLDERS.histograms, HISTOGRAM_FILES.index));
  return { data: { columns: columns as readonly ColumnMeta[], categoriesOf: valuesOf, ...(histogramPaths ? { histogramPaths } : {}) }, manifestFile, columnFiles, close: () => undefined };
}

/** The category values of a column file (undefined when the file is absent); throws when it is not the file the manifest lists. */
function categoryValues(file: string, listed: ColumnFileMeta, runs: number): readonly CategoryValue[] | undefined {
  if (!existsSync(file)) return undefined;
  const bytes = new Uint8Array(readFileSync(file));
  const decoded = bytes.length === listed.bytes ? decodeColumnFile(listed, bytes, runs) : `it holds ${bytes.length} bytes, the manifest lists ${listed.bytes}`;
  if (typeof decoded === 'string') throw new Error(siteMessages.badColumnFile(file, listed.column, decoded));
  return categoriesOf(listed.column, decoded).dictionary;
}

/** The paths of a built histogram index (hist/index.json), or undefined when there is none; throws on a bad index. */
function readHistogramPaths(file: string): ReadonlySet<string> | undefined {
  if (!existsSync(file)) return undefined;
  let index: { format?: unknown; paths?: unknown };
  try {
    index = JSON.parse(readFileSync(file, 'utf8')) as typeof index;
  } catch (error) {
    throw new Error(siteMessages.badHistogramIndex(file, (error as Error).message));
  }
  if (index.format !== HISTOGRAM_INDEX_FORMAT || !Array.isArray(index.paths)) throw new Error(siteMessages.badHistogramIndex(file, `not of format ${HISTOGRAM_INDEX_FORMAT}`));
  return new Set(index.paths.flatMap((p: unknown) => (p && typeof (p as { path?: unknown }).path === 'string' ? [(p as { path: string }).path] : [])));
}
