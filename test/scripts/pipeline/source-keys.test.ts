import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { entryKeys, floatKeyReport, isWholeKey, runFromPathKey, wholeKeys } from '../../../scripts/pipeline/source-keys';
import { caught, real } from './helpers';

describe('source keys', () => {
  it('entryKeys numbers entries from the offset', () => {
    expect(entryKeys(5, 3)).toEqual(Float64Array.of(5, 6, 7));
    expect(entryKeys(0, 0)).toEqual(new Float64Array(0));
  });

  it('isWholeKey takes whole numbers within ±2^53 only', () => {
    const cases: [number, boolean][] = [[0, true], [-3, true], [2 ** 53, true], [2 ** 53 + 2, false], [0.5, false], [NaN, false], [Infinity, false]];
    for (const [v, expected] of cases) expect(isWholeKey(v), String(v)).toBe(expected);
  });

  it('wholeKeys copies whole values and refuses the first value that is not, naming its place', async () => {
    const values = Float64Array.of(1, 2, 3);
    const keys = wholeKeys(values, { file: 'a.root', tree: 'T', key: 'run', where: (i) => `entry ${i}` });
    expect(keys).toEqual(values);
    expect(keys).not.toBe(values);
    const error = (await caught(() => wholeKeys(Float64Array.of(1, NaN, 2.5), { file: 'a.root', tree: 'T', key: 'run', where: (i) => `entry ${i}` }))) as BuildError;
    expect([error.kind, error.object, error.message]).toEqual(['key-not-integer', 'T/run entry 1', messages.keyNotWhole('a.root', 'T', 'run', 'entry 1', 'NaN')]);
  });

  it('floatKeyReport names the branch, its type and how many values', () => {
    expect(floatKeyReport('s', 'a.root', real('run', [1, 2], 'Float_t'))).toEqual({ kind: 'float-key', source: 's', file: 'a.root', column: 'run', rootType: 'Float_t', count: 2 });
  });

  it('runFromPathKey takes the capture group of a one-entry file, and refuses a mismatch, a non-number and other entry counts', async () => {
    expect(runFromPathKey('(\\d+)\\.root$', 'qa/529003.root', 'T', 1)).toEqual(Float64Array.of(529003));
    for (const label of ['qa/x.root', 'qa/.root']) {
      const error = (await caught(() => runFromPathKey('(\\d*)\\.root$', label, 'T', 1))) as BuildError;
      expect([error.kind, error.message]).toEqual(['run-from-path', messages.runFromPathNoMatch(label, '(\\d*)\\.root$')]);
    }
    const error = (await caught(() => runFromPathKey('(\\d+)', 'qa/1.root', 'T', 0))) as BuildError;
    expect([error.kind, error.message]).toEqual(['run-from-path', messages.runFromPathEntries('qa/1.root', 'T', 0)]);
  });
});
