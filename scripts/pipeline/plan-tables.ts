import { MAX_TABLE_COLUMNS, RUNS_TABLE_PREFIX } from '../../src/contract/data-contract';
import type { JoinedColumn, JoinedSource, JoinedTable } from './joined-table';

/** One data table of runlens.sqlite: its name, its source (rows = that source's runs) and its columns. */
export interface TablePlan {
  name: string;
  source: JoinedSource;
  columns: JoinedColumn[];
}

/** The name of group `group` (from 1) of `source`: `runs_tpc_1`. Unique because source names are and the group is all digits. */
export function tableName(source: string, group: number): string {
  return `${RUNS_TABLE_PREFIX}${source}_${group}`;
}

/**
 * Splits each source's columns, in order, into tables of at most `max`
 * columns (besides run). A source without columns gets no table (its runs
 * are still in `runs`).
 */
export function planTables(table: JoinedTable, max = MAX_TABLE_COLUMNS): TablePlan[] {
  return table.sources.flatMap((source) => {
    const plans: TablePlan[] = [];
    for (let at = 0; at < source.columns.length; at += max) {
      plans.push({ name: tableName(source.source, plans.length + 1), source, columns: source.columns.slice(at, at + max) });
    }
    return plans;
  });
}
