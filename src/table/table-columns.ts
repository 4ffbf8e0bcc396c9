import type { TypedTable } from '../data/typed-table';
import { STATUSES } from '../flags/flag-rule';
import { formatNumber } from '../flags/format-finding';
import type { SortKey } from './sort-rows';

/** A column of the outlier table: its id (column or alias name, or `run`, `status`, `rules`), header and cells. */
export interface TableColumn {
  id: string;
  label: string;
  kind: 'run' | 'status' | 'text' | 'number' | 'rules';
  /** The cell's text for a row. */
  text(row: number): string;
  /** What the column sorts by (computed when asked). */
  sortKey(): SortKey;
}

/** Pseudo-columns of the table (names a UiState.tableSort may hold besides data columns). */
export const STATUS_COLUMN = 'status';
export const RULES_COLUMN = 'rules fired';

/** What the columns read: the table (with aliases), the current statuses and fired rules. */
export interface ColumnSources {
  table: TypedTable;
  status: () => Uint8Array;
  firedRules: (row: number) => string[];
}

/**
 * The table's columns: run, status, the given columns in order (text columns
 * as their values, numbers and aliases formatted with 4 significant digits),
 * then the rules fired. Names the table did not load are left out.
 */
export function tableColumns(names: readonly string[], sources: ColumnSources): TableColumn[] {
  const { table } = sources;
  const run: TableColumn = { id: 'run', label: 'run', kind: 'run', text: (row) => String(table.run[row]), sortKey: () => ({ kind: 'number', values: table.run }) };
  const status: TableColumn = { id: STATUS_COLUMN, label: 'status', kind: 'status', text: (row) => STATUSES[sources.status()[row]], sortKey: () => ({ kind: 'number', values: sources.status() }) };
  const data = names.flatMap((name): TableColumn[] => {
    const category = table.categories.get(name);
    if (category) {
      const values = Array.from(category.codes, (code) => category.dictionary[code] ?? null);
      return [{ id: name, label: name, kind: 'text', text: (row) => values[row] ?? '', sortKey: () => ({ kind: 'text', values }) }];
    }
    const numbers = table.numbers.get(name);
    if (!numbers || name === 'run') return [];
    const values = numbers.values;
    return [{ id: name, label: name, kind: 'number', text: (row) => (Number.isNaN(values[row]) ? '' : formatNumber(values[row])), sortKey: () => ({ kind: 'number', values }) }];
  });
  const rules: TableColumn = {
    id: RULES_COLUMN,
    label: RULES_COLUMN,
    kind: 'rules',
    text: (row) => sources.firedRules(row).join(', '),
    sortKey: () => ({ kind: 'text', values: Array.from({ length: table.size }, (_, row) => sources.firedRules(row).join(', ') || null) }),
  };
  return [run, status, ...data, rules];
}
