import { describe, expect, it } from 'vitest';
import { inBox } from '../../../src/crossfilter/in-box';

const xs = new Float64Array([1, 2, 3, NaN, 2, Infinity, 2, 0.999]);
const ys = new Float64Array([10, 20, 30, 20, NaN, 20, -Infinity, 10]);
const rows = [0, 1, 2, 3, 4, 5, 6, 7];

describe('inBox', () => {
  it('keeps rows with both values in the closed box, its edges included', () => {
    const test = inBox(xs, ys, { x0: 1, x1: 3, y0: 10, y1: 30 });
    expect(rows.filter(test)).toEqual([0, 1, 2]);
  });
  it('leaves out rows missing either value, and infinite values', () => {
    const test = inBox(xs, ys, { x0: -1e300, x1: 1e300, y0: -1e300, y1: 1e300 });
    expect(rows.filter(test)).toEqual([0, 1, 2, 7]);
  });
  it('accepts bounds given high to low', () => {
    expect(rows.filter(inBox(xs, ys, { x0: 2, x1: 1, y0: 20, y1: 10 }))).toEqual([0, 1]);
  });
  it('a box of zero width holds only values exactly on it', () => {
    expect(rows.filter(inBox(xs, ys, { x0: 2, x1: 2, y0: 20, y1: 20 }))).toEqual([1]);
  });
});
