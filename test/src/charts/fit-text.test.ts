import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, MEASURE_CAP } from '../../../src/charts/fit-text';

// A monospace measure: 6 px per code point.
const mono = (text: string) => Array.from(text).length * 6;

describe('fitText', () => {
  it('keeps a text that fits', () => {
    expect(fitText('tpc.meanMIP', 66, mono)).toBe('tpc.meanMIP');
  });
  it('cuts to the longest start that fits with the ellipsis', () => {
    expect(fitText('abcdefghij', 36, mono)).toBe(`abcde${ELLIPSIS}`);
    expect(fitText('abcdefghij', 5, mono)).toBe(ELLIPSIS);
  });
  it('never splits a surrogate pair and measures a 100 kB label only a few times', () => {
    expect(fitText('😀😀😀😀', 18, mono)).toBe(`😀😀${ELLIPSIS}`);
    let calls = 0;
    const long = 'x'.repeat(100_000);
    const fitted = fitText(long, 600, (t) => (calls++, mono(t)));
    expect(fitted).toBe(`${'x'.repeat(99)}${ELLIPSIS}`);
    expect(calls).toBeLessThan(Math.ceil(Math.log2(MEASURE_CAP)) + 2);
  });
});
