import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { capProblems, checkViewText, problemLine, sortProblems } from '../../../src/view/check-view';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({ name, table: 'runs_x_1', source: '', sqlType, rootType: '', title: '', unit: '', exactInBrowser: true });
const columns = [meta('run', 'INTEGER'), meta('tpc.meanMIP', 'REAL'), meta('rct.period', 'TEXT')];
const data = { columns, categoriesOf: (column: string) => (column === 'rct.period' ? ['LHC18b', 'LHC18c'] : undefined) };
const text = (json: object) => JSON.stringify({ $schema: './view.schema.json', ...json });

describe('checkViewText', () => {
  it('returns the normalised view of a good file', () => {
    const checked = checkViewText(text({ title: 'T', charts: [{ id: 'p', kind: 'row', x: 'rct.period', selected: ['LHC18b'] }] }), data);
    expect(checked).toEqual({ view: { title: 'T', description: '', charts: [{ id: 'p', kind: 'row', x: 'rct.period', title: 'rct.period', selected: ['LHC18b'], order: 'label' }], layouts: [], referenceRun: null }, problems: [] });
  });

  it('lists schema, id and data problems together, in file order, with no view', () => {
    const checked = checkViewText(
      text({
        charts: [
          { id: 'a', kind: 'histogram', x: 'tpc.meanMPI', bin: 3 },
          { id: 'a', kind: 'row', x: 'rct.period', selected: ['LHC18x'] },
        ],
      }),
      data,
    );
    expect(checked.view).toBeUndefined();
    expect(checked.problems.map(problemLine)).toEqual([
      `$.charts[0].bin: ${viewMessages.unknownKey(['id', 'kind', 'title', 'x', 'bins', 'domain', 'scale', 'robustK', 'label'])} — ${viewHints.didYouMean(['bins'])}`,
      `$.charts[0].x: ${viewMessages.unknownColumn('tpc.meanMPI')} — ${viewHints.didYouMean(['tpc.meanMIP'])}`,
      `$.charts[1].id: ${viewMessages.duplicateId('a', '$.charts[0]')} — ${viewHints.uniqueId()}`,
      `$.charts[1].selected[0]: ${viewMessages.unknownCategory('LHC18x', 'rct.period')} — ${viewHints.didYouMean(['LHC18b', 'LHC18c'])}`,
    ]);
  });

  it('without data, checks the file alone; caps and parse problems come first and alone', () => {
    expect(checkViewText(text({ charts: [{ id: 'a', kind: 'trend', y: 'nope' }] })).problems).toEqual([]);
    expect(checkViewText('{"__proto__": 1}').problems.map((p) => p.path)).toEqual(['$.__proto__']);
  });
});

describe('problem lists', () => {
  it('sortProblems orders by place, numerically', () => {
    const at = (path: string) => ({ kind: 'view-problem' as const, path, message: '' });
    expect(sortProblems([at('$.charts[10].x'), at('$.charts[2].y'), at('$.charts[2].id')]).map((p) => p.path)).toEqual(['$.charts[2].id', '$.charts[2].y', '$.charts[10].x']);
  });

  it('capProblems keeps the first ones and counts the rest', () => {
    const list = Array.from({ length: 5 }, (_, i) => ({ kind: 'view-problem' as const, path: `$.c${i}`, message: '' }));
    expect(capProblems(list, 2)).toEqual({ shown: list.slice(0, 2), more: 3 });
    expect(capProblems(list, 9)).toEqual({ shown: list, more: 0 });
  });
});
