import type { HistogramReportEntry, RefusedFileReason } from '../../src/contract/histogram-contract.js';
import { isRootReadError } from '../root-reader/root-read-error.js';
import { toUnverified } from '../root-reader/unverified-compression.js';
import type { RunRecord } from './build-histogram-index.js';
import type { ReadHistogram } from './read-histogram-file.js';
import { runHistogramsJson } from './run-histograms-json.js';
import type { Selection } from './select-histograms.js';

/** Receives each run's `<run>.json` text. */
export type WriteRun = (run: number, text: string) => Promise<void>;

const REASONS: readonly RefusedFileReason[] = ['missing-file', 'unreadable', 'not-root', 'truncated', 'corrupt'];

/** The report entry for a file the reader refused; anything else than a RootReadError is a bug and is thrown again. */
export function refusedFile(error: unknown, run: number | null, file: string): HistogramReportEntry {
  if (!isRootReadError(error)) throw error;
  const reason = REASONS.includes(error.kind as RefusedFileReason) ? (error.kind as RefusedFileReason) : 'corrupt';
  return { kind: 'refused-file', run, file, reason, object: error.object, detail: error.message };
}

/** Report entries for what a run's selection lacked. */
export function selectionReport(run: number, file: string, selection: Selection): HistogramReportEntry[] {
  return selection.gaps.map(({ path, className }): HistogramReportEntry =>
    className === undefined ? { kind: 'missing-histogram', run, file, path } : { kind: 'not-a-histogram', run, file, path, className });
}

/** The unverified-compression entry for a file whose blocks were partly checked for size only, if any. */
export function unverifiedReport(run: number | null, file: string, sizeOnly: readonly string[]): HistogramReportEntry[] {
  const unverified = toUnverified(sizeOnly);
  return unverified ? [{ kind: 'unverified-compression', run, file, ...unverified }] : [];
}

/** Writes one run's histograms as `<run>.json` (when it has any) and gives its index record. */
export async function writeRunHistograms(run: number, histograms: readonly ReadHistogram[], writeRun: WriteRun): Promise<RunRecord> {
  if (histograms.length === 0) return { run, bytes: 0, histograms: [] };
  const { text, sizes } = runHistogramsJson(run, histograms);
  await writeRun(run, text);
  return {
    run,
    bytes: Buffer.byteLength(text),
    histograms: histograms.map((h, i) => ({ path: h.path, className: h.className, title: String(h.object.fTitle ?? ''), bytes: sizes[i] })),
  };
}
