import { describe, expect, it } from 'vitest';
import { addScalerCounts, SCALER_COLUMN, WRAPPED_RUNS } from '../../../scripts/demo/scaler-counts';
import { DEMO_SENTINEL, planSentinels, SENTINEL_BRANCH, withSentinels } from '../../../scripts/demo/sentinels';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { createRng } from '../../../scripts/demo/prng';
import { isWrapSuspect, WRAP_OTHERS_BELOW } from '../../../scripts/pipeline/check-plausibility';
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

describe('demo scaler counts', () => {
  it('holds counts below 10^7 but for WRAPPED_RUNS at 2^32 + a small count, each a wrap suspect the build reports', () => {
    const wrapped = new Map(demo.truth.wrapped.runs.map((w) => [w.run, w.value]));
    expect(demo.truth.wrapped).toMatchObject({ source: 'rct', column: SCALER_COLUMN });
    expect(wrapped.size).toBe(WRAPPED_RUNS);
    for (const row of demo.conditions) {
      const expected = wrapped.get(row.run);
      if (expected === undefined) expect(row.l0bCounts).toBeLessThan(Math.min(1e7, WRAP_OTHERS_BELOW));
      else expect([row.l0bCounts, isWrapSuspect(row.l0bCounts), row.l0bCounts - 2 ** 32 < 2 ** 20]).toEqual([expected, true, true]);
    }
  });

  it('draws from its own stream: every other column equals the rows it was given', () => {
    const rows = demo.conditions.map((r) => ({ ...r, l0bCounts: 0 }));
    const again = addScalerCounts(rows, createRng(11, 'other'));
    expect(again.rows.map((r) => ({ ...r, l0bCounts: 0 }))).toEqual(rows);
  });
});
