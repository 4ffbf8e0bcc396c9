import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';
import { scatter } from '../../../../src/charts/kinds/scatter';
import { inBox } from '../../../../src/crossfilter/in-box';
import { kindTable } from './kind-table';

const spec = scatter.normalise({ id: 's', kind: 'scatter', x: 'v', y: 'w' });
const box = { chart: 's', kind: 'box' as const, x: 'v', y: 'w', x0: 0, x1: 3, y0: 0, y1: 100 };

describe('scatter kind', () => {
  it('normalise titles it "y vs x"; it reads x then y as numbers', () => {
    expect(spec).toEqual({ id: 's', kind: 'scatter', x: 'v', y: 'w', xAxis: { k: 6, scale: 'linear' }, yAxis: { k: 6, scale: 'linear' }, title: 'w vs v' });
  });

  it('normalise takes fixed ranges, robustK for both axes and a scale per axis', () => {
    const full = scatter.normalise({ id: 's', kind: 'scatter', x: 'v', y: 'w', domain: [1, 9], xDomain: [0, 2], robustK: 4, scale: 'log', xScale: 'log' });
    expect([full.xAxis, full.yAxis]).toEqual([{ domain: [0, 2], k: 4, scale: 'log' }, { domain: [1, 9], k: 4, scale: 'log' }]);
    expect(scatter.reads.map((read) => read.key)).toEqual(['x', 'y']);
  });

  it('takes box clauses on its x and y only', () => {
    expect(scatter.checkClause(spec, box)).toBeUndefined();
    expect(scatter.checkClause(spec, { ...box, y: 'v' })).toBe(kindMessages.wrongColumn('s', 'v', 'w'));
    expect(scatter.checkClause(spec, { chart: 's', column: 'v', kind: 'range', lo: 0, hi: 1, closed: true })).toBe(kindMessages.wrongClauseKind('s', 'range', ['box']));
  });

  it('feed: points from both columns, a row dimension a box filters (missing either value = outside)', () => {
    const table = kindTable();
    const cf = crossfilter(Array.from({ length: table.size }, (_, i) => i));
    const feed = scatter.feed(cf, table, spec);
    feed.dimension!.filterFunction(inBox(feed.points!.xs, feed.points!.ys, box));
    expect(cf.allFiltered()).toEqual([0, 3]);
    expect(feed.exceptOwn!.count()).toBe(5);
    expect(scatter.subtitle(spec, new Map())).toBe('w vs v');
  });
});
