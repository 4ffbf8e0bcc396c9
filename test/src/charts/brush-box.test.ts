import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { boxFromBrush, brushFromBox, pixelDecimals } from '../../../src/charts/brush-box';

// 0.1 per pixel on both axes; y grows upwards in data, downwards on screen.
const x = scaleLinear().domain([100, 140]).range([0, 400]);
const y = scaleLinear().domain([40, 60]).range([200, 0]);

describe('pixelDecimals', () => {
  it('gives the decimals one pixel of the axis resolves', () => {
    expect(pixelDecimals(x)).toBe(1);
    expect(pixelDecimals(scaleLinear().domain([0, 1000]).range([0, 400]))).toBe(0);
    expect(pixelDecimals(scaleLinear().domain([0, 0.01]).range([500, 0]))).toBe(5);
  });
  it('is 0 for an empty domain or range', () => {
    expect(pixelDecimals(scaleLinear().domain([5, 5]).range([0, 400]))).toBe(0);
    expect(pixelDecimals(scaleLinear().domain([0, 1]).range([0, 0]))).toBe(0);
  });
});

describe('boxFromBrush', () => {
  it('turns pixel corners into ordered data bounds rounded to a pixel', () => {
    expect(boxFromBrush([[53.26, 20.04], [127.01, 179.96]], x, y)).toEqual({ x0: 105.3, x1: 112.7, y0: 42, y1: 58 });
  });
  it('orders the bounds however the corners are given', () => {
    expect(boxFromBrush([[127, 180], [53, 20]], x, y)).toEqual({ x0: 105.3, x1: 112.7, y0: 42, y1: 58 });
  });
});

describe('brushFromBox', () => {
  it('places a box at its pixel corners, top-left first', () => {
    const [[left, top], [right, bottom]] = brushFromBox({ x0: 105.3, x1: 112.7, y0: 42, y1: 58 }, x, y);
    expect([left, top, right, bottom].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([53, 20, 127, 180]);
  });
  it('gives back the same box when read again', () => {
    const box = { x0: 101.5, x1: 139.9, y0: 40.1, y1: 59.9 };
    expect(boxFromBrush(brushFromBox(box, x, y), x, y)).toEqual(box);
  });
});
