import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { boxFromBrush, brushFromBox, pixelDecimalsAt } from '../../../src/charts/brush-box';

// 0.1 per pixel on both axes; y grows upwards in data, downwards on screen.
const x = scaleLinear().domain([100, 140]).range([0, 400]);
const y = scaleLinear().domain([40, 60]).range([200, 0]);

describe('pixelDecimalsAt on linear axes', () => {
  it('gives the decimals one pixel of the axis resolves', () => {
    expect(pixelDecimalsAt(x, 10)).toBe(1);
    expect(pixelDecimalsAt(scaleLinear().domain([0, 1000]).range([0, 400]), 10)).toBe(0);
    expect(pixelDecimalsAt(scaleLinear().domain([0, 0.01]).range([500, 0]), 10)).toBe(5);
  });
  it('is 0 for an empty domain or range', () => {
    expect(pixelDecimalsAt(scaleLinear().domain([5, 5]).range([0, 400]), 10)).toBe(0);
    expect(pixelDecimalsAt(scaleLinear().domain([0, 1]).range([0, 0]), 0)).toBe(0);
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

describe('pixelDecimalsAt', () => {
  it('on a linear axis, the decimals one pixel resolves anywhere', () => {
    for (const pixel of [0, 17.3, 200, 400]) expect(pixelDecimalsAt(x, pixel)).toBe(1);
  });
  it('on a log axis, more decimals where a pixel spans less (near the small end)', () => {
    const log = scaleLog().domain([0.001, 1000]).range([0, 600]);
    expect(pixelDecimalsAt(log, 0)).toBe(5);
    expect(pixelDecimalsAt(log, 600)).toBe(0);
  });
  it('a box on a log axis keeps small bounds apart from zero', () => {
    const log = scaleLog().domain([0.001, 1000]).range([200, 0]);
    const box = boxFromBrush([[0, 0], [100, 199]], x, log);
    expect(box.y0).toBeGreaterThan(0);
    expect(box.y0).toBeCloseTo(log.invert(199), 4);
  });
});
