import { describe, expect, it } from 'vitest';
import { toCategorical } from '../../../src/data/to-categorical';

describe('toCategorical', () => {
  it('sorts text labels and codes each value; no missing entry when nothing is missing', () => {
    expect(toCategorical('rct.beamType', ['pp', 'Pb-Pb', 'p-Pb', 'pp'])).toEqual({
      kind: 'categorical', name: 'rct.beamType', codes: new Uint32Array([2, 0, 1, 2]), dictionary: ['Pb-Pb', 'p-Pb', 'pp'],
    });
  });

  it('sorts numeric labels numerically and puts missing (null) last', () => {
    const column = toCategorical('rct.fill', [10, null, 9, 100]);
    expect(column.dictionary).toEqual(['9', '10', '100', null]);
    expect([...column.codes]).toEqual([1, 3, 0, 2]);
  });

  it('keeps a value spelled (missing) apart from missing values', () => {
    const column = toCategorical('rct.period', ['(missing)', null, 'LHC18b', '(missing)', null]);
    expect(column.dictionary).toEqual(['(missing)', 'LHC18b', null]);
    expect([...column.codes]).toEqual([0, 2, 1, 0, 2]);
  });

  it('handles an empty column', () => {
    expect(toCategorical('x', [])).toEqual({ kind: 'categorical', name: 'x', codes: new Uint32Array(0), dictionary: [] });
  });
});
