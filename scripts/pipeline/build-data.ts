import type { SqlJsStatic } from 'sql.js';
import { DATA_FILES, type BuildReport, type DataManifest, type ReportEntry, type SourceMeta } from '../../src/contract/data-contract';
import { buildManifest } from './build-manifest';
import { checkColumnNames } from './check-column-names';
import { columnMeta } from './column-meta';
import { joinOnRun } from './join-on-run';
import { readSource, type ReadSourceDeps } from './read-source';
import { resolveRepeatedRuns } from './resolve-repeated-runs';
import type { SourcesConfig } from './sources-config';
import type { SourceTable } from './source-table';
import { writeCsv } from './write-csv';
import { writeSqlite } from './write-sqlite';

/** Everything the build needs from outside: reader, files, clock, log and sql.js. */
export interface BuildDeps extends ReadSourceDeps {
  clock: () => Date;
  sql: SqlJsStatic;
}

/** The output set, ready to be written, and the report it contains. */
export interface BuildOutputs {
  files: { name: string; bytes: Uint8Array }[];
  manifest: DataManifest;
  report: BuildReport;
}

/**
 * Reads every source, resolves repeated runs, joins on run and produces the
 * output files in memory (SQLite, CSV, manifest). Writes nothing: the caller
 * writes the set (writeOutputSet) only when this returned.
 */
export async function buildData(config: SourcesConfig, deps: BuildDeps): Promise<BuildOutputs> {
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
  const columns = columnMeta(joined.table);
  const report: BuildReport = {
    runs: joined.table.runs.length,
    columns: columns.length,
    perSource: sources.map((s) => ({ source: s.name, entries: s.entries, runs: s.runs })),
    entries,
  };
  const sqlite = writeSqlite(deps.sql, { table: joined.table, columns, sources, report: entries });
  const csv = new TextEncoder().encode(writeCsv(joined.table));
  const data = [{ name: DATA_FILES.sqlite, bytes: sqlite }, { name: DATA_FILES.csv, bytes: csv }];
  const manifest = buildManifest({ builtAt: deps.clock(), files: data, columns, sources, report });
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
  return { files: [...data, { name: DATA_FILES.manifest, bytes: manifestBytes }], manifest, report };
}
