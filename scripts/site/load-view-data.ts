import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { DATA_FILES, DATA_FOLDERS, type ColumnMeta } from '../../src/contract/data-contract';
import { HISTOGRAM_FILES, HISTOGRAM_INDEX_FORMAT } from '../../src/contract/histogram-contract';
import type { CategoryValue } from '../../src/data/typed-table';
import { readColumns } from '../../src/data/read-columns';
import { toManifest } from '../../src/data/to-manifest';
import type { ViewData } from '../../src/view/check-view';
import { siteMessages } from './site-messages';

/** What views are checked against, read from a built data folder, and where it came from. */
export interface LoadedViewData {
  data: ViewData;
  manifestFile: string;
  close(): void;
}

/**
 * The columns of the data set in `dir` (manifest.json) and, on demand, the
 * values of a category column (read from runlens.sqlite with sql.js, once per
 * column). Undefined when `dir` holds no data set; throws on a bad manifest.
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
  const columns: readonly ColumnMeta[] = checked.manifest.columns;
  const sqlite = path.join(dir, DATA_FILES.sqlite);
  const SQL = await initSqlJs();
  const db = existsSync(sqlite) ? new SQL.Database(readFileSync(sqlite)) : undefined;
  const cache = new Map<string, readonly CategoryValue[] | undefined>();
  const categoriesOf = (column: string) => {
    if (!cache.has(column)) {
      const known = db && columns.some((meta) => meta.name === column);
      cache.set(column, known ? readColumns(db, [{ name: column, readAs: 'categorical' }]).categories.get(column)?.dictionary : undefined);
    }
    return cache.get(column);
  };
  const histogramPaths = readHistogramPaths(path.join(dir, DATA_FOLDERS.histograms, HISTOGRAM_FILES.index));
  return { data: { columns, categoriesOf, ...(histogramPaths ? { histogramPaths } : {}) }, manifestFile, close: () => db?.close() };
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
