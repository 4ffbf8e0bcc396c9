import { describe, expect, it } from 'vitest';
import { addScalerCounts, SCALER_COLUMN, WRAPPED_RUNS } from '../../../scripts/demo/scaler-counts';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { createRng } from '../../../scripts/demo/prng';
import { isWrapSuspect, WRAP_OTHERS_BELOW } from '../../../scripts/pipeline/check-plausibility';

const demo = generateDemo({ seed: 7, runs: 1500 });

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
