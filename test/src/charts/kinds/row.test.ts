import crossfilter from 'crossfilter2';
import { describe, expect, it } from 'vitest';
import { kindMessages } from '../../../../src/charts/kinds/kind-messages';
import { row } from '../../../../src/charts/kinds/row';
import { categoryBars } from '../../../../src/crossfilter/crossfilter-model';
import { kindTable } from './kind-table';

describe('row kind', () => {
  it('normalise fills the title from x and keeps `selected`', () => {
    expect(row.normalise({ id: 'r', kind: 'row', x: 'p' })).toEqual({ id: 'r', kind: 'row', x: 'p', title: 'p', order: 'label' });
    expect(row.normalise({ id: 'r', kind: 'row', x: 'p', selected: ['A'] }).selected).toEqual(['A']);
  });

  it('reads x as categories and takes `in` clauses on x', () => {
    const spec = row.normalise({ id: 'r', kind: 'row', x: 'p' });
    expect(row.reads).toEqual([{ key: 'x', readAs: 'categorical' }]);
    expect(row.checkClause(spec, { chart: 'r', column: 'p', kind: 'in', values: ['A'] })).toBeUndefined();
    expect(row.checkClause(spec, { chart: 'r', column: 'p', kind: 'range', lo: 0, hi: 1, closed: true })).toBe(kindMessages.wrongClauseKind('r', 'range', ['in']));
    expect(row.checkClause(spec, { chart: 'r', column: 'q', kind: 'in', values: ['A'] })).toBe(kindMessages.wrongColumn('r', 'q', 'p'));
  });

  it('starts with an `in` clause of its `selected` categories, and with none without them', () => {
    expect(row.initialClause!(row.normalise({ id: 'r', kind: 'row', x: 'p', selected: ['B'] }))).toEqual({ chart: 'r', column: 'p', kind: 'in', values: ['B'] });
    expect(row.initialClause!(row.normalise({ id: 'r', kind: 'row', x: 'p' }))).toBeUndefined();
  });

  it('feed counts runs per category, missing (null) last', () => {
    const table = kindTable();
    const cf = crossfilter(Array.from({ length: table.size }, (_, i) => i));
    const feed = row.feed(cf, table, row.normalise({ id: 'r', kind: 'row', x: 'p' }));
    expect(categoryBars(feed)).toEqual([{ key: 0, category: 'A', value: 2 }, { key: 1, category: 'B', value: 2 }, { key: 2, category: null, value: 1 }]);
    expect(row.subtitle(row.normalise({ id: 'r', kind: 'row', x: 'p' }), new Map())).toBe('p');
  });
});
