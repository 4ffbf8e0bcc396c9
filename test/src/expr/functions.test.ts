import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, FUNCTIONS, isFunctionName } from '../../../src/expr/functions';

describe('functions', () => {
  it('has the functions of the language and nothing else', () => {
    expect(FUNCTION_NAMES).toEqual(['abs', 'sqrt', 'log', 'exp', 'pow', 'min', 'max', 'isnan', 'inrange', 'nsigma', 'median', 'mean', 'rms']);
  });
  it('isFunctionName is true for those names only (not for Object properties)', () => {
    expect(isFunctionName('nsigma')).toBe(true);
    expect(isFunctionName('toString')).toBe(false);
    expect(isFunctionName('constructor')).toBe(false);
    expect(isFunctionName('NSIGMA')).toBe(false);
  });
  it('the band helpers are the four reference-set functions', () => {
    expect(FUNCTION_NAMES.filter((n) => FUNCTIONS[n].group === 'band')).toEqual(['nsigma', 'median', 'mean', 'rms']);
  });
});
