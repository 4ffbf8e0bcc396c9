import { finiteSorted } from '../stats/finite-sorted';
import { sortFinite } from '../stats/sort-finite';
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
  const samples = reference.groups ? groupedSamples(values, reference.rows, reference.groups.of, reference.groups.labels.length) : [finiteSorted(values, reference.rows)];
  cache.samples.set(key, samples);
  return samples;
}

/** Finite reference values per group, each sorted, as views of one buffer (a counting sort by group, then one sort per group). */
function groupedSamples(values: Float64Array, rows: Uint32Array, of: Int32Array, groups: number): Float64Array[] {
  const count = new Uint32Array(groups + 1);
  for (const row of rows) {
    const g = of[row];
    if (g >= 0 && Number.isFinite(values[row])) count[g + 1]++;
  }
  for (let g = 0; g < groups; g++) count[g + 1] += count[g];
  const buffer = new Float64Array(count[groups]);
  const fill = count.slice(0, groups);
  for (const row of rows) {
    const g = of[row];
    if (g >= 0 && Number.isFinite(values[row])) buffer[fill[g]++] = values[row];
  }
  return Array.from({ length: groups }, (_, g) => sortFinite(buffer.subarray(count[g], count[g + 1])));
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
