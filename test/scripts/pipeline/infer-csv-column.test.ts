import { describe, expect, it } from 'vitest';
import { inferCsvColumn, parseCsvKey } from '../../../scripts/pipeline/infer-csv-column';

const plain = (values: unknown) => ({ values, nanCells: 0, textExamples: [] });

describe('inferCsvColumn', () => {
  it('gives integer when every non-empty cell is an integer; empty is NaN', () => {
    expect(inferCsvColumn(['1', '', '-3', ' 7 '])).toEqual(plain({ kind: 'integer', data: Float64Array.of(1, NaN, -3, 7) }));
  });

  it('gives real when some cell has a fraction or exponent', () => {
    expect(inferCsvColumn(['1', '2.5', '', '1e3', '-.5'])).toEqual(plain({ kind: 'real', data: Float64Array.of(1, 2.5, NaN, 1000, -0.5) }));
  });

  it('gives bigint, exactly, when an integer lies beyond 2^53', () => {
    expect(inferCsvColumn(['9007199254740993', '', '-1'])).toEqual(plain({ kind: 'bigint', data: [9007199254740993n, null, -1n] }));
  });

  it('keeps -2^63 and 2^63-1 as bigint, and gives text with the cells as examples one beyond', () => {
    expect(inferCsvColumn(['-9223372036854775808', '9223372036854775807']).values.kind).toBe('bigint');
    expect(inferCsvColumn(['1', '9223372036854775808', '-9223372036854775809', '99999999999999999999', '123456789012345678901'])).toEqual({
      values: { kind: 'text', data: ['1', '9223372036854775808', '-9223372036854775809', '99999999999999999999', '123456789012345678901'] },
      nanCells: 0,
      textExamples: ['9223372036854775808', '-9223372036854775809', '99999999999999999999'],
    });
  });

  it('gives real (doubles) when a huge integer sits among decimals', () => {
    expect(inferCsvColumn(['0.5', '9223372036854775808']).values).toEqual({ kind: 'real', data: Float64Array.of(0.5, 9223372036854775808) });
  });

  it('reads NaN spellings as missing (counted) and inf spellings as ±Infinity', () => {
    expect(inferCsvColumn(['1.5', 'NaN', 'nan', 'inf', '-inf', 'Infinity', '-Infinity', '+Inf', ''])).toEqual({
      values: { kind: 'real', data: Float64Array.of(1.5, NaN, NaN, Infinity, -Infinity, Infinity, -Infinity, Infinity, NaN) },
      nanCells: 2,
      textExamples: [],
    });
  });

  it('keeps an integer column integer when some cells are NaN', () => {
    expect(inferCsvColumn(['3', 'NaN', '4'])).toEqual({ values: { kind: 'integer', data: Float64Array.of(3, NaN, 4) }, nanCells: 1, textExamples: [] });
  });

  it('gives text, keeping the cells as written, with up to 3 examples when most cells are numbers', () => {
    expect(inferCsvColumn(['1', 'n/a', '2', '3', '-', ' ?', '4', '5', 'x'])).toEqual({
      values: { kind: 'text', data: ['1', 'n/a', '2', '3', '-', ' ?', '4', '5', 'x'] },
      nanCells: 0,
      textExamples: ['n/a', '-', '?'],
    });
  });

  it('gives text without examples when most cells are words', () => {
    expect(inferCsvColumn(['LHC18b', '', '12', 'LHC18c'])).toEqual(plain({ kind: 'text', data: ['LHC18b', null, '12', 'LHC18c'] }));
  });

  it('gives an all-missing text column when every cell is empty', () => {
    expect(inferCsvColumn(['', ' '])).toEqual(plain({ kind: 'text', data: [null, null] }));
    expect(inferCsvColumn([])).toEqual(plain({ kind: 'text', data: [] }));
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
