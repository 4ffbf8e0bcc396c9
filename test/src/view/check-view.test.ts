import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { capProblems, checkViewText, problemLine, sortProblems } from '../../../src/view/check-view';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({ name, table: 'runs_x_1', source: '', sqlType, rootType: '', title: '', unit: '', exactInBrowser: true });
const columns = [meta('run', 'INTEGER'), meta('tpc.meanMIP', 'REAL'), meta('rct.period', 'TEXT')];
const data = { columns, categoriesOf: (column: string) => (column === 'rct.period' ? ['LHC18b', 'LHC18c'] : undefined) };
const viewsDir = new URL('../../../views/', import.meta.url);
const shipped = readdirSync(viewsDir).filter((file) => file.endsWith('.json') && file !== 'view.schema.json');
const readShipped = (file: string) => readFileSync(new URL(file, viewsDir), 'utf8');
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

describe('checkViewText on the shipped views', () => {
  it.each(shipped)('passes %s without data (schema, ids, layouts, expression syntax) and returns its view', (file) => {
    const checked = checkViewText(readShipped(file));
    expect(checked.problems).toEqual([]);
    expect(checked.view?.charts.length).toBe((JSON.parse(readShipped(file)) as { charts: unknown[] }).charts.length);
  });

  it.each(shipped)('fails %s once its last chart repeats the first chart\'s id, at that id, naming the first', (file) => {
    const json = JSON.parse(readShipped(file)) as { charts: { id: string }[] };
    const last = json.charts.length - 1;
    if (last === 0) json.charts.push({ ...json.charts[0]! });
    const at = Math.max(last, 1);
    json.charts[at]!.id = json.charts[0]!.id;
    const checked = checkViewText(JSON.stringify(json));
    expect(checked.view).toBeUndefined();
    expect(checked.problems).toEqual([
      { kind: 'view-problem', path: `$.charts[${at}].id`, message: viewMessages.duplicateId(json.charts[0]!.id, '$.charts[0]'), hint: viewHints.uniqueId() },
    ]);
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
