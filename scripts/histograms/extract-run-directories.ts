import type { HistogramReportEntry } from '../../src/contract/histogram-contract.js';
import type { RunRecord } from './build-histogram-index.js';
import { refusedFile, selectionReport, unverifiedReport, writeRunHistograms, type WriteRun } from './collect-run.js';
import type { FileObject } from './list-file-objects.js';
import type { PathPattern } from './path-pattern.js';
import { planRuns, type PlannedRun } from './plan-runs.js';
import { readHistogramFile, type ReadHistogram } from './read-histogram-file.js';
import type { RunPattern } from './run-pattern.js';
import { objectsUnder, selectHistograms } from './select-histograms.js';

export interface RunDirectoriesJob {
  /** The file, and how the report names it. */
  file: string;
  label: string;
  runPattern: RunPattern;
  histograms: readonly PathPattern[];
  loadFile: (file: string) => Promise<Uint8Array>;
  writeRun: WriteRun;
}

/** Top-level directories that hold objects, in the file's order. */
function topDirectories(objects: readonly FileObject[]): string[] {
  return [...new Set(objects.flatMap((o) => (o.path.includes('/') ? [o.path.slice(0, o.path.indexOf('/'))] : [])))];
}

/**
 * One file holding one top-level directory per run: the run comes from the
 * directory's name through the run pattern, histogram paths are relative to
 * it. A damaged file is refused as a whole (one entry, run null).
 */
export async function extractRunDirectories(job: RunDirectoriesJob): Promise<{ records: RunRecord[]; report: HistogramReportEntry[] }> {
  const report: HistogramReportEntry[] = [];
  const perRun = new Map<string, { planned: PlannedRun; histograms: ReadHistogram[] }>();
  try {
    const bytes = await job.loadFile(job.file);
    const read = await readHistogramFile(bytes, job.label, (objects) => {
      const plan = planRuns(topDirectories(objects), job.runPattern, job.label);
      report.push(...plan.report);
      return plan.runs.flatMap((planned) => {
        const selection = selectHistograms(objectsUnder(objects, planned.name), job.histograms);
        report.push(...selectionReport(planned.run, `${job.label}:${planned.name}`, selection));
        perRun.set(planned.name, { planned, histograms: [] });
        return selection.chosen.map((o) => ({ ...o, path: `${planned.name}/${o.path}` }));
      });
    });
    for (const h of read.histograms) {
      const dir = h.path.slice(0, h.path.indexOf('/'));
      perRun.get(dir)?.histograms.push({ ...h, path: h.path.slice(dir.length + 1) });
    }
    report.push(...unverifiedReport(null, job.label, read.sizeOnly));
  } catch (error) {
    return { records: [], report: [refusedFile(error, null, job.label)] };
  }
  const records: RunRecord[] = [];
  for (const { planned, histograms } of perRun.values()) records.push(await writeRunHistograms(planned.run, histograms, job.writeRun));
  return { records, report };
}
