import path from 'node:path';
import type { HistogramReportEntry } from '../../src/contract/histogram-contract.js';
import type { RunRecord } from './build-histogram-index.js';
import { refusedFile, selectionReport, unverifiedReport, writeRunHistograms, type WriteRun } from './collect-run.js';
import type { PathPattern } from './path-pattern.js';
import { planRuns } from './plan-runs.js';
import { readAhead } from './read-ahead.js';
import { readHistogramFile } from './read-histogram-file.js';
import type { RunPattern } from './run-pattern.js';
import { selectHistograms, type Selection } from './select-histograms.js';

/** Lists the files matching one pattern: absolute paths, sorted. */
export type ListFiles = (pattern: string, baseDir: string) => Promise<string[]>;

export interface RunFilesJob {
  patterns: readonly string[];
  runPattern: RunPattern;
  histograms: readonly PathPattern[];
  baseDir: string;
  listFiles: ListFiles;
  loadFile: (file: string) => Promise<Uint8Array>;
  writeRun: WriteRun;
  /** Files read ahead of the one being processed. */
  readAhead: number;
  onProgress?: (done: number, total: number) => void;
}

/** How a file is named in the report: relative to the base folder when inside it, absolute otherwise. */
export function fileLabel(file: string, baseDir: string): string {
  const relative = path.relative(baseDir, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** Every file the patterns match (each once, sorted), and a `no-files` entry per pattern matching none. */
async function expandFiles(job: RunFilesJob): Promise<{ files: Map<string, string>; report: HistogramReportEntry[] }> {
  const files = new Map<string, string>();
  const report: HistogramReportEntry[] = [];
  for (const pattern of job.patterns) {
    const found = await job.listFiles(pattern, job.baseDir);
    if (found.length === 0) report.push({ kind: 'no-files', pattern });
    for (const file of found) files.set(fileLabel(file, job.baseDir), file);
  }
  return { files, report };
}

/**
 * One file per run: the run comes from the file's name (relative to the base
 * folder) through the run pattern; each file is read, its histograms
 * selected and written as `<run>.json`. Refused files and missing histograms
 * are reported, never thrown.
 */
export async function extractRunFiles(job: RunFilesJob): Promise<{ records: RunRecord[]; report: HistogramReportEntry[] }> {
  const { files, report } = await expandFiles(job);
  const plan = planRuns([...files.keys()], job.runPattern);
  report.push(...plan.report);
  const records: RunRecord[] = [];
  let done = 0;
  for await (const [{ run, name }, loaded] of readAhead(plan.runs, (r) => job.loadFile(files.get(r.name)!), job.readAhead)) {
    done += 1;
    try {
      if (!loaded.ok) throw loaded.error;
      let selection: Selection = { chosen: [], gaps: [] };
      const read = await readHistogramFile(loaded.value, name, (objects) => (selection = selectHistograms(objects, job.histograms)).chosen);
      report.push(...selectionReport(run, name, selection), ...unverifiedReport(run, name, read.sizeOnly));
      records.push(await writeRunHistograms(run, read.histograms, job.writeRun));
    } catch (error) {
      report.push(refusedFile(error, run, name));
    }
    job.onProgress?.(done, plan.runs.length);
  }
  return { records, report };
}
