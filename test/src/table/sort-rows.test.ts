import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { keepRows, sortRows } from '../../../src/table/sort-rows';

/** The order sortRows promises, by a plain comparator over every pair: missing last, ties in row order. */
function expectedOrder(values: Float64Array, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  return Array.from(values, (_, i) => i).sort((a, b) => {
    const [x, y] = [values[a], values[b]];
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
    return x === y ? a - b : (x < y ? -1 : 1) * sign;
  });
}

describe('sortRows', () => {
  it('sorts columns already in order (run numbers), in reverse order, with ties, constant, or with NaN as the comparator does', () => {
    const rng = createRng(7, 'sort-rows');
    const rising = Float64Array.from({ length: 500 }, (_, i) => 285000 + 3 * i);
    const withTies = Float64Array.from({ length: 500 }, (_, i) => Math.floor(i / 7));
    const cases: Float64Array[] = [
      rising,
      rising.slice().reverse(),
      withTies,
      withTies.slice().reverse(),
      new Float64Array(50).fill(2),
      Float64Array.from([1, 2, NaN, 4]),
      Float64Array.from([NaN]),
      new Float64Array(0),
      Float64Array.from([5]),
      Float64Array.from({ length: 300 }, () => rng.int(0, 20)),
      Float64Array.from({ length: 300 }, (_, i) => (i === 150 ? 0 : i)),
    ];
    for (const values of cases) {
      for (const direction of ['asc', 'desc'] as const) expect([...sortRows(values.length, { kind: 'number', values }, direction)]).toEqual(expectedOrder(values, direction));
    }
  });

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
