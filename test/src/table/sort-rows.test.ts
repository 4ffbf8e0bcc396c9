import { describe, expect, it } from 'vitest';
import { keepRows, sortRows } from '../../../src/table/sort-rows';

describe('sortRows', () => {
  it('orders numbers ascending with NaN last and ties in row order', () => {
    const values = Float64Array.from([3, NaN, 1, 3, -Infinity, NaN, 0]);
    expect([...sortRows(values.length, { kind: 'number', values }, 'asc')]).toEqual([4, 6, 2, 0, 3, 1, 5]);
  });

  it('orders numbers descending with NaN still last and ties still in row order', () => {
    const values = Float64Array.from([3, NaN, 1, 3, -Infinity, NaN, 0]);
    expect([...sortRows(values.length, { kind: 'number', values }, 'desc')]).toEqual([0, 3, 2, 6, 4, 1, 5]);
  });

  it('orders text by code units with missing (null) last, ties in row order', () => {
    const values = ['b', null, 'a', 'B', 'b', null];
    expect([...sortRows(values.length, { kind: 'text', values }, 'asc')]).toEqual([3, 2, 0, 4, 1, 5]);
    expect([...sortRows(values.length, { kind: 'text', values }, 'desc')]).toEqual([0, 4, 2, 3, 1, 5]);
  });

  it('an empty table gives no rows', () => {
    expect([...sortRows(0, { kind: 'number', values: new Float64Array() }, 'asc')]).toEqual([]);
  });

  it('agrees with a plain sort of pairs on random values with repeats', () => {
    const values = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 37) - (i % 5 === 0 ? NaN : 0));
    const plain = [...values.keys()].sort((a, b) => {
      const [x, y] = [values[a], values[b]];
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
      return x - y || a - b;
    });
    expect([...sortRows(values.length, { kind: 'number', values }, 'asc')]).toEqual(plain);
  });
});

describe('keepRows', () => {
  it('keeps the accepted rows in the given order', () => {
    expect([...keepRows(Uint32Array.from([4, 0, 3, 1]), (row) => row !== 3)]).toEqual([4, 0, 1]);
  });
});
