import { describe, expect, it } from 'vitest';
import { tickIndexes } from '../../../src/charts/tick-indexes';

describe('tickIndexes', () => {
  it('always has the first and last edge and keeps ticks a pitch apart, for every width and bin count', () => {
    for (const bins of [1, 2, 3, 7, 10, 40, 500]) {
      for (let width = 150; width <= 2500; width += 37) {
        for (const pitch of [30, 60, 90]) {
          const ticks = tickIndexes(bins, width, pitch);
          expect(ticks[0]).toBe(0);
          expect(ticks[ticks.length - 1]).toBe(bins);
          const perBin = width / bins;
          if (width >= 2 * pitch) for (let i = 1; i < ticks.length; i++) expect((ticks[i] - ticks[i - 1]) * perBin).toBeGreaterThanOrEqual(pitch - 1e-9);
        }
      }
    }
  });
  it('gives as many ticks as fit: 40 bins over 400 px at 100 px → 0, 10, 20, 30, 40', () => {
    expect(tickIndexes(40, 400, 100)).toEqual([0, 10, 20, 30, 40]);
  });
});
