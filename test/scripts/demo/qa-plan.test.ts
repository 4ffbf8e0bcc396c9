import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { planQaRuns, QA_SAMPLE_PER_PERIOD } from '../../../scripts/demo/qa-plan';
import { runValues } from '../../../scripts/demo/qa-run-values';

const demo = generateDemo({ seed: 2018, runs: 3000 });
const values = runValues(demo);
const plan = planQaRuns(values, demo.truth, 2018);
const byRun = new Map(values.map((v) => [v.run, v]));

describe('planQaRuns', () => {
  it('gives every run with an injected outlier a QA file', () => {
    const planned = new Set(plan.runs.map((r) => r.run));
    const outliers = [...new Set(demo.truth.outliers.map((o) => o.run))];
    expect(outliers.every((run) => planned.has(run))).toBe(true);
    expect(plan.runs.filter((r) => r.reasons.includes('outlier'))).toHaveLength(outliers.length);
  });

  it('chooses one reference per period: in every source, no outlier, nothing missing, inside the period', () => {
    expect(plan.references.map((r) => r.period)).toEqual(demo.truth.periods.map((p) => p.name));
    const outliers = new Set(demo.truth.outliers.map((o) => o.run));
    for (const { period, run } of plan.references) {
      const v = byRun.get(run)!;
      expect(v.period).toBe(period);
      expect(outliers.has(run)).toBe(false);
      expect([...v.tpc!.values(), ...v.evs!.values()].some(Number.isNaN)).toBe(false);
    }
  });

  it('samples QA_SAMPLE_PER_PERIOD more runs of the tpc tree per period, runs increasing, a few hundred in all', () => {
    const sampled = plan.runs.filter((r) => r.reasons.includes('sample'));
    expect(sampled).toHaveLength(QA_SAMPLE_PER_PERIOD * demo.truth.periods.length);
    expect(sampled.every((r) => byRun.get(r.run)!.tpc)).toBe(true);
    const runs = plan.runs.map((r) => r.run);
    expect(runs).toEqual([...runs].sort((a, b) => a - b));
    expect(runs.length).toBeGreaterThan(150);
    expect(runs.length).toBeLessThan(300);
  });

  it('is the same for the same seed; `all` plans every run of the trees, with the same references', () => {
    expect(planQaRuns(values, demo.truth, 2018)).toEqual(plan);
    const all = planQaRuns(values, demo.truth, 2018, true);
    expect(all.runs.map((r) => r.run)).toEqual(values.map((v) => v.run));
    expect(all.references).toEqual(plan.references);
  });
});
