import type { Database, SqlJsStatic } from 'sql.js';
import { DATA_FILES, DATA_FOLDERS, type BuildReport, type ColumnFileMeta, type ColumnMeta, type DataManifest, type ReportEntry, type SourceMeta } from '../../src/contract/data-contract';
import { buildHistograms } from './build-histograms';
import { buildManifest, manifestBytes } from './build-manifest';
import { checkColumnNames } from './check-column-names';
import { checkPlausibility } from './check-plausibility';
import { sidePaths } from './check-output-target';
import { columnMeta } from './column-meta';
import { joinOnRun } from './join-on-run';
import { messages } from './messages';
import type { StagingSet } from './open-output-set';
import { planTables } from './plan-tables';
import { readSource, type ReadSourceDeps } from './read-source';
import { resolveRepeatedRuns } from './resolve-repeated-runs';
import { summarizeReport } from './summarize-report';
import { ENTRY_KEY, type SourcesConfig } from './sources-config';
import type { SourceTable } from './source-table';
import { writeColumnFiles } from './write-column-files';
import { csvChunks } from './write-csv';
import { fillSqlite } from './write-sqlite';

/** Everything the build needs from outside: reader, files, clock, log and sql.js. */
export interface BuildDeps extends ReadSourceDeps {
  clock: () => Date;
  sql: SqlJsStatic;
  /** Reads a per-run QA file of the `histograms` source (default: the ROOT reader's loadFile). */
  loadHistogramFile?: (file: string) => Promise<Uint8Array>;
}

/** What the build wrote into the set, with the manifest still to be written (by StagingSet.commit). */
export interface BuildOutputs {
  manifest: DataManifest;
  manifestBytes: Uint8Array;
  /** Counts and examples (as in the manifest). */
  report: BuildReport;
  /** Every finding (as in the build_report table). */
  entries: ReportEntry[];
}

/** The small part of a build that outlives its columns: what the manifest describes. */
interface Described {
  columns: ColumnMeta[];
  columnFiles: ColumnFileMeta[];
  sources: SourceMeta[];
  report: BuildReport;
  entries: ReportEntry[];
}

/**
 * Reads every source (never a file inside config.output or its staging and
 * previous folders), resolves repeated runs, joins on run, extracts the
 * `histograms` source's QA files into hist/ (buildHistograms) and writes the
 * data files into the staging set: runlens.csv streamed in chunks, one file
 * per column into cols/, the SQLite tables filled, then runlens.sqlite once the columns are no longer
 * held (its export is a copy of the whole file). Returns the manifest for
 * the caller to commit the set with; on a throw the caller discards it.
 */
export async function buildData(config: SourcesConfig, deps: BuildDeps, set: StagingSet): Promise<BuildOutputs> {
  const db = new deps.sql.Database();
  try {
    const described = await writeJoined(config, deps, set, db);
    deps.log(messages.writingFile(DATA_FILES.sqlite));
    await set.addFile(DATA_FILES.sqlite, db.export());
    const { columns, columnFiles, sources, report, entries } = described;
    const { files, folders } = set.contents();
    const manifest = buildManifest({ setId: set.id, builtAt: deps.clock(), files: inDataFileOrder(files), folders, columns, columnFiles, sources, report });
    return { manifest, manifestBytes: manifestBytes(manifest), report, entries };
  } finally {
    db.close();
  }
}

/** The set's files as the manifest lists them: runlens.sqlite, runlens.csv, then any other in the order written. */
function inDataFileOrder<T extends { name: string }>(files: readonly T[]): T[] {
  const rank = (name: string) => {
    const at = [DATA_FILES.sqlite, DATA_FILES.csv].indexOf(name as typeof DATA_FILES.sqlite);
    return at < 0 ? 2 : at;
  };
  return [...files].sort((a, b) => rank(a.name) - rank(b.name));
}

/** Reads and joins the sources, streams the CSV and fills `db`; the joined columns are garbage once this returns. */
async function writeJoined(config: SourcesConfig, deps: BuildDeps, set: StagingSet, db: Database): Promise<Described> {
  const { tables, sources, entries } = await readSources(config, deps);
  checkColumnNames(tables);
  const joined = joinOnRun(tables);
  entries.push(...joined.report);
  if (config.histograms) {
    const step = { baseDir: config.baseDir, sourcesFile: config.file, log: deps.log, ...(deps.loadHistogramFile ? { loadFile: deps.loadHistogramFile } : {}) };
    entries.push(...(await buildHistograms(config.histograms, set, step)).entries);
  }
  const plans = planTables(joined.table);
  const columns = columnMeta(plans);
  const report: BuildReport = {
    runs: joined.table.runs.length,
    columns: columns.length,
    perSource: sources.map((s) => ({ source: s.name, entries: s.entries, runs: s.runs })),
    ...summarizeReport(entries),
  };
  deps.log(messages.writingFile(DATA_FILES.csv));
  const csv = await set.createFile(DATA_FILES.csv);
  for (const chunk of csvChunks(joined.table)) await csv.write(chunk);
  await csv.close();
  deps.log(messages.writingFolder(DATA_FOLDERS.columns, columns.length));
  const columnFiles = await writeColumnFiles(set, joined.table, columns);
  // The CSV and the column files are written: each table's columns can go as soon as SQLite holds them.
  fillSqlite(db, { table: joined.table, plans, columns, sources, report: entries }, { release: true });
  return { columns, columnFiles, sources, report, entries };
}

/** Every source read, its repeated runs resolved, with its metadata and what was reported. */
async function readSources(config: SourcesConfig, deps: BuildDeps): Promise<{ tables: SourceTable[]; sources: SourceMeta[]; entries: ReportEntry[] }> {
  const entries: ReportEntry[] = [];
  const tables: SourceTable[] = [];
  const sources: SourceMeta[] = [];
  for (const spec of config.sources) {
    const read = await readSource(spec, config.baseDir, deps, Object.values(sidePaths(config.output)));
    const resolved = resolveRepeatedRuns(read.table, spec.duplicates);
    entries.push(...read.report, ...resolved.report, ...checkPlausibility(resolved.table, config.runRange, spec.key !== ENTRY_KEY));
    // Where each entry came from is only needed to report repeats, done by now: not kept for a million runs.
    tables.push({ ...resolved.table, origins: [] });
    const { name, kind, tree, key, duplicates } = spec;
    const entriesRead = read.table.files.reduce((n, f) => n + f.entries, 0);
    sources.push({ name, kind, tree, key, duplicates, files: read.table.files, entries: entriesRead, runs: resolved.table.keys.length });
  }
  return { tables, sources, entries };
}
