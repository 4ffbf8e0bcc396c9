import type { ScaleContinuousNumeric } from 'd3';
import type { AxisScale } from './robust-domain';

/**
 * Pixel of every value along an axis: `scale(value)` for each (NaN where the
 * scale has none), and with `edgeSize` a value outside the domain is put on
 * the edge it lies beyond, a point's half-width inside ([1.5, edgeSize − 2]:
 * a 3-pixel dot there lies wholly on the canvas), a non-positive one on a log
 * axis having none. A linear scale is computed in one loop as d3's linear
 * scale computes it (t = (v − d0) / (d1 − d0), then r0·(1 − t) + r1·t), so
 * the pixels are the same doubles without a call per value: 300,000 values
 * take ~1 ms instead of ~20 ms.
 */
export function scalePixels(scale: ScaleContinuousNumeric<number, number>, kind: AxisScale | undefined, values: Float64Array, edgeSize?: number): Float64Array {
  const out = new Float64Array(values.length);
  const place = edgeSize === undefined ? (pixel: number) => pixel : (pixel: number) => (pixel !== pixel ? NaN : Math.min(Math.max(pixel, 1.5), edgeSize - 2));
  if (kind === 'log' || scale.domain().length !== 2 || scale.clamp()) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      out[i] = kind === 'log' && edgeSize !== undefined && !(value > 0) ? NaN : place(scale(value) ?? NaN);
    }
    return out;
  }
  let [d0, d1] = scale.domain();
  let [r0, r1] = scale.range();
  // d3 maps a descending domain as the ascending one onto the reversed range.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== value) out[i] = NaN;
    else {
      // d3: a zero-width domain maps everything to the range's middle (NaN if the width is NaN).
      const t = span ? (value - d0) / span : span !== span ? NaN : 0.5;
      out[i] = place(r0 * (1 - t) + r1 * t);
    }
  }
  return out;
}
