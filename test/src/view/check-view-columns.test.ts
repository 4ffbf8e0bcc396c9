import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/kinds/registry';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { checkViewColumns, viewReadPlan } from '../../../src/view/check-view-columns';
import { viewHints, viewMessages } from '../../../src/view/view-messages';
import type { ViewSpec } from '../../../src/view/view-spec';

const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({
  name, table: 'runs_x_1', source: name.split('.')[0], sqlType, rootType: 'Double_t', title: '', unit: '', exactInBrowser: true,
});
const columns = [meta('run', 'INTEGER'), meta('tpc.meanMIP', 'REAL'), meta('tpc.meanTPCncl', 'REAL'), meta('rct.period', 'TEXT'), meta('rct.fill', 'INTEGER')];

const charts: ChartSpec[] = [
  { id: 'a', kind: 'trend', x: 'run', y: 'tpc.meanMIP', title: '' },
  { id: 'b', kind: 'row', x: 'rct.period', title: '', order: 'label' },
  { id: 'c', kind: 'scatter', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP', title: '' },
  { id: 'd', kind: 'row', x: 'rct.fill', title: '', order: 'label' },
];
const view: ViewSpec = { title: 't', description: '', charts, layouts: [], referenceRun: null };

describe('checkViewColumns', () => {
  it('finds no problem when every column exists with a usable type', () => {
    expect(checkViewColumns(view, columns)).toEqual([]);
  });

  it('reports unknown names with the closest ones as a hint, and text columns where numbers are needed', () => {
    const bad = {
      charts: [
        { id: 'a', kind: 'trend', y: 'evs.meanMIP' },
        { id: 'h', kind: 'histogram', x: 'rct.period', bins: 10 },
        { id: 's', kind: 'scatter', x: 'tpc.meanTPCncl', y: 'nothing' },
      ],
    };
    expect(checkViewColumns(bad, columns)).toEqual([
      { kind: 'view-problem', path: '$.charts[0].y', message: viewMessages.unknownColumn('evs.meanMIP'), hint: viewHints.didYouMean(['tpc.meanMIP']) },
      { kind: 'view-problem', path: '$.charts[1].x', message: viewMessages.notNumeric('rct.period', columns[3]) },
      { kind: 'view-problem', path: '$.charts[2].y', message: viewMessages.unknownColumn('nothing'), hint: viewHints.columns() },
    ]);
  });

  it('checks a trend’s time, timeEnd, groupBy and yErr columns too (numbers where numbers are drawn)', () => {
    const trend = { charts: [{ id: 't', kind: 'trend', y: 'tpc.meanMIP', time: 'rct.period', timeEnd: 'rct.endTim', groupBy: 'rct.perod', yErr: 'tpc.meanTPCncl' }] };
    expect(checkViewColumns(trend, columns).map((problem) => [problem.path, problem.message])).toEqual([
      ['$.charts[0].time', viewMessages.notNumeric('rct.period', columns[3])],
      ['$.charts[0].timeEnd', viewMessages.unknownColumn('rct.endTim')],
      ['$.charts[0].groupBy', viewMessages.unknownColumn('rct.perod')],
    ]);
  });

  it('checks every chart of a known kind even when the file has other problems (wrong types, unknown kinds, extra keys)', () => {
    const messy = { titel: 1, charts: [{ kind: 'pie', x: 'nope' }, 'not a chart', { id: 3, kind: 'row', x: 'rct.perod', bins: 'x' }, { kind: 'histogram', x: 7 }] };
    expect(checkViewColumns(messy, columns).map((problem) => problem.path)).toEqual(['$.charts[2].x']);
  });
});

describe('viewReadPlan', () => {
  it('asks for run plus each column once, numbers for plots and categories for rows', () => {
    expect(viewReadPlan(view)).toEqual([
      { name: 'run', readAs: 'numeric' },
      { name: 'tpc.meanMIP', readAs: 'numeric' },
      { name: 'rct.period', readAs: 'categorical' },
      { name: 'tpc.meanTPCncl', readAs: 'numeric' },
      { name: 'rct.fill', readAs: 'categorical' },
    ]);
  });

  it('asks for a column both ways when one chart plots it and another counts its categories', () => {
    const both: ViewSpec = {
      title: '',
      description: '',
      layouts: [],
      referenceRun: null,
      charts: [
        { id: 'fill-trend', kind: 'trend', x: 'run', y: 'rct.fill', title: '' },
        { id: 'fill-rows', kind: 'row', x: 'rct.fill', title: '', order: 'label' },
        { id: 'fill-hist', kind: 'histogram', x: 'rct.fill', bins: 4, scale: 'linear', robustK: Infinity, title: '' },
        { id: 'run-rows', kind: 'row', x: 'run', title: '', order: 'label' },
      ],
    };
    expect(viewReadPlan(both)).toEqual([
      { name: 'run', readAs: 'numeric' },
      { name: 'rct.fill', readAs: 'numeric' },
      { name: 'rct.fill', readAs: 'categorical' },
      { name: 'run', readAs: 'categorical' },
    ]);
  });
});
