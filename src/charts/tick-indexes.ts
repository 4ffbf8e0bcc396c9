/**
 * Edge indexes to put ticks at on an axis of `bins` equal-width bins spanning
 * `width` pixels, labels needing `pitch` pixels each (label width plus gap):
 * as many as fit, evenly spread, always the first (0) and the last (`bins`)
 * edge, any two at least `pitch` apart when the axis holds two labels at all.
 */
export function tickIndexes(bins: number, width: number, pitch: number): number[] {
  const perBin = width / bins;
  const spacing = Math.max(1, Math.ceil(pitch / perBin));
  const gaps = Math.max(1, Math.floor(bins / spacing));
  return Array.from({ length: gaps + 1 }, (_, i) => Math.round((i * bins) / gaps));
}
