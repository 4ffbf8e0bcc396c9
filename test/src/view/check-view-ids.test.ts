import { describe, expect, it } from 'vitest';
import { chartItems, checkViewIds } from '../../../src/view/check-view-ids';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

describe('checkViewIds', () => {
  it('reports a repeated id at the second use, naming the first (twice repeated: twice reported)', () => {
    const json = { charts: [{ id: 'p' }, { id: 'q' }, { id: 'p' }, { id: 'p' }] };
    expect(checkViewIds(json)).toEqual([
      { kind: 'view-problem', path: '$.charts[2].id', message: viewMessages.duplicateId('p', '$.charts[0]'), hint: viewHints.uniqueId() },
      { kind: 'view-problem', path: '$.charts[3].id', message: viewMessages.duplicateId('p', '$.charts[0]'), hint: viewHints.uniqueId() },
    ]);
  });

  it('ignores what is not a chart list', () => {
    expect(checkViewIds(null)).toEqual([]);
    expect(checkViewIds({ charts: 'x' })).toEqual([]);
    expect(chartItems({ charts: [1, [], { id: 'a' }] })).toEqual([{}, {}, { id: 'a' }]);
  });
});
