import { DEFAULT_ROBUST_K } from '../../../../src/stats/robust-range';
import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BINS, histogram } from '../../../../src/charts/kinds/histogram';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';
import { histogramBars } from '../../../../src/crossfilter/histogram-bars';
import { kindTable } from './kind-table';

describe('histogram kind', () => {
  it('normalise fills 40 bins and the title from x', () => {
    expect(histogram.normalise({ id: 'h', kind: 'histogram', x: 'v' })).toEqual({ id: 'h', kind: 'histogram', x: 'v', bins: DEFAULT_BINS, scale: 'linear', robustK: DEFAULT_ROBUST_K, title: 'v' });
    expect(DEFAULT_BINS).toBe(40);
    expect(histogram.normalise({ id: 'h', kind: 'histogram', x: 'v', bins: 3 }).bins).toBe(3);
  });

  it('takes range clauses on its own column only', () => {
    const spec = histogram.normalise({ id: 'h', kind: 'histogram', x: 'v' });
    expect(histogram.checkClause(spec, { chart: 'h', column: 'v', kind: 'range', lo: 1, hi: 2, closed: false })).toBeUndefined();
    expect(histogram.checkClause(spec, { chart: 'h', column: 'w', kind: 'range', lo: 1, hi: 2, closed: false })).toBe(kindMessages.wrongColumn('h', 'w', 'v'));
    expect(histogram.checkClause(spec, { chart: 'h', column: 'v', kind: 'in', values: ['A'] })).toBe(kindMessages.wrongClauseKind('h', 'in', ['range']));
  });

  it('feed bins the finite values and counts the missing one apart', () => {
    const table = kindTable();
    const cf = crossfilter(Array.from({ length: table.size }, (_, i) => i));
    const feed = histogram.feed(cf, table, histogram.normalise({ id: 'h', kind: 'histogram', x: 'v', bins: 3 }));
    const counts = histogramBars(feed);
    expect(counts.bars.map((bar) => bar.total)).toEqual([1, 1, 2]);
    expect(counts.missing).toBe(1);
    expect(histogram.subtitle(histogram.normalise({ id: 'h', kind: 'histogram', x: 'v' }), new Map())).toBe('');
  });
});
