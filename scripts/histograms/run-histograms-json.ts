import { RUN_HISTOGRAMS_FORMAT } from '../../src/contract/histogram-contract.js';
import type { ReadHistogram } from './read-histogram-file.js';
import { jsrootJsonWriter } from './to-jsroot-json.js';

/** `<run>.json` as text, and the bytes each histogram takes in it. */
export interface RunHistogramsText {
  text: string;
  /** Bytes of each histogram's JSON object, in the order given. */
  sizes: number[];
}

/**
 * One run's histograms as a RunHistograms document (src/contract/histogram-contract.ts),
 * compact, in jsroot's object format: `JSROOT.parse(text).histograms[path]` is drawable.
 * Histogram paths and titles are ASCII in ROOT files, so characters are bytes.
 */
export function runHistogramsJson(run: number, histograms: readonly ReadHistogram[]): RunHistogramsText {
  // The document object and its `histograms` object come first in JSROOT.parse's numbering of objects.
  const write = jsrootJsonWriter(2);
  const objects = histograms.map((h) => write(h.object));
  const members = histograms.map((h, i) => `${JSON.stringify(h.path)}:${objects[i]}`);
  const text = `{"format":${JSON.stringify(RUN_HISTOGRAMS_FORMAT)},"run":${run},"histograms":{${members.join(',')}}}`;
  return { text, sizes: objects.map((o) => Buffer.byteLength(o)) };
}
