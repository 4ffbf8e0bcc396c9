import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { DATA_FILES, type ColumnMeta } from '../../src/contract/data-contract';
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
  return { data: { columns, categoriesOf }, manifestFile, close: () => db?.close() };
}
