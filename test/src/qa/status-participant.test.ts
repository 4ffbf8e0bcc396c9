import { describe, expect, it } from 'vitest';
import { chartParticipant } from '../../../src/charts/kinds/registry';
import { createCrossfilterModel } from '../../../src/crossfilter/crossfilter-model';
import { toCategorical } from '../../../src/data/to-categorical';
import type { NumericColumn, TypedTable } from '../../../src/data/typed-table';
import { STATUS_CODE } from '../../../src/flags/flag-rule';
import { toggledStatuses } from '../../../src/qa/status-chips';
import { STATUS_ID, statusCounts, statusParticipant } from '../../../src/qa/status-participant';
import { parseClauses, sameClause, createFilterStore, type StatusClause } from '../../../src/state/filter-store';

const run = new Float64Array([100, 101, 102, 103, 104]);
const table: TypedTable = {
  size: 5,
  run,
  numbers: new Map<string, NumericColumn>([['run', { kind: 'numeric', name: 'run', values: run }]]),
  categories: new Map([['rct.period', toCategorical('rct.period', ['A', 'A', 'B', 'B', 'A'])]]),
};
const { Good, Warning, Outlier, Null } = STATUS_CODE;
const clause = (...values: StatusClause['values']): StatusClause => ({ chart: 'status', kind: 'status', values });

describe('status participant', () => {
  it('filters rows by their current status, and re-filters after the statuses change and refresh()', () => {
    let status = Uint8Array.from([Good, Warning, Outlier, Good, Null]);
    const model = createCrossfilterModel(table, [statusParticipant(() => status), chartParticipant({ id: 'p', kind: 'row', x: 'rct.period', title: '', order: 'label' })]);
    model.apply([clause('Good')]);
    expect([0, 1, 2, 3, 4].filter(model.isSelected)).toEqual([0, 3]);
    model.apply([clause('Good'), { chart: 'p', column: 'rct.period', kind: 'in', values: ['B'] }]);
    expect([0, 1, 2, 3, 4].filter(model.isSelected)).toEqual([3]);
    status = Uint8Array.from([Good, Warning, Good, Warning, Null]);
    model.refresh(STATUS_ID);
    expect([0, 1, 2, 3, 4].filter(model.isSelected)).toEqual([2]);
    model.apply([]);
    expect(model.selectedCount()).toBe(5);
  });

  it('counts statuses over the runs passing the other filters, not its own', () => {
    const status = Uint8Array.from([Good, Warning, Outlier, Good, Null]);
    const model = createCrossfilterModel(table, [statusParticipant(() => status), chartParticipant({ id: 'p', kind: 'row', x: 'rct.period', title: '', order: 'label' })]);
    model.apply([clause('Outlier'), { chart: 'p', column: 'rct.period', kind: 'in', values: ['A'] }]);
    const own = model.feeds.get(STATUS_ID)!.exceptOwn!;
    expect([...statusCounts(status, own.isSelected, 6)]).toEqual([1, 1, 0, 0, 0, 1]);
    expect(model.selectedCount()).toBe(0);
  });
});

describe('status clause in the filter store', () => {
  it('round-trips through serialise and parseClauses; unknown statuses are dropped', () => {
    const store = createFilterStore([clause('Warning', 'Outlier')]);
    expect(parseClauses(store.serialise())).toEqual([clause('Warning', 'Outlier')]);
    expect(parseClauses('[{"chart":"status","kind":"status","values":["Fine"]}]')).toEqual([]);
    expect(sameClause(clause('Good'), clause('Good'))).toBe(true);
    expect(sameClause(clause('Good'), clause('Bad'))).toBe(false);
  });
});

describe('toggledStatuses', () => {
  it('a plain press selects one status or clears it; with a modifier it toggles within the selection in status order', () => {
    expect(toggledStatuses([], 'Outlier', false)).toEqual(['Outlier']);
    expect(toggledStatuses(['Outlier'], 'Outlier', false)).toEqual([]);
    expect(toggledStatuses(['Outlier', 'Good'], 'Outlier', false)).toEqual(['Outlier']);
    expect(toggledStatuses(['Outlier'], 'Warning', true)).toEqual(['Warning', 'Outlier']);
    expect(toggledStatuses(['Warning', 'Outlier'], 'Warning', true)).toEqual(['Outlier']);
  });
});
