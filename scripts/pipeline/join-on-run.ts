import type { ReportEntry } from '../../src/contract/data-contract';
import { pickRows } from './column-values';
import type { JoinedColumn, JoinedTable } from './joined-table';
import type { SourceTable } from './source-table';

/**
 * Outer join of sources on the run (each source already holds one entry per
 * run). Columns are renamed `source.column`, in source order; every run
 * missing from some source is reported as 'partial-run'. Rows sorted by run.
 */
export function joinOnRun(tables: readonly SourceTable[]): { table: JoinedTable; report: ReportEntry[] } {
  const runs = Float64Array.from(new Set(tables.flatMap((t) => Array.from(t.keys)))).sort();
  const rowsPerSource = tables.map((t) => rowsInSource(t.keys, runs));
  const columns: JoinedColumn[] = tables.flatMap((t, s) =>
    t.columns.map((c) => ({ ...c, name: `${t.source}.${c.name}`, source: t.source, values: pickRows(c.values, rowsPerSource[s]) })),
  );
  const report: ReportEntry[] = [];
  runs.forEach((run, i) => {
    const missingFrom = tables.filter((_, s) => rowsPerSource[s][i] < 0).map((t) => t.source);
    if (missingFrom.length === 0) return;
    const presentIn = tables.filter((_, s) => rowsPerSource[s][i] >= 0).map((t) => t.source);
    report.push({ kind: 'partial-run', run, presentIn, missingFrom });
  });
  return { table: { runs, columns }, report };
}

/** For each run, its row in the source, or -1. */
function rowsInSource(keys: Float64Array, runs: Float64Array): Int32Array {
  const rowOf = new Map<number, number>();
  keys.forEach((run, row) => rowOf.set(run, row));
  return Int32Array.from(runs, (run) => rowOf.get(run) ?? -1);
}
