import type { ScaleLinear } from 'd3';
import type { BoxBounds } from '../crossfilter/in-box';

/** A 2-D brush selection in plot pixels: [[left, top], [right, bottom]], as d3's brush gives it. */
export type PixelBox = [[number, number], [number, number]];

type Scale = ScaleLinear<number, number>;

/**
 * The data box a brush selection covers, ordered (x0 ≤ x1, y0 ≤ y1), each
 * bound rounded to the decimals one pixel of its axis resolves, so the box
 * is exactly what its text shows.
 */
export function boxFromBrush([[left, top], [right, bottom]]: PixelBox, x: Scale, y: Scale): BoxBounds {
  const xDigits = pixelDecimals(x);
  const yDigits = pixelDecimals(y);
  const [x0, x1] = [x.invert(left), x.invert(right)].map((v) => roundTo(v, xDigits)).sort((a, b) => a - b);
  const [y0, y1] = [y.invert(bottom), y.invert(top)].map((v) => roundTo(v, yDigits)).sort((a, b) => a - b);
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

/** Decimals needed to tell apart values one pixel apart on `scale` (0 when a pixel spans 1 or more). */
export function pixelDecimals(scale: Scale): number {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const perPixel = Math.abs(d1 - d0) / Math.abs(r1 - r0);
  if (!(perPixel > 0) || !Number.isFinite(perPixel)) return 0;
  return Math.max(0, Math.ceil(-Math.log10(perPixel)));
}

/** `value` rounded to `digits` decimals, as the number its fixed-point text reads back to. */
function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
