import { HISTOGRAM_CLASS } from '../../src/contract/histogram-contract.js';
import type { FileObject } from './list-file-objects.js';
import type { PathPattern } from './path-pattern.js';

/** What the requested paths pick from a file's objects. */
export interface Selection {
  /** Histograms to read, each once: by pattern order, then in the file's order. */
  chosen: FileObject[];
  /** Requested paths (or patterns matching no histogram) the file lacks, as requested. */
  missing: string[];
  /** Exact paths that name an object of another class. */
  notHistograms: { path: string; className: string }[];
}

/** True for the classes the extraction keeps (TH1*, TH2*, TProfile, TProfile2D). */
export function isHistogramClass(className: string): boolean {
  return HISTOGRAM_CLASS.test(className);
}

/** Applies the requested paths to a file's objects (paths relative to where the run's histograms live). */
export function selectHistograms(objects: readonly FileObject[], patterns: readonly PathPattern[]): Selection {
  const chosen: FileObject[] = [];
  const missing: string[] = [];
  const notHistograms: Selection['notHistograms'] = [];
  for (const pattern of patterns) {
    const hits = objects.filter((o) => pattern.matches(o.path));
    const histograms = hits.filter((o) => isHistogramClass(o.className));
    if (!pattern.wildcard && hits.length > 0 && histograms.length === 0) notHistograms.push({ path: hits[0].path, className: hits[0].className });
    else if (histograms.length === 0) missing.push(pattern.text);
    for (const h of histograms) if (!chosen.includes(h)) chosen.push(h);
  }
  return { chosen, missing, notHistograms };
}

/** The objects inside directory `dir` (a run's directory), with paths relative to it. */
export function objectsUnder(objects: readonly FileObject[], dir: string): FileObject[] {
  const prefix = `${dir}/`;
  return objects.filter((o) => o.path.startsWith(prefix)).map((o) => ({ ...o, path: o.path.slice(prefix.length) }));
}
