import { describe, expect, it } from 'vitest';
import { pickRows, sameValue, valueAt } from '../../../scripts/pipeline/column-values';

describe('valueAt', () => {
  it('gives null for NaN and null, the value otherwise (0 stays 0)', () => {
    const v = { kind: 'real' as const, data: Float64Array.of(0, NaN, -Infinity) };
    expect([valueAt(v, 0), valueAt(v, 1), valueAt(v, 2)]).toEqual([0, null, -Infinity]);
    expect(valueAt({ kind: 'bigint', data: [null, 5n] }, 1)).toBe(5n);
  });
});

describe('sameValue', () => {
  it('treats missing as equal to missing and distinct from 0', () => {
    const v = { kind: 'real' as const, data: Float64Array.of(NaN, NaN, 0, 0) };
    expect([sameValue(v, 0, 1), sameValue(v, 0, 2), sameValue(v, 2, 3)]).toEqual([true, false, true]);
    expect(sameValue({ kind: 'text', data: ['a', 'b'] }, 0, 1)).toBe(false);
  });
});

describe('pickRows', () => {
  it('reorders rows and gives missing for -1, keeping the kind', () => {
    expect(pickRows({ kind: 'integer', data: Float64Array.of(1, 2, 3) }, [2, -1, 0])).toEqual({ kind: 'integer', data: Float64Array.of(3, NaN, 1) });
    expect(pickRows({ kind: 'text', data: ['a', 'b'] }, Int32Array.of(-1, 1))).toEqual({ kind: 'text', data: [null, 'b'] });
  });
});
