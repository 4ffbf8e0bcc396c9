import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';
import { trend } from '../../../../src/charts/kinds/trend';
import { kindTable } from './kind-table';

describe('trend kind', () => {
  it('normalise fills x = run and the title from y', () => {
    expect(trend.normalise({ id: 't', kind: 'trend', y: 'v' })).toEqual({ id: 't', kind: 'trend', x: 'run', y: 'v', yAxis: { k: 6, scale: 'linear' }, title: 'v' });
    expect(trend.normalise({ id: 't', kind: 'trend', x: 'run', y: 'v', title: 'T' }).title).toBe('T');
  });

  it('normalise keeps the axis, time, groupBy and yErr keys and the value axis; time without a time column opens on run', () => {
    const file = { id: 't', kind: 'trend' as const, x: 'time' as const, y: 'v', time: 's', timeEnd: 'e', groupBy: 'p', yErr: 'dv', domain: [0, 5] as [number, number], robustK: 3, scale: 'log' as const };
    expect(trend.normalise(file)).toEqual({ id: 't', kind: 'trend', x: 'time', y: 'v', time: 's', timeEnd: 'e', groupBy: 'p', yErr: 'dv', yAxis: { domain: [0, 5], k: 3, scale: 'log' }, title: 'v' });
    expect(trend.normalise({ id: 't', kind: 'trend', x: 'time', y: 'v', timeEnd: 'e' })).toEqual({ id: 't', kind: 'trend', x: 'run', y: 'v', yAxis: { k: 6, scale: 'linear' }, title: 'v' });
    expect(trend.normalise({ id: 't', kind: 'trend', x: 'ordinal', y: 'v' }).x).toBe('ordinal');
  });

  it('reads y as numbers and takes range clauses on run only', () => {
    const spec = trend.normalise({ id: 't', kind: 'trend', y: 'v' });
    expect(trend.reads).toEqual([
      { key: 'y', readAs: 'numeric' },
      { key: 'time', readAs: 'numeric' },
      { key: 'timeEnd', readAs: 'numeric' },
      { key: 'groupBy', readAs: 'categorical' },
      { key: 'yErr', readAs: 'numeric' },
    ]);
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

  it('subtitle names the variable against the axis the chart opens with', () => {
    expect(trend.subtitle(trend.normalise({ id: 't', kind: 'trend', y: 'v' }), new Map())).toBe('v vs run');
    expect(trend.subtitle(trend.normalise({ id: 't', kind: 'trend', x: 'ordinal', y: 'v' }), new Map())).toBe('v vs run order');
    expect(trend.subtitle(trend.normalise({ id: 't', kind: 'trend', x: 'time', y: 'v', time: 's' }), new Map())).toBe('v vs time');
  });
});
