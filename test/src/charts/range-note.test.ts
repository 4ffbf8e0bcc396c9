import { describe, expect, it } from 'vitest';
import { rangeNoteText } from '../../../src/charts/range-note';

const counts = (above: number, below: number, notShown: number) => ({ inside: 0, above, below, notShown, missing: 0 });

describe('rangeNoteText', () => {
  it('counts runs above, below and not shown; empty when none', () => {
    expect(rangeNoteText(counts(3, 1, 0))).toBe('3 runs above the range, 1 below');
    expect(rangeNoteText(counts(1, 0, 0))).toBe('1 run above the range');
    expect(rangeNoteText(counts(0, 2, 0))).toBe('2 runs below the range');
    expect(rangeNoteText(counts(0, 0, 1))).toBe('1 run not shown (≤ 0 on a log scale)');
    expect(rangeNoteText(counts(0, 1, 4))).toBe('1 run below the range, 4 not shown (≤ 0 on a log scale)');
    expect(rangeNoteText(counts(0, 0, 0))).toBe('');
  });

  it('names the axis when asked, never on an empty note', () => {
    expect(rangeNoteText(counts(2, 0, 0), 'x')).toBe('x: 2 runs above the range');
    expect(rangeNoteText(counts(0, 0, 0), 'x')).toBe('');
  });
});
