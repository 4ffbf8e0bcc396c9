import type { SqlJsStatic } from 'sql.js';
import { DATA_FILES, type BuildReport, type DataManifest, type ReportEntry, type SourceMeta } from '../../src/contract/data-contract';
import { buildManifest, manifestBytes } from './build-manifest';
import { checkColumnNames } from './check-column-names';
import { columnMeta } from './column-meta';
import { planTables } from './plan-tables';
import { joinOnRun } from './join-on-run';
import type { StagingSet } from './open-output-set';
import { readSource, type ReadSourceDeps } from './read-source';
import { resolveRepeatedRuns } from './resolve-repeated-runs';
import type { SourcesConfig } from './sources-config';
import type { SourceTable } from './source-table';
import { csvChunks } from './write-csv';
import { writeSqlite } from './write-sqlite';

/** Everything the build needs from outside: reader, files, clock, log and sql.js. */
export interface BuildDeps extends ReadSourceDeps {
  clock: () => Date;
  sql: SqlJsStatic;
}

/** What the build wrote into the set, with the manifest still to be written (by StagingSet.commit). */
export interface BuildOutputs {
  manifest: DataManifest;
  manifestBytes: Uint8Array;
  report: BuildReport;
}

/**
 * Reads every source, resolves repeated runs, joins on run and writes the
 * data files (SQLite, CSV) into the staging set. Returns the manifest for
 * the caller to commit the set with; on a throw the caller discards it.
 */
export async function buildData(config: SourcesConfig, deps: BuildDeps, set: StagingSet): Promise<BuildOutputs> {
  const entries: ReportEntry[] = [];
  const tables: SourceTable[] = [];
  const sources: SourceMeta[] = [];
  for (const spec of config.sources) {
    const read = await readSource(spec, config.baseDir, deps);
    const resolved = resolveRepeatedRuns(read.table, spec.duplicates);
    entries.push(...read.report, ...resolved.report);
    tables.push(resolved.table);
    const { name, kind, tree, key, duplicates } = spec;
    const entriesRead = read.table.files.reduce((n, f) => n + f.entries, 0);
    sources.push({ name, kind, tree, key, duplicates, files: read.table.files, entries: entriesRead, runs: resolved.table.keys.length });
  }
  checkColumnNames(tables);
  const joined = joinOnRun(tables);
  entries.push(...joined.report);
  const plans = planTables(joined.table);
  const columns = columnMeta(plans);
  const report: BuildReport = {
    runs: joined.table.runs.length,
    columns: columns.length,
    perSource: sources.map((s) => ({ source: s.name, entries: s.entries, runs: s.runs })),
    entries,
  };
  await set.addFile(DATA_FILES.sqlite, writeSqlite(deps.sql, { table: joined.table, plans, columns, sources, report: entries }));
  const csv = await set.createFile(DATA_FILES.csv);
  for (const chunk of csvChunks(joined.table)) await csv.write(chunk);
  await csv.close();
  const manifest = buildManifest({ setId: set.id, builtAt: deps.clock(), ...set.contents(), columns, sources, report });
  return { manifest, manifestBytes: manifestBytes(manifest), report };
}
