import type { ReportEntry } from '../../src/contract/data-contract';
import type { JoinedSource, JoinedTable } from './joined-table';
import type { SourceTable } from './source-table';
import { isStrictlyAscending } from '../table/is-strictly-ascending';

/**
 * Outer join of sources on the run (each source already holds one entry per
 * run, sorted by run: see resolveRepeatedRuns). Columns are renamed
 * `source.column`, in source order, and keep the source's own rows; every
 * run missing from some source is reported as 'partial-run'. Joined runs
 * ascending. Linear in runs × sources (a merge of sorted lists).
 */
export function joinOnRun(tables: readonly SourceTable[]): { table: JoinedTable; report: ReportEntry[] } {
  for (const t of tables) if (!isStrictlyAscending(t.keys)) throw new Error(`joinOnRun: the runs of source "${t.source}" are not unique and ascending`);
  const runs = unionOfSorted(tables.map((t) => t.keys));
  const sources: JoinedSource[] = tables.map((t) => ({
    source: t.source,
    runs: t.keys,
    rowOf: rowsInSource(t.keys, runs),
    columns: t.columns.map((c) => ({ ...c, name: `${t.source}.${c.name}`, source: t.source })),
  }));
  const report: ReportEntry[] = [];
  if (sources.length > 1) {
    for (let i = 0; i < runs.length; i++) {
      const missingFrom = sources.filter((s) => s.rowOf[i] < 0).map((s) => s.source);
      if (missingFrom.length === 0) continue;
      const presentIn = sources.filter((s) => s.rowOf[i] >= 0).map((s) => s.source);
      report.push({ kind: 'partial-run', run: runs[i], presentIn, missingFrom });
    }
  }
  return { table: { runs, sources }, report };
}

/** The union of ascending key lists, ascending. */
function unionOfSorted(lists: readonly Float64Array[]): Float64Array {
  if (lists.length === 1) return lists[0];
  const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[n - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

/** For each joined run, its row in the source (whose keys are ascending), or -1. */
function rowsInSource(keys: Float64Array, runs: Float64Array): Int32Array {
  const rows = new Int32Array(runs.length).fill(-1);
  for (let i = 0, k = 0; i < runs.length && k < keys.length; i++) {
    if (runs[i] === keys[k]) rows[i] = k++;
  }
  return rows;
}
