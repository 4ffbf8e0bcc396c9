import { describe, expect, it } from 'vitest';
import { inferCsvColumn, parseCsvKey } from '../../../scripts/pipeline/infer-csv-column';

describe('inferCsvColumn', () => {
  it('gives integer when every non-empty cell is an integer; empty is NaN', () => {
    expect(inferCsvColumn(['1', '', '-3', ' 7 '])).toEqual({ kind: 'integer', data: Float64Array.of(1, NaN, -3, 7) });
  });

  it('gives real when some cell has a fraction or exponent', () => {
    expect(inferCsvColumn(['1', '2.5', '', '1e3', '-.5'])).toEqual({ kind: 'real', data: Float64Array.of(1, 2.5, NaN, 1000, -0.5) });
  });

  it('gives bigint, exactly, when an integer lies beyond 2^53', () => {
    expect(inferCsvColumn(['9007199254740993', '', '-1'])).toEqual({ kind: 'bigint', data: [9007199254740993n, null, -1n] });
  });

  it('gives text, keeping the cells as written, when any cell is not a number', () => {
    expect(inferCsvColumn(['LHC18b', '', '12', 'nan'])).toEqual({ kind: 'text', data: ['LHC18b', null, '12', 'nan'] });
  });

  it('gives an all-missing text column when every cell is empty', () => {
    expect(inferCsvColumn(['', ' '])).toEqual({ kind: 'text', data: [null, null] });
    expect(inferCsvColumn([])).toEqual({ kind: 'text', data: [] });
  });
});

describe('parseCsvKey', () => {
  it.each([
    ['295585', { ok: true, run: 295585 }],
    [' 12 ', { ok: true, run: 12 }],
    ['', { ok: false, why: 'empty' }],
    ['12.5', { ok: false, why: 'not-integer' }],
    ['LHC18b', { ok: false, why: 'not-integer' }],
    ['9007199254740993', { ok: false, why: 'too-large' }],
  ])('parses %j', (cell, expected) => {
    expect(parseCsvKey(cell)).toEqual(expected);
  });
});
