import { finiteSorted } from '../stats/finite-sorted';
import { robustBandOfSorted, type BandMethod, type RobustBand } from '../stats/robust-band';
import type { Reference } from './reference';

/** The reference band of one argument of nsigma: what charts draw as centre ± kσ. */
export interface BandResult {
  /** Canonical text of nsigma's argument (`tpc.meanMIP`, `tpc.meanMIP / tpc.meanMIPele`). */
  argument: string;
  /** The column or alias when the argument is just a name: the variable whose chart gets the band. */
  column?: string;
  method: BandMethod;
  /** One band per reference group (one entry, label '', without groups). */
  groups: (RobustBand & { label: string })[];
  /** Per row, its index in `groups` (-1: none). Absent without groups: every row uses groups[0]. */
  groupOf?: Int32Array;
}

/**
 * Sorted reference samples and bands already computed, by argument text:
 * share one between the expressions of one evaluation (a rule set) so each
 * variable is sorted once. Valid for one table and one reference only.
 */
export interface BandCache {
  samples: Map<string, Float64Array[]>;
  bands: Map<string, BandResult>;
}

export function createBandCache(): BandCache {
  return { samples: new Map(), bands: new Map() };
}

/** The finite reference values of `values`, sorted, one array per group. */
export function referenceSamples(cache: BandCache, key: string, values: Float64Array, reference: Reference): Float64Array[] {
  const cached = cache.samples.get(key);
  if (cached) return cached;
  let samples: Float64Array[];
  if (!reference.groups) samples = [finiteSorted(values, reference.rows)];
  else {
    const { of, labels } = reference.groups;
    const members: number[][] = labels.map(() => []);
    for (const row of reference.rows) if (of[row] >= 0) members[of[row]].push(row);
    samples = members.map((rows) => finiteSorted(values, rows));
  }
  cache.samples.set(key, samples);
  return samples;
}

export function methodKey(method: BandMethod): string {
  return method.kind === 'ltm' ? `ltm:${method.fraction}` : 'median-mad';
}

/** The band of an nsigma argument under `method`, computed once per cache. */
export function referenceBand(
  cache: BandCache, key: string, column: string | undefined, values: Float64Array, reference: Reference, method: BandMethod,
): BandResult {
  const bandKey = `${methodKey(method)}|${key}`;
  const cached = cache.bands.get(bandKey);
  if (cached) return cached;
  const samples = referenceSamples(cache, key, values, reference);
  const labels = reference.groups?.labels ?? [''];
  const groups = samples.map((sorted, g) => ({ ...robustBandOfSorted(sorted, method), label: labels[g] }));
  const band: BandResult = { argument: key, method, groups, ...(column === undefined ? {} : { column }), ...(reference.groups ? { groupOf: reference.groups.of } : {}) };
  cache.bands.set(bandKey, band);
  return band;
}
