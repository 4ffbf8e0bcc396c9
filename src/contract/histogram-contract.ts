/**
 * The contract between the histogram extraction (scripts/histograms/) and the
 * browser: what a histogram set holds. Free of DOM and Node types; both sides
 * import it, neither imports the other's code.
 *
 * <folder>/                    (`hist/` next to the data files)
 *   index.json                 HistogramIndex: which runs have which histograms, with sizes
 *   <run>.json                 RunHistograms of one run, e.g. 295585.json
 *   report.json                HistogramReport: what was missing, refused or repeated (for maintainers)
 *
 * Histogram objects are in jsroot's JSON object format (what `JSROOT.toJSON`
 * writes: `_typename`, ROOT member names), so `JSROOT.parse(text)` gives
 * objects jsroot draws directly. Number arrays may use ROOT's compressed
 * array form, `{"$arr": "Float32", "len": 102, "p": 3, "v": [...]}` (runs of
 * zeros left out), which `JSROOT.parse` expands into typed arrays.
 */

export const HISTOGRAM_INDEX_FORMAT = 'runlens-hist-index/1';
export const RUN_HISTOGRAMS_FORMAT = 'runlens-hist-run/1';
export const HISTOGRAM_REPORT_FORMAT = 'runlens-hist-report/1';

/** File names inside a histogram folder. */
export const HISTOGRAM_FILES = {
  index: 'index.json',
  report: 'report.json',
  /** The file of one run. */
  run: (run: number): string => `${run}.json`,
} as const;

/** The histogram classes the extraction keeps (TH1*, TH2*, TProfile, TProfile2D). */
export const HISTOGRAM_CLASS = /^(TH1[CSILFD]|TH2[CSILFD]|TProfile|TProfile2D)$/;

/** A jsroot JSON object: `_typename` plus ROOT's members. */
export interface JsrootObject {
  _typename: string;
  [member: string]: unknown;
}

/** `<run>.json`: every histogram extracted for one run, by its path inside the run's file (or run directory). */
export interface RunHistograms {
  format: typeof RUN_HISTOGRAMS_FORMAT;
  run: number;
  histograms: Record<string, JsrootObject>;
}

/** One histogram path seen in at least one run. */
export interface HistogramPathInfo {
  /** Path inside the run's file, e.g. `TPC/dEdx_vs_p`. */
  path: string;
  /** Class in the first run that has it (`TH1F`, `TH2D`, `TProfile`…). */
  className: string;
  /** fTitle in the first run that has it. */
  title: string;
  /** Runs that have it. */
  runs: number;
  /** Largest JSON size of this histogram over the runs, in bytes. */
  maxBytes: number;
}

/**
 * One run with a `<run>.json`. Which paths it has: all of them when neither
 * `present` nor `absent` is given; otherwise the shorter of the two lists of
 * indexes into `HistogramIndex.paths` (increasing).
 */
export interface RunHistogramsEntry {
  run: number;
  /** Size of `<run>.json` in bytes. */
  bytes: number;
  present?: number[];
  absent?: number[];
}

/** Indexes into `HistogramIndex.paths` of the histograms a run has. */
export function presentPaths(entry: RunHistogramsEntry, paths: number): number[] {
  if (entry.present) return entry.present;
  const absent = new Set(entry.absent ?? []);
  return Array.from({ length: paths }, (_, i) => i).filter((i) => !absent.has(i));
}

/** Why a file was refused as a whole (the ROOT reader's error kinds that apply to a file). */
export type RefusedFileReason = 'missing-file' | 'unreadable' | 'not-root' | 'truncated' | 'corrupt';

/** One finding of the extraction: nothing here stopped it. */
export type HistogramReportEntry =
  /** A run the caller expected (e.g. from the trending table) has no file. */
  | { kind: 'missing-file'; run: number }
  /** A file pattern matched no file. */
  | { kind: 'no-files'; pattern: string }
  /** A file (or top-level directory) whose name does not give a run number through the run pattern. */
  | { kind: 'no-run-number'; file: string; object: string; runPattern: string }
  /** Two files (or directories) give the same run: the last in sorted order is kept. */
  | { kind: 'repeated-run'; run: number; files: string[]; kept: string }
  /** A requested path (or a wildcard pattern matching no histogram) absent from a run's file. */
  | { kind: 'missing-histogram'; run: number; file: string; path: string }
  /** A requested path that names an object of another class (a TTree, a TDirectory…). */
  | { kind: 'not-a-histogram'; run: number; file: string; path: string; className: string }
  /** A file the reader refused (damaged, truncated, not ROOT): none of its histograms was taken. */
  | { kind: 'refused-file'; run: number | null; file: string; reason: RefusedFileReason; object: string; detail: string }
  /** A file whose compressed blocks could only be checked for size (zstd and the like). */
  | { kind: 'unverified-compression'; run: number | null; file: string; compression: string; detail: string };

export type HistogramReportKind = HistogramReportEntry['kind'];

/** `report.json`: every finding of the extraction, in the order found (expected runs without a file last). */
export interface HistogramReport {
  format: typeof HISTOGRAM_REPORT_FORMAT;
  entries: HistogramReportEntry[];
}

/**
 * `index.json`, what the browser reads before opening a run: runs in
 * increasing order; `paths` first seen first (runs in increasing order, each
 * run's histograms in request order). The report is kept apart (report.json)
 * so that the index stays small.
 */
export interface HistogramIndex {
  format: typeof HISTOGRAM_INDEX_FORMAT;
  paths: HistogramPathInfo[];
  runs: RunHistogramsEntry[];
  totals: {
    runs: number;
    histograms: number;
    /** Bytes of all `<run>.json` files together (the index not included). */
    bytes: number;
  };
}
