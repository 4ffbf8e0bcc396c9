import { describe, expect, it } from 'vitest';
import { conditionRows } from '../../../scripts/demo/conditions';
import { SOURCE_BIT } from '../../../scripts/demo/membership';
import { planPeriods } from '../../../scripts/demo/periods';
import { createRng } from '../../../scripts/demo/prng';
import { planRuns } from '../../../scripts/demo/run-plan';

const periods = planPeriods(3000);
const runs = planRuns(periods, createRng(1));
const all = new Uint8Array(runs.length).fill(7);

describe('conditionRows', () => {
  it('gives one row per run present in the RCT, with the run plan period, fill and times', () => {
    const masks = all.slice().fill(SOURCE_BIT.tpc, 0, 10);
    const { rows } = conditionRows({ runs, periods, masks, troubled: new Set() }, createRng(2));
    expect(rows.map((r) => r.run)).toEqual(runs.slice(10).map((r) => r.run));
    const r = rows[0];
    const plan = runs[10];
    expect(r).toMatchObject({ period: periods[plan.period].name, beamType: periods[plan.period].beamType, startTime: plan.startTime, endTime: plan.endTime, duration: plan.endTime - plan.startTime });
  });

  it('scales luminosity with the collision system: pp ≫ p-Pb ≫ Pb-Pb per second', () => {
    const { rows } = conditionRows({ runs, periods, masks: all, troubled: new Set() }, createRng(3));
    const perSecond = (beam: string) => {
      const mine = rows.filter((r) => r.beamType === beam && r.lumi !== null).map((r) => (r.lumi as number) / r.duration).sort((a, b) => a - b);
      return mine[mine.length >> 1];
    };
    expect(perSecond('pp')).toBeGreaterThan(10 * perSecond('p-Pb'));
    expect(perSecond('p-Pb')).toBeGreaterThan(10 * perSecond('Pb-Pb'));
  });

  it('marks most runs Good, troubled runs and runs without QA Bad far more often', () => {
    const masks = all.slice().fill(SOURCE_BIT.rct, 0, 300);
    const troubled = new Set(runs.slice(300, 600).map((r) => r.run));
    const { rows } = conditionRows({ runs, periods, masks, troubled }, createRng(4));
    const badShare = (from: number, to: number) => rows.slice(from, to).filter((r) => r.quality === 'Bad').length / (to - from);
    expect(badShare(600, rows.length)).toBeLessThan(0.08);
    expect(badShare(0, 300)).toBeGreaterThan(0.45);
    expect(badShare(300, 600)).toBeGreaterThan(0.35);
    expect(rows.slice(600).filter((r) => r.quality === 'Good').length / (rows.length - 600)).toBeGreaterThan(0.8);
  });

  it('blanks a few fill, lumi and quality cells and reports how many', () => {
    const { rows, missing } = conditionRows({ runs, periods, masks: all, troubled: new Set() }, createRng(5));
    const counts = (['fill', 'lumi', 'quality'] as const).map((column) => ({ source: 'rct', column, count: rows.filter((r) => r[column] === null).length }));
    expect(missing).toEqual(counts);
    expect(counts[1].count).toBeGreaterThan(15);
    expect(counts[1].count).toBeLessThan(90);
  });
});
