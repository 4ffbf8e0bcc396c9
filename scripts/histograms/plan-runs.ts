import type { HistogramReportEntry } from '../../src/contract/histogram-contract.js';
import type { RunPattern } from './run-pattern.js';

/** One run and where its histograms are (a file, or a directory of one file). */
export interface PlannedRun {
  run: number;
  /** The file name or directory name the run came from. */
  name: string;
}

/**
 * Gives each name (file path or top-level directory) its run through the run
 * pattern, in increasing run order. A name without a run is reported
 * (`no-run-number`); when two names give the same run, the last in sorted
 * name order is kept and the repeat reported. `file` names the file the
 * names live in (directories) or is undefined (the names are files).
 */
export function planRuns(names: readonly string[], pattern: RunPattern, file?: string): { runs: PlannedRun[]; report: HistogramReportEntry[] } {
  const report: HistogramReportEntry[] = [];
  const byRun = new Map<number, string[]>();
  for (const name of [...names].sort()) {
    const run = pattern.runOf(name);
    if (run === undefined) {
      report.push({ kind: 'no-run-number', file: file ?? name, object: file === undefined ? '' : name, runPattern: pattern.text });
      continue;
    }
    byRun.set(run, [...(byRun.get(run) ?? []), name]);
  }
  const runs: PlannedRun[] = [];
  for (const [run, found] of [...byRun].sort((a, b) => a[0] - b[0])) {
    const kept = found[found.length - 1];
    if (found.length > 1) report.push({ kind: 'repeated-run', run, files: file === undefined ? found : found.map((d) => `${file}:${d}`), kept: file === undefined ? kept : `${file}:${kept}` });
    runs.push({ run, name: kept });
  }
  return { runs, report };
}
