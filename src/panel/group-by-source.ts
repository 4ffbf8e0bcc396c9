import type { ColumnMeta } from '../contract/data-contract';

/** One source's columns, in the order the data lists them. */
export interface SourceGroup {
  source: string;
  columns: ColumnMeta[];
}

/**
 * The data columns (all but the key `run`) grouped by source: the sources in
 * `sources` order (the manifest's), then any other source in order of first
 * column (its name from the column's `source`, or the prefix before the
 * first `.` when that is empty); sources without columns are left out.
 */
export function groupBySource(columns: readonly ColumnMeta[], sources: readonly string[]): SourceGroup[] {
  const groups = new Map<string, ColumnMeta[]>(sources.map((source) => [source, []]));
  for (const column of columns) {
    if (column.name === 'run' && column.source === '') continue;
    const source = column.source || column.name.split('.')[0];
    const list = groups.get(source) ?? [];
    if (!groups.has(source)) groups.set(source, list);
    list.push(column);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([source, list]) => ({ source, columns: list }));
}
