import { chartColumns, type ChartSpec } from '../charts/kinds/registry';
import type { AliasSpec } from '../expr/compile-aliases';
import type { FlagRule } from '../flags/flag-rule';
import type { ReferenceFile, ViewFile } from './view-file';

/**
 * The QA part of a view (derived variables, flag rules, statisticOK, the
 * reference set and the outlier table's columns) with defaults filled in.
 */
export interface QaSpec {
  /** Derived variables in file order (src/expr compiles them in dependency order). */
  aliases: AliasSpec[];
  rules: FlagRule[];
  statisticOK?: string;
  /** Default `{ kind: 'all' }`. */
  reference: ReferenceFile;
  /** The text columns the table shows after run and status (row charts' columns, or the `table.columns` that are not variables). */
  categoryColumns: string[];
  /** The numeric columns and aliases the table shows. */
  variables: string[];
  /** `table.columns` as written, when given: the exact order to show. */
  tableColumns?: string[];
}

/** The QA part of a view file (already valid against the schema), given its normalised charts. */
export function toQaSpec(file: ViewFile, charts: readonly ChartSpec[]): QaSpec {
  const aliases = Object.entries(file.aliases ?? {}).map(([name, expression]) => ({ name, expression }));
  const categoryColumns: string[] = [];
  const variables: string[] = [];
  const add = (list: string[], name: string) => {
    if (name !== 'run' && !list.includes(name)) list.push(name);
  };
  for (const chart of charts) {
    for (const { name, readAs } of chartColumns(chart.kind, chart as unknown as Record<string, unknown>)) add(readAs === 'categorical' ? categoryColumns : variables, name);
  }
  for (const alias of aliases) add(variables, alias.name);
  return {
    aliases,
    rules: (file.rules ?? []).map((rule) => ({ ...rule })),
    ...(file.statisticOK !== undefined ? { statisticOK: file.statisticOK } : {}),
    reference: file.reference ?? { kind: 'all' },
    categoryColumns,
    variables,
    ...(file.table?.columns ? { tableColumns: [...file.table.columns] } : {}),
  };
}

/** The text columns a reference needs (its category column and groupBy). */
export function referenceColumns(reference: ReferenceFile): string[] {
  return [...(reference.kind === 'category' ? [reference.column] : []), ...(reference.groupBy !== undefined ? [reference.groupBy] : [])];
}
