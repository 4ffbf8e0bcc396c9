import { describe, expect, it } from 'vitest';
import type { ConditionRow } from '../../../scripts/demo/conditions';
import { buildTruth } from '../../../scripts/demo/demo-truth';
import { SOURCE_BIT } from '../../../scripts/demo/membership';
import { planPeriods } from '../../../scripts/demo/periods';
import type { PlannedRun } from '../../../scripts/demo/run-plan';

const periods = planPeriods(4).slice(0, 2);
const runs: PlannedRun[] = [
  { run: 10, period: 0, fill: 1, startTime: 0, endTime: 1, phase: 0 },
  { run: 11, period: 0, fill: 1, startTime: 2, endTime: 3, phase: 1 },
  { run: 20, period: 1, fill: 2, startTime: 4, endTime: 5, phase: 0 },
  { run: 21, period: 1, fill: 2, startTime: 6, endTime: 7, phase: 1 },
];
const masks = Uint8Array.of(7, SOURCE_BIT.rct, 7, SOURCE_BIT.tpc | SOURCE_BIT.rct);
const conditions = [{ run: 10 }, { run: 11 }, { run: 20 }, { run: 21 }] as ConditionRow[];

describe('buildTruth', () => {
  const truth = buildTruth({
    seed: 5, runs, periods, masks, conditions, repeat: { index: 2, overrides: new Map([['meanMIP', 1]]) }, outliers: [], missing: [],
    sentinels: { source: 'tpc', column: 'vertZ', value: -999, entries: [1], runs: [20] }, wrapped: [{ run: 11, value: 2 ** 32 + 5 }],
  });

  it('counts runs and entries per source, the repeated run adding one tpc entry', () => {
    expect(truth.runs).toBe(4);
    expect(truth.sourceRuns).toEqual({ tpc: 3, evs: 2, rct: 4 });
    expect(truth.entries).toEqual({ tpc: 4, evs: 2, rct: 4 });
  });

  it('lists partial runs, one-source runs and the repeated run with its tpc entry indices', () => {
    expect(truth.partialRuns).toEqual([{ run: 11, presentIn: ['rct'] }, { run: 21, presentIn: ['tpc', 'rct'] }]);
    expect(truth.oneSourceRuns).toEqual([{ run: 11, source: 'rct' }]);
    expect(truth.repeatedRun).toEqual({ source: 'tpc', run: 20, entries: [1, 3], differing: ['meanMIP'] });
  });

  it('summarises periods with their first and last run', () => {
    expect(truth.periods.map((p) => [p.name, p.firstRun, p.lastRun, p.runs])).toEqual([
      [periods[0].name, 10, 11, 2],
      [periods[1].name, 20, 21, 2],
    ]);
  });
});
