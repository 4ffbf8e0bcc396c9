import { describe, expect, it } from 'vitest';
import { checkCategoryValues, namedCategoryColumns } from '../../../src/view/check-view-categories';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const categoriesOf = (column: string) => (column === 'rct.quality' ? ['Bad', 'Good', 'Medium'] : undefined);

describe('checkCategoryValues', () => {
  it('reports each selected value the column does not hold, with the closest ones', () => {
    const json = { charts: [{ id: 'q', kind: 'row', x: 'rct.quality', selected: ['Good', 'Goood', 'Awful'] }] };
    expect(checkCategoryValues(json, categoriesOf)).toEqual([
      { kind: 'view-problem', path: '$.charts[0].selected[1]', message: viewMessages.unknownCategory('Goood', 'rct.quality'), hint: viewHints.didYouMean(['Good']) },
      { kind: 'view-problem', path: '$.charts[0].selected[2]', message: viewMessages.unknownCategory('Awful', 'rct.quality') },
    ]);
  });

  it('says nothing about a column it does not know (the column check reports that) or charts without values', () => {
    expect(checkCategoryValues({ charts: [{ kind: 'row', x: 'nope', selected: ['x'] }, { kind: 'trend', y: 'v' }] }, categoriesOf)).toEqual([]);
  });

  it('namedCategoryColumns lists each column whose values a view names, once', () => {
    const json = { charts: [{ kind: 'row', x: 'a', selected: ['1'] }, { kind: 'row', x: 'a', selected: ['2'] }, { kind: 'row', x: 'b' }] };
    expect(namedCategoryColumns(json)).toEqual(['a']);
  });
});
