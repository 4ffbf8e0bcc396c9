import { HISTOGRAM_FILES, HISTOGRAM_INDEX_FORMAT, RUN_HISTOGRAMS_FORMAT, type HistogramIndex, type JsrootObject } from '../contract/histogram-contract';
import type { Jsroot } from './load-jsroot';

/** A run's histograms by path, parsed by jsroot (typed arrays expanded). */
export type RunHistogramMap = ReadonlyMap<string, JsrootObject>;

/** Where the layouts get histograms: the set's index (once) and each run's file (cached). */
export interface HistogramSource {
  /** hist/index.json, or null when the data set has no histograms (a 404). */
  index(): Promise<HistogramIndex | null>;
  /** The run's histograms, or null when it has no file. `onArrived` is called when its JSON text is in (before parsing). */
  run(run: number, onArrived?: () => void): Promise<RunHistogramMap | null>;
  /** URL of a file of the set, for messages. */
  url(name: string): string;
}

/** Runs kept parsed: the open run, the reference run, the neighbours stepped through. */
const CACHED_RUNS = 6;

/** Reads the histogram set under `histUrl` (ending in `/`), parsing run files with jsroot (loaded on first use). */
export function createHistogramSource(histUrl: string, jsroot: () => Promise<Jsroot>, fetchText: (url: string) => Promise<string | null> = fetchOrNull): HistogramSource {
  const url = (name: string) => new URL(name, histUrl).href;
  let index: Promise<HistogramIndex | null> | undefined;
  const runs = new Map<number, Promise<RunHistogramMap | null>>();
  let listed: Promise<ReadonlySet<number> | null> | undefined;
  const readRun = async (run: number, onArrived?: () => void): Promise<RunHistogramMap | null> => {
    // A run the index does not list has no file: not fetched (a dev server would answer with its page).
    listed ??= source.index().then((i) => i && new Set(i.runs.map((r) => r.run)));
    const runs = await listed;
    if (runs && !runs.has(run)) {
      onArrived?.();
      return null;
    }
    const [text, js] = await Promise.all([fetchText(url(HISTOGRAM_FILES.run(run))), jsroot()]);
    onArrived?.();
    if (text === null) return null;
    const doc = js.parse(text) as { format?: unknown; histograms?: Record<string, JsrootObject> };
    if (doc.format !== RUN_HISTOGRAMS_FORMAT || !doc.histograms) throw new Error(`${url(HISTOGRAM_FILES.run(run))} is not of format ${RUN_HISTOGRAMS_FORMAT}`);
    return new Map(Object.entries(doc.histograms));
  };
  const source: HistogramSource = {
    url,
    index() {
      index ??= fetchText(url(HISTOGRAM_FILES.index)).then((text) => {
        if (text === null) return null;
        const json = JSON.parse(text) as HistogramIndex;
        if (json.format !== HISTOGRAM_INDEX_FORMAT) throw new Error(`${url(HISTOGRAM_FILES.index)} is not of format ${HISTOGRAM_INDEX_FORMAT}`);
        return json;
      });
      return index;
    },
    run(run, onArrived) {
      const cached = runs.get(run);
      if (cached) {
        runs.delete(run);
        runs.set(run, cached); // most recently used last
        onArrived?.();
        return cached;
      }
      const loading = readRun(run, onArrived);
      loading.catch(() => runs.delete(run));
      runs.set(run, loading);
      while (runs.size > CACHED_RUNS) runs.delete(runs.keys().next().value as number);
      return loading;
    },
  };
  return source;
}

/** The text at `url`, null for a 404 or a page in its place (a server's fallback to index.html); other failures throw. */
async function fetchOrNull(url: string): Promise<string | null> {
  const response = await fetch(url);
  if (response.status === 404 || (response.headers.get('content-type') ?? '').startsWith('text/html')) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
