import { describe, expect, it } from 'vitest';
import { checkPlausibility, isWrapSuspect, WRAP_OTHERS_BELOW, WRAP_WINDOW } from '../../../scripts/pipeline/check-plausibility';
import { messages } from '../../../scripts/pipeline/messages';
import { big, int, real, sourceTable, text } from './helpers';

describe('isWrapSuspect', () => {
  it('takes values within 2^20 of 2^32, on either side, and nothing else', () => {
    const cases: [number, boolean][] = [
      [2 ** 32, true], [2 ** 32 + 1439, true], [2 ** 32 + WRAP_WINDOW, true], [2 ** 32 + WRAP_WINDOW + 1, false],
      [2 ** 32 - 1, true], [2 ** 32 - WRAP_WINDOW, true], [2 ** 32 - WRAP_WINDOW - 1, false], [1e7, false], [-(2 ** 32), false],
    ];
    for (const [v, expected] of cases) expect(isWrapSuspect(v), String(v)).toBe(expected);
  });
});

describe('checkPlausibility', () => {
  it('reports each run outside the range with where it came from, unless runs are not checked', () => {
    const keys = [-1, 0, 5, 10, 11];
    const table = sourceTable('s', keys, []);
    const range: [number, number] = [1, 10];
    const expected = keys.flatMap((run, entry) => (run < range[0] || run > range[1] ? [{ kind: 'run-out-of-range', source: 's', run, file: 's.root', entry, range }] : []));
    expect(checkPlausibility(table, range, true)).toEqual(expected);
    expect(checkPlausibility(table, range, false)).toEqual([]);
  });

  it('reports wrap suspects in integer, real and 64-bit columns whose other values are far smaller', () => {
    const a = [10, 2 ** 32 + 7, 30, NaN, 50];
    const b = [1.5, 2.5, 2 ** 32 - 3, 4.5];
    const c = [5n, 2n ** 32n + 1n, 7n, null];
    const table = sourceTable('s', [1, 2, 3, 4, 5], [int('a', a), real('b', [...b, 0]), big('c', [...c, 1n]), text('t', ['4294967303', null, null, null, null])]);
    const found = checkPlausibility(table, [1, 10], true).map((e) => (e.kind === 'wrapped-value' ? [e.column, e.run, e.value, e.detail] : e.kind));
    expect(found).toEqual([
      ['a', 2, 2 ** 32 + 7, messages.wrappedAbove(2 ** 32 + 7)],
      ['b', 3, 2 ** 32 - 3, messages.wrappedBelow(2 ** 32 - 3)],
      ['c', 2, 2 ** 32 + 1, messages.wrappedAbove(2 ** 32 + 1)],
    ]);
  });

  it('reports nothing in a column where large values are usual, or where suspects are not a minority', () => {
    const usual = int('usual', [2 ** 32 + 5, WRAP_OTHERS_BELOW, 3]);
    const most = int('most', [2 ** 32 + 5, 2 ** 32 + 6, 3]);
    expect(checkPlausibility(sourceTable('s', [1, 2, 3], [usual, most]), [1, 10], true)).toEqual([]);
  });
});
