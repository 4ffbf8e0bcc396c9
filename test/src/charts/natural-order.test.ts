import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../../src/charts/natural-order';

describe('naturalCompare', () => {
  it('orders ALICE periods by their numbers: LHC10b < LHC10h < LHC11a < LHC17p', () => {
    expect(['LHC17p', 'LHC11a', 'LHC10h', 'LHC10b'].sort(naturalCompare)).toEqual(['LHC10b', 'LHC10h', 'LHC11a', 'LHC17p']);
  });
  it('compares digit runs as numbers of any length, text case-insensitively first', () => {
    expect(['run10', 'run9', 'run100', 'Run9'].sort(naturalCompare)).toEqual(['Run9', 'run9', 'run10', 'run100']);
    expect(naturalCompare('a123456789012345678901', 'a123456789012345678902')).toBeLessThan(0);
    expect(['p-Pb', 'pp', 'Pb-Pb'].sort(naturalCompare)).toEqual(['p-Pb', 'Pb-Pb', 'pp']);
  });
  it('is a total order: antisymmetric, 0 only for equal strings, leading zeros after', () => {
    const labels = ['LHC18b', 'LHC018b', 'lhc18b', 'LHC18', '', '1', 'a', 'A', 'x2y', 'x10y', '\u202Elave'];
    for (const a of labels) for (const b of labels) {
      expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
      expect(naturalCompare(a, b) === 0).toBe(a === b);
    }
    expect(naturalCompare('LHC18b', 'LHC018b')).toBeLessThan(0);
  });
});
