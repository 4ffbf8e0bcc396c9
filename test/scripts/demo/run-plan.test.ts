import { describe, expect, it } from 'vitest';
import { planPeriods } from '../../../scripts/demo/periods';
import { createRng } from '../../../scripts/demo/prng';
import { pickSorted, planRuns } from '../../../scripts/demo/run-plan';

describe('pickSorted', () => {
  it('returns count distinct increasing integers inside [lo, hi]', () => {
    const picked = pickSorted(100, 199, 40, createRng(1));
    expect(picked).toHaveLength(40);
    expect(picked.every((x, i) => x >= 100 && x <= 199 && (i === 0 || x > picked[i - 1]))).toBe(true);
  });

  it('returns the whole range when count equals its size, and nothing for count 0', () => {
    expect(pickSorted(5, 9, 5, createRng(2))).toEqual([5, 6, 7, 8, 9]);
    expect(pickSorted(5, 9, 0, createRng(2))).toEqual([]);
  });
});

describe('planRuns', () => {
  const periods = planPeriods(1000);
  const runs = planRuns(periods, createRng(3));

  it('plans each period its count of runs inside its range, with phases from 0 to 1', () => {
    periods.forEach((p, k) => {
      const mine = runs.filter((r) => r.period === k);
      expect(mine).toHaveLength(p.count);
      expect(mine.every((r) => r.run >= p.firstRun && r.run <= p.lastRun)).toBe(true);
      expect(mine.every((r) => r.startTime >= p.start && r.endTime <= p.end)).toBe(true);
      expect(mine[0].phase).toBe(0);
      expect(mine[mine.length - 1].phase).toBe(1);
    });
  });

  it('orders runs by number and by time without overlaps, fills never decreasing', () => {
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i].run).toBeGreaterThan(runs[i - 1].run);
      expect(runs[i].startTime).toBeGreaterThanOrEqual(runs[i - 1].endTime);
      expect(runs[i].fill).toBeGreaterThanOrEqual(runs[i - 1].fill);
      expect(runs[i].endTime).toBeGreaterThan(runs[i].startTime);
    }
  });

  it('groups 1–7 consecutive runs per fill', () => {
    const sizes = new Map<number, number>();
    for (const r of runs) sizes.set(r.fill, (sizes.get(r.fill) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(7);
  });
});
