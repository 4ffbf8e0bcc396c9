import { describe, expect, it } from 'vitest';
import { closestNames } from '../../../src/view/closest-names';

const columns = ['run', 'tpc.meanMIP', 'tpc.meanMIPele', 'tpc.meanMult', 'tpc.meanTPCncl', 'evs.fracPileup', 'rct.period'];

describe('closestNames', () => {
  it('finds a name in another source by its last part, and a misspelling by edit distance', () => {
    expect(closestNames('evs.meanMIP', columns)[0]).toBe('tpc.meanMIP');
    expect(closestNames('tpc.meanMPI', columns)[0]).toBe('tpc.meanMIP');
    expect(closestNames('RCT.Period', columns)).toEqual(['rct.period']);
  });

  it('returns at most `count` names, none for a name far from all, and never the name itself', () => {
    expect(closestNames('tpc.meanMI', columns, 2)).toHaveLength(2);
    expect(closestNames('zzzzzzzz', columns)).toEqual([]);
    expect(closestNames('run', columns)).toEqual([]);
    expect(closestNames('x', [])).toEqual([]);
  });
});
