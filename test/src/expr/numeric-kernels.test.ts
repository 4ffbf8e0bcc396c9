import { describe, expect, it } from 'vitest';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { arithmetic, compare, inRange, mathFunction, nsigmaValue } from '../../../src/expr/numeric-kernels';

describe('numeric kernels', () => {
  it('arithmetic follows IEEE: x / 0 is ±Infinity, 0 / 0 and x % 0 are NaN, % keeps the sign of the dividend', () => {
    expect(arithmetic('/', 1, 0)).toBe(Infinity);
    expect(arithmetic('/', -1, 0)).toBe(-Infinity);
    expect(arithmetic('/', 0, 0)).toBeNaN();
    expect(arithmetic('%', 5, 0)).toBeNaN();
    expect(arithmetic('%', -7, 3)).toBe(-1);
    expect(arithmetic('-', Infinity, Infinity)).toBeNaN();
  });
  it('compare gives no data for NaN on either side and compares infinities', () => {
    expect(compare('<', NaN, 1)).toBe(NO_DATA);
    expect(compare('!=', 1, NaN)).toBe(NO_DATA);
    expect(compare('>', Infinity, 1e308)).toBe(TRUE);
    expect(compare('==', -0, 0)).toBe(TRUE);
    expect(compare('<=', 2, 2)).toBe(TRUE);
    expect(compare('>=', 1, 2)).toBe(FALSE);
  });
  it('mathFunction: pow propagates a missing operand even where JavaScript gives 1', () => {
    expect(Math.pow(NaN, 0)).toBe(1);
    expect(mathFunction('pow', [NaN, 0])).toBeNaN();
    expect(mathFunction('pow', [2, 10])).toBe(1024);
    expect(mathFunction('min', [3, NaN, 1])).toBeNaN();
    expect(mathFunction('max', [3, -Infinity, 1])).toBe(3);
    expect(mathFunction('sqrt', [-1])).toBeNaN();
    expect(mathFunction('log', [0])).toBe(-Infinity);
  });
  it('inRange is closed at both ends', () => {
    expect([inRange(1, 1, 2), inRange(2, 1, 2), inRange(2.5, 1, 2), inRange(NaN, 1, 2), inRange(1, NaN, 2)]).toEqual([TRUE, TRUE, FALSE, NO_DATA, NO_DATA]);
  });
  it('nsigmaValue: σ = 0 gives 0 at the centre and ±Infinity elsewhere; NaN anywhere gives NaN', () => {
    expect(nsigmaValue(7, 4, 1.5)).toBe(2);
    expect(nsigmaValue(4, 4, 0)).toBe(0);
    expect(nsigmaValue(5, 4, 0)).toBe(Infinity);
    expect(nsigmaValue(3, 4, 0)).toBe(-Infinity);
    expect(nsigmaValue(NaN, 4, 0)).toBeNaN();
    expect(nsigmaValue(5, NaN, 0)).toBeNaN();
    expect(nsigmaValue(5, 4, NaN)).toBeNaN();
    expect(nsigmaValue(Infinity, 4, 2)).toBe(Infinity);
  });
});
