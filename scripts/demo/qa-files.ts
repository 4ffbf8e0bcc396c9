import { writeHistogramFile } from '../root-writer/write-histogram-file';
import { DEMO_FILE_DATE, DEMO_ZLIB_LEVEL, type DemoFile } from './demo-files';
import type { DemoData } from './generate-demo';
import { QA_HISTOGRAMS, qaHistograms } from './qa-histograms';
import { planQaRuns, type QaPlan, type QaReason } from './qa-plan';
import { runValues } from './qa-run-values';

/** Where the per-run QA files go inside the demo folder, and the file describing them. */
export const QA_FILES = {
  folder: 'qa',
  run: (run: number) => `qa/${run}.root`,
  summary: 'demo-qa.json',
} as const;

/** Which QA files make:demo writes: the committed subset, one per run of the demo, or none. */
export type QaMode = 'subset' | 'all' | 'none';
export const QA_MODES: readonly QaMode[] = ['subset', 'all', 'none'];

/** demo-qa.json: what the QA files hold and why each run has one. */
export interface QaSummary {
  seed: number;
  mode: Exclude<QaMode, 'none'>;
  histograms: { path: string; type: string; source: string; follows: readonly string[] }[];
  references: QaPlan['references'];
  files: { run: number; file: string; bytes: number; reasons: QaReason[]; missing: string[] }[];
}

/**
 * The per-run QA files of the demo (`qa/<run>.root`, histograms in TPC/,
 * TPC/DCA/, ITS/ and EVS/ following the run's trending values) and
 * demo-qa.json. Pure: same data, same bytes.
 */
export function renderQaFiles(data: DemoData, mode: Exclude<QaMode, 'none'>): DemoFile[] {
  const seed = data.truth.seed;
  const values = runValues(data);
  const byRun = new Map(values.map((v) => [v.run, v]));
  const plan = planQaRuns(values, data.truth, seed, mode === 'all');
  const files: DemoFile[] = [];
  const summary: QaSummary = { seed, mode, histograms: QA_HISTOGRAMS.map((h) => ({ ...h })), references: plan.references, files: [] };
  for (const { run, reasons } of plan.runs) {
    const histograms = qaHistograms(byRun.get(run)!, seed);
    if (histograms.length === 0) continue;
    const name = QA_FILES.run(run);
    const bytes = writeHistogramFile(histograms, {
      compression: { algorithm: 'zlib', level: DEMO_ZLIB_LEVEL }, fileName: `${run}.root`, fileTitle: `RunLens demo QA, run ${run}`, date: new Date(DEMO_FILE_DATE),
    });
    files.push({ name, bytes });
    const made = new Set(histograms.map((h) => h.path));
    summary.files.push({ run, file: name, bytes: bytes.length, reasons, missing: QA_HISTOGRAMS.filter((h) => !made.has(h.path)).map((h) => h.path) });
  }
  files.push({ name: QA_FILES.summary, bytes: new TextEncoder().encode(JSON.stringify(summary, null, 1) + '\n') });
  return files;
}
