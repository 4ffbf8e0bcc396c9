import { HISTOGRAM_CLASS } from '../../src/contract/histogram-contract.js';
import type { FileObject } from './list-file-objects.js';
import type { PathPattern } from './path-pattern.js';

/** What the requested paths pick from a file's objects. */
export interface Selection {
  /** Histograms to read, each once: by pattern order, then in the file's order. */
  chosen: FileObject[];
  /**
   * In request order: requested paths (or patterns matching no histogram) the
   * file lacks (no className), and exact paths naming an object of another class.
   */
  gaps: { path: string; className?: string }[];
}

/** True for the classes the extraction keeps (TH1*, TH2*, TProfile, TProfile2D). */
export function isHistogramClass(className: string): boolean {
  return HISTOGRAM_CLASS.test(className);
}

/** Applies the requested paths to a file's objects (paths relative to where the run's histograms live). */
export function selectHistograms(objects: readonly FileObject[], patterns: readonly PathPattern[]): Selection {
  const chosen: FileObject[] = [];
  const gaps: Selection['gaps'] = [];
  for (const pattern of patterns) {
    const hits = objects.filter((o) => pattern.matches(o.path));
    const histograms = hits.filter((o) => isHistogramClass(o.className));
    if (!pattern.wildcard && hits.length > 0 && histograms.length === 0) gaps.push({ path: hits[0].path, className: hits[0].className });
    else if (histograms.length === 0) gaps.push({ path: pattern.text });
    for (const h of histograms) if (!chosen.includes(h)) chosen.push(h);
  }
  return { chosen, gaps };
}

/** The objects inside directory `dir` (a run's directory), with paths relative to it. */
export function objectsUnder(objects: readonly FileObject[], dir: string): FileObject[] {
  const prefix = `${dir}/`;
  return objects.filter((o) => o.path.startsWith(prefix)).map((o) => ({ ...o, path: o.path.slice(prefix.length) }));
}
