import { describe, expect, it } from 'vitest';
import { planPeriods } from '../../../scripts/demo/periods';
import { createRng } from '../../../scripts/demo/prng';
import { planRuns } from '../../../scripts/demo/run-plan';
import { storedValue, trendCells, trendValues } from '../../../scripts/demo/trends';
import { EVS_VARIABLES, TPC_VARIABLES } from '../../../scripts/demo/variables';
import { median } from './demo-tables';

const periods = planPeriods(2000);
const runs = planRuns(periods, createRng(5, 'runs'));

describe('trendCells', () => {
  it('lists one cell per scalar and one per array element, in order', () => {
    expect(trendCells(EVS_VARIABLES).map((c) => c.name)).toEqual(['fracPhysSel', 'fracPileup', 'triggerRate[0]', 'triggerRate[1]', 'triggerRate[2]']);
    expect(trendCells(TPC_VARIABLES)).toHaveLength(13 + 8);
  });
});

describe('storedValue', () => {
  it('rounds Float_t to float32 and Double_t to 8 significant digits, keeping NaN', () => {
    expect(storedValue(0.1, 'Float_t')).toBe(Math.fround(0.1));
    expect(storedValue(1 / 3, 'Double_t')).toBe(0.33333333);
    expect(storedValue(NaN, 'Double_t')).toBeNaN();
  });
});

describe('trendValues', () => {
  const cells = trendCells([...TPC_VARIABLES, ...EVS_VARIABLES]);
  const cell = (name: string) => cells.find((c) => c.name === name) ?? cells[0];

  it('is deterministic per seed and cell, and different for another seed', () => {
    const a = trendValues(cell('meanMIP'), runs, periods, 1);
    expect(trendValues(cell('meanMIP'), runs, periods, 1)).toEqual(a);
    expect(trendValues(cell('meanMIP'), runs, periods, 2)).not.toEqual(a);
  });

  it('centres each collision system near its level, within the step and drift allowance', () => {
    const values = trendValues(cell('meanMult'), runs, periods, 1);
    for (const beam of ['pp', 'p-Pb', 'Pb-Pb'] as const) {
      const v = cell('meanMult').variable;
      const mine = Array.from(values).filter((_, i) => periods[runs[i].period].beamType === beam);
      const allowance = (v.step * 4 + v.drift) * v.noise[beam][0];
      expect(Math.abs(median(mine) - v.level[beam][0]), beam).toBeLessThan(allowance);
    }
  });

  it('gives a constant for an element with zero noise (pp has no CENT trigger)', () => {
    const values = trendValues(cell('triggerRate[1]'), runs, periods, 1);
    expect(Array.from(values).filter((_, i) => periods[runs[i].period].beamType === 'pp').every((v) => v === 0)).toBe(true);
  });

  it('keeps fractions inside their limits and steps between periods exceed the run-to-run noise on average', () => {
    const values = trendValues(cell('fracPhysSel'), runs, periods, 1);
    expect(Array.from(values).every((v) => v >= 0 && v <= 1)).toBe(true);
    const mip = trendValues(cell('meanMIP'), runs, periods, 1);
    const ppPeriods = periods.map((p, k) => ({ p, k })).filter(({ p }) => p.beamType === 'pp');
    const medians = ppPeriods.map(({ k }) => median(Array.from(mip).filter((_, i) => runs[i].period === k)));
    const spread = Math.max(...medians) - Math.min(...medians);
    expect(spread).toBeGreaterThan(2 * cell('meanMIP').variable.noise.pp[0]);
  });
});
