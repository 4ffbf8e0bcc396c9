import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { REPEAT_CHANGES, repeatEntry } from '../../../scripts/demo/repeated-run';
import { trendCells } from '../../../scripts/demo/trends';
import { TPC_VARIABLES } from '../../../scripts/demo/variables';

const cells = trendCells(TPC_VARIABLES);
const columns = cells.map((cell) => ({ cell, values: Float64Array.of(1, 1, 1, 1).map((v, i) => (cell.name === 'meanMIP' ? 50 + i : 0.06)) }));
const counts = { nEvents: new Float64Array(4), nEventsSelected: new Float64Array(4), entries: Float64Array.of(1000, 2000, 3000, 4000) };

describe('repeatEntry', () => {
  it('picks a candidate without missing tpc values and changes meanMIP, resolutionMIP and entries', () => {
    const withNaN = columns.map((c) => (c.cell.name === 'vertZ' ? { ...c, values: Float64Array.of(NaN, 0, NaN, 0) } : c));
    for (let seed = 0; seed < 20; seed++) {
      const entry = repeatEntry([0, 1, 2], withNaN, counts, createRng(seed));
      expect(entry.index).toBe(1);
      expect([...(entry.overrides?.keys() ?? [])]).toEqual([...REPEAT_CHANGES]);
      const mip = entry.overrides?.get('meanMIP') ?? 0;
      expect(mip - 51).toBeGreaterThanOrEqual(0.29);
      expect(mip - 51).toBeLessThanOrEqual(0.81);
      const tracks = entry.overrides?.get('entries') ?? 0;
      expect(Number.isInteger(tracks) && tracks >= 1000 && tracks <= 1800).toBe(true);
      expect(entry.overrides?.get('resolutionMIP')).toBeGreaterThan(0.06);
    }
  });

  it('falls back to any candidate when all have missing values', () => {
    const allNaN = columns.map((c) => ({ ...c, values: Float64Array.of(NaN, NaN, NaN, NaN) }));
    expect([2, 3]).toContain(repeatEntry([2, 3], allNaN, counts, createRng(1)).index);
  });
});
