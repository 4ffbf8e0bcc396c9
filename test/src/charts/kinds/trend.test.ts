import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';
import { trend } from '../../../../src/charts/kinds/trend';
import { kindTable } from './kind-table';

describe('trend kind', () => {
  it('normalise fills x = run and the title from y', () => {
    expect(trend.normalise({ id: 't', kind: 'trend', y: 'v' })).toEqual({ id: 't', kind: 'trend', x: 'run', y: 'v', title: 'v' });
    expect(trend.normalise({ id: 't', kind: 'trend', x: 'run', y: 'v', title: 'T' }).title).toBe('T');
  });

  it('reads y as numbers and takes range clauses on run only', () => {
    const spec = trend.normalise({ id: 't', kind: 'trend', y: 'v' });
    expect(trend.reads).toEqual([{ key: 'y', readAs: 'numeric' }]);
    expect(trend.checkClause(spec, { chart: 't', column: 'run', kind: 'range', lo: 1, hi: 2, closed: true })).toBeUndefined();
    expect(trend.checkClause(spec, { chart: 't', column: 'v', kind: 'range', lo: 1, hi: 2, closed: true })).toBe(kindMessages.wrongColumn('t', 'v', 'run'));
    expect(trend.checkClause(spec, { chart: 't', column: 'run', kind: 'in', values: ['1'] })).toBe(kindMessages.wrongClauseKind('t', 'in', ['range']));
  });

  it('feed: a run dimension whose exceptOwn mask ignores the trend’s own range', () => {
    const table = kindTable();
    const cf = crossfilter(Array.from({ length: table.size }, (_, i) => i));
    const feed = trend.feed(cf, table, trend.normalise({ id: 't', kind: 'trend', y: 'v' }));
    feed.dimension!.filterRange([101, 103]);
    expect(cf.allFiltered().length).toBe(2);
    expect(feed.exceptOwn!.count()).toBe(5);
  });

  it('subtitle names the variable against run', () => {
    expect(trend.subtitle(trend.normalise({ id: 't', kind: 'trend', y: 'v' }), new Map())).toBe('v vs run');
  });
});
