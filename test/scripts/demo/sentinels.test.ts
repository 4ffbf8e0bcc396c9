import { describe, expect, it } from 'vitest';
import { DEMO_SENTINEL, planSentinels, SENTINEL_BRANCH, withSentinels } from '../../../scripts/demo/sentinels';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { treeColumns } from './demo-tables';

const demo = generateDemo({ seed: 7, runs: 1500 });

describe('demo sentinels', () => {
  it('writes -999 at every other NaN of tpc vertZ, recording entries and runs, and leaves the tree itself as it was', () => {
    const columns = treeColumns(demo.tpc);
    const vertZ = columns.get(SENTINEL_BRANCH)!;
    const nan = vertZ.flatMap((v, e) => (Number.isNaN(v) ? [e] : []));
    const [planned] = demo.truth.sentinels;
    expect(planned).toEqual(planSentinels(demo.tpc));
    expect(planned.entries).toEqual(nan.filter((_, k) => k % 2 === 0));
    expect(planned.entries.length).toBeGreaterThan(0);
    const runs = columns.get('run')!;
    expect(planned.runs).toEqual([...new Set(planned.entries.map((e) => runs[e]))].sort((a, b) => a - b));
    const written = treeColumns(withSentinels(demo.tpc, planned)).get(SENTINEL_BRANCH)!;
    written.forEach((v, e) => (planned.entries.includes(e) ? expect(v).toBe(DEMO_SENTINEL) : expect(Object.is(v, vertZ[e])).toBe(true)));
  });
});
