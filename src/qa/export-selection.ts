import { STATUSES } from '../flags/flag-rule';
import type { QaSpec } from '../view/view-qa';
import { exportName, goodRunsByPeriod, numberCell, runListText, selectionCsv, type ExportColumn } from './export-files';
import type { ExportKind } from './export-panel';
import type { QaTable } from './with-aliases';

/** A file to offer for download. */
export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** What an export reads: the table (with aliases), the view's QA spec and name, the statuses, the selected rows (run order). */
export interface ExportInput {
  table: QaTable;
  spec: QaSpec;
  view: string;
  status: Uint8Array;
  rows: Uint32Array;
  date: Date;
}

/** The columns a CSV export holds after run: the table's columns (or the view's text columns and variables). */
export function exportColumns(spec: QaSpec): string[] {
  return (spec.tableColumns ?? [...spec.categoryColumns, ...spec.variables]).filter((name) => name !== 'run');
}

/**
 * The period column of a view, for the good-run list: a text column of the
 * view named `…period` (the reference's groupBy first), else the groupBy.
 */
export function periodColumn(spec: QaSpec): string | undefined {
  const candidates = [...(spec.reference.groupBy !== undefined ? [spec.reference.groupBy] : []), ...spec.categoryColumns];
  return candidates.find((name) => /period$/i.test(name)) ?? spec.reference.groupBy;
}

/** The file of one export of the selected runs. */
export function exportSelection(kind: ExportKind, input: ExportInput): ExportFile {
  const { table, rows } = input;
  const runs = Array.from(rows, (row) => table.run[row]);
  if (kind === 'runs') return { name: exportName(input.view, 'runs', input.date, 'txt'), text: runListText(runs), type: 'text/plain' };
  if (kind === 'good') {
    const period = periodColumn(input.spec);
    const category = period !== undefined ? table.categories.get(period) : undefined;
    const good = Array.from(rows).filter((row) => STATUSES[input.status[row]] === 'Good');
    const list = good.map((row) => ({ run: table.run[row], period: category ? (category.dictionary[category.codes[row]] ?? null) : null }));
    return { name: exportName(input.view, 'good-runs', input.date, 'json'), text: `${JSON.stringify(goodRunsByPeriod(list), null, 2)}\n`, type: 'application/json' };
  }
  const text = new Set<string>();
  const columns: ExportColumn[] = [{ name: 'run', cell: (row) => numberCell(table.run[row]) }];
  for (const name of exportColumns(input.spec)) {
    const category = table.categories.get(name);
    const numbers = table.numbers.get(name);
    if (category) {
      text.add(name);
      columns.push({ name, cell: (row) => category.dictionary[category.codes[row]] ?? '' });
    } else if (numbers) columns.push({ name, cell: (row) => numberCell(numbers.values[row]) });
  }
  text.add('status');
  columns.push({ name: 'status', cell: (row) => STATUSES[input.status[row]] });
  return { name: exportName(input.view, 'selection', input.date, 'csv'), text: selectionCsv(rows, columns, text), type: 'text/csv' };
}
