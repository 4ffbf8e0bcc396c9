import { RUNS_TABLE, type ColumnMeta, type SqlType } from '../../src/contract/data-contract';
import type { ColumnKind } from '../table/column';
import { isExactAsDouble } from '../table/safe-integer';
import type { JoinedColumn } from './joined-table';
import type { TablePlan } from './plan-tables';

const SQL_TYPE: Record<ColumnKind, SqlType> = { real: 'REAL', integer: 'INTEGER', bigint: 'INTEGER', text: 'TEXT' };

/** The `columns` metadata: `run` first (in RUNS_TABLE), then every column of every planned table, in order. */
export function columnMeta(plans: readonly TablePlan[]): ColumnMeta[] {
  const run: ColumnMeta = { name: 'run', table: RUNS_TABLE, source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true };
  return [run, ...plans.flatMap((plan) => plan.columns.map((c) => metaOf(c, plan.name)))];
}

function metaOf(column: JoinedColumn, table: string): ColumnMeta {
  return {
    name: column.name,
    table,
    source: column.source,
    sqlType: SQL_TYPE[column.values.kind],
    rootType: column.rootType,
    title: column.title,
    unit: column.unit,
    exactInBrowser: column.values.kind !== 'bigint' || column.values.data.every((v) => v === null || isExactAsDouble(v)),
  };
}
