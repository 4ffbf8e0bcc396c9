import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { runValues } from '../../../scripts/demo/qa-run-values';

const demo = generateDemo({ seed: 5, runs: 600 });
const values = runValues(demo);

describe('runValues', () => {
  it('gives every run of the tpc or evs tree once, in run order, with its period and collision system', () => {
    const runs = values.map((v) => v.run);
    expect(runs).toEqual([...runs].sort((a, b) => a - b));
    expect(new Set(runs).size).toBe(runs.length);
    expect(values.filter((v) => v.tpc)).toHaveLength(demo.truth.sourceRuns.tpc);
    expect(values.filter((v) => v.evs)).toHaveLength(demo.truth.sourceRuns.evs);
    const last = values[values.length - 1];
    expect([last.period, last.beamType]).toEqual(['LHC18r', 'p-Pb']);
  });

  it('reads scalars by name and array elements as name[i], NaN kept', () => {
    const v = values.find((r) => r.tpc && r.evs)!;
    expect(v.tpc!.get('run')).toBe(v.run);
    expect([...v.tpc!.keys()]).toEqual(expect.arrayContaining(['meanMIP', 'dcar[0]', 'dcar[3]', 'entries']));
    expect([...v.evs!.keys()]).toEqual(expect.arrayContaining(['nEvents', 'triggerRate[2]', 'fracPileup']));
    const blank = demo.truth.missing.find((m) => m.source === 'tpc' && m.count > 0)!;
    expect(values.some((r) => Number.isNaN(r.tpc?.get(blank.column) ?? 0))).toBe(true);
  });

  it('keeps the last entry of the repeated run, as the tpc source does', () => {
    const { run, entries } = demo.truth.repeatedRun;
    const meanMIP = demo.tpc.branches.find((b) => b.name === 'meanMIP')!.values;
    expect(values.find((v) => v.run === run)!.tpc!.get('meanMIP')).toBe(meanMIP[entries[1]]);
    expect(meanMIP[entries[1]]).not.toBe(meanMIP[entries[0]]);
  });
});
