import { describe, expect, it } from 'vitest';
import { int64Values, numberValues, textValues } from '../../../scripts/root-reader/to-column-values.js';

describe('int64Values', () => {
  it('gives an integer column of doubles when every value lies within ±2^53', () => {
    expect(int64Values([2n ** 53n, -(2n ** 53n), 0n])).toEqual({ kind: 'integer', data: Float64Array.from([2 ** 53, -(2 ** 53), 0]) });
  });

  it('gives a bigint column when one value lies beyond ±2^53', () => {
    expect(int64Values([1n, 2n ** 53n + 1n])).toEqual({ kind: 'bigint', data: [1n, 2n ** 53n + 1n] });
    expect(int64Values([-(2n ** 53n) - 1n])).toEqual({ kind: 'bigint', data: [-(2n ** 53n) - 1n] });
  });

  it('gives an empty integer column for no values', () => {
    expect(int64Values([])).toEqual({ kind: 'integer', data: new Float64Array() });
  });
});

describe('numberValues and textValues', () => {
  it('copies numbers into a Float64Array of the given kind and strings into a text column', () => {
    expect(numberValues('real', [1.5, -0])).toEqual({ kind: 'real', data: Float64Array.from([1.5, -0]) });
    expect(numberValues('integer', [3])).toEqual({ kind: 'integer', data: Float64Array.from([3]) });
    const source = ['GT', ''];
    const text = textValues(source);
    expect(text).toEqual({ kind: 'text', data: ['GT', ''] });
    expect(text.data).not.toBe(source);
  });
});
