/** Pixels between two neighbouring bars. */
export const BAR_GAP = 2;

/** Where a histogram's bars lie along x: bin i from left[i], all `width` wide. */
export interface BarSlots {
  left: Float64Array;
  width: number;
}

/**
 * The bars of `bins` equal bins over `innerWidth` pixels: bin i starts at its
 * left edge, i·innerWidth/bins, and every bar is as wide as the plot shared
 * out after the gaps (at least 1 pixel, so a bin never vanishes).
 */
export function barSlots(bins: number, innerWidth: number, gap = BAR_GAP): BarSlots {
  const left = Float64Array.from({ length: bins }, (_, i) => (i * innerWidth) / bins);
  const width = Math.max(1, Math.floor((innerWidth - (bins - 1) * gap) / bins));
  return { left, width };
}

/** Top and height, in pixels, of a layer [base, base + count] on a count axis `y` (count → pixel, 0 at the bottom). */
export function layerBox(y: (count: number) => number, base: number, count: number): { top: number; height: number } {
  const top = y(base + count);
  return { top, height: Math.max(0, y(base) - top) };
}

/**
 * Bars the chart's own brush leaves out: bin i outside the brushed span
 * [first, last) of bin positions (none without a brush). A position inside a
 * bin keeps that bin in.
 */
export function isOutsideSpan(bin: number, span: readonly [number, number] | null): boolean {
  return span !== null && (bin + 1 <= span[0] || bin >= span[1]);
}
