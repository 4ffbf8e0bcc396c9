import { REPORT_LIST_CAP, type DuplicatePolicy, type ReportEntry } from '../../src/contract/data-contract';
import { BuildError } from './build-error';
import { pickRows, sameValue } from './column-values';
import { messages } from './messages';
import type { SourceTable } from './source-table';
import { isStrictlyAscending } from '../table/is-strictly-ascending';

/**
 * Keeps one entry per run by the source's policy ('last', 'first'; 'fail'
 * throws) and reports every repeat with all its occurrences, the one kept
 * and the columns whose values differ. Entries come out sorted by run.
 */
export function resolveRepeatedRuns(table: SourceTable, policy: DuplicatePolicy): { table: SourceTable; report: ReportEntry[] } {
  // The common case (one entry per run, in run order) keeps the columns as they are: no copy.
  if (isStrictlyAscending(table.keys)) return { table, report: [] };
  const groups = groupByRun(table.keys);
  const report: ReportEntry[] = [];
  const runs = [...groups.keys()].sort((a, b) => a - b);
  const kept = new Int32Array(runs.length);
  runs.forEach((run, k) => {
    const rows = groups.get(run)!;
    const keptIndex = policy === 'first' ? 0 : rows.length - 1;
    kept[k] = rows[keptIndex];
    if (rows.length === 1) return;
    if (policy === 'fail') throw repeatedRunFail(table, run, rows);
    report.push({
      kind: 'repeated-run',
      source: table.source,
      run,
      occurrences: rows.map((r) => table.origins[r]),
      kept: keptIndex,
      ...differingColumns(table, rows),
    });
  });
  return {
    table: {
      ...table,
      keys: Float64Array.from(runs),
      origins: Array.from(kept, (r) => table.origins[r]),
      columns: table.columns.map((c) => ({ ...c, values: pickRows(c.values, kept) })),
    },
    report,
  };
}

/** The first REPORT_LIST_CAP columns whose values differ between the rows, and how many differ in all. */
function differingColumns(table: SourceTable, rows: readonly number[]): { differing: string[]; differingCount: number } {
  const differing: string[] = [];
  let differingCount = 0;
  for (const c of table.columns) {
    if (!rows.some((r) => !sameValue(c.values, r, rows[0]))) continue;
    if (differingCount < REPORT_LIST_CAP) differing.push(c.name);
    differingCount++;
  }
  return { differing, differingCount };
}

function groupByRun(keys: Float64Array): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  keys.forEach((run, row) => {
    const rows = groups.get(run);
    if (rows) rows.push(row);
    else groups.set(run, [row]);
  });
  return groups;
}

function repeatedRunFail(table: SourceTable, run: number, rows: number[]): BuildError {
  const where = rows.map((r) => `${table.origins[r].file}#${table.origins[r].entry}`).join(', ');
  return new BuildError({
    kind: 'repeated-run-fail',
    file: table.origins[rows[1]].file,
    object: `${table.source}/run ${run}`,
    message: messages.repeatedRunFail(table.source, run, where),
    hint: messages.repeatedRunFailHint(),
  });
}
