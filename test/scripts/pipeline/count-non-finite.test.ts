import { describe, expect, it } from 'vitest';
import { countNonFinite } from '../../../scripts/pipeline/count-non-finite';
import { messages } from '../../../scripts/pipeline/messages';
import { int, real } from './helpers';

describe('countNonFinite', () => {
  it('counts NaN, +Inf and -Inf per real column over all files, skipping clean and integer columns', () => {
    const report = countNonFinite('tpc', [
      { file: 'a', entries: 3, columns: [real('x', [NaN, Infinity, 1]), real('ok', [1, 2, 3]), int('n', [NaN, 1, 2])] },
      { file: 'b', entries: 2, columns: [real('x', [-Infinity, NaN])] },
    ]);
    expect(report).toEqual([{ kind: 'non-finite', source: 'tpc', column: 'x', count: 4, detail: messages.nonFiniteDetail(2, 1, 1) }]);
  });

  it('counts the cells spelled NaN instead of NaN in the data when given (CSV: NaN also means empty)', () => {
    const parts = [{ file: 'a', entries: 3, columns: [real('x', [NaN, Infinity, NaN]), real('y', [NaN, 1, 2]), int('n', [NaN, 1, 2])] }];
    expect(countNonFinite('rct', parts, new Map([['x', 1], ['n', 1]]))).toEqual([
      { kind: 'non-finite', source: 'rct', column: 'x', count: 2, detail: messages.nonFiniteDetail(1, 1, 0) },
      { kind: 'non-finite', source: 'rct', column: 'n', count: 1, detail: messages.nonFiniteDetail(1, 0, 0) },
    ]);
  });
});
