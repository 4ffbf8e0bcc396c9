import type { BandResult } from '../expr/band-cache';
import type { BandSegment } from '../charts/qa-context';

/**
 * A band as the trend draws it: one segment per reference group over the
 * run extent of the rows in that group (all rows without groups), with the
 * group's centre and σ. Groups with no rows or no finite centre/σ are left out.
 */
export function bandSegments(band: BandResult, run: Float64Array): BandSegment[] {
  const count = band.groups.length;
  const lo = new Float64Array(count).fill(Infinity);
  const hi = new Float64Array(count).fill(-Infinity);
  for (let row = 0; row < run.length; row++) {
    const g = band.groupOf ? band.groupOf[row] : 0;
    if (g < 0 || g >= count || !Number.isFinite(run[row])) continue;
    if (run[row] < lo[g]) lo[g] = run[row];
    if (run[row] > hi[g]) hi[g] = run[row];
  }
  return band.groups.flatMap((group, g) =>
    lo[g] <= hi[g] && Number.isFinite(group.centre) && Number.isFinite(group.sigma) ? [{ x0: lo[g], x1: hi[g], centre: group.centre, sigma: group.sigma, label: group.label }] : [],
  );
}
