import type { ColumnMeta, SqlType } from '../../src/contract/data-contract';
import type { ColumnKind } from '../table/column';
import { isExactAsDouble } from '../table/safe-integer';
import type { JoinedColumn, JoinedTable } from './joined-table';

const SQL_TYPE: Record<ColumnKind, SqlType> = { real: 'REAL', integer: 'INTEGER', bigint: 'INTEGER', text: 'TEXT' };

/** The `columns` metadata of a joined table, `run` first. */
export function columnMeta(table: JoinedTable): ColumnMeta[] {
  const run: ColumnMeta = { name: 'run', source: '', sqlType: 'INTEGER', rootType: 'key', title: '', unit: '', exactInBrowser: true };
  return [run, ...table.columns.map(metaOf)];
}

function metaOf(column: JoinedColumn): ColumnMeta {
  return {
    name: column.name,
    source: column.source,
    sqlType: SQL_TYPE[column.values.kind],
    rootType: column.rootType,
    title: column.title,
    unit: column.unit,
    exactInBrowser: column.values.kind !== 'bigint' || column.values.data.every((v) => v === null || isExactAsDouble(v)),
  };
}
