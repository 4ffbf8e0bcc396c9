import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitText, MEASURE_CAP, memoFitText } from '../../../src/charts/fit-text';

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

describe('memoFitText', () => {
  it('answers as fitText, measuring a (text, width) pair only the first time', () => {
    const fit = memoFitText();
    let calls = 0;
    const counted = (t: string) => (calls++, mono(t));
    const cases: [string, number][] = [['abcdefghij', 36], ['abcdefghij', 60], ['LHC10b', 36], ['abcdefghij', 36]];
    const answers = cases.map(([text, width]) => fit(text, width, counted));
    expect(answers).toEqual(cases.map(([text, width]) => fitText(text, width, mono)));
    const afterFirst = calls;
    expect(cases.map(([text, width]) => fit(text, width, counted))).toEqual(answers);
    expect(calls).toBe(afterFirst);
  });
  it('forgets its answers once it holds `limit` of them, and measures again', () => {
    const fit = memoFitText(2);
    let calls = 0;
    const counted = (t: string) => (calls++, mono(t));
    fit('a', 60, counted);
    fit('b', 60, counted);
    fit('c', 60, counted); // clears, then holds only c
    const before = calls;
    expect(fit('a', 60, counted)).toBe('a');
    expect(calls).toBe(before + 1);
  });
});

describe('memoFitText.known', () => {
  it('tells the answers it holds and nothing else', () => {
    const fit = memoFitText();
    expect(fit.known?.('abcdefghij', 36)).toBeUndefined();
    const answer = fit('abcdefghij', 36, mono);
    expect(fit.known?.('abcdefghij', 36)).toBe(answer);
    expect(fit.known?.('abcdefghij', 37)).toBeUndefined();
  });
});
