/**
 * Where the tick texts of a horizontal axis go, from their centres and
 * measured widths (pure: the page measures, this decides). A text that would
 * stick out past the room of the axis is anchored at its end (or start) so it
 * stays inside; ticks are then thinned to every k-th until no two texts come
 * closer than a gap.
 */

/** One tick text placed along the axis: its anchor and the span it covers, in axis pixels. */
export interface TickPlace {
  anchor: 'start' | 'middle' | 'end';
  left: number;
  right: number;
}

/**
 * Each tick text centred on its tick, unless that would cross `lo` (then it
 * starts at the tick) or `hi` (then it ends at the tick). A text wider than
 * the whole room stays centred.
 */
export function placeTicks(centres: readonly number[], widths: readonly number[], lo: number, hi: number): TickPlace[] {
  return centres.map((c, i) => {
    const w = widths[i];
    if (c - w / 2 < lo && c + w <= hi) return { anchor: 'start', left: c, right: c + w };
    if (c + w / 2 > hi && c - w >= lo) return { anchor: 'end', left: c - w, right: c };
    return { anchor: 'middle', left: c - w / 2, right: c + w / 2 };
  });
}

/**
 * The smallest step k ≥ 1 such that keeping every k-th tick (indices 0, k,
 * 2k, …) leaves at least `gap` pixels between neighbouring texts; `places`
 * in axis order. One tick (or none) needs no thinning.
 */
export function tickStep(places: readonly TickPlace[], gap: number): number {
  for (let step = 1; step < places.length; step++) {
    let clear = true;
    for (let i = step; i < places.length && clear; i += step) clear = places[i].left - places[i - step].right >= gap;
    if (clear) return step;
  }
  return Math.max(1, places.length);
}
