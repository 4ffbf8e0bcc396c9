import { describe, expect, it } from 'vitest';
import { eventCounts } from '../../../scripts/demo/event-counts';
import { createRng } from '../../../scripts/demo/prng';
import type { PlannedRun } from '../../../scripts/demo/run-plan';

const run = (duration: number): PlannedRun => ({ run: 1, period: 0, fill: 1, startTime: 1000, endTime: 1000 + duration, phase: 0 });

describe('eventCounts', () => {
  it('derives events from duration × rate × 90–100 % live time, selected and tracks from them', () => {
    const runs = [run(3600), run(600)];
    const inputs = { triggerRate: Float64Array.of(1000, 500), fracPhysSel: Float64Array.of(0.9, 0.5), meanMult: Float64Array.of(10, 200) };
    const c = eventCounts(runs, inputs, createRng(1));
    expect(c.nEvents[0]).toBeGreaterThanOrEqual(0.9 * 3600 * 1000);
    expect(c.nEvents[0]).toBeLessThanOrEqual(3600 * 1000);
    expect(c.nEvents[1]).toBeGreaterThanOrEqual(0.9 * 600 * 500);
    expect(c.nEvents[1]).toBeLessThanOrEqual(600 * 500);
    expect(c.nEventsSelected[0]).toBe(Math.round(c.nEvents[0] * 0.9));
    expect(c.nEventsSelected[1]).toBe(Math.round(c.nEvents[1] * 0.5));
    expect(c.entries[0]).toBe(Math.round(c.nEventsSelected[0] * 10 * 0.05));
  });

  it('caps tracks used at the Int_t maximum and gives zero events for a zero rate', () => {
    const inputs = { triggerRate: Float64Array.of(1e6, 0), fracPhysSel: Float64Array.of(1, 1), meanMult: Float64Array.of(1e4, 5) };
    const c = eventCounts([run(36000), run(100)], inputs, createRng(1));
    expect(c.entries[0]).toBe(2 ** 31 - 1);
    expect([c.nEvents[1], c.nEventsSelected[1], c.entries[1]]).toEqual([0, 0, 0]);
  });
});
