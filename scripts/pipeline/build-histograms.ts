import path from 'node:path';
import { DATA_FOLDERS, type HistogramFindingKind, type ReportEntry } from '../../src/contract/data-contract';
import { HISTOGRAM_FILES, type HistogramIndex } from '../../src/contract/histogram-contract';
import { extractRunHistograms } from '../histograms/extract-run-histograms';
import { HistogramExtractError } from '../histograms/HistogramExtractError';
import { BuildError } from './build-error';
import { messages } from './messages';
import type { StagingSet } from './open-output-set';
import type { HistogramSourceSpec } from './sources-config';

/** What the histogram step needs: the sources file's folder and name (for errors) and the log. */
export interface HistogramStepDeps {
  baseDir: string;
  sourcesFile: string;
  log: (line: string) => void;
  /** Overrides the ROOT reader's loadFile (tests). */
  loadFile?: (file: string) => Promise<Uint8Array>;
}

/**
 * Extracts the `histograms` source's per-run QA files (scripts/histograms)
 * into the set's hist/ folder: `<run>.json` per run as each is read, then
 * index.json and report.json. Every finding of the extraction (missing or
 * refused files, missing histograms…) comes back as a report entry of kind
 * `histograms-<kind>`, never fatal; the files go through the staging set, so
 * a failure later in the build leaves the previous set (hist/ included) as it
 * was. Only an unusable request (which the sources-file check already
 * refuses) is a BuildError.
 */
export async function buildHistograms(spec: HistogramSourceSpec, set: StagingSet, deps: HistogramStepDeps): Promise<{ index: HistogramIndex; entries: ReportEntry[] }> {
  const folder = DATA_FOLDERS.histograms;
  deps.log(messages.extractingHistograms(spec.name, spec.histograms));
  await set.addFolder(folder);
  const write = (name: string, text: string) => set.addFile(`${folder}/${name}`, new TextEncoder().encode(text)).then(() => undefined);
  try {
    const { index, report } = await extractRunHistograms(
      { source: { kind: 'run-files', files: spec.files, runPattern: spec.runFromPath }, histograms: spec.histograms, baseDir: deps.baseDir },
      { writeRun: (run, text) => write(HISTOGRAM_FILES.run(run), text), ...(deps.loadFile ? { loadFile: deps.loadFile } : {}) },
    );
    await write(HISTOGRAM_FILES.index, JSON.stringify(index) + '\n');
    await write(HISTOGRAM_FILES.report, JSON.stringify(report, null, 1) + '\n');
    deps.log(messages.extractedHistograms(index.totals.runs, index.totals.histograms, index.totals.bytes));
    const entries = report.entries.map((finding): ReportEntry => ({ kind: `histograms-${finding.kind}` as HistogramFindingKind, source: spec.name, finding }));
    return { index, entries };
  } catch (error) {
    if (!(error instanceof HistogramExtractError)) throw error;
    throw new BuildError(
      { kind: 'sources-file-invalid', file: deps.sourcesFile, object: spec.name, message: `${path.basename(deps.sourcesFile)}: source ${spec.name}: ${error.message}`, hint: messages.sourcesFileHint() },
      { cause: error },
    );
  }
}
