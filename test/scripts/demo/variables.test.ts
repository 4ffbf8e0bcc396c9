import { describe, expect, it } from 'vitest';
import { cellName, EVS_VARIABLES, TPC_VARIABLES, TREND_VARIABLES } from '../../../scripts/demo/variables';

describe('demo trending variables', () => {
  it('declare the tpc and evs float branches of shared agreement 4, in order', () => {
    expect(TPC_VARIABLES.map((v) => v.name)).toEqual([
      'meanTPCncl', 'meanTPCnclF', 'meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele', 'PIDSepPow_comb2',
      'vertX', 'vertY', 'vertZ', 'meanMult', 'tpcItsMatchA', 'tpcItsMatchC', 'dcar', 'dcaz',
    ]);
    expect(EVS_VARIABLES.map((v) => [v.name, v.type, v.size])).toEqual([
      ['fracPhysSel', 'Double_t', 1], ['fracPileup', 'Double_t', 1], ['triggerRate', 'Float_t', 3],
    ]);
    expect(TPC_VARIABLES.filter((v) => v.size === 4).map((v) => v.name)).toEqual(['dcar', 'dcaz']);
  });

  it('give one level and one noise per element for every collision system, levels inside the limits', () => {
    for (const v of TREND_VARIABLES) {
      for (const beam of ['pp', 'p-Pb', 'Pb-Pb'] as const) {
        expect(v.level[beam], v.name).toHaveLength(v.size);
        expect(v.noise[beam], v.name).toHaveLength(v.size);
        for (const x of v.level[beam]) expect(x >= v.limits[0] && x <= v.limits[1], v.name).toBe(true);
      }
    }
  });

  it('cellName names scalars plainly and array elements with their index', () => {
    expect(cellName(TPC_VARIABLES[0], 0)).toBe('meanTPCncl');
    const dcar = TPC_VARIABLES.find((v) => v.name === 'dcar');
    expect(dcar && cellName(dcar, 3)).toBe('dcar[3]');
  });
});
