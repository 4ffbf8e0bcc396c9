import { describe, expect, it } from 'vitest';
import { SOURCE_BIT } from '../../../scripts/demo/membership';
import { CLEAR_SIGMAS, injectOutliers, MODERATE_SIGMAS } from '../../../scripts/demo/outliers';
import { planPeriods } from '../../../scripts/demo/periods';
import { createRng } from '../../../scripts/demo/prng';
import { planRuns } from '../../../scripts/demo/run-plan';
import { trendCells } from '../../../scripts/demo/trends';
import { TPC_VARIABLES } from '../../../scripts/demo/variables';

const periods = planPeriods(1000);
const runs = planRuns(periods, createRng(1));
const cells = trendCells(TPC_VARIABLES).filter((c) => ['meanMIP', 'tpcItsMatchA'].includes(c.name));
const flat = (level: number) => new Float64Array(runs.length).fill(level);

describe('injectOutliers', () => {
  it('moves values of 3 % of the runs by the recorded sigmas × noise, in place only in the copies', () => {
    const input = cells.map((cell) => ({ cell, values: flat(cell.name === 'meanMIP' ? 50 : 0.9) }));
    const masks = new Uint8Array(runs.length).fill(7);
    const { columns, outliers } = injectOutliers(input, { runs, periods, masks }, createRng(2));
    expect(new Set(outliers.map((o) => o.run)).size).toBe(30);
    expect(input.every((c) => c.values.every((v) => v === c.values[0]))).toBe(true);
    for (const o of outliers) {
      const k = columns.findIndex((c) => c.cell.name === o.column);
      const i = runs.findIndex((r) => r.run === o.run);
      const noise = columns[k].cell.variable.noise[periods[runs[i].period].beamType][0];
      const shift = (columns[k].values[i] - input[k].values[i]) / noise;
      expect(shift).toBeCloseTo(o.sigmas, 1);
      const [lo, hi] = o.severity === 'clear' ? CLEAR_SIGMAS : MODERATE_SIGMAS;
      expect(Math.abs(o.sigmas)).toBeGreaterThanOrEqual(lo);
      expect(Math.abs(o.sigmas)).toBeLessThanOrEqual(hi);
    }
    const moved = columns.reduce((n, c, k) => n + c.values.filter((v, i) => v !== input[k].values[i]).length, 0);
    expect(moved).toBe(outliers.length);
  });

  it('moves a fraction near 1 downwards so it stays inside 0…1', () => {
    const match = cells.filter((c) => c.name === 'tpcItsMatchA').map((cell) => ({ cell, values: flat(0.999) }));
    const { columns, outliers } = injectOutliers(match, { runs, periods, masks: new Uint8Array(runs.length).fill(7) }, createRng(3));
    expect(outliers.every((o) => o.sigmas < 0)).toBe(true);
    expect(columns[0].values.every((v) => v <= 1)).toBe(true);
  });

  it('never moves a missing value or a run outside the column source', () => {
    const values = flat(50);
    values.fill(NaN, 0, 500);
    const masks = new Uint8Array(runs.length).fill(7).fill(SOURCE_BIT.rct, 500);
    const { outliers } = injectOutliers([{ cell: cells[0], values }], { runs, periods, masks }, createRng(4));
    expect(outliers).toEqual([]);
  });
});
