import { describe, expect, it } from 'vitest';
import { countDomain } from '../../../src/charts/count-domain';

describe('countDomain', () => {
  it('runs from 0 to the largest count', () => {
    expect(countDomain([{ value: 3 }, { value: 120 }, { value: 0 }])).toEqual([0, 120]);
  });
  it('is [0, 1] when every count is 0, or there are no rows', () => {
    expect(countDomain([{ value: 0 }, { value: 0 }])).toEqual([0, 1]);
    expect(countDomain([])).toEqual([0, 1]);
  });
});
