import { describe, expect, it } from 'vitest';
import { createFilterStore, parseClauses, sameClause, toClause, type FilterClause } from '../../../src/state/filter-store';

const range: FilterClause = { chart: 'mip-trend', column: 'run', kind: 'range', lo: 285012, hi: 290221, closed: true };
const periods: FilterClause = { chart: 'period', column: 'rct.period', kind: 'in', values: ['LHC18b', 'LHC18c'] };
const box: FilterClause = { chart: 'sc', kind: 'box', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP', x0: 110, x1: 120.5, y0: 48, y1: 52 };

describe('createFilterStore', () => {
  it('keeps one clause per chart and notifies subscribers on each change', () => {
    const store = createFilterStore();
    const seen: number[] = [];
    store.subscribe((clauses) => seen.push(clauses.length));
    store.set(range);
    store.set(periods);
    store.set({ ...range, hi: 286000 });
    expect(store.clauses()).toEqual([{ ...range, hi: 286000 }, periods]);
    expect(store.get('period')).toEqual(periods);
    expect(seen).toEqual([1, 2, 2]);
  });

  it('does not notify when a clause is set again unchanged or a missing one is cleared', () => {
    const store = createFilterStore([range]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ ...range });
    store.clear('period');
    expect(calls).toBe(0);
  });

  it('reset clears every clause once; unsubscribe stops notifications', () => {
    const store = createFilterStore([range, periods]);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.reset();
    store.reset();
    expect(store.clauses()).toEqual([]);
    expect(calls).toBe(1);
    unsubscribe();
    store.set(range);
    expect(calls).toBe(1);
  });

  it('tells a closed range from a half-open one with the same ends', () => {
    const store = createFilterStore([range]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ ...range, closed: false });
    expect(calls).toBe(1);
    expect(store.get('mip-trend')).toEqual({ ...range, closed: false });
  });

  it('copies clauses so a caller mutating its object does not change the store', () => {
    const mine: FilterClause = { ...periods, values: ['LHC18b'] };
    const store = createFilterStore();
    store.set(mine);
    (mine as { values: string[] }).values.push('LHC18q');
    expect(store.get('period')).toEqual({ ...periods, values: ['LHC18b'] });
  });

  it('serialises to JSON that parseClauses reads back; junk entries are dropped', () => {
    const store = createFilterStore([range, periods]);
    expect(parseClauses(store.serialise())).toEqual([range, periods]);
    expect(parseClauses('[{"chart":"x"}, 3, {"chart":"a","column":"b","kind":"range","lo":1,"hi":2,"closed":false}]')).toEqual([
      { chart: 'a', column: 'b', kind: 'range', lo: 1, hi: 2, closed: false },
    ]);
    // A range without `closed` is not a clause (it would be ambiguous at a bin edge).
    expect(parseClauses('[{"chart":"a","column":"b","kind":"range","lo":1,"hi":2}]')).toEqual([]);
    expect(parseClauses('not json')).toEqual([]);
  });

  it('carries a missing category as null through JSON, apart from any text', () => {
    const withMissing: FilterClause = { chart: 'period', column: 'rct.period', kind: 'in', values: [null, '(missing)', 'null'] };
    const store = createFilterStore([withMissing]);
    expect(parseClauses(store.serialise())).toEqual([withMissing]);
    expect(sameClause(withMissing, { ...withMissing, values: ['null', '(missing)', 'null'] })).toBe(false);
    expect(parseClauses('[{"chart":"p","column":"c","kind":"in","values":[1]}]')).toEqual([]);
  });

  it('sameClause compares a box by its columns and all four bounds, and never equals another kind', () => {
    expect(sameClause(box, { ...box })).toBe(true);
    for (const change of [{ x: 'tpc.meanMIP' }, { y: 'run' }, { x0: 111 }, { x1: 120 }, { y0: 47 }, { y1: 53 }]) {
      expect(sameClause(box, { ...box, ...change } as FilterClause)).toBe(false);
    }
    expect(sameClause(box, { ...range, chart: 'sc' })).toBe(false);
  });

  it('stores, replaces and serialises a box clause; a box missing a bound or a column is dropped', () => {
    const store = createFilterStore([range]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set(box);
    store.set({ ...box });
    expect(calls).toBe(1);
    store.set({ ...box, y1: 55 });
    expect(store.get('sc')).toEqual({ ...box, y1: 55 });
    expect(parseClauses(store.serialise())).toEqual([range, { ...box, y1: 55 }]);
    expect(parseClauses('[{"chart":"sc","kind":"box","x":"a","y":"b","x0":1,"x1":2,"y0":3}]')).toEqual([]);
    expect(parseClauses('[{"chart":"sc","kind":"box","x":"a","x0":1,"x1":2,"y0":3,"y1":4}]')).toEqual([]);
  });
});

describe('toClause', () => {
  it('rebuilds a well-formed clause from its known keys only', () => {
    expect(toClause({ chart: 'a', column: 'b', kind: 'range', lo: 1, hi: 1, closed: false, extra: 1 })).toEqual({ chart: 'a', column: 'b', kind: 'range', lo: 1, hi: 1, closed: false });
    expect(toClause({ chart: 'p', column: 'q', kind: 'in', values: ['x', null], more: [] })).toEqual({ chart: 'p', column: 'q', kind: 'in', values: ['x', null] });
    expect(toClause({ chart: 's', kind: 'box', x: 'u', y: 'v', x0: -1, x1: 0, y0: 2, y1: 2, column: 'w' })).toEqual({ chart: 's', kind: 'box', x: 'u', y: 'v', x0: -1, x1: 0, y0: 2, y1: 2 });
  });

  it('refuses numbers that are not finite or not in order, missing keys, and unknown kinds', () => {
    const range = { chart: 'a', column: 'b', kind: 'range', lo: 1, hi: 2, closed: true };
    for (const bad of [{ lo: NaN }, { hi: Infinity }, { lo: 3 }, { lo: '1' }, { closed: 1 }, { column: 5 }, { chart: undefined }, { kind: 'status' }]) {
      expect(toClause({ ...range, ...bad })).toBeUndefined();
    }
    expect(toClause({ chart: 's', kind: 'box', x: 'u', y: 'v', x0: 1, x1: 0, y0: 0, y1: 1 })).toBeUndefined();
    expect(toClause({ chart: 'p', column: 'q', kind: 'in', values: [1] })).toBeUndefined();
    expect(toClause(null)).toBeUndefined();
    expect(toClause('range')).toBeUndefined();
  });
});
