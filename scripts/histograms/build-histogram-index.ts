import {
  HISTOGRAM_INDEX_FORMAT, type HistogramIndex, type HistogramPathInfo, type RunHistogramsEntry,
} from '../../src/contract/histogram-contract.js';

/** What one run's file gave, for the index. */
export interface RunRecord {
  run: number;
  /** Size of `<run>.json`. */
  bytes: number;
  histograms: { path: string; className: string; title: string; bytes: number }[];
}

/**
 * The index of a histogram set: every path seen (first seen first: runs in
 * increasing order, each run's histograms in request order) with how many
 * runs have it, each run with its file size and which paths it has (see
 * RunHistogramsEntry), and totals. Runs with no histogram at all get no
 * entry (their report entries say why).
 */
export function buildHistogramIndex(records: readonly RunRecord[]): HistogramIndex {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  const paths: HistogramPathInfo[] = [];
  const position = new Map<string, number>();
  for (const r of sorted) {
    for (const h of r.histograms) {
      let at = position.get(h.path);
      if (at === undefined) {
        at = paths.length;
        position.set(h.path, at);
        paths.push({ path: h.path, className: h.className, title: h.title, runs: 0, maxBytes: 0 });
      }
      paths[at].runs += 1;
      paths[at].maxBytes = Math.max(paths[at].maxBytes, h.bytes);
    }
  }
  const runs: RunHistogramsEntry[] = sorted.filter((r) => r.histograms.length > 0).map((r) => {
    const has = new Set(r.histograms.map((h) => position.get(h.path)!));
    const absent = paths.flatMap((_, i) => (has.has(i) ? [] : [i]));
    if (absent.length === 0) return { run: r.run, bytes: r.bytes };
    const present = [...has].sort((a, b) => a - b);
    return present.length < absent.length ? { run: r.run, bytes: r.bytes, present } : { run: r.run, bytes: r.bytes, absent };
  });
  return {
    format: HISTOGRAM_INDEX_FORMAT,
    paths,
    runs,
    totals: {
      runs: runs.length,
      histograms: sorted.reduce((n, r) => n + r.histograms.length, 0),
      bytes: runs.reduce((n, r) => n + r.bytes, 0),
    },
  };
}
