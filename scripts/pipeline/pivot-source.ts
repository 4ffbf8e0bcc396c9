import { pivotColumnName, REPORT_LIST_CAP, type DuplicatePolicy, type ReportEntry } from '../../src/contract/data-contract';
import type { Column } from '../table/column';
import { BuildError } from './build-error';
import { pickRows, valueAt } from './column-values';
import { messages } from './messages';
import type { PivotSpec } from './sources-config';
import type { EntryOrigin, SourceTable } from './source-table';

/** What pivoting needs besides the table: the columns, the policy for repeats, the cap. */
export interface PivotOptions extends PivotSpec {
  duplicates: DuplicatePolicy;
  maxColumns: number;
}

/**
 * Turns a long-format source (rows of run, name, value) into one row per
 * run and one column per distinct name, `value[name]` (pivotColumnName), in
 * order of first appearance; runs ascending. A row whose name is missing or
 * empty, or whose value is missing, is left out ('pivot-skipped-row'). A
 * (run, name) pair repeated is resolved by `duplicates` ('first', 'last';
 * 'fail' throws) and reported ('pivot-repeated-cell'). Other columns are
 * not read (one 'pivot-ignored-columns' entry). More than `maxColumns`
 * distinct names is fatal. Fatal too: a name or value column that does not exist.
 */
export function pivotSource(table: SourceTable, options: PivotOptions): { table: SourceTable; report: ReportEntry[] } {
  const nameColumn = findColumn(table, options.name, 'name');
  const valueColumn = findColumn(table, options.value, 'value');
  const report: ReportEntry[] = [];
  const ignored = table.columns.filter((c) => c !== nameColumn && c !== valueColumn).map((c) => c.name);
  if (ignored.length > 0) report.push({ kind: 'pivot-ignored-columns', source: table.source, columns: ignored.slice(0, REPORT_LIST_CAP), count: ignored.length });
  const names = new Map<string, number>();
  const cells = new Map<number, Map<number, number[]>>();
  const origin = (row: number): EntryOrigin => table.origins[row] ?? { file: '', entry: row };
  for (let row = 0; row < table.keys.length; row++) {
    const raw = valueAt(nameColumn.values, row);
    const name = raw === null ? '' : String(raw);
    const skip = name.trim() === '' ? messages.pivotNoName() : valueAt(valueColumn.values, row) === null ? messages.pivotNoValue() : '';
    if (skip !== '') {
      report.push({ kind: 'pivot-skipped-row', source: table.source, ...origin(row), reason: skip });
      continue;
    }
    let index = names.get(name);
    if (index === undefined) {
      if (names.size === options.maxColumns) throw tooMany(table, names, options.maxColumns);
      index = names.size;
      names.set(name, index);
    }
    const run = table.keys[row];
    const byName = cells.get(run) ?? new Map<number, number[]>();
    cells.set(run, byName);
    const rows = byName.get(index);
    if (rows) rows.push(row);
    else byName.set(index, [row]);
  }
  const runs = [...cells.keys()].sort((a, b) => a - b);
  const picked = [...names.values()].map(() => new Int32Array(runs.length).fill(-1));
  const nameList = [...names.keys()];
  runs.forEach((run, k) => {
    for (const [index, rows] of cells.get(run)!) {
      const kept = options.duplicates === 'first' ? 0 : rows.length - 1;
      picked[index][k] = rows[kept];
      if (rows.length === 1) continue;
      const occurrences = rows.map(origin);
      if (options.duplicates === 'fail') throw repeatFail(table, run, nameList[index], occurrences);
      report.push({ kind: 'pivot-repeated-cell', source: table.source, run, name: nameList[index], occurrences, kept });
    }
  });
  const columns: Column[] = nameList.map((name, index) => ({
    ...valueColumn,
    name: pivotColumnName(valueColumn.name, name),
    values: pickRows(valueColumn.values, picked[index]),
  }));
  const firstRow = runs.map((run) => Math.min(...[...cells.get(run)!.values()].map((rows) => rows[0])));
  return { table: { ...table, keys: Float64Array.from(runs), origins: firstRow.map(origin), columns }, report };
}

function findColumn(table: SourceTable, name: string, role: 'name' | 'value'): Column {
  const found = table.columns.find((c) => c.name === name);
  if (found) return found;
  const file = table.files[0]?.path ?? '';
  throw new BuildError({
    kind: 'pivot-column-missing',
    file,
    object: name,
    message: messages.pivotMissingColumn(file, role, name, table.columns.map((c) => c.name)),
    hint: messages.pivotMissingColumnHint(),
  });
}

function tooMany(table: SourceTable, names: ReadonlyMap<string, number>, max: number): BuildError {
  return new BuildError({
    kind: 'pivot-too-many-columns',
    file: table.files[0]?.path ?? '',
    object: `${table.source} pivot`,
    message: messages.pivotTooMany(table.source, names.size + 1, max, [...names.keys()].slice(0, 3)),
    hint: messages.pivotTooManyHint(),
  });
}

function repeatFail(table: SourceTable, run: number, name: string, occurrences: readonly EntryOrigin[]): BuildError {
  return new BuildError({
    kind: 'repeated-run-fail',
    file: occurrences[1].file,
    object: `${table.source}/run ${run}/${name}`,
    message: messages.pivotRepeatFail(table.source, run, name, occurrences.map((o) => `${o.file}#${o.entry}`).join(', ')),
    hint: messages.repeatedRunFailHint(),
  });
}
