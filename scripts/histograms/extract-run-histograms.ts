import path from 'node:path';
import { glob } from 'tinyglobby';
import { HISTOGRAM_REPORT_FORMAT, type HistogramIndex, type HistogramReport, type HistogramReportEntry } from '../../src/contract/histogram-contract.js';
import { loadFile } from '../root-reader/load-file.js';
import { buildHistogramIndex, type RunRecord } from './build-histogram-index.js';
import type { WriteRun } from './collect-run.js';
import { extractRunDirectories } from './extract-run-directories.js';
import { extractRunFiles, fileLabel, type ListFiles } from './extract-run-files.js';
import { HistogramExtractError } from './HistogramExtractError.js';
import { histogramMessages } from './histogram-messages.js';
import { toPathPattern } from './path-pattern.js';
import { toRunPattern } from './run-pattern.js';

/** Where the per-run QA histograms are. */
export type HistogramSource =
  /** One file per run: file names or globs (relative to baseDir); the run is taken from each file's path by `runPattern`. */
  | { kind: 'run-files'; files: string | readonly string[]; runPattern: string }
  /** One file with one top-level directory per run; the run is taken from each directory's name by `runPattern`. */
  | { kind: 'run-directories'; file: string; runPattern: string };

export interface ExtractHistogramsOptions {
  source: HistogramSource;
  /** Histogram paths inside a run's file (or run directory): exact, or with wildcards (`TPC/*`, `ITS/**`, `**\/dcaR`). */
  histograms: readonly string[];
  /** Folder that file names, globs and report names are relative to (default: the working directory). */
  baseDir?: string;
  /** Runs that should have a file (e.g. every run of the trending table): those without one are reported as `missing-file`. */
  expectedRuns?: readonly number[];
}

export interface ExtractHistogramsDeps {
  /** Receives each run's `<run>.json` text, in increasing run order; a rejection stops the extraction. */
  writeRun: WriteRun;
  /** Default: the ROOT reader's loadFile (missing or unreadable files are reported). */
  loadFile?: (file: string) => Promise<Uint8Array>;
  /** Default: tinyglobby, absolute paths, sorted. */
  listFiles?: ListFiles;
  /** Called after each file of a `run-files` source. */
  onProgress?: (done: number, total: number) => void;
  /** Files read ahead of the one being parsed (default 8). */
  readAhead?: number;
}

/** Lists the files of a glob (or the file itself for a plain path that exists) with tinyglobby. */
export const listFilesOnDisk: ListFiles = async (pattern, baseDir) => {
  const found = await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false });
  return found.map((f) => path.resolve(f)).sort();
};

/** `missing-file` for every expected run that got no file (or directory). */
function missingRuns(expected: readonly number[] | undefined, found: ReadonlySet<number>): HistogramReportEntry[] {
  return [...new Set(expected ?? [])].filter((run) => !found.has(run)).sort((a, b) => a - b).map((run) => ({ kind: 'missing-file', run }));
}

/** Runs a source planned, refused or not, from the records and the report. */
function runsSeen(records: readonly RunRecord[], report: readonly HistogramReportEntry[]): Set<number> {
  const seen = new Set(records.map((r) => r.run));
  for (const e of report) if (e.kind === 'refused-file' && e.run !== null) seen.add(e.run);
  return seen;
}

/** What an extraction gives: the index (index.json) and the report (report.json). */
export interface HistogramExtraction {
  index: HistogramIndex;
  report: HistogramReport;
}

/**
 * Extracts the requested histograms (TH1*, TH2*, TProfile) of every run into
 * jsroot's JSON object format, one `<run>.json` per run handed to
 * `deps.writeRun`, and returns the index (src/contract/histogram-contract.ts):
 * which runs have which histograms, with sizes, and the report. Missing
 * files and histograms, damaged files (refused per file, with the reason),
 * names without a run number and repeated runs are report entries; only an
 * unusable request throws (HistogramExtractError). jsroot reads run one at a
 * time through a process-wide queue.
 */
export async function extractRunHistograms(options: ExtractHistogramsOptions, deps: ExtractHistogramsDeps): Promise<HistogramExtraction> {
  if (options.histograms.length === 0) throw new HistogramExtractError(histogramMessages.noHistograms());
  options.histograms.forEach((p, i) => {
    if (p.split('/').every((s) => s === '')) throw new HistogramExtractError(histogramMessages.emptyPath(i));
  });
  const histograms = options.histograms.map(toPathPattern);
  const runPattern = toRunPattern(options.source.runPattern);
  const baseDir = path.resolve(options.baseDir ?? '.');
  const load = deps.loadFile ?? loadFile;
  const source = options.source;
  const { records, report } = source.kind === 'run-files'
    ? await extractRunFiles({
      patterns: typeof source.files === 'string' ? [source.files] : source.files, runPattern, histograms, baseDir,
      listFiles: deps.listFiles ?? listFilesOnDisk, loadFile: load, writeRun: deps.writeRun, readAhead: deps.readAhead ?? 8, onProgress: deps.onProgress,
    })
    : await extractRunDirectories({
      file: path.resolve(baseDir, source.file), label: fileLabel(path.resolve(baseDir, source.file), baseDir),
      runPattern, histograms, loadFile: load, writeRun: deps.writeRun,
    });
  const entries = [...report, ...missingRuns(options.expectedRuns, runsSeen(records, report))];
  return { index: buildHistogramIndex(records), report: { format: HISTOGRAM_REPORT_FORMAT, entries } };
}
