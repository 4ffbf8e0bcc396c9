import { describe, expect, it } from 'vitest';
import { buildDemoTrees, DEMO_TREES } from '../../../scripts/demo/demo-trees';
import { SOURCE_BIT } from '../../../scripts/demo/membership';
import type { PlannedRun } from '../../../scripts/demo/run-plan';
import { trendCells } from '../../../scripts/demo/trends';
import { TREND_VARIABLES } from '../../../scripts/demo/variables';

const runs: PlannedRun[] = [100, 101, 102].map((run) => ({ run, period: 0, fill: 1, startTime: run, endTime: run + 1, phase: 0 }));
const columns = trendCells(TREND_VARIABLES).map((cell, k) => ({ cell, values: Float64Array.of(k, k + 0.5, k + 0.25) }));
const counts = { nEvents: Float64Array.of(1000, 2000, 3000), nEventsSelected: Float64Array.of(900, 1800, 2700), entries: Float64Array.of(5, 6, 7) };
const masks = Uint8Array.of(7, SOURCE_BIT.tpc, SOURCE_BIT.evs | SOURCE_BIT.rct);

describe('buildDemoTrees', () => {
  const { tpc, evs } = buildDemoTrees({ runs, masks, columns, counts, repeat: { index: 0, overrides: new Map([['entries', 4]]) } });

  it('names the trees and branches of shared agreement 4 with their leaf types and shapes', () => {
    expect([tpc.name, evs.name]).toEqual([DEMO_TREES.tpc, DEMO_TREES.evs]);
    expect(tpc.branches.map((b) => [b.name, b.type, b.shape ?? null])).toEqual([
      ['run', 'Int_t', null], ['meanTPCncl', 'Float_t', null], ['meanTPCnclF', 'Float_t', null], ['meanMIP', 'Float_t', null],
      ['resolutionMIP', 'Float_t', null], ['meanMIPele', 'Float_t', null], ['resolutionMIPele', 'Float_t', null],
      ['PIDSepPow_comb2', 'Float_t', null], ['vertX', 'Float_t', null], ['vertY', 'Float_t', null], ['vertZ', 'Float_t', null],
      ['meanMult', 'Float_t', null], ['tpcItsMatchA', 'Float_t', null], ['tpcItsMatchC', 'Float_t', null],
      ['dcar', 'Float_t', [4]], ['dcaz', 'Float_t', [4]], ['entries', 'Int_t', null],
    ]);
    expect(evs.branches.map((b) => [b.name, b.type, b.shape ?? null])).toEqual([
      ['run', 'Int_t', null], ['nEvents', 'Long64_t', null], ['nEventsSelected', 'Long64_t', null],
      ['fracPhysSel', 'Double_t', null], ['fracPileup', 'Double_t', null], ['triggerRate', 'Float_t', [3]],
    ]);
  });

  it('keeps only the runs of each source, in order, and appends the repeated entry to tpc', () => {
    expect(tpc.entries).toBe(3);
    expect(tpc.branches[0].values).toEqual(Float64Array.of(100, 101, 100));
    expect(tpc.branches[16].values).toEqual(Float64Array.of(5, 6, 4));
    expect(evs.entries).toBe(2);
    expect(evs.branches[0].values).toEqual(Float64Array.of(100, 102));
    expect(evs.branches[1].values).toEqual(Float64Array.of(1000, 3000));
  });

  it('gathers array elements from their columns: dcar[1] of the second tpc entry', () => {
    const k = columns.findIndex((c) => c.cell.name === 'dcar[1]');
    expect(tpc.branches[14].values[1 * 4 + 1]).toBe(k + 0.5);
  });
});
