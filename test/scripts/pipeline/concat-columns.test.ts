import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { concatColumns, emptyValues } from '../../../scripts/pipeline/concat-columns';
import { messages } from '../../../scripts/pipeline/messages';
import { big, caught, int, real, text } from './helpers';

describe('concatColumns', () => {
  it('returns a single file\'s columns as they are', () => {
    const columns = [real('x', [1])];
    expect(concatColumns('s', [{ file: 'a', entries: 1, columns }])).toBe(columns);
  });

  it('appends in file order and fills a column absent from a file with missing values', () => {
    const out = concatColumns('s', [
      { file: 'a', entries: 2, columns: [real('x', [1, 2]), text('t', ['p', null])] },
      { file: 'b', entries: 1, columns: [real('y', [9]), real('x', [3])] },
    ]);
    expect(out).toEqual([real('x', [1, 2, 3]), text('t', ['p', null, null]), real('y', [NaN, NaN, 9])]);
  });

  it('widens integer + real to real and integer + bigint to bigint', () => {
    const out = concatColumns('s', [
      { file: 'a', entries: 1, columns: [int('n', [1]), int('m', [NaN])] },
      { file: 'b', entries: 1, columns: [real('n', [1.5]), big('m', [2n ** 60n])] },
    ]);
    expect(out[0].values).toEqual({ kind: 'real', data: Float64Array.of(1, 1.5) });
    expect(out[1].values).toEqual({ kind: 'bigint', data: [null, 2n ** 60n] });
  });

  it('takes the type from the files that have values (an all-empty CSV column does not conflict)', () => {
    const out = concatColumns('s', [
      { file: 'a', entries: 2, columns: [text('lumi', [null, null])] },
      { file: 'b', entries: 1, columns: [real('lumi', [1.5])] },
    ]);
    expect(out).toEqual([real('lumi', [NaN, NaN, 1.5])]);
  });

  it('fails with column-type-conflict for text against numbers', async () => {
    const error = (await caught(() =>
      concatColumns('s', [
        { file: 'a', entries: 1, columns: [real('x', [1])] },
        { file: 'b', entries: 1, columns: [text('x', ['1'])] },
      ]),
    )) as BuildError;
    expect([error.kind, error.file, error.object]).toEqual(['column-type-conflict', 'b', 's.x']);
    expect(error.message).toBe(messages.columnTypeConflict('s', 'x', [{ file: 'a', kind: 'real' }, { file: 'b', kind: 'text' }]));
  });
});

describe('emptyValues', () => {
  it('is NaN for numeric kinds and null otherwise', () => {
    expect(emptyValues('integer', 2)).toEqual({ kind: 'integer', data: Float64Array.of(NaN, NaN) });
    expect(emptyValues('bigint', 1)).toEqual({ kind: 'bigint', data: [null] });
  });
});
