import { describe, expect, it } from 'vitest';
import { pointerSegments, toJsonPath } from '../../../src/view/json-path';

describe('toJsonPath', () => {
  it('prints keys with dots, indexes in brackets, odd keys quoted', () => {
    expect(toJsonPath([])).toBe('$');
    expect(toJsonPath(['charts', 2, 'bins'])).toBe('$.charts[2].bins');
    expect(toJsonPath(['a b', '0', '$schema'])).toBe('$["a b"]["0"].$schema');
  });
});

describe('pointerSegments', () => {
  it('turns steps into arrays into indexes, leaves object keys that look like numbers as keys, and unescapes ~0 ~1', () => {
    const data = { charts: [{ x: 1 }], map: { '0': { 'a/b': { '~': 1 } } } };
    expect(pointerSegments('', data)).toEqual([]);
    expect(pointerSegments('/charts/0/x', data)).toEqual(['charts', 0, 'x']);
    expect(pointerSegments('/map/0/a~1b/~0', data)).toEqual(['map', '0', 'a/b', '~']);
    expect(pointerSegments('/missing/3', data)).toEqual(['missing', '3']);
  });
});
