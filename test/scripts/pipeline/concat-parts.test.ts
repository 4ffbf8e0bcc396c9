import { describe, expect, it } from 'vitest';
import { concatParts } from '../../../scripts/pipeline/concat-parts';
import { real } from './helpers';

describe('concatParts', () => {
  it('concatenates keys, origins and columns of the files in order', () => {
    const files = [{ path: 'a', bytes: 1, sha256: 'h', entries: 1, rootVersion: '', compression: 'csv' }];
    const table = concatParts('s', [
      { file: 'a', entries: 1, keys: Float64Array.of(5), origins: [{ file: 'a', entry: 0 }], columns: [real('x', [1])] },
      { file: 'b', entries: 2, keys: Float64Array.of(5, 6), origins: [{ file: 'b', entry: 0 }, { file: 'b', entry: 1 }], columns: [real('x', [2, 3])] },
    ], files);
    expect(table).toEqual({
      source: 's',
      keys: Float64Array.of(5, 5, 6),
      origins: [{ file: 'a', entry: 0 }, { file: 'b', entry: 0 }, { file: 'b', entry: 1 }],
      columns: [real('x', [1, 2, 3])],
      files,
    });
  });

  it('gives an empty table when every file was empty', () => {
    expect(concatParts('s', [], [])).toEqual({ source: 's', keys: new Float64Array(0), origins: [], columns: [], files: [] });
  });
});
