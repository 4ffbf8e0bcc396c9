import type { ScaleContinuousNumeric } from 'd3';
import type { BoxBounds } from '../crossfilter/in-box';

/** A 2-D brush selection in plot pixels: [[left, top], [right, bottom]], as d3's brush gives it. */
export type PixelBox = [[number, number], [number, number]];

type Scale = ScaleContinuousNumeric<number, number>;

/**
 * The data box a brush selection covers, ordered (x0 ≤ x1, y0 ≤ y1), each
 * bound rounded to the decimals one pixel of its axis resolves there (on a
 * log axis a pixel spans less near small values), so the box is exactly
 * what its text shows.
 */
export function boxFromBrush([[left, top], [right, bottom]]: PixelBox, x: Scale, y: Scale): BoxBounds {
  const at = (scale: Scale, pixel: number) => roundTo(scale.invert(pixel), pixelDecimalsAt(scale, pixel));
  const [x0, x1] = [at(x, left), at(x, right)].sort((a, b) => a - b);
  const [y0, y1] = [at(y, bottom), at(y, top)].sort((a, b) => a - b);
  return { x0, x1, y0, y1 };
}

/** The brush selection in plot pixels that shows `box` (y grows downwards on screen). */
export function brushFromBox(box: BoxBounds, x: Scale, y: Scale): PixelBox {
  const [left, right] = [x(box.x0), x(box.x1)].sort((a, b) => a - b);
  const [top, bottom] = [y(box.y0), y(box.y1)].sort((a, b) => a - b);
  return [
    [left, top],
    [right, bottom],
  ];
}

/** Decimals needed to tell apart values half a pixel either side of `pixel` on `scale` (0 for an empty range). */
export function pixelDecimalsAt(scale: Scale, pixel: number): number {
  const [r0, r1] = scale.range();
  if (r0 === r1) return 0;
  const perPixel = Math.abs(scale.invert(pixel + 0.5) - scale.invert(pixel - 0.5));
  if (!(perPixel > 0) || !Number.isFinite(perPixel)) return 0;
  // The tolerance keeps 0.1 per pixel, computed as 0.09999999999, at 1 decimal.
  return Math.max(0, Math.ceil(-Math.log10(perPixel) - 1e-9));
}

/** `value` rounded to `digits` decimals, as the number its fixed-point text reads back to. */
function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
