import { describe, expect, it } from 'vitest';
import { PERIOD_DEFS, planPeriods, shareByLargestRemainder } from '../../../scripts/demo/periods';

describe('shareByLargestRemainder', () => {
  it('splits in proportion and gives the leftover units to the largest remainders', () => {
    expect(shareByLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareByLargestRemainder(7, [5, 2])).toEqual([5, 2]);
    expect(shareByLargestRemainder(3, [1, 2, 3])).toEqual([1, 1, 1]);
    expect(shareByLargestRemainder(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('planPeriods', () => {
  it('shares the runs exactly and keeps the year plan ranges at the default size', () => {
    const plan = planPeriods(3000);
    expect(plan.reduce((a, p) => a + p.count, 0)).toBe(3000);
    expect(plan.map((p) => [p.firstRun, p.lastRun])).toEqual(PERIOD_DEFS.map((d) => [d.firstRun, d.lastRun]));
  });

  it('stretches every range by one integer factor when the runs do not fit, keeping order and room', () => {
    const plan = planPeriods(100_000);
    expect(plan.reduce((a, p) => a + p.count, 0)).toBe(100_000);
    for (let i = 0; i < plan.length; i++) {
      expect(plan[i].lastRun - plan[i].firstRun + 1).toBeGreaterThanOrEqual(plan[i].count);
      if (i > 0) expect(plan[i].firstRun).toBeGreaterThan(plan[i - 1].lastRun);
    }
    expect(plan[0].firstRun).toBe(PERIOD_DEFS[0].firstRun);
  });

  it('defines periods in time order with increasing run numbers and fills, all in 2018', () => {
    for (let i = 1; i < PERIOD_DEFS.length; i++) {
      expect(PERIOD_DEFS[i].firstRun).toBeGreaterThan(PERIOD_DEFS[i - 1].lastRun);
      expect(PERIOD_DEFS[i].firstFill).toBeGreaterThan(PERIOD_DEFS[i - 1].firstFill);
      expect(PERIOD_DEFS[i].start).toBeGreaterThanOrEqual(PERIOD_DEFS[i - 1].end);
    }
    expect(new Date(PERIOD_DEFS[0].start * 1000).getUTCFullYear()).toBe(2018);
    expect(new Date(PERIOD_DEFS[PERIOD_DEFS.length - 1].end * 1000).getUTCFullYear()).toBe(2018);
  });
});
