import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../../src/expr/closest-names';

const COLUMNS = ['run', 'tpc.meanMIP', 'tpc.meanMIPele', 'tpc.meanTPCncl', 'tpc.dcar[0]', 'tpc.dcar[1]', 'evs.nEvents', 'rct.period'];

describe('closestNames', () => {
  it('puts the same name in another case first', () => {
    expect(closestNames('TPC.MEANMIP', COLUMNS)[0]).toBe('tpc.meanMIP');
  });
  it('finds a name whose source prefix was left out or is wrong', () => {
    expect(closestNames('meanMIP', COLUMNS)).toEqual(['tpc.meanMIP']);
    expect(closestNames('evs.period', COLUMNS)).toEqual(['rct.period']);
  });
  it('finds typos within a third of the length, nearest first', () => {
    expect(closestNames('tpc.menaMIP', COLUMNS)).toEqual(['tpc.meanMIP']); // meanMIPele is 4 edits away
    expect(closestNames('tpc.meanMIPel', COLUMNS)).toEqual(['tpc.meanMIPele', 'tpc.meanMIP']);
    expect(closestNames('tpc.dcar[2]', COLUMNS)).toEqual(['tpc.dcar[0]', 'tpc.dcar[1]']);
  });
  it('returns nothing for a name far from every candidate, and at most `limit`', () => {
    expect(closestNames('luminosity', COLUMNS)).toEqual([]);
    expect(closestNames('tpc.dcar[9]', COLUMNS, 1)).toEqual(['tpc.dcar[0]']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('stops at budget + 1', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});
