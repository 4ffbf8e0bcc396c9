import { describe, expect, it } from 'vitest';
import { FALSE, NO_DATA, TRUE } from '../../../src/expr/logic';
import { arithmetic, compare } from '../../../src/expr/numeric-kernels';
import {
  arithmeticVector, chooseLogicVector, chooseNumberVector, compareVector, materialiseLogic, materialiseNumber,
} from '../../../src/expr/vector-kernels';

const A = Float64Array.from([1, -2, NaN, Infinity, 0, 3]);
const B = Float64Array.from([2, -2, 1, Infinity, 0, NaN]);
const n = A.length;
const same = (x: ArrayLike<number>, y: ArrayLike<number>) => Array.from(x).every((v, i) => Object.is(v, y[i]));

describe('vector kernels agree with the scalar semantics element by element', () => {
  it.each(['+', '-', '*', '/', '%'] as const)('arithmeticVector %s for column/column, column/scalar, scalar/column', (fn) => {
    expect(same(arithmeticVector(fn, A, B, n) as Float64Array, [...A].map((a, i) => arithmetic(fn, a, B[i])))).toBe(true);
    expect(same(arithmeticVector(fn, A, 2, n) as Float64Array, [...A].map((a) => arithmetic(fn, a, 2)))).toBe(true);
    expect(same(arithmeticVector(fn, 2, B, n) as Float64Array, [...B].map((b) => arithmetic(fn, 2, b)))).toBe(true);
    expect(arithmeticVector(fn, 6, 4, n)).toBe(arithmetic(fn, 6, 4));
  });
  it.each(['<', '<=', '>', '>=', '==', '!='] as const)('compareVector %s, including against a constant and against NaN', (fn) => {
    expect([...(compareVector(fn, A, B, n) as Uint8Array)]).toEqual([...A].map((a, i) => compare(fn, a, B[i])));
    expect([...(compareVector(fn, A, 0, n) as Uint8Array)]).toEqual([...A].map((a) => compare(fn, a, 0)));
    expect([...(compareVector(fn, 0, B, n) as Uint8Array)]).toEqual([...B].map((b) => compare(fn, 0, b)));
    expect([...(compareVector(fn, A, NaN, n) as Uint8Array)]).toEqual([...A].map(() => NO_DATA));
  });
  it('chooseNumberVector and chooseLogicVector follow the test, no data for a no-data test', () => {
    const t = Uint8Array.from([TRUE, FALSE, NO_DATA, TRUE, FALSE, NO_DATA]);
    expect(same(chooseNumberVector(t, A, 9, n) as Float64Array, [1, 9, NaN, Infinity, 9, NaN])).toBe(true);
    expect(chooseNumberVector(NO_DATA, A, B, n)).toBeNaN();
    expect(chooseNumberVector(TRUE, A, B, n)).toBe(A);
    expect([...(chooseLogicVector(t, TRUE, Uint8Array.from([0, 0, 0, 0, 2, 1]), n) as Uint8Array)]).toEqual([TRUE, FALSE, NO_DATA, TRUE, NO_DATA, NO_DATA]);
  });
  it('materialise fills a scalar and passes a column through', () => {
    expect([...materialiseNumber(2.5, 3)]).toEqual([2.5, 2.5, 2.5]);
    expect(materialiseNumber(A, n)).toBe(A);
    expect([...materialiseLogic(NO_DATA, 2)]).toEqual([NO_DATA, NO_DATA]);
  });
});
