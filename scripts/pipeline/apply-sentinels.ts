import type { ReportEntry } from '../../src/contract/data-contract';
import { matchesGlob } from '../root-reader/branch-filter';
import type { Column, ColumnValues } from '../table/column';
import type { MissingRule } from './sources-config';
import type { SourceTable } from './source-table';

/**
 * Stores the source's declared "no value" values (its `missing` rules) as
 * missing: in every numeric column whose name (as inside the source, after
 * any pivot) matches a rule's glob, a cell equal to one of that rule's
 * values becomes NaN (integer, real) or null (bigint). One 'sentinel' entry
 * per column that had any, with the count per value. Text columns are left
 * alone. Columns without a matching rule are not copied.
 */
export function applySentinels(table: SourceTable, rules: readonly MissingRule[]): { table: SourceTable; report: ReportEntry[] } {
  if (rules.length === 0) return { table, report: [] };
  const report: ReportEntry[] = [];
  const columns = table.columns.map((column): Column => {
    const sentinels = new Set(rules.filter((r) => matchesGlob(column.name, r.columns)).flatMap((r) => r.values));
    if (sentinels.size === 0 || column.values.kind === 'text') return column;
    const { values, counts } = blank(column.values, sentinels);
    if (counts.size === 0) return column;
    const found = [...counts].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count }));
    report.push({ kind: 'sentinel', source: table.source, column: column.name, count: found.reduce((n, f) => n + f.count, 0), values: found });
    return { ...column, values };
  });
  return { table: { ...table, columns }, report };
}

function blank(values: Exclude<ColumnValues, { kind: 'text' }>, sentinels: ReadonlySet<number>): { values: ColumnValues; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  const hit = (v: number) => counts.set(v, (counts.get(v) ?? 0) + 1);
  if (values.kind === 'bigint') {
    const data = values.data.map((v) => {
      if (v === null || !sentinels.has(Number(v)) || BigInt(Number(v)) !== v) return v;
      hit(Number(v));
      return null;
    });
    return { values: { kind: 'bigint', data }, counts };
  }
  const data = values.data.slice();
  for (let i = 0; i < data.length; i++) {
    if (!sentinels.has(data[i])) continue;
    hit(data[i]);
    data[i] = NaN;
  }
  return { values: { kind: values.kind, data }, counts };
}
